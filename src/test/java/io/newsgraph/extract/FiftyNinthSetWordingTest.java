package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-ninth written set (issue 10), in sentences of our own: a company that merges a part of its own
 * "with" another company, "a deal that will leave" it "owning 70% of the combined company" (the company the part joins),
 * and who "will lead the combined business" (that company, not the part).
 */
class FiftyNinthSetWordingTest {

    private static final String MERGER = "Halvard Media agreed to merge its Brightcast streaming business with sports streamer "
            + "Pitchside, a deal that will leave Halvard Media owning 65% of the combined company. Pitchside chief executive "
            + "Mara Lind will lead the combined business.";

    @Test
    void theShareADealLeavesInTheCompanyThePartJoins() {
        List<Investment> i = Extract.investments(MERGER);
        assertTrue(Extract.hasStake(i, "Halvard Media", "Pitchside", 65), i.toString());
    }

    @Test
    void theCombinedBusinessIsTheCompanyThePartJoins() {
        List<Position> p = Extract.positions(MERGER);
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Brightcast")), p.toString());
    }
}
