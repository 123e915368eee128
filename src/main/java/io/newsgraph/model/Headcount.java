package io.newsgraph.model;

import java.util.List;

/** The size of {@code organization}'s workforce as the article states it. */
public record Headcount(Entity organization, long count, List<Evidence> evidence) implements Fact {
    public Headcount {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Headcount withEvidence(List<Evidence> more) {
        return new Headcount(organization, count, Fact.combine(evidence, more));
    }

    @Override
    public String kind() {
        return "headcount";
    }
}
