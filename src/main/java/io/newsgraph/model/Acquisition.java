package io.newsgraph.model;

import java.util.ArrayList;
import java.util.List;

/** {@code acquirer} buys, agrees to buy, or failed to buy {@code target}. */
public record Acquisition(Entity acquirer, Entity target, Money amount, DealStatus status,
                          List<Evidence> evidence) implements Fact {
    public Acquisition {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Acquisition withEvidence(List<Evidence> more) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.addAll(more);
        return new Acquisition(acquirer, target, amount, status, all);
    }

    @Override
    public String kind() {
        return "acquisition";
    }
}
