package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClientRulesTest {

    private static Map<String, ClientStatus> byClient(List<ClientRelationship> cs, String supplier) {
        return cs.stream().filter(c -> c.supplier().name().equals(supplier))
                .collect(Collectors.toMap(c -> c.client().name(), c -> c.status() == null ? ClientStatus.ACTIVE : c.status(), (a, b) -> a));
    }

    @Test
    void readsClientListsWithTheSupplierFromContext() {
        List<ClientRelationship> cs = Extract.clients(
                "Scale AI relied heavily on contracts from major players like OpenAI, Google, and Microsoft.");
        assertEquals(Map.of("OpenAI", ClientStatus.ACTIVE, "Google", ClientStatus.ACTIVE, "Microsoft", ClientStatus.ACTIVE),
                byClient(cs, "Scale AI"));
    }

    @Test
    void readsEndedAndReducedRelationships() {
        List<ClientRelationship> cs = Extract.clients("OpenAI has significantly wound down its collaboration with Scale AI, "
                + "and Google has reportedly begun cutting ties with the startup.");
        Map<String, ClientStatus> m = byClient(cs, "Scale AI");
        assertEquals(ClientStatus.REDUCED, m.get("OpenAI"));
        assertEquals(ClientStatus.ENDED, m.get("Google"));
    }

    @Test
    void readsProviderWording() {
        List<ClientRelationship> cs = Extract.clients("Amazon is also Anthropic's primary cloud provider.");
        assertEquals(1, cs.size());
        assertEquals("Anthropic", cs.get(0).client().name());
        assertEquals("Amazon", cs.get(0).supplier().name());
        assertEquals(ClientStatus.ACTIVE, cs.get(0).status());
    }

    @Test
    void readsContractsWon() {
        List<ClientRelationship> cs = Extract.clients("Palantir landed a $480 million contract with the U.S. Army this spring.");
        assertTrue(cs.stream().anyMatch(c -> c.client().name().equals("U.S. Army") && c.supplier().name().equals("Palantir")), cs::toString);
    }

    @Test
    void clientNeverItsOwnSupplier() {
        Extract.clients("Amazon has used its close relationship with Anthropic to sell more cloud services.")
                .forEach(c -> assertTrue(!c.client().equals(c.supplier()), c::toString));
    }
}
