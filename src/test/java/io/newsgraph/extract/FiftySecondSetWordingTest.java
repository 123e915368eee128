package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-second written set (issue 10), in sentences of our own: firms that "bought shares in the
 * sale" of the article's company; a co-investor "joining as a minority investor"; a founder who "will continue to
 * lead the studio"; a chief executive who "will stay on the board as a non-executive director".
 */
class FiftySecondSetWordingTest {

    @Test
    void buyersOfSharesInTheSaleAreInvestors() {
        List<Investment> i = Extract.investments("Lumenwise Ltd. said a sale of employee shares had valued it at $4 billion. Arbor "
                + "Ridge, Fenmore Capital and Quill Partners bought shares in the sale.");
        for (String investor : List.of("Arbor Ridge", "Fenmore Capital", "Quill Partners")) {
            assertTrue(Extract.hasInvestment(i, investor, "Lumenwise"),
                    investor + " " + i);
        }
    }

    @Test
    void aCoInvestorJoiningAsAMinorityInvestor() {
        List<Investment> i = Extract.investments("Brisk Labs has agreed to be bought by Harbor Equity. Tamsin Capital is joining "
                + "as a minority investor.");
        assertTrue(Extract.hasInvestment(i, "Tamsin Capital", "Brisk Labs"),
                i.toString());
    }

    @Test
    void aFounderWhoWillContinueToLeadTheStudio() {
        List<Position> p = Extract.positions("Halvard Media will buy Kestrel Games, a Polish studio, for $90 million. Kestrel "
                + "Games founder Ivo Marsh will continue to lead the studio.");
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Kestrel Games", "head", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aChiefWhoStaysOnTheBoard() {
        List<Position> p = Extract.positions("Corvane said Lena Ortiz would hand over the chief executive role to Paul Mayer. "
                + "Ortiz will stay on the board as a non-executive director.");
        assertTrue(Extract.hasPosition(p, "Lena Ortiz", "Corvane", "board member", PositionStatus.CURRENT), p.toString());
    }
}
