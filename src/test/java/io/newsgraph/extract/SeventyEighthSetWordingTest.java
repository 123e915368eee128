package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-eighth written set (issue 10: a cosmetics succession, a steelmaker's job cuts), in sentences
 * of our own: a Title Case headline keeps "Anne-Laure de La Roche" whole (particles do not count as words of the name);
 * "who heads its Clarins and Mylene brands" is the head of those brands now; "will cut its workforce by 1,100" and "plans to
 * reduce the number of jobs at its cement division by 4,000, about 25% of the unit's workforce, through 1,500 job cuts and
 * the sale of plants" are cuts of 1,100 and 4,000 (the means after "through" is part of the cut, not another).
 */
class SeventyEighthSetWordingTest {

    @Test
    void aHeadlineKeepsANameWithParticlesWhole() {
        List<Position> p = Extract.positions("""
                Valmont Beauty Names Anne-Laure de La Roche CEO

                Valmont Beauty said on Monday that Anne-Laure de La Roche, who heads its Clarins and Mylene brands, will succeed \
                Pieter Blom as chief executive in March.
                """);
        assertTrue(Extract.hasPosition(p, "Anne-Laure de La Roche", "Valmont Beauty", "ceo", PositionStatus.INCOMING), p.toString());
        // (head of the first brand named, Clarins: a brand's unit is where its head works)
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Anne-Laure de La Roche") && x.organization().name().equals("Clarins")
                && x.title().equals("head") && x.status() == PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Roche")), p.toString());
    }

    @Test
    void aWorkforceCutByABareFigure() {
        List<Layoff> l = Extract.layoffs("Orland Freight will cut its workforce by 1,100 to about 9,000 by the end of next year.");
        assertEquals(1, l.size(), l.toString());
        assertEquals(1100L, l.get(0).count(), l.toString());
    }

    @Test
    void theNumberOfJobsReducedByAFigureAndItsShare() {
        List<Layoff> l = Extract.layoffs("Brannock Materials plans to reduce the number of jobs at its cement division by 4,000 over "
                + "five years, about 25% of the unit's workforce, through 1,500 job cuts and the sale of plants that employ the rest.");
        assertEquals(1, l.size(), l.toString());
        assertEquals(4000L, l.get(0).count(), l.toString());
        assertEquals(25.0, l.get(0).percent(), l.toString());
    }
}
