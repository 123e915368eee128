package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twentieth written set (issue 10), in sentences of our own: a chief appointed
 * "after X stepped down"; taking over from two interim co-chiefs; "X, whose chief executive Y plans
 * to retire, employs N" (a plan in the clause is no hedge on the count); a country's staff is no
 * workforce; "owns N million shares of X" and "N% of X, making Y one of its largest investors"; "has
 * placed a firm order for N <maker> jets"; "reached an agreement to acquire"; a founder's "the
 * company" is the one in his title; "head of X's data center unit"; "where he oversaw its services
 * business"; an unknown company told by what is done to it ("is valued at", "combine with").
 */
class TwentiethSetWordingTest {


    @Test
    void aChiefAppointedAfterAnotherSteppedDown() {
        List<Position> p = Extract.positions("Vantor Fitness said it had named Lena Brandt as its chief executive, ending a long search "
                + "after Omar Reyes stepped down in March.");
        assertTrue(Extract.hasPosition(p, "Lena Brandt", "Vantor Fitness", "ceo", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Omar Reyes", "Vantor Fitness", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void takingOverFromTwoInterimCoChiefs() {
        List<Position> p = Extract.positions("Vantor Fitness named Lena Brandt chief executive. She takes over from interim co-chief "
                + "executives Ada Moss, the company's chair, and Ravi Menon, a board member, who will stay on the board.");
        assertTrue(Extract.hasPosition(p, "Ada Moss", "Vantor Fitness", "interim co-ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Ravi Menon", "Vantor Fitness", "interim co-ceo", PositionStatus.FORMER), p.toString());
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Lena Brandt") && v.title().startsWith("interim")), p.toString());
    }

    @Test
    void aPlanInARelativeClauseIsNoHedgeOnTheCount() {
        Extraction x = Extract.of("Corvane Health, whose chief executive Ida Lund plans to retire next year, employs about 41,000 people.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Headcount h && h.count() == 41000), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Position p && p.person().name().equals("Ida Lund")
                && p.organization().name().equals("Corvane Health") && p.title().equals("ceo")), x.facts().toString());
    }

    @Test
    void aCountrysStaffIsNoWorkforceNorACut() {
        Extraction x = Extract.of("Voltra Cells will cut 900 jobs in Norway. Voltra Cells had about 4,000 employees in Norway before the cuts.");
        assertTrue(x.facts().stream().noneMatch(f -> f instanceof Headcount), x.facts().toString());
        assertTrue(x.facts().stream().noneMatch(f -> f instanceof Layoff l && l.count() != null && l.count() == 4000), x.facts().toString());
    }

    @Test
    void sharesOwnedAndTheStakeTheyMake() {
        List<Investment> a = Extract.investments("Marlow Capital disclosed that it owns about 12 million shares of Dorset Insurance, "
                + "worth about $900 million.");
        assertTrue(a.stream().anyMatch(v -> v.investor().name().equals("Marlow Capital") && v.investee().name().equals("Dorset Insurance")), a.toString());
        List<Investment> b = Extract.investments("The holding amounts to roughly 5.2% of Dorset Insurance, making Marlow Capital one of "
                + "its largest investors.");
        assertTrue(b.stream().anyMatch(v -> v.investor().name().equals("Marlow Capital") && v.stakePercent() != null
                && Math.abs(v.stakePercent() - 5.2) < 0.01), b.toString());
    }

    @Test
    void aFirmOrderPlacedWithAMaker() {
        ClientRelationship c = Extract.clients("Andes Air has placed a firm order for 40 Embraer E195 jets, its first with the "
                + "planemaker.").get(0);
        assertEquals("Andes Air", c.client().name());
        assertEquals("Embraer", c.supplier().name());
    }

    @Test
    void anAgreementReachedToAcquire() {
        Acquisition a = Extract.acquisitions("Norcom Telecom has reached an agreement to acquire Ridgeline Fiber for $4 billion.").get(0);
        assertEquals("Ridgeline Fiber", a.target().name());
        assertEquals(DealStatus.ANNOUNCED, a.status());
        Acquisition b = Extract.acquisitions("Norcom Telecom agrees $4 billion deal for Ridgeline Fiber").get(0);
        assertEquals("Ridgeline Fiber", b.target().name());
    }

    @Test
    void aFoundersCompanyIsTheOneInHisTitle() {
        List<Position> p = Extract.positions("Kestrel Chips will buy Arlo Systems. Arlo chief executive Dan Wei, who founded the company "
                + "in 2001, will join Kestrel Chips to run the unit.");
        assertTrue(Extract.hasPosition(p, "Dan Wei", "Arlo Systems", "founder", null), p.toString());
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Dan Wei") && v.organization().name().equals("Kestrel Chips")
                && v.title().endsWith("founder")), p.toString());
    }

    @Test
    void unitHeadsAtACompanyNamedByInitialsOrByIts() {
        List<Position> a = Extract.positions("Arlo Systems will report to Maya Cho, head of KCS's data center unit.");
        assertTrue(Extract.hasPosition(a, "Maya Cho", "KCS", "head of data center unit", null), a.toString());
        List<Position> b = Extract.positions("Lena Brandt spent six years at Orbis Media, where she oversaw its streaming business.");
        assertTrue(Extract.hasPosition(b, "Lena Brandt", "Orbis Media", "head of streaming business", PositionStatus.FORMER), b.toString());
    }

    @Test
    void anUnknownCompanyToldByWhatIsDoneToIt() {
        List<Acquisition> a = Extract.acquisitions("Halden Group has ended talks to combine with Pyrus Health. Pyrus Health is valued at "
                + "about $30 billion.");
        assertTrue(a.stream().anyMatch(v -> v.target().name().equals("Pyrus Health") && v.status() == DealStatus.FAILED), a.toString());
    }
}
