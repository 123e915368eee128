package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.FORMER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-first written set (issue 10), in sentences of our own: names that start
 * with digits ("8VC", "7-Eleven", "1789 Capital"; not "5G" or a year); buying "the remaining shares
 * of X" or "the rest of X"; chips designed and built for a company; "X's controlling shareholder,
 * the Y Trust"; "a former A and B executive"; the one a company fired before the new chief "took
 * charge"; a brand's unnamed owner as a deal's object ("pursuit of 7-Eleven owner").
 */
class ThirtyFirstSetWordingTest {

    @Test
    void namesThatStartWithDigits() {
        List<Investment> i = Extract.investments("Tessel raised $60 million in a round led by 1789 Capital. Existing investors Lux Capital, "
                + "8VC and Elad Gil also joined the round.");
        for (String investor : List.of("1789 Capital", "Lux Capital", "8VC")) {
            assertTrue(i.stream().anyMatch(v -> v.investor().name().equals(investor) && v.investee().name().equals("Tessel")), investor + " " + i);
        }
        var x = Extract.of("Orvane rolled out 5G networks and 3D printers in 2019 Capital One branches.");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().startsWith("5G") || e.name().startsWith("3D") || e.name().startsWith("2019")),
                x.entities().toString());
    }

    @Test
    void buyingTheRestOfACompany() {
        List<Acquisition> a = Extract.acquisitions("Kansai Mutual has agreed to acquire the remaining shares of Harbor Re that it does not "
                + "already own for $3.1 billion.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Kansai Mutual") && v.target().name().equals("Harbor Re")
                && v.amount() != null && Math.abs(v.amount().value().doubleValue() - 3.1e9) < 1), a.toString());
        a = Extract.acquisitions("Tollan Foods will buy the rest of Brisk Dairy, in which it has held a 40% stake since 2021.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Tollan Foods") && v.target().name().equals("Brisk Dairy")), a.toString());
    }

    @Test
    void chipsDesignedAndBuiltForACompany() {
        List<ClientRelationship> c = Extract.clients("Marvane Semiconductor will design and build 2 million custom inference chips for "
                + "Qoro Labs, the companies said.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Qoro Labs") && v.supplier().name().equals("Marvane Semiconductor")),
                c.toString());
    }

    @Test
    void aCompanysControllingShareholderInAnApposition() {
        List<Investment> i = Extract.investments("Brindle Foods turned down the offer after the snack maker's controlling shareholder, the "
                + "Aldous Trust, rejected it.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Aldous Trust") && v.investee().name().equals("Brindle Foods")),
                i.toString());
    }

    @Test
    void aFormerExecutiveOfTwoCompanies() {
        List<Position> p = Extract.positions("Orla Brandt, a former Kestrel and Marrow Foods executive, joined the board.");
        assertTrue(Extract.hasPosition(p, "Orla Brandt", "Kestrel", "executive", FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Orla Brandt", "Marrow Foods", "executive", FORMER), p.toString());
    }

    @Test
    void theOneFiredBeforeTheNewChiefTookCharge() {
        List<Position> p = Extract.positions("Dunmore Retail has named Ivo Sand as its chief executive. Sand, a former Orbis executive, "
                + "took charge after the retailer fired Lea Moss in May.");
        assertTrue(Extract.hasPosition(p, "Lea Moss", "Dunmore Retail", "ceo", FORMER), p.toString());
    }

    @Test
    void aBrandsUnnamedOwnerIsNoDealForTheBrand() {
        List<Acquisition> a = Extract.acquisitions("Corlan abandons $9 billion pursuit of Zesto owner");
        assertFalse(a.stream().anyMatch(v -> v.target().name().equals("Zesto")), a.toString());
    }
}
