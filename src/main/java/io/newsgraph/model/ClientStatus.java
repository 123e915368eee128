package io.newsgraph.model;

/** The state of a client relationship as the article reports it. */
public enum ClientStatus {
    ACTIVE, REDUCED, ENDED;

    /** The later stage of the two (active, then reduced, then ended): the one an article's last word on it gives. */
    public static ClientStatus furthest(ClientStatus a, ClientStatus b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
