package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-sixth written set (issue 10: a drugmaker's cuts, an oilfield deal that ended another, a chip
 * maker's stake, an army contract, a drinks chief's exit, a consultancy's cuts), in sentences of our own: "said chief
 * executive A had left by mutual agreement and named finance chief B interim CEO" (the company that opens the sentence
 * names B).
 */
class NinetySixthSetWordingTest {

    @Test
    void aSecondVerbOfTheCompanyNamesTheInterimChief() {
        List<Position> p = Extract.positions("Corvane said on Monday that chief executive Lena Ota had left by mutual agreement and "
                + "named finance chief Ivo Marsh interim CEO while it searches for a permanent successor.");
        assertTrue(Extract.hasPosition(p, "Lena Ota", "Corvane", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Corvane", "interim ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Corvane", "cfo", PositionStatus.CURRENT), p.toString());
    }
}
