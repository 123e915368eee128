package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-fifth written set (issue 10: a conglomerate's stakes in five trading houses, a cloud contract
 * and the equipment bought to serve it), in sentences of our own: "has increased its holdings in A, B, C and D to close
 * to 10% each"; "will buy about $2.1 billion of Corvane chips and related equipment from Halvard Systems" (the seller is
 * the supplier, not the chips' maker); "has committed to buy an additional $40 billion of cloud services from Tessit".
 */
class EightyFifthSetWordingTest {

    @Test
    void holdingsRaisedInAListOfCompanies() {
        List<Investment> i = Extract.investments("Brannock Capital has increased its holdings in Pinwheel Trading, Fable Corp, "
                + "Lumen Holdings and Orla Group to close to 10% each, filings showed.");
        for (String investee : List.of("Pinwheel Trading", "Fable Corp", "Lumen Holdings", "Orla Group")) {
            assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Brannock Capital") && v.investee().name().startsWith(investee.split(" ")[0])
                    && v.stakePercent() != null && v.stakePercent() == 10), investee + " " + i);
        }
    }

    @Test
    void theSellerNotTheMakerSupplies() {
        List<ClientRelationship> c = Extract.clients("Skyra Cloud will buy about $2.1 billion of Corvane chips and related "
                + "equipment from Halvard Systems to serve the contract. Under the new terms, Lumen AI has committed to buy an "
                + "additional $40 billion of cloud services from Tessit.");
        assertTrue(Extract.hasClient(c, "Skyra Cloud", "Halvard Systems", ClientStatus.ACTIVE), c.toString());
        assertTrue(c.stream().noneMatch(r -> r.client().name().equals("Skyra Cloud") && r.supplier().name().equals("Corvane")), c.toString());
        assertTrue(Extract.hasClient(c, "Lumen AI", "Tessit", ClientStatus.ACTIVE), c.toString());
    }
}
