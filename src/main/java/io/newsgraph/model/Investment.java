package io.newsgraph.model;

import java.util.List;

/** {@code investor} puts money into, or takes an equity stake in, {@code investee}. */
public record Investment(Entity investor, Entity investee, Money amount, Double stakePercent,
                         String date, List<Evidence> evidence) implements Fact {
    public Investment {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Investment withEvidence(List<Evidence> more) {
        return new Investment(investor, investee, amount, stakePercent, date, Fact.combine(evidence, more));
    }

    @Override
    public String kind() {
        return "investment";
    }
}
