package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.FORMER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-sixth written set (issue 10), in sentences of our own: "the world's largest
 * retailer employs ..."; a takeover a company rejected fails, unless the article reports a later
 * deal; "about 10% of X for 50 billion yen ($317 million)"; the one succeeded "who has led the
 * drugmaker since 2017" leaves the chief executive role (and "led" adds no "head"); "NHS England";
 * "terminated its $2.2 billion agreement to buy X"; two names joined by "&" are a firm.
 */
class ThirtySixthSetWordingTest {

    @Test
    void theWorldsLargestRetailerEmploys() {
        var h = Extract.headcounts("Corvo Stores is cutting 900 corporate jobs. The world's largest grocer employs about 1.2 million people.");
        assertTrue(h.stream().anyMatch(v -> v.organization().name().equals("Corvo Stores") && v.count() == 1_200_000), h.toString());
    }

    @Test
    void aRejectedTakeoverFailsUnlessALaterDealIsReported() {
        List<Acquisition> a = Extract.acquisitions("Orvane will buy about 10% of Kestrel Games. Kestrel Games had rejected an outright "
                + "takeover by Orvane last year.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Orvane") && v.status() == DealStatus.FAILED), a.toString());
        a = Extract.acquisitions("Orvane agreed to buy Kestrel Games for $3 billion. Kestrel Games, which turned down a $2 billion offer "
                + "from Orvane last year, will keep its brand.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Orvane") && v.status() == DealStatus.ANNOUNCED), a.toString());
    }

    @Test
    void aShareOfACompanyBoughtForYenWithDollarsInBrackets() {
        List<Investment> i = Extract.investments("Tamsin Group will buy about 10% of Kestrel Games for 50 billion yen ($317 million).");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tamsin Group") && v.stakePercent() != null && v.stakePercent() == 10
                && v.amount() != null && "USD".equals(v.amount().currency())), i.toString());
    }

    @Test
    void theOneSucceededWhoHasLedTheCompanyLeavesTheRole() {
        List<Position> p = Extract.positions("Halden Pharma said Ivo Sand, its chief commercial officer, will take over as chief executive "
                + "on Jan. 1, succeeding Lea Moss, who has led the drugmaker since 2016.");
        assertTrue(Extract.hasPosition(p, "Lea Moss", "Halden Pharma", "ceo", FORMER), p.toString());
        assertFalse(p.stream().anyMatch(v -> v.title().equals("head")), p.toString());
    }

    @Test
    void aNameEndingInEngland() {
        var c = Extract.clients("Veltrix Data has won a 300 million pound contract to build a data platform for NHS England, the "
                + "health service said.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("NHS England") && v.supplier().name().equals("Veltrix Data")),
                c.toString());
    }

    @Test
    void anAgreementToBuyTerminated() {
        List<Acquisition> a = Extract.acquisitions("Halden Books has terminated its $1.1 billion agreement to buy Marlow & Finch, weeks "
                + "after a judge blocked the merger.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Halden Books") && v.target().name().equals("Marlow & Finch")
                && v.status() == DealStatus.FAILED && v.amount() != null), a.toString());
        var x = Extract.of("Halden Books has terminated its $1.1 billion agreement to buy Marlow & Finch.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Marlow & Finch") && e.type() == EntityType.ORGANIZATION),
                x.entities().toString());
    }
}
