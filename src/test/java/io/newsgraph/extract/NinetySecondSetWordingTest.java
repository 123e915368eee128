package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-second written set (issue 10: an oil major's cuts, a wealth fund's holdings, an IT services
 * deal, a called-off airline merger), in sentences of our own: an appositive between an investor and "has increased its
 * holding in X to 8.26%"; "has also built up stakes in other game companies, including A, B and C"; "will take over X's IT
 * centre in India and its roughly 1,400 employees" (the centre's staff, not X's); "will pay Y a $69 million termination
 * fee" (no purchase).
 */
class NinetySecondSetWordingTest {

    @Test
    void aHoldingRaisedAfterAnAppositive() {
        List<Investment> i = Extract.investments("The Ardent Fund, Norway's largest pension investor, has increased its holding in "
                + "Corvane to 8.26%, a filing showed. The fund has also built up stakes in other software companies, including "
                + "Brixton Systems, Tessel and Halden Labs.");
        assertTrue(Extract.hasStake(i, "Ardent Fund", "Corvane", 8.26), i.toString());
        for (String investee : List.of("Brixton Systems", "Tessel", "Halden Labs")) {
            assertTrue(Extract.hasInvestment(i, "Ardent Fund", investee), i.toString());
        }
    }

    @Test
    void theStaffOfAUnitTakenOverAreNotItsOwnersHeadcount() {
        List<Headcount> h = Extract.headcounts("Corvane Bank has picked Halden for a five-year IT deal. Halden will take over "
                + "Corvane's IT centre in Poland and its roughly 900 employees.");
        assertTrue(h.stream().noneMatch(x -> x.organization().name().equals("Corvane Bank")), h.toString());
    }

    @Test
    void aTerminationFeeIsNoPurchase() {
        List<ClientRelationship> c = Extract.clients("Ardent Air and Brixton Airlines called off their merger. Ardent will pay "
                + "Brixton a $50 million termination fee, the carriers said.");
        assertTrue(c.isEmpty(), c.toString());
    }
}
