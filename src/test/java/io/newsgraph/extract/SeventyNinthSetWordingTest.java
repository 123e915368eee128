package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-ninth written set (issue 10: a record funding round, a returning chief, a snack takeover, a
 * withdrawn bid for a Japanese retailer), in sentences of our own: a listed name with a lower-case word ("Seven & i
 * Holdings"); a company written with its legal suffix ("Corvel Inc") is not its unit "Corvel Foods"; "will become part of
 * X, led by Y" (Y heads X now); "closed a round of up to $2 billion led by Y" and "raises $2 billion in Y-led round"; "Y will
 * put in $1.5 billion of the total, with the rest coming from a syndicate that includes A and B"; "X, a veteran who retired
 * in 2019 as president of its outdoor business, will return as chief executive".
 */
class SeventyNinthSetWordingTest {

    @Test
    void aListedNameWithALowerCaseWord() {
        List<Acquisition> a = Extract.acquisitions("Brannock Retail dropped its plan to acquire Seven & i Holdings after the Tokyo "
                + "group rejected two offers.");
        assertTrue(Extract.hasAcquisition(a, "Brannock Retail", "Seven & i Holdings"), a.toString());
    }

    @Test
    void aCompanyWithItsLegalSuffixIsNotItsUnit() {
        Extraction x = Extract.of("Corvel Inc has completed its $4.2 billion purchase of Tandry Brands. Tandry will become part "
                + "of Corvel Foods, led by Hana Moss.");
        List<Acquisition> a = Extract.facts(x, Acquisition.class);
        assertEquals(1, a.size(), a.toString());
        assertEquals("Corvel", a.get(0).acquirer().name().replace(" Inc", ""), a.toString());
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Hana Moss", "Corvel Foods", "head", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aRoundLedByOneBackerAndTheRestFromASyndicate() {
        List<Investment> i = Extract.investments("""
                Quillon raises $2 billion in Arvane-led round

                Quillon has closed a financing round of up to $2 billion led by Arvane Capital, the AI developer said on Monday.
                Arvane Capital will put in $1.5 billion of the total, with the rest coming from a syndicate that includes \
                Morrow Ventures and Tessit Partners.
                """);
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Arvane Capital") && v.investee().name().equals("Quillon")
                && v.amount() != null && v.amount().value().doubleValue() == 1.5e9), i.toString());
        assertTrue(Extract.hasInvestment(i, "Morrow Ventures", "Quillon"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Tessit Partners", "Quillon"), i.toString());
        assertTrue(i.stream().noneMatch(v -> v.investee().name().equals("Arvane Capital")), i.toString());
    }

    @Test
    void aRetiredVeteranReturnsAsChief() {
        List<Position> p = Extract.positions("Kestrel Outdoor said that Dana Whitlock, a longtime company veteran who retired in 2019 "
                + "as president of its outdoor business, will return as chief executive in March.");
        assertTrue(Extract.hasPosition(p, "Dana Whitlock", "Kestrel Outdoor", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Dana Whitlock") && x.title().startsWith("president")
                && x.status() == PositionStatus.FORMER), p.toString());
    }
}
