package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-seventh written set (issue 10: a steel unit's cuts, a chip supply with a stake, a deal abandoned
 * years ago), in sentences of our own: "received a $1 billion termination fee from Ardent when the deal collapsed" (no
 * investment).
 */
class NinetySeventhSetWordingTest {

    @Test
    void aTerminationFeeReceivedIsNoInvestment() {
        Extraction x = Extract.of("Two years after Ardent abandoned its $5 billion purchase of Tessel, the start-up is preparing to "
                + "go public. Tessel received a $500 million termination fee from Ardent when the deal collapsed.");
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(i.isEmpty(), i.toString());
        assertTrue(Extract.hasAcquisition(Extract.facts(x, Acquisition.class), "Ardent", "Tessel"), x.toString());
    }
}
