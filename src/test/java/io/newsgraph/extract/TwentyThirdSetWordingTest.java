package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-third written set (issue 10), in sentences of our own: a round that "drew
 * money from" a list of backers; "took over last July from Y"; a brand in an aside ("its ice cream
 * business, home to A and B, and cut N jobs") is not the one cutting; using a company's named
 * platform; "deal despite opposition from the government" is no contract.
 */
class TwentyThirdSetWordingTest {

    @Test
    void aRoundThatDrewMoneyFromBackers() {
        List<Investment> i = Extract.investments("Helio Robotics closed a $300 million round. The round was led by Arden Capital, which "
                + "put in about $100 million, and drew money from Corvane Ventures, Pell Partners and Osprey Capital.");
        for (String backer : List.of("Corvane Ventures", "Pell Partners", "Osprey Capital")) {
            assertTrue(i.stream().anyMatch(v -> v.investor().name().equals(backer) && v.investee().name().equals("Helio Robotics")), i.toString());
        }
    }

    @Test
    void tookOverLastMonthFromSomeone() {
        List<Position> p = Extract.positions("Brisa Foods is cutting costs. Chief executive Ana Ruiz, a former head of Lark Dairy, took over "
                + "last July from Tom Hale.");
        assertTrue(Extract.hasPosition(p, "Tom Hale", "Brisa Foods", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aBrandInAnAsideIsNotTheOneCutting() {
        List<Layoff> l = Extract.layoffs("Brisa Foods will separate its snacks business, home to Crunchers and Koa Chips, and cut about "
                + "3,000 jobs.");
        assertTrue(l.stream().noneMatch(v -> v.organization().name().equals("Koa Chips")), l.toString());
    }

    @Test
    void usingACompanysNamedPlatform() {
        List<ClientRelationship> c = Extract.clients("Lumio Labs also uses Orbis Cloud's Atlas AI platform to train its models.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Lumio Labs") && v.supplier().name().equals("Orbis Cloud")), c.toString());
    }

    @Test
    void aDealPursuedDespiteOppositionIsNoContract() {
        List<ClientRelationship> c = Extract.clients("The defeat is a blow to Corvane Bank chairman Ian Moss, who had pursued the deal "
                + "despite opposition from the Finance Ministry.");
        assertTrue(c.isEmpty(), c.toString());
    }
}
