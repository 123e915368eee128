package io.newsgraph.model;

import java.util.List;

/**
 * {@code person} holds, held or is about to take up the role {@code title} at {@code organization};
 * {@code date} is when the change the article reports takes effect, where it says so (an incoming
 * role's start, "effective May 1"; a former one's end, "stepped down in March"), else null;
 * {@code heldFrom} and {@code heldUntil} bound the time the article says the role was held ("CEO
 * from 2019 to 2024", "chair since 2021"), each null where it does not say.
 */
public record Position(Entity person, Entity organization, String title, PositionStatus status,
                       List<Evidence> evidence, String date, String heldFrom, String heldUntil) implements Fact {
    public Position {
        evidence = List.copyOf(evidence);
    }

    /** A position with the date of the change it reports, and no stated interval. */
    public Position(Entity person, Entity organization, String title, PositionStatus status, List<Evidence> evidence, String date) {
        this(person, organization, title, status, evidence, date, null, null);
    }

    /** A position without a stated date. */
    public Position(Entity person, Entity organization, String title, PositionStatus status, List<Evidence> evidence) {
        this(person, organization, title, status, evidence, null);
    }

    @Override
    public Position withEvidence(List<Evidence> more) {
        return new Position(person, organization, title, status, Fact.combine(evidence, more), date, heldFrom, heldUntil);
    }

    @Override
    public String kind() {
        return "position";
    }
}
