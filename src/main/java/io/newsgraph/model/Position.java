package io.newsgraph.model;

import java.util.List;

/**
 * {@code person} holds, held or is about to take up the role {@code title} at {@code organization};
 * {@code date} is when the change the article reports takes effect, where it says so (an incoming
 * role's start, "effective May 1"; a former one's end, "stepped down in March"), else null.
 */
public record Position(Entity person, Entity organization, String title, PositionStatus status,
                       List<Evidence> evidence, String date) implements Fact {
    public Position {
        evidence = List.copyOf(evidence);
    }

    /** A position without a stated date. */
    public Position(Entity person, Entity organization, String title, PositionStatus status, List<Evidence> evidence) {
        this(person, organization, title, status, evidence, null);
    }

    @Override
    public Position withEvidence(List<Evidence> more) {
        return new Position(person, organization, title, status, Fact.combine(evidence, more), date);
    }

    @Override
    public String kind() {
        return "position";
    }
}
