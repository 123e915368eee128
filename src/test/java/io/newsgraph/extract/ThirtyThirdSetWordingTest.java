package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.CURRENT;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-third written set (issue 10), in sentences of our own: a holding raised
 * to a percentage ("raised its holding in X to about 20%", "A lifts B stake to 20%"); "replaced Y as
 * president and chief executive" hands over both roles; "X, which owns the Y insurer"; "X's list of
 * customers, which includes Y"; "Z, its battery venture with Y" belongs to both partners; a plant's
 * staff is no company headcount.
 */
class ThirtyThirdSetWordingTest {

    @Test
    void aHoldingRaisedToAPercentage() {
        List<Investment> i = Extract.investments("Crane Capital has raised its holding in insurer Velo Group to about 18%, a filing showed.");
        assertTrue(Extract.hasStake(i, "Crane Capital", "Velo Group", 18), i.toString());
        i = Extract.investments("Crane Capital lifts Velo Group stake to 18%");
        assertTrue(Extract.hasStake(i, "Crane Capital", "Velo Group", 18), i.toString());
    }

    @Test
    void replacingSomeoneAsPresidentAndChiefExecutiveHandsOverBoth() {
        List<Position> p = Extract.positions("Harlow Health said Ivo Sand, who runs its clinics business, had replaced Lea Moss as "
                + "president and chief executive, effective immediately.");
        assertTrue(Extract.hasPosition(p, "Ivo Sand", "Harlow Health", "ceo", CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ivo Sand", "Harlow Health", "president", CURRENT), p.toString());
    }

    @Test
    void aCompanyThatOwnsAnother() {
        List<Investment> i = Extract.investments("Harlow Health, which owns the Selvik insurer, cut its forecast.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Harlow Health") && v.investee().name().equals("Selvik")), i.toString());
    }

    @Test
    void aListOfCustomersThatIncludesACompany() {
        List<ClientRelationship> c = Extract.clients("The contract adds to Norgrid Cloud's growing list of AI customers, which includes Qoro Labs.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Qoro Labs") && v.supplier().name().equals("Norgrid Cloud")), c.toString());
    }

    @Test
    void aVentureBelongsToBothPartners() {
        List<Investment> i = Extract.investments("Vela Motors will lay off 900 workers.\n\nThe cuts affect the Riverside plant in Ohio and "
                + "Cellora, its battery venture with Kestrel Energy, Vela Motors said.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Vela Motors") && v.investee().name().equals("Cellora")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Kestrel Energy") && v.investee().name().equals("Cellora")), i.toString());
    }

    @Test
    void aPlantsStaffIsNoCompanyHeadcount() {
        var h = Extract.headcounts("Vela Motors will eliminate around 900 jobs at its factory in Ohio. The plant, which employs about "
                + "3,000 people, will move to one shift.");
        assertFalse(h.stream().anyMatch(v -> v.count() == 3000), h.toString());
    }
}
