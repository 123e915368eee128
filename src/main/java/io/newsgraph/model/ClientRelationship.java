package io.newsgraph.model;

import java.util.List;

/** {@code client} buys services or products from {@code supplier}. */
public record ClientRelationship(Entity client, Entity supplier, ClientStatus status, Money value,
                                 List<Evidence> evidence) implements Fact {
    public ClientRelationship {
        evidence = List.copyOf(evidence);
    }

    @Override
    public ClientRelationship withEvidence(List<Evidence> more) {
        return new ClientRelationship(client, supplier, status, value, Fact.combine(evidence, more));
    }

    @Override
    public String kind() {
        return "client";
    }
}
