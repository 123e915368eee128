package io.newsgraph.model;

import java.util.List;

/** {@code acquirer} buys, agrees to buy, or failed to buy {@code target}. */
public record Acquisition(Entity acquirer, Entity target, Money amount, DealStatus status,
                          List<Evidence> evidence) implements Fact {
    public Acquisition {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Acquisition withEvidence(List<Evidence> more) {
        return new Acquisition(acquirer, target, amount, status, Fact.combine(evidence, more));
    }

    @Override
    public String kind() {
        return "acquisition";
    }
}
