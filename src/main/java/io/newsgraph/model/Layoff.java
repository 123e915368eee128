package io.newsgraph.model;

import java.util.List;

/** A workforce reduction at {@code organization}: a count, a percentage of staff, or both. */
public record Layoff(Entity organization, Long count, Double percent, WorkerType workerType, String date,
                     List<Evidence> evidence) implements Fact {
    public Layoff {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Layoff withEvidence(List<Evidence> more) {
        return new Layoff(organization, count, percent, workerType, date, Fact.combine(evidence, more));
    }

    @Override
    public String kind() {
        return "layoff";
    }
}
