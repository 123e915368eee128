package io.newsgraph.extract;

import java.util.List;

/**
 * What one placeholder of a {@link SentenceView} stands for: a mention, and for entity slots the
 * entity, or for a pronoun or "the company" the candidate entities in order of preference.
 *
 * @param kind       placeholder kind: org, per, unk, money, pct, staff, num, date, title
 * @param mention    the mention in the sentence (null for pronouns)
 * @param candidates entities this slot may stand for, best first; one for a plain name
 * @param indirect   true for pronouns and descriptors, resolved from context
 */
record Slot(String kind, Mention mention, List<EntityResolver.Cluster> candidates, boolean indirect) {

    /** The placeholder tag: "org", "per", ... for names; "orgp", "perp" for pronouns and descriptors. */
    String tag() {
        return indirect && (kind.equals("org") || kind.equals("per")) ? kind + "p" : kind;
    }

    EntityResolver.Cluster entity() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
