package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-third written set (issue 10: a take-private closed, a dating group's cuts, a carmaker's
 * investment, an AI model bought, an EV maker's cuts, a rocket maker's new owner), in sentences of our own: "tries to revive
 * growth at the owner of A and B" (the sentence's company owns them, not one bought: "agreed to buy the owner of A" is no
 * such ownership); "has taken a controlling stake in X and named himself chief executive of the rocket maker".
 */
class NinetyThirdSetWordingTest {

    @Test
    void theSubjectToldAsTheOwnerOfItsBrands() {
        List<Investment> i = Extract.investments("Corvane Group said it would cut 10% of its staff as its new chief executive tries "
                + "to revive growth at the owner of Brightline and Tessel.");
        assertTrue(Extract.hasInvestment(i, "Corvane Group", "Brightline"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Corvane Group", "Tessel"), i.toString());
    }

    @Test
    void buyingTheOwnerOfABrandIsNoOwnershipOfIt() {
        List<Investment> i = Extract.investments("Ardent Partners agreed to buy the owner of Brightline for $2 billion.");
        assertTrue(i.stream().noneMatch(x -> x.investee().name().equals("Brightline")), i.toString());
    }

    @Test
    void aChiefWhoNamedHimself() {
        Extraction x = Extract.of("Former Orbis chief executive Dan Hale has taken a controlling stake in Vantor Space and named "
                + "himself chief executive of the rocket maker, the company said.");
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Dan Hale", "Vantor Space", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Dan Hale", "Orbis", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasInvestment(Extract.facts(x, Investment.class), "Dan Hale", "Vantor Space"), x.toString());
    }
}
