package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-ninth written set (issue 10), in sentences of our own: a town the lexicon
 * lacks, followed by its state and a descriptor noun ("an Austin, Texas company"), is a place, not the
 * company raising money; "will join the board" at the company the article is about; "the maker of X
 * that Y controls" is Y's holding.
 */
class ThirtyNinthSetWordingTest {

    @Test
    void aTownThenItsStateBeforeADescriptorIsAPlace() {
        List<Investment> i = Extract.investments("Kestrel Robotics, a Boise, Idaho company that builds farm robots, has raised $90 million in "
                + "a round led by Orbel Ventures.");
        assertFalse(i.stream().anyMatch(v -> v.investee().name().equals("Boise")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Orbel Ventures") && v.investee().name().equals("Kestrel Robotics")),
                i.toString());
    }

    @Test
    void joiningTheBoardOfTheArticlesCompany() {
        List<Position> p = Extract.positions("Harlow Energy has named Ada Brook as its next chair. Brook will join the board in May.");
        assertTrue(Extract.hasPosition(p, "Ada Brook", "Harlow Energy", "board member", null), p.toString());
    }

    @Test
    void theMakerOfAProductThatAnotherControls() {
        List<Investment> i = Extract.investments("Vexa Health, the maker of Brisk pills that Orbel Group controls, said so.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Orbel Group") && v.investee().name().equals("Vexa Health")),
                i.toString());
    }
}
