package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-third written set (issue 10: a retailer's succession, an investor's handover), in sentences
 * of our own: "plans to hand the Orvell CEO job to X" (a company's name inside the role handed over); "Y will move to
 * the role of executive chair of the board" (a role moved into is taken up).
 */
class SeventyThirdSetWordingTest {

    @Test
    void aRoleHandedOverWithTheCompanysNameInIt() {
        List<Position> p = Extract.positions("""
                Orvell Holdings builds a stake in a drugmaker

                Orvell Holdings bought shares in Linden Pharma last quarter. Its founder, Ruth Ames, 81, plans to hand the Orvell \
                CEO job to Tomas Reyes at the end of the year.
                """);
        assertTrue(Extract.hasPosition(p, "Tomas Reyes", "Orvell Holdings", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Ruth Ames", "Orvell Holdings", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aRoleMovedInto() {
        List<Position> p = Extract.positions("Quarry Foods named Lena Ortiz chief executive, replacing Paul Hart. Hart will move to "
                + "the role of executive chair of the board.");
        assertTrue(Extract.hasPosition(p, "Paul Hart", "Quarry Foods", "executive chairman", PositionStatus.INCOMING), p.toString());
    }
}
