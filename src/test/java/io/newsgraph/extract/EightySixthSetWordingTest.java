package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-sixth written set (issue 10: a carmaker's deal with its union, a funding round's other backers,
 * an electric truck maker's cuts beside its rivals'), in sentences of our own: "X reached a deal with the Y union to cut
 * 4,000 jobs" (X cuts, not the union); "the round, which also drew money from the Z fund and W"; "while V has trimmed its
 * battery team" (a cut without a figure).
 */
class EightySixthSetWordingTest {

    @Test
    void theCompanyNotTheUnionCuts() {
        List<Layoff> l = Extract.layoffs("Brannock Motors reached a deal with the Metallwerk union on Friday to cut more than 4,000 "
                + "jobs by 2028.");
        assertTrue(l.size() == 1 && l.get(0).organization().name().equals("Brannock Motors") && l.get(0).count() == 4000L, l.toString());
    }

    @Test
    void aRoundsOtherBackersAndAFigurelessCut() {
        Extraction x = Extract.of("Skyra raised $900 million in a round led by Arvane Capital. Tessit Partners co-led the round, "
                + "which also drew money from the Lumen Investment Authority and Orla Fund. Rival Corvane has trimmed its battery team.");
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Lumen Investment Authority", "Skyra"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Orla Fund", "Skyra"), i.toString());
        List<Layoff> l = Extract.facts(x, Layoff.class);
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Corvane")), l.toString());
    }
}
