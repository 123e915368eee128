package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-second written set (issue 10: a carmaker's cuts, a stake in an engine venture, dating apps'
 * layoffs), in sentences of our own: a newspaper's dateline ("TRONDHEIM, Norway --") is no company; "the Arvane-owned
 * shipbuilder said" names its owner (but "the Korean-owned shipbuilder" none); "A and B each own 45% of the Oslo-based
 * company" after a stake in it told; "which supplies hulls to shipowners including C and D"; "Rival X, the owner of A and
 * B, cut 12% of its staff" (X cuts, and owns A and B).
 */
class EightySecondSetWordingTest {

    @Test
    void aDatelineAndAnOwnerNamedInADescription() {
        Extraction x = Extract.of("""
                TRONDHEIM, Norway \u2014 Kestrel Yards will shed about 800 positions, mostly in design offices, the Arvane-owned \
                shipbuilder said on Monday.
                """);
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Arvane", "Kestrel Yards"), i.toString());
        assertTrue(i.stream().noneMatch(v -> v.investee().name().equalsIgnoreCase("Trondheim")), i.toString());
        List<Investment> none = Extract.investments("Kestrel Yards will shed about 800 positions, the Korean-owned shipbuilder said.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aDescribedCompanyAfterAStakeInIt() {
        Extraction x = Extract.of("Brannock Energy has completed its purchase of a 10% stake in Tessit Marine. Corvane and Halvard "
                + "each own 45% of the Oslo-based company, which supplies hulls and engines to shipowners including Lumen Lines and "
                + "Orla Shipping.");
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasStake(i, "Corvane", "Tessit Marine", 45), i.toString());
        assertTrue(Extract.hasStake(i, "Halvard", "Tessit Marine", 45), i.toString());
        List<ClientRelationship> c = Extract.facts(x, ClientRelationship.class);
        assertTrue(Extract.hasClient(c, "Lumen Lines", "Tessit Marine", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void anOwnerInAnAppositionCutsAndOwns() {
        Extraction x = Extract.of("Rival Corvane Media, the owner of Pinwheel and Fable, cut 12% of its staff in May.");
        List<Layoff> l = Extract.facts(x, Layoff.class);
        assertTrue(l.size() == 1 && l.get(0).organization().name().equals("Corvane Media"), l.toString());
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Corvane Media", "Pinwheel") && Extract.hasInvestment(i, "Corvane Media", "Fable"), i.toString());
    }
}
