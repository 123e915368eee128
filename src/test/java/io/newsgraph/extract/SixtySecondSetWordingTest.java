package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.model.WorkerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-second written set (issue 10: press releases, British papers, a regulator's suit, a bankruptcy
 * exit), in sentences of our own: a wire service's dateline ("PORTLAND, Ore., May 5, 2025 /PRNewswire/ --"); a price "per
 * share in cash, representing an enterprise value of" the deal's amount; "Y, Acme chairman and chief executive officer";
 * "after his predecessor X quit" (no comma); "5pc"; "3,000 contractor roles will also go"; "Chapter 11" is no company;
 * "Yardi, which has taken a majority stake in the office provider after putting in $337 million"; a company and its
 * national unit ("Tata Steel", "Tata Steel UK"); "the Indian-owned company".
 */
class SixtySecondSetWordingTest {

    @Test
    void aWireDatelineIsNoNameAndAnEnterpriseValueIsTheAmount() {
        String text = "PORTLAND, Ore., May 5, 2025 /PRNewswire/ -- Corvel Systems (NYSE: CVS) today announced it has completed its "
                + "acquisition of Brightline Data for $41 per share in cash, representing an enterprise value of approximately $2.2 billion.";
        List<Acquisition> a = Extract.acquisitions(text);
        assertEquals(1, a.size(), a.toString());
        assertEquals("Corvel Systems", a.get(0).acquirer().name());
        assertEquals(2.2e9, a.get(0).amount().usd().doubleValue(), 1e7);
        List<Acquisition> b = Extract.acquisitions("SAN JOSE, Calif.--(BUSINESS WIRE)--Corvel Systems today announced it has "
                + "completed its acquisition of Brightline Data.");
        assertEquals(1, b.size(), b.toString());
        assertEquals("Corvel Systems", b.get(0).acquirer().name());
    }

    @Test
    void twoTitlesAfterTheCompanyInAnApposition() {
        List<Position> p = Extract.positions("\"We are ready,\" said Dana Whitfield, Corvel chairman and chief executive officer.");
        assertTrue(Extract.hasPosition(p, "Dana Whitfield", "Corvel", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Dana Whitfield", "Corvel", "chairman", PositionStatus.CURRENT), p.toString());
        // a second title with its own organization is not the first one's
        List<Position> q = Extract.positions("said Omar Reyes, Brightline Labs CEO and managing director of Brightline Capital.");
        assertTrue(q.stream().noneMatch(x -> x.title().equals("managing director") && x.organization().name().equals("Brightline Labs")),
                q.toString());
    }

    @Test
    void aPredecessorWithoutACommaAndTheTenseOfTheSuccessorsOwnWords() {
        List<Position> p = Extract.positions("Norvik Oil is cutting jobs. Chief executive Helen Marsh, who took the top job last year "
                + "after her predecessor Tom Byrne quit, has promised investors she will make the company leaner.");
        assertTrue(Extract.hasPosition(p, "Tom Byrne", "Norvik Oil", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Helen Marsh", "Norvik Oil", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void britishPercentAndJobsThatWillGo() {
        List<Layoff> l = Extract.layoffs("Norvik Oil is to axe 2,100 jobs, about 6pc of its staff. A further 900 contractor roles "
                + "will also go.");
        assertTrue(l.stream().anyMatch(x -> x.count() == 2100 && x.percent() != null && x.percent().doubleValue() == 6), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.count() == 900 && x.workerType() == WorkerType.CONTRACTORS), l.toString());
    }

    @Test
    void aStakeTakenAfterPuttingInMoneyAndNoClientInABankruptcyExit() {
        String text = "Deskhive exits bankruptcy with Corlen as majority owner. Deskhive emerged from Chapter 11 on Monday under "
                + "the control of software firm Corlen Systems, which has taken a majority stake in the office provider after "
                + "putting in about $210 million of new capital.";
        List<Investment> i = Extract.investments(text);
        assertEquals(1, i.size(), i.toString());
        assertEquals("Deskhive", i.get(0).investee().name());
        assertEquals(210e6, i.get(0).amount().usd().doubleValue(), 1e6);
        List<ClientRelationship> c = Extract.clients(text);
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void aCompanyAndItsNationalUnitAreTwo() {
        String text = "Harland Steel has confirmed up to 1,900 job losses. The Indian-owned company said the plant lost money. "
                + "Harland Steel UK, which employs about 6,000 people, has been in talks with unions.";
        List<Layoff> l = Extract.layoffs(text);
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Harland Steel") && x.count() == 1900), l.toString());
        List<Headcount> h = Extract.headcounts(text);
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Harland Steel UK") && x.count() == 6000), h.toString());
    }
}
