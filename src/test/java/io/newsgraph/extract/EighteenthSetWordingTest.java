package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighteenth written set (issue 10), in sentences of our own: a title that opens
 * the sentence's attribution ("..., the head of the unit said") says nothing of the name before it;
 * "taking over as CEO from Y"; owners in "the airline jointly owned by A and B"; "its merger into
 * X-controlled Y"; "Y, which X bought back in 2022"; the speaker of a sentence about the company it
 * opens with; a backer in an apposition that "also took part"; a company "led by" an unlisted name;
 * "is in the middle of buying"; "the N staff the lender had at the end of December".
 */
class EighteenthSetWordingTest {

    @Test
    void aTitleOpeningTheAttributionIsNotTheNamesBeforeIt() {
        Acquisition a = Extract.acquisitions("Orvex Energy has completed its $2 billion purchase of Talbot Marine, the head of the "
                + "unit said on Monday.").get(0);
        assertEquals("Talbot Marine", a.target().name());
        assertEquals(DealStatus.COMPLETED, a.status());
    }

    @Test
    void takingOverAsChiefExecutiveFromSomeone() {
        List<Position> p = Extract.positions("Pia Lindqvist had spent her whole career at Norrhavn Shipping, joining as a trainee in "
                + "1995 and taking over as chief executive from Anders Holm in 2019.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Anders Holm") && v.organization().name().equals("Norrhavn Shipping")
                && v.title().equals("ceo") && v.status() == PositionStatus.FORMER), p.toString());
    }

    @Test
    void ownersAndAMergerIntoAControlledCompany() {
        Extraction x = Extract.of("Skyline Regional, the commuter airline jointly owned by Marrow Holdings and Coastal Air, flew "
                + "its last route on Sunday as its merger into Marrow-controlled Atlas Airways was completed.");
        List<Investment> inv = x.facts().stream().filter(f -> f instanceof Investment).map(f -> (Investment) f).toList();
        assertTrue(inv.stream().anyMatch(v -> v.investor().name().equals("Marrow Holdings") && v.investee().name().equals("Skyline Regional")), inv.toString());
        assertTrue(inv.stream().anyMatch(v -> v.investor().name().equals("Coastal Air") && v.investee().name().equals("Skyline Regional")), inv.toString());
        List<Acquisition> acq = x.facts().stream().filter(f -> f instanceof Acquisition).map(f -> (Acquisition) f).toList();
        assertTrue(acq.stream().anyMatch(v -> v.acquirer().name().equals("Atlas Airways") && v.target().name().equals("Skyline Regional")
                && v.status() == DealStatus.COMPLETED), acq.toString());
    }

    @Test
    void anEarlierPurchaseInAWhichClause() {
        List<Acquisition> a = Extract.acquisitions("Atlas Airways, which Marrow Holdings bought back from the state in 2021 for "
                + "$1.2 billion, now flies to 60 cities.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Marrow Holdings") && v.target().name().equals("Atlas Airways")
                && v.status() == DealStatus.COMPLETED), a.toString());
    }

    @Test
    void theSpeakerOfASentenceAboutTheCompanyItOpensWith() {
        List<Position> p = Extract.positions("Atlas Airways will hire 2,000 pilots. Marrow Holdings owns most of it. Atlas Airways, "
                + "which flies to 60 cities, has more than 9,000 employees, chief executive Rhea Solberg said.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Rhea Solberg") && v.organization().name().equals("Atlas Airways")
                && v.title().equals("ceo")), p.toString());
    }

    @Test
    void aBackerInAnAppositionAlsoTookPart() {
        List<Investment> i = Extract.investments("Helio Robotics raised $40 million in a round led by Arden Capital. Brightline Ventures, "
                + "the fund of singer Maya Torres, also took part.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Brightline Ventures") && v.investee().name().equals("Helio Robotics")), i.toString());
    }

    @Test
    void aCompanyLedByAnUnlistedNameAndADealUnderWay() {
        Extraction x = Extract.of("Corvane Systems, led by Tarquin Oyelaran, is also in the middle of buying Velt Analytics for "
                + "$3 billion.");
        assertTrue(x.facts().stream().filter(f -> f instanceof Position).map(f -> (Position) f)
                .anyMatch(v -> v.person().name().equals("Tarquin Oyelaran") && v.organization().name().equals("Corvane Systems")), x.facts().toString());
        assertTrue(x.facts().stream().filter(f -> f instanceof Acquisition).map(f -> (Acquisition) f)
                .anyMatch(v -> v.target().name().equals("Velt Analytics") && v.status() == DealStatus.ANNOUNCED), x.facts().toString());
    }

    @Test
    void theStaffTheCompanyHadAtADate() {
        Headcount h = Extract.headcounts("Keswick Bank will cut 3,000 jobs, roughly 6% of the 50,000 staff the lender had at the "
                + "end of March.").get(0);
        assertEquals("Keswick Bank", h.organization().name());
        assertEquals(50000, h.count());
    }

    @Test
    void sonsEndsAFirmsName() {
        List<Acquisition> a = Extract.acquisitions("Pellham Sons agreed to buy Rivet Tools for $90 million.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Pellham Sons")), a.toString());
    }
}
