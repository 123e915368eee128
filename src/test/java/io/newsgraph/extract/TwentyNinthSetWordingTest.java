package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.CURRENT;
import static io.newsgraph.model.PositionStatus.FORMER;
import static io.newsgraph.model.PositionStatus.INCOMING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-ninth written set (issue 10), in sentences of our own: "after the board
 * ousted X"; "X, in which Y already owns a stake of about 28%"; "hands the chief executive role to Y
 * at the end of the year"; a common word before a firm's last word inside a sentence ("Yes Bank");
 * initials that keep the legal suffix the name is stored without; "who co-founded X in 2019 and is
 * its chief executive"; "will keep a stake of about 10%" in the company the sentence names.
 */
class TwentyNinthSetWordingTest {

    @Test
    void theOneTheBoardOustedLeftTheRole() {
        List<Position> p = Extract.positions("The plan is the first by Ana Ruiz, who became chief executive of Tollan Pharma in June after "
                + "the board ousted Henrik Dahl in March.");
        assertTrue(Extract.hasPosition(p, "Henrik Dahl", "Tollan Pharma", "ceo", FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Tollan Pharma", "ceo", CURRENT), p.toString());
    }

    @Test
    void aStakeOwnedInARelativeClause() {
        List<Investment> i = Extract.investments("The buyer is Harwick Holdings. Marlow Oil, in which Harwick already owns a stake of "
                + "about 31%, will use the cash to pay down debt.");
        assertTrue(Extract.hasStake(i, "Harwick Holdings", "Marlow Oil", 31), i.toString());
    }

    @Test
    void handingTheRoleToASuccessorLaterInTheYear() {
        List<Position> p = Extract.positions("The deal comes weeks before Edna Voss, 81, hands the chief executive role to deputy "
                + "chairman Karl Brandt at the end of the year, Voss's firm Orlen Trust said.", "2025-10-02");
        assertTrue(Extract.hasPosition(p, "Karl Brandt", "Orlen Trust", "ceo", INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Edna Voss", "Orlen Trust", "ceo", FORMER), p.toString());
    }

    @Test
    void aCommonWordBeforeAFirmsLastWordNamesItInsideASentence() {
        List<Investment> i = Extract.investments("Kansai Trust will buy a 15% stake in First Bank for $400 million.");
        assertTrue(Extract.hasStake(i, "Kansai Trust", "First Bank", 15), i.toString());
    }

    @Test
    void initialsKeepTheLegalSuffixTheNameIsStoredWithout() {
        var x = Extract.of("Osaka Harbor Trading Corp will buy a 10% stake in Velo Foods. OHTC said the deal would close in May.");
        assertEquals(1, x.entities().stream().filter(e -> e.name().startsWith("Osaka") || e.name().equals("OHTC")).count(),
                x.entities().toString());
    }

    @Test
    void aCoFounderWhoIsAlsoItsChiefExecutive() {
        List<Position> p = Extract.positions("Lena Park, who co-founded Tessel in 2018 and is its chief executive, said the money would go "
                + "to hiring.");
        assertTrue(Extract.hasPosition(p, "Lena Park", "Tessel", "ceo", CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Lena Park", "Tessel", "co-founder", null), p.toString());
    }

    @Test
    void aStakeKeptAfterTheSaleIsInTheCompanyTheArticleIsAbout() {
        List<Investment> i = Extract.investments("Harbin Copper sells its stake\n\nHarbin Copper said on Monday that it would sell shares "
                + "of Harbin Copper to the public. Tessaro Group will keep a stake of about 12% after the offering.");
        assertTrue(Extract.hasStake(i, "Tessaro Group", "Harbin Copper", 12), i.toString());
    }
}
