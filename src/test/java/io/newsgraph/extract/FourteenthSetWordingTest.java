package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fourteenth written set (issue 10), in sentences of our own: backers of the round
 * the article last named, an amount in the singular currency ("a 2 billion euro offer"), a stake
 * taken with an investment, a holding "where" someone built it, paying for a product another company
 * made, "has been the company's chairman", a cut told as a staff reduced from one figure to another,
 * and a department's staff that is no headcount.
 */
class FourteenthSetWordingTest {

    @Test
    void backersJoinTheRoundTheArticleLastNamedNotItsMainCompany() {
        List<Investment> i = Extract.investments("Halden Tools becomes Pellucid AI's top shareholder with 400 million euro investment\n"
                + "Halden Tools has invested 400 million euros in Pellucid AI, becoming its largest shareholder with a stake of about 9%. "
                + "The investment is part of a 600 million euro round that values Pellucid AI at 5 billion euros. "
                + "Existing backers including Tessaly Ventures and Northgate Partners also took part.");
        Investment h = i.stream().filter(v -> v.investor().name().equals("Halden Tools")).findFirst().orElseThrow();
        assertEquals("Pellucid AI", h.investee().name());
        assertEquals(9.0, h.stakePercent(), 0.01);
        assertEquals("EUR", h.amount().currency());
        assertEquals(4e8, h.amount().value().doubleValue(), 1);
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tessaly Ventures") && v.investee().name().equals("Pellucid AI")), i.toString());
    }

    @Test
    void aHoldingWhereSomeoneBuiltIt() {
        List<Investment> i = Extract.investments("Orvane Bank will focus on Keswick Bank, where Orvane Bank has built a holding of about 18%.");
        assertEquals(1, i.size(), i.toString());
        assertEquals("Orvane Bank", i.get(0).investor().name());
        assertEquals(18.0, i.get(0).stakePercent(), 0.01);
    }

    @Test
    void payingForAProductAnotherCompanyMade() {
        List<ClientRelationship> c = Extract.clients("Brightwell Labs plans to pay roughly $300 million a year for a speech model developed by "
                + "Corvex AI, according to people familiar with the plan.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("Brightwell Labs", c.get(0).client().name());
        assertEquals("Corvex AI", c.get(0).supplier().name());
        assertEquals(3e8, c.get(0).value().value().doubleValue(), 1);
    }

    @Test
    void hasBeenTheCompanysChairman() {
        List<Position> p = Extract.positions("Keswick Health named Tom Reyes chief executive. Reyes, 68, has been the company's chairman "
                + "since 2019 and will keep that role.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Tom Reyes") && v.title().equals("chairman")
                && v.status() == PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aStaffReducedFromOneFigureToAnotherIsACutOfTheDifference() {
        var x = Extract.of("Corvex Software has reduced its customer support staff to about 3,000 from 7,500 as AI agents take on the work. "
                + "Corvex Software had roughly 40,000 employees at the end of January.");
        List<Layoff> l = x.facts().stream().filter(Layoff.class::isInstance).map(Layoff.class::cast).toList();
        assertEquals(1, l.size(), l.toString());
        assertEquals(4500L, l.get(0).count());
        List<Headcount> h = x.facts().stream().filter(Headcount.class::isInstance).map(Headcount.class::cast).toList();
        assertEquals(List.of(40000L), h.stream().map(Headcount::count).toList(), "a department's staff is no headcount");
    }

    @Test
    void aDepartmentsRolesAreStaff() {
        List<Layoff> l = Extract.layoffs("Corvex Software says AI let it cut 4,500 customer support roles");
        assertEquals(1, l.size(), l.toString());
        assertEquals(4500L, l.get(0).count());
    }

    @Test
    void aBoardReducedFromOneSizeToAnotherIsNoCut() {
        List<Layoff> l = Extract.layoffs("Brannock reduced its board from 14 to eight directors last year.");
        assertEquals(List.of(), l);
    }
}
