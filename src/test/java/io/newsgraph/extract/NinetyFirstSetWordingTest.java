package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-first written set (issue 10: a press release's round, a retailer's corporate cuts, a completed
 * software deal, a chip supply, a fired chief, a bank stake), in sentences of our own: "will provide more than 40,000 of its
 * chips to the government and companies including A, B and C" (each a customer).
 */
class NinetyFirstSetWordingTest {

    @Test
    void aSupplyToCompaniesNamedAsExamples() {
        List<ClientRelationship> c = Extract.clients("Corvane will provide more than 40,000 of its latest processors to the Danish "
                + "government and companies including Ardent Shipping, Brixton Group and Tessel Energy, the chipmaker said.");
        for (String client : List.of("Ardent Shipping", "Brixton Group", "Tessel Energy")) {
            assertTrue(Extract.hasClient(c, client, "Corvane", ClientStatus.ACTIVE), c.toString());
        }
    }
}
