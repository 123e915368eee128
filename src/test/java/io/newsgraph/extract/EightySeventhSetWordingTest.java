package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-seventh written set (issue 10: two co-chief executives promoted, a take-private with a minority
 * backer), in sentences of our own: "had promoted A, who runs its X business, and B, head of its Y unit, to co-chief
 * executives, replacing C" (both co-chiefs, C the former chief); "will become executive vice chair"; "A unit of Z will make
 * a significant minority investment as part of the deal" (in the company the deal buys).
 */
class EightySeventhSetWordingTest {

    @Test
    void twoPeoplePromotedToCoChiefs() {
        List<Position> p = Extract.positions("Corvane said on Monday it had promoted Ana Ruiz, who runs its cloud business, and Ben "
                + "Okafor, head of its devices unit, to co-chief executives, replacing Dana Lee. Lee, who has led the company since "
                + "2016, will become executive vice chair of the board.");
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Corvane", "co-ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ben Okafor", "Corvane", "co-ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Dana Lee", "Corvane", "executive vice chairman", PositionStatus.INCOMING), p.toString());
    }

    @Test
    void aMinorityBackerOfTheDealsTarget() {
        Extraction x = Extract.of("Arvane Partners agreed to buy payroll software maker Skyra for $3.1 billion. A unit of the Lumen "
                + "Investment Authority will make a significant minority investment as part of the deal.");
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Lumen Investment Authority", "Skyra"), i.toString());
    }
}
