package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-third written set (issue 10: a startup round, a state layoff filing, a take-private, a chief's
 * succession), in sentences of our own: digits and a capital before a company word ("4D Capital"); "a deal that values the
 * company at"; "will become executive chair of the board"; "a 20-year X veteran who previously served as chief financial
 * officer"; "alongside existing investors A and B"; "a former Google engineer who is its chief executive"; "was started in
 * 2019 by X, ..., and now has about 1,000 employees"; "is one of Y's biggest shareholders, having invested $3 billion in";
 * a headline's rounded count and the text's exact one as one cut.
 */
class SixtyThirdSetWordingTest {

    @Test
    void aDigitCapitalFirmTakesACompanyPrivateAtAValue() {
        List<Acquisition> a = Extract.acquisitions("Shoe chain Pellworth said it had agreed to be taken private by investment firm "
                + "4D Capital for $41 a share in cash, a deal that values the company at about $3.1 billion.");
        assertTrue(Extract.hasAcquisition(a, "4D Capital", "Pellworth"), a.toString());
        assertEquals(3.1e9, a.get(0).amount().usd().doubleValue(), 1e7);
    }

    @Test
    void aChairOfTheBoardToComeAndAnEarlierRoleOfAVeteran() {
        List<Position> p = Extract.positions("Brenmoor said that Lisa Tran, its chief operating officer, will become chief executive "
                + "on March 1, succeeding Paul Ames. Ames will become executive chair of the board. Tran, a 15-year Brenmoor veteran who "
                + "previously served as chief financial officer, takes over as sales slow.");
        assertTrue(Extract.hasPosition(p, "Paul Ames", "Brenmoor", "executive chairman", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Lisa Tran", "Brenmoor", "cfo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void existingInvestorsAlongsideAndAFoundersRoleAtTheSubject() {
        String text = "Loomwise has closed a $90 million Series C. New backers Tarn Ventures and Halden Capital chipped in, alongside "
                + "existing investors Norrick Partners and Belfry Capital. Loomwise was started in 2020 by Maya Osei, a former Google "
                + "engineer who is its chief executive, and now has about 400 employees.";
        List<Investment> i = Extract.investments(text);
        assertTrue(Extract.hasInvestment(i, "Norrick Partners", "Loomwise"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Belfry Capital", "Loomwise"), i.toString());
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Maya Osei", "Loomwise", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Google") && x.title().equals("ceo")), p.toString());
        List<Headcount> h = Extract.headcounts(text);
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Loomwise") && x.count() == 400), h.toString());
    }

    @Test
    void aShareholderHavingInvestedAnAmount() {
        List<Investment> i = Extract.investments("Corvid Labs will rent more chips from Altamont. Altamont is also one of Corvid Labs' "
                + "biggest shareholders, having invested about $2 billion in the AI developer.");
        assertTrue(i.stream().anyMatch(x -> x.investor().name().equals("Altamont") && x.investee().name().equals("Corvid Labs")
                && x.amount() != null && x.amount().usd().doubleValue() == 2e9), i.toString());
    }

    @Test
    void aHeadlinesRoundedCountIsTheTextsExactCut() {
        List<Layoff> l = Extract.layoffs("""
                Kestrel Chips to lay off more than 1,200 workers in Arizona

                Kestrel Chips will cut 1,236 jobs in Arizona, according to a notice it filed with state officials.
                """);
        assertEquals(1, l.size(), l.toString());
        assertEquals(1236L, l.get(0).count());
    }
}
