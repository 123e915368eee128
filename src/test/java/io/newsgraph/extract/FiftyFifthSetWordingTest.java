package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-fifth written set (issue 10), in sentences of our own: a target that accepted an offer "of $X a
 * share from" a buyer, priced by "valuing it at", and ended "its earlier agreement to be acquired by" another; a seat on
 * a buyer's board "as vice chairman"; three titles before a name.
 */
class FiftyFifthSetWordingTest {

    @Test
    void anOfferAcceptedAndAnEarlierAgreementEnded() {
        List<Acquisition> a = Extract.acquisitions("Marlin Software said it had accepted a buyout offer of $21 a share from "
                + "Kestrel Equity, valuing it at about $900 million, and ended its earlier agreement to be acquired by Bramble Partners.");
        Acquisition won = a.stream().filter(x -> x.acquirer().name().equals("Kestrel Equity")).findFirst().orElseThrow();
        assertEquals("Marlin Software", won.target().name());
        assertEquals(DealStatus.ANNOUNCED, won.status(), a.toString());
        assertEquals(900e6, won.amount().value().doubleValue(), 1);
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Bramble Partners") && x.target().name().equals("Marlin Software")
                && x.status() == DealStatus.FAILED), a.toString());
    }

    @Test
    void aSeatOnTheBuyersBoardAsViceChairman() {
        List<Position> p = Extract.positions("Orla Quinn will join Fenwick Group's board as vice chairman after the merger closes.");
        assertTrue(Extract.hasPosition(p, "Orla Quinn", "Fenwick Group", "vice chairman", PositionStatus.INCOMING), p.toString());
    }

    @Test
    void threeTitlesBeforeAName() {
        List<Position> p = Extract.positions("Tarrow Systems reported higher sales. Tarrow Systems is led by chairman, president and "
                + "chief executive Mina Osei.");
        for (String title : List.of("chairman", "president", "ceo")) {
            assertTrue(Extract.hasPosition(p, "Mina Osei", "Tarrow Systems", title, PositionStatus.CURRENT), title + " " + p);
        }
    }
}
