package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixteenth written set (issue 10), in sentences of our own: a bidder that "walks
 * away" or "will not make a firm offer"; an earlier purchase told in an apposition ("X, the maker Y
 * bought in 2022"); "runs the company as chief executive"; a company "controlled by" another; a cut's
 * share "of the N people the company employs" (the base is the headcount, not the cut); "New" opening
 * a firm's name inside a sentence.
 */
class SixteenthSetWordingTest {

    @Test
    void aBidderThatWalksAwayOrWillNotMakeAFirmOfferFailed() {
        Acquisition a = Extract.acquisitions("Kestrel Mining walks away from Dunmore Resources after its second offer is rejected").get(0);
        assertEquals("Kestrel Mining", a.acquirer().name());
        assertEquals("Dunmore Resources", a.target().name());
        assertEquals(DealStatus.FAILED, a.status());
        Acquisition b = Extract.acquisitions("Kestrel Mining said on Tuesday it would not make a firm offer for Dunmore Resources, "
                + "ending a month-long pursuit.").get(0);
        assertEquals("Dunmore Resources", b.target().name());
        assertEquals(DealStatus.FAILED, b.status());
    }

    @Test
    void anEarlierPurchaseToldInAnApposition() {
        List<Acquisition> a = Extract.acquisitions("Corvane Health adds the business alongside Liora Devices, the infusion pump maker "
                + "Corvane Health bought in 2021 for $4.2 billion.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Corvane Health") && v.target().name().equals("Liora Devices")
                && v.status() == DealStatus.COMPLETED && v.amount() != null && Math.abs(v.amount().value().doubleValue() - 4.2e9) < 1), a.toString());
    }

    @Test
    void runsTheCompanyAsChiefExecutive() {
        List<Position> p = Extract.positions("Tallis Search was founded in 2021. Maya Orlov, a former engineer at Google, runs the company "
                + "as chief executive.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Maya Orlov") && v.organization().name().equals("Tallis Search")
                && v.title().equals("ceo")), p.toString());
    }

    @Test
    void aCompanyControlledByAnother() {
        List<Investment> i = Extract.investments("Skyvia Airlines ordered 120 jets. The carrier, which is controlled by Marlow Holdings, flies "
                + "to 40 cities.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Marlow Holdings") && v.investee().name().startsWith("Skyvia")), i.toString());
    }

    @Test
    void theBaseOfACutsShareIsTheHeadcountNotTheCut() {
        String text = "Orrin Motors will cut 4,000 jobs. The cuts amount to about 5% of the roughly 80,000 people the company employs.";
        List<Layoff> l = Extract.layoffs(text);
        assertEquals(1, l.size(), l.toString());
        assertEquals(4000L, l.get(0).count());
        assertEquals(5.0, l.get(0).percent(), 0.01);
        List<Headcount> h = Extract.headcounts(text);
        assertTrue(h.stream().anyMatch(v -> v.count() == 80000 && v.organization().name().equals("Orrin Motors")), h.toString());
    }

    @Test
    void newOpeningAFirmsNameInsideASentence() {
        List<Investment> i = Extract.investments("Tallis Labs raised $80 million led by Harbor Lane Capital. Backers including "
                + "New Meridian Partners also took part.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("New Meridian Partners")), i.toString());
    }
}
