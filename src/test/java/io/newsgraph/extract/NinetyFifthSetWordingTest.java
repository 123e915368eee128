package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-fifth written set (issue 10: a chip designer bought with its backers selling out, a sportswear
 * chief ousted, a delivery group bought), in sentences of our own.
 */
class NinetyFifthSetWordingTest {

    @Test
    void aNameEndingInSBeforeASingularVerbIsNoPluralNoun() {
        List<Acquisition> a = Extract.acquisitions("Brixus has agreed to buy Tessel Foods for 2 billion euros ($2.2 billion) in cash.");
        assertTrue(Extract.hasAcquisition(a, "Brixus", "Tessel Foods"), a.toString());
    }

    @Test
    void theBackersThatSellTheirStakesHeldThem() {
        List<Investment> i = Extract.investments("Halden Chips has agreed to be acquired by Corvane for $3 billion. Orbis, which owns "
                + "about 30% of Halden, and private equity firm Pine Row will sell their stakes.");
        assertTrue(Extract.hasStake(i, "Orbis", "Halden Chips", 30), i.toString());
        assertTrue(Extract.hasInvestment(i, "Pine Row", "Halden Chips"), i.toString());
    }

    @Test
    void anOustedChiefsSuccessorAndABoardSeatHeldBefore() {
        List<Position> p = Extract.positions("Vantor has ousted chief executive Lena Ota and named Ivo Marsh, a former Orbis executive, "
                + "to take over on July 1. Marsh spent two decades at Orbis, most recently as a member of its executive board.");
        assertTrue(Extract.hasPosition(p, "Lena Ota", "Vantor", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Vantor", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Orbis", "board member", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aMergerAgreementEndedIsNoSupplyEnded() {
        List<ClientRelationship> c = Extract.clients("Brixton said it had terminated its agreement to combine with Tessel, a day after "
                + "a judge blocked the deal.");
        assertTrue(c.isEmpty(), c.toString());
    }
}
