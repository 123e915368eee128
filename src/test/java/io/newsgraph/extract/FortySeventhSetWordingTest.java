package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-seventh written set (issue 10), in sentences of our own: a decision
 * reported with "said it would" is no hypothesis; a stake bought told as a completed purchase; a
 * second verb selling to customers listed after their kind; an earlier employer in "a former X
 * manager" does not make the new role a former one.
 */
class FortySeventhSetWordingTest {

    @Test
    void aDecisionReportedWithWould() {
        List<Investment> i = Extract.investments("Castell Air to take control of Nordvik\n\nCastell Air said on Tuesday (June 3, 2025) it "
                + "would raise its stake in Nordvik to 58% from 20%.");
        assertTrue(Extract.hasStake(i, "Castell Air", "Nordvik", 58), i.toString());
    }

    @Test
    void aStakeBoughtToldAsACompletedPurchase() {
        List<Investment> i = Extract.investments("Orrin Air said it had completed the purchase of a 35% stake in Velia Airways from the "
                + "Italian government.");
        assertTrue(Extract.hasStake(i, "Orrin Air", "Velia Airways", 35), i.toString());
    }

    @Test
    void aSecondVerbSellingToCustomersOfAKind() {
        List<ClientRelationship> c = Extract.clients("Kelder Software employs about 900 people and sells its design tools to shipyards and "
                + "aircraft manufacturers including Embraer.");
        assertTrue(Extract.hasClient(c, "Embraer", "Kelder Software", null), c.toString());
    }

    @Test
    void aFormerEmployerInAnAppositionLeavesTheNewRoleCurrent() {
        List<Position> p = Extract.positions("Ana Ferris, a former Orrin Air manager, became Velia Airways' chief executive in 2024 and "
                + "will keep the role.");
        assertTrue(Extract.hasPosition(p, "Ana Ferris", "Velia Airways", "ceo", PositionStatus.CURRENT), p.toString());
    }
}
