package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-fifth written set (issue 10: a delivery group's support cuts, an earnings call, a beauty
 * stake, a cancelled crane order, a telecom succession, a lender's cuts after a credit line), in sentences of our own.
 */
class HundredFifthSetWordingTest {

    @Test
    void customersBetweenDashesAndACreditLineIsNoInvestment() {
        List<ClientRelationship> c = Extract.clients("Tessary said the company's two largest customers - Brightwell and Ondine - "
                + "made up 40% of sales.");
        assertTrue(Extract.hasClient(c, "Brightwell", "Tessary", null), c.toString());
        assertTrue(Extract.hasClient(c, "Ondine", "Tessary", null), c.toString());
        List<Investment> i = Extract.investments("Kestrel Pay secured a 90 million pound credit facility from Harrow Bank and Norfield.");
        assertTrue(i.isEmpty(), i.toString());
    }

    @Test
    void cofoundersAfterACommaAndAPurchaseWithItsTime() {
        List<Position> p = Extract.positions("Glowra's co-founders, brothers Jae-won Lee and Min-ho Lee, will keep running the company.");
        assertTrue(Extract.hasPosition(p, "Jae-won Lee", "Glowra", "co-founder", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Min-ho Lee", "Glowra", "co-founder", null), p.toString());
        List<Acquisition> a = Extract.acquisitions("The deal follows Selka's purchase last year of Danish candle label Lysa.");
        assertTrue(Extract.hasAcquisition(a, "Selka", "Lysa"), a.toString());
    }

    @Test
    void aUnitHeadedElsewhereAndABoardSeatKept() {
        List<Position> p = Extract.positions("Sofia Dahl currently heads the Baltic business of tower company Vantor.");
        assertTrue(Extract.hasPosition(p, "Sofia Dahl", "Vantor", "head", PositionStatus.CURRENT), p.toString());
        p = Extract.positions("Nordlink said Jonas Berg will retire as chief executive. Jonas Berg will remain on the board as a "
                + "non-executive director.");
        assertTrue(Extract.hasPosition(p, "Jonas Berg", "Nordlink", "non-executive director", PositionStatus.INCOMING), p.toString());
    }

    @Test
    void aCapitalLetterBeforeAHyphenedWordIsNoNameAndDockworkersAreStaff() {
        List<Investment> i = Extract.investments("Selka to buy stake in K-beauty brand Glowra");
        assertTrue(i.stream().noneMatch(v -> v.investee().name().startsWith("K-")), i.toString());
        List<Headcount> h = Extract.headcounts("Calloway employs around 3,200 dockworkers and staff.");
        assertTrue(h.stream().anyMatch(v -> v.count() == 3200), h.toString());
    }
}
