package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-sixth written set (issue 10: a payments merger, a Gulf AI investment), in sentences of our
 * own: "chief executive of Global Payments" (a region word opening a company's name is no department of the title);
 * "the combined company will have about 40,000 employees" (a company that does not exist yet has no headcount);
 * "X, the AI company chaired by Y,"; "will run its AI applications on Z's Azure cloud" (the cloud's owner supplies it).
 */
class SeventySixthSetWordingTest {

    @Test
    void aRegionWordOpeningACompanysNameAfterATitle() {
        List<Position> p = Extract.positions("Ruth Calloway, chief executive of Pacific Freight, said the deal would close in May.");
        assertTrue(Extract.hasPosition(p, "Ruth Calloway", "Pacific Freight", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aCombinedCompanyToComeHasNoHeadcount() {
        List<Headcount> h = Extract.headcounts("""
                Tollgate agrees to buy Merrow

                Tollgate has agreed to buy Merrow for $3 billion. The combined company will have about 12,000 employees.
                """);
        assertTrue(h.isEmpty(), h.toString());
    }

    @Test
    void aChairInAnAppositionAndACloudsOwner() {
        String text = "Fenwick Capital will invest $500 million in Arlo AI, the Doha software company chaired by businessman Karim Nasser, "
                + "taking a minority stake. Under the deal, Arlo AI will run its models on Quanta's Nimbus cloud.";
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Karim Nasser", "Arlo AI", "chairman", PositionStatus.CURRENT), p.toString());
        List<ClientRelationship> c = Extract.clients(text);
        assertTrue(Extract.hasClient(c, "Arlo AI", "Quanta", ClientStatus.ACTIVE), c.toString());
    }
}
