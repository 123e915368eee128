package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifteenth written set (issue 10), in sentences of our own: a cut stated as a range
 * of shares and restated as the people it "could affect"; "block" as a noun ("an oil block") and a deal
 * still "waiting to close"; merging companies that "call off" or "agreed to terminate" their deal; a
 * finance chief "who joined the company as" one, serving as interim chief; "her predecessor, X"; the
 * person a newcomer succeeded when the newcomer's arrival is told as done; founders "from" places;
 * buying a company's products.
 */
class FifteenthSetWordingTest {

    @Test
    void aRangeOfSharesIsOneCutByItsUpperBoundAndThePeopleItCouldAffectAreItsCount() {
        List<Layoff> l = Extract.layoffs("Torvik Energy will shrink its workforce by 10% to 12% over the next two years. "
                + "The Norwegian oil producer had 31,500 employees last year, so the plan could affect as many as 3,800 people.");
        assertEquals(1, l.size(), l.toString());
        assertEquals(12.0, l.get(0).percent(), 0.01);
        assertEquals(3800L, l.get(0).count());
        assertTrue(Extract.headcounts("Torvik Energy will shrink its workforce by 10% to 12% over the next two years. "
                + "The Norwegian oil producer had 31,500 employees last year.").stream().anyMatch(h -> h.count() == 31500), "headcount");
    }

    @Test
    void aStakeThatRoseFromOneShareToAnotherIsNoRange() {
        Layoff l = Extract.layoffs("Brannock Mills cut about 8% of its staff, and its losses rose from 3% to 4% of sales.").get(0);
        assertEquals(8.0, l.percent(), 0.01);
    }

    @Test
    void anOilBlockIsNoBlockedDealAndADealWaitingToCloseIsAnnounced() {
        List<Acquisition> a = Extract.acquisitions("Torvik Energy is still waiting to close its purchase of Selund Oil, which has been "
                + "held up by a dispute with Marrow Petroleum over a stake in an offshore block near Namibia.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Selund Oil", a.get(0).target().name());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status());
    }

    @Test
    void companiesThatCallOffOrAgreeToTerminateTheirMergerFailed() {
        Acquisition a = Extract.acquisitions("Quillon and Brevia call off $6 billion merger after antitrust review").get(0);
        assertEquals(DealStatus.FAILED, a.status());
        Acquisition b = Extract.acquisitions("Quillon Software and Brevia Labs said they had mutually agreed to terminate their proposed "
                + "$6 billion merger.").get(0);
        assertEquals(DealStatus.FAILED, b.status());
    }

    @Test
    void aFinanceChiefWhoJoinedAsOneServesAsInterimChief() {
        List<Position> p = Extract.positions("Harlow Foods said Mia Stone had stepped down as chief executive. Ravi Mehra, who joined "
                + "the company as chief financial officer in March, will serve as interim CEO while the board looks for a successor.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ravi Mehra") && v.title().equals("interim ceo")
                && v.status() == PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ravi Mehra") && v.title().equals("cfo")), p.toString());
    }

    @Test
    void herPredecessorHeldTheRoleSheTookOver() {
        List<Position> p = Extract.positions("Harlow Foods said Mia Stone had stepped down as chief executive. Stone, a former Unilever "
                + "manager, took over in 2021 after the retirement of her predecessor, Owen Blake. \"Mia has led the company well,\" "
                + "chair Ana Ruiz said.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Owen Blake") && v.organization().name().equals("Harlow Foods")
                && v.title().equals("ceo") && v.status() == PositionStatus.FORMER), p.toString());
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Mia Stone") && v.title().equals("head")), p.toString());
    }

    @Test
    void theOneSucceededByANewcomerWhoseArrivalIsDoneIsAPersonAndFormer() {
        List<Position> p = Extract.positions("Corlan Beauty Group said sales fell. Ilse Marchetti-Vance, who became chief executive in "
                + "March, succeeding Teodoro Falcinelli, said the group would move faster.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ilse Marchetti-Vance") && v.title().equals("ceo")
                && v.status() == PositionStatus.CURRENT && v.organization().name().startsWith("Corlan Beauty")), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Teodoro Falcinelli") && v.title().equals("ceo")
                && v.status() == PositionStatus.FORMER), p.toString());
    }

    @Test
    void placesTheFoundersCameFromAreNoFounders() {
        List<Position> p = Extract.positions("Orbit Robotics was founded last year by a group of engineers from Google DeepMind, "
                + "Stanford and the University of Toronto. Helix Labs was started in 2020 by two former researchers at OpenAI, "
                + "Ann Lee and Bo Chen.");
        assertTrue(p.stream().noneMatch(v -> v.organization().name().equals("Orbit Robotics")), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ann Lee") && v.organization().name().equals("Helix Labs")), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Bo Chen") && v.organization().name().equals("Helix Labs")), p.toString());
    }

    @Test
    void buyingACompanysChipsIsNoTakeover() {
        assertTrue(Extract.acquisitions("Halcyon to buy Vantor chips in multibillion-dollar deal").isEmpty());
    }
}
