package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-first written set (issue 10: a chipmaker's new chief, a software maker's stake in its partner's
 * new company), in sentences of our own: "X, a former member of its board and the ex-chief executive of Y," (a board seat
 * left and a role held before); "Z, who has been serving as interim co-CEO, will remain CFO, and W will stay on as CEO of
 * V" (Z's roles are at the company the article is about, not at V of W's clause); "will own a stake of roughly 27% in A's
 * newly formed for-profit company, A Holdings PBC," (the part, not A).
 */
class EightyFirstSetWordingTest {

    @Test
    void aFormerDirectorAndExChiefNamedChief() {
        List<Position> p = Extract.positions("Brannock Semiconductor said it had appointed Wen-Li Park, a former member of its board "
                + "and the ex-chief executive of Halvard Systems, as its chief executive, effective May 2.", "2025-04-20");
        assertTrue(Extract.hasPosition(p, "Wen-Li Park", "Brannock Semiconductor", "board member", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Wen-Li Park", "Halvard Systems", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Wen-Li Park", "Brannock Semiconductor", "ceo", PositionStatus.INCOMING), p.toString());
    }

    @Test
    void rolesKeptAtTheCompanyNotInAnotherPersonsClause() {
        List<Position> p = Extract.positions("Brannock Semiconductor named a new chief. Anna Kerr, who has been serving as interim "
                + "co-CEO, will remain chief financial officer, and Joe Lind will stay on as CEO of Brannock Foundry.");
        assertTrue(Extract.hasPosition(p, "Anna Kerr", "Brannock Semiconductor", "cfo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Anna Kerr", "Brannock Semiconductor", "interim co-ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Joe Lind", "Brannock Foundry", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aStakeInAPartTheAppositionNames() {
        List<Investment> i = Extract.investments("Corvane will own a stake of roughly 30% in Lumen's newly formed for-profit company, "
                + "Lumen Holdings PBC, under the agreement.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Corvane") && v.investee().name().startsWith("Lumen Holdings")
                && v.stakePercent() != null && v.stakePercent() == 30), i.toString());
    }
}
