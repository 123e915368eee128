package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
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
 * Wordings from the fiftieth written set (issue 10), in sentences of our own: a field word and a lower-case modifier
 * before a descriptor after a dateline; a founder who stays on to lead the business; a stake "built"; the company a
 * person "joined from" and ran, and a board seat told after that clause; a workforce "of N" cut "by M"; a rival that
 * decided against an offer; "replaced chief executive X with Y".
 */
class FiftiethSetWordingTest {

    @Test
    void aFieldWordAndAModifierBeforeADescriptorDescribeTheName() {
        List<Layoff> l = Extract.layoffs("DENVER, March 2 (2025) - Online pet-supplies seller Barkley said it would cut 300 jobs.");
        assertEquals(1, l.size(), l.toString());
        assertEquals("Barkley", l.get(0).organization().name());
        // an em dash after the dateline (a comma once the text is normalised)
        List<Layoff> m = Extract.layoffs("LONDON, Dec 19 \u2014 Luxury fashion platform Velmora said it would cut 120 jobs.");
        assertEquals(1, m.size(), m.toString());
        assertEquals("Velmora", m.get(0).organization().name());
    }

    @Test
    void aFounderWhoStaysOnToLeadTheBusiness() {
        List<Position> p = Extract.positions("Halvard Group has bought Quarry Labs. Quarry Labs' founder, Tomas Lind, will stay on to "
                + "run the company under its new owner.");
        assertTrue(Extract.hasPosition(p, "Tomas Lind", "Quarry Labs", "head", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aStakeBuiltIsAStake() {
        List<Investment> i = Extract.investments("Norrvik Capital has built a 7% stake in Ostrava Telecom.");
        assertTrue(Extract.hasStake(i, "Norrvik Capital", "Ostrava Telecom", 7), i.toString());
    }

    @Test
    void theCompanyAPersonJoinedFromAndABoardSeatAfterIt() {
        List<Position> p = Extract.positions("Dana Holm became chief executive of Corvex on Monday. Holm joined from Pellan, the "
                + "Danish shipping group she ran since 2019, and has sat on Corvex's board since 2021.");
        assertTrue(Extract.hasPosition(p, "Dana Holm", "Pellan", "head", PositionStatus.FORMER), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Dana Holm") && x.organization().name().equals("Corvex")
                && x.title().equals("board member")), p.toString());
    }

    @Test
    void aWorkforceOfNCutByM() {
        Extraction x = Extract.of("Rotherwell Steel will reduce its workforce of about 18,000 by 4,000 over five years.");
        List<Headcount> h = Extract.facts(x, Headcount.class);
        assertEquals(1, h.size(), h.toString());
        assertEquals(18000, h.get(0).count());
        assertTrue(Extract.facts(x, Layoff.class).stream().anyMatch(l -> l.count() != null && l.count() == 4000), x.toString());
    }

    @Test
    void aRivalThatDecidedAgainstAnOfferFailed() {
        List<Acquisition> a = Extract.acquisitions("Castor Paper has completed its purchase of Lindqvist Packaging. Rival Ormond "
                + "decided against making a firm offer.");
        Acquisition rival = a.stream().filter(x -> x.acquirer().name().equals("Ormond")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Lindqvist Packaging", rival.target().name());
        assertEquals(DealStatus.FAILED, rival.status());
    }

    @Test
    void theOneBroughtInTakesTheReplacedOnesTitle() {
        List<Position> p = Extract.positions("Brenner Group's board replaced chief executive Ana Solis with Mark Pettit on Friday.");
        assertTrue(Extract.hasPosition(p, "Ana Solis", "Brenner Group", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Mark Pettit", "Brenner Group", "ceo", PositionStatus.CURRENT), p.toString());
    }
}
