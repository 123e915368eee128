package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-eighth written set (issue 10: a start-up's round told to a reporter, a press release's new
 * chief, a telecom maker's cuts, a completed trucking deal, an Army contract won from an incumbent, a studio's contract
 * testers), in sentences of our own.
 */
class HundredEighthSetWordingTest {

    @Test
    void backersWhoAlsoPutInMoneyAndTheChiefWhoSaysSo() {
        String text = "Ferrow has raised $30 million in a Series A round. Index Ventures led the round. Atomico and previous backers Seedcamp and "
                + "Kima Ventures also put in money, co-founder and chief executive Lena Brandt said.";
        List<Investment> i = Extract.investments(text);
        for (String backer : List.of("Atomico", "Seedcamp", "Kima Ventures")) {
            assertTrue(Extract.hasInvestment(i, backer, "Ferrow"), i.toString());
        }
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Lena Brandt", "Ferrow", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Atomico")), p.toString());
    }

    @Test
    void formerRolesToldAsWorkRunOrYearsSpent() {
        List<Position> p = Extract.positions("Tom Alder previously ran marketing at Unilever.");
        assertTrue(Extract.hasPosition(p, "Tom Alder", "Unilever", "head of marketing", PositionStatus.FORMER), p.toString());
        p = Extract.positions("Her co-founder, Ines Roca, spent a decade as an analyst at Inditex.");
        assertTrue(Extract.hasPosition(p, "Ines Roca", "Inditex", "analyst", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aPressReleasesBoardAndSuccession() {
        String text = "Corvell Pumps today announced that its Board of Directors has appointed Mira Shah as Chief Executive "
                + "Officer, effective March 1. Shah, currently the company's chief financial officer, will also join the Board. "
                + "She succeeds Paul Grady, who will step down after eight years as chief executive and will remain with Corvell "
                + "as vice chairman.";
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Mira Shah", "Corvell Pumps", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Mira Shah", "Corvell Pumps", "cfo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Mira Shah", "Corvell Pumps", "board member", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Paul Grady", "Corvell Pumps", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Paul Grady", "Corvell Pumps", "vice chairman", PositionStatus.INCOMING), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().contains("Board")), p.toString());
    }

    @Test
    void aCompanysWorkThenItsStaff() {
        List<Headcount> h = Extract.headcounts("Tessaro Valves makes valves for refineries and employs about 900 people.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(900, h.get(0).count());
        h = Extract.headcounts("Aldwick Aviation employs about 1,200 mechanics at six hangars.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(1200, h.get(0).count());
    }

    @Test
    void theHeadOfAUnitToCome() {
        List<Position> p = Extract.positions("After the deal closes, Omar Reyes will lead Talbot Group's new payments division.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Omar Reyes") && x.organization().name().equals("Talbot Group")
                && x.title().startsWith("head") && x.status() == PositionStatus.INCOMING), p.toString());
    }

    @Test
    void workTakenOverFromAnIncumbent() {
        List<ClientRelationship> c = Extract.clients("The city of Leeds has awarded Brightway Transit a $90 million contract to "
                + "run its bus network. Brightway takes over the contract from incumbent Metroline Services next spring.");
        assertTrue(Extract.hasClient(c, "Metroline Services", "Brightway Transit", null) == false, c.toString());
        assertTrue(c.stream().anyMatch(x -> x.supplier().name().equals("Metroline Services") && x.status() == ClientStatus.ENDED),
                c.toString());
    }
}
