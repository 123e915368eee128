package io.newsgraph.model;

import java.util.List;

/** {@code person} holds, held or is about to take up the role {@code title} at {@code organization}. */
public record Position(Entity person, Entity organization, String title, PositionStatus status,
                       List<Evidence> evidence) implements Fact {
    public Position {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Position withEvidence(List<Evidence> more) {
        return new Position(person, organization, title, status, Fact.combine(evidence, more));
    }

    @Override
    public String kind() {
        return "position";
    }
}
