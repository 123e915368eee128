package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-fourth written set (issue 10: an operations chief's exit, a supplier's cuts, a drug deal, a
 * government shareholder, a fintech's share sale), in sentences of our own.
 */
class NinetyFourthSetWordingTest {

    @Test
    void aPossibleSuccessorSucceedsNoOne() {
        List<Position> p = Extract.positions("Corvane said Dana Lee, its chief operating officer, will retire. Lee, who joined Corvane "
                + "in 1998, had long been seen as a possible successor to chief executive Ben Ortiz.");
        assertTrue(Extract.hasPosition(p, "Ben Ortiz", "Corvane", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Dana Lee") && x.title().equals("ceo")), p.toString());
    }

    @Test
    void aShareholderToBeWithWhatItPaysAndHolds() {
        List<Investment> i = Extract.investments("The Ardent Development Fund will become the largest shareholder of Tessel Metals "
                + "after agreeing to buy $300 million of the company's preferred stock, giving it a stake of about 12%.");
        assertTrue(i.stream().anyMatch(x -> x.investor().name().equals("Ardent Development Fund") && x.investee().name().equals("Tessel Metals")
                && x.stakePercent() != null && x.stakePercent() == 12), i.toString());
        assertTrue(i.stream().noneMatch(x -> x.investor().name().equals("Tessel Metals")), i.toString());
    }

    @Test
    void aBuyerBecomingTheLargestShareholderIsNoShareholderOfItself() {
        List<Investment> i = Extract.investments("Corvane will pay about $2 billion for roughly 20% of Halden, becoming the largest "
                + "shareholder in the battery maker.");
        assertTrue(i.stream().noneMatch(x -> x.investor().name().equals("Halden")), i.toString());
    }

    @Test
    void investorsInAShareSaleAndAChiefNamedBySurname() {
        List<Investment> i = Extract.investments("Brixlo, which Ivo Marsh founded in 2016, was valued at $20 billion in a share sale "
                + "to investors including Orbis Capital, Pine Row and Halvard Partners. Marsh, Brixlo's chief executive, said it "
                + "would expand.");
        for (String investor : List.of("Orbis Capital", "Pine Row", "Halvard Partners")) {
            assertTrue(Extract.hasInvestment(i, investor, "Brixlo"), i.toString());
        }
        List<Position> p = Extract.positions("Brixlo, which Brenko Kelt founded in 2016, was valued at $20 billion. Kelt, Brixlo's "
                + "chief executive, said it would expand.");
        assertTrue(Extract.hasPosition(p, "Brenko Kelt", "Brixlo", "ceo", PositionStatus.CURRENT), p.toString());
    }
}
