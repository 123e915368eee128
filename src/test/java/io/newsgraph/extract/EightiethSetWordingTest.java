package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eightieth written set (issue 10: a coffee chain hiring a rival's chief, an AI developer's chip deal, a
 * chipmaker's new backers, merger talks ended), in sentences of our own: "said X, the chief executive of Y, would become its
 * CEO" (incoming; Y's role ends where Y names an interim chief, and the outgoing chief's board seat is not handed over);
 * "the Gemma developer, which is also backed by Z,"; "relied on a mix of A's TPUs, B's chips and C's processors"; "the
 * government's decision to take a 10% stake in X"; "Z's $2 billion purchase of X shares"; "A and B said they had terminated
 * talks to combine".
 */
class EightiethSetWordingTest {

    @Test
    void aChiefHiredFromAnotherCompanyLeavesIt() {
        List<Position> p = Extract.positions("""
                Orla Coffee on Monday said Dana Reyes, the chief executive of Pico Burrito, would become its CEO on May 1, replacing \
                Sam Ortiz. Ortiz stepped down as CEO and left the board with immediate effect. Pico Burrito named its finance \
                chief, Lee Chan, interim CEO. Orla Coffee shares rose 4% on the news, and Orla Coffee said its outlook was unchanged.
                """);
        assertTrue(Extract.hasPosition(p, "Dana Reyes", "Orla Coffee", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Dana Reyes", "Pico Burrito", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Sam Ortiz", "Orla Coffee", "board member", PositionStatus.FORMER), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Dana Reyes") && x.title().equals("board member")), p.toString());
    }

    @Test
    void aDeveloperBackedByOneAndRelyingOnThreeSuppliers() {
        Extraction x = Extract.of("Lumen Labs will rent more chips from Corvane Cloud. The Gemma developer, which is also backed by "
                + "Tessit, has relied on a mix of Corvane's TPUs, Tessit's training chips and Halvard's graphics processors.");
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Tessit", "Lumen Labs"), i.toString());
        List<ClientRelationship> c = Extract.facts(x, ClientRelationship.class);
        assertTrue(Extract.hasClient(c, "Lumen Labs", "Tessit", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Lumen Labs", "Halvard", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aStakeDecidedOnAndSharesBought() {
        List<Investment> i = Extract.investments("The deal follows the Norwegian government's decision in March to take a 12% stake in "
                + "Brannock Steel, and Arvane Capital's $900 million purchase of Brannock Steel shares.");
        assertTrue(Extract.hasStake(i, "Norwegian government", "Brannock Steel", 12), i.toString());
        assertTrue(Extract.hasInvestment(i, "Arvane Capital", "Brannock Steel"), i.toString());
    }

    @Test
    void twoCompaniesEndTheirMergerTalks() {
        List<Acquisition> a = Extract.acquisitions("Kestrel Motors and Vanta Motors said on Friday they had terminated talks to "
                + "combine under a holding company.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Kestrel Motors") && v.target().name().equals("Vanta Motors")
                && v.status() == DealStatus.FAILED), a.toString());
    }
}
