package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-third written set (issue 10), in sentences of our own: an offer "for the shares of X it does not
 * already own" with the price after it; a share of a company in words ("still owns about a quarter of X"); a long
 * descriptor for a subject that holds a stake in the company the sentence names; a unit "sold to" a buyer after an
 * apposition, and the stake the seller "will keep" in "the unit"; talks to buy a company abandoned; "its purchase" after a
 * subject the company owns; "whose chief executive is X"; "the combined bank" of a takeover as the buyer.
 */
class FiftyThirdSetWordingTest {

    @Test
    void anOfferForTheSharesABuyerDoesNotOwn() {
        List<Acquisition> a = Extract.acquisitions("Ostwald Brewing said it would make a cash offer for the remaining shares of "
                + "Pellan Foods that it does not already hold, paying about 90 billion yen ($600 million).");
        assertTrue(Extract.hasAcquisition(a, "Ostwald Brewing", "Pellan Foods"), a.toString());
        assertEquals(600e6, a.get(0).amount().value().doubleValue(), 1, a.toString());
        List<Acquisition> b = Extract.acquisitions("Grayline Partners launched a bid for the rest of Tamsin Retail it doesn't own.");
        assertTrue(Extract.hasAcquisition(b, "Grayline Partners", "Tamsin Retail"), b.toString());
    }

    @Test
    void aShareOfACompanyInWords() {
        assertTrue(Extract.hasStake(Extract.investments("Norvik Energy still owns about a quarter of Calder Wind."),
                "Norvik Energy", "Calder Wind", 25));
        assertTrue(Extract.hasStake(Extract.investments("Marlow Insurance already held nearly half of Quanta Re."),
                "Marlow Insurance", "Quanta Re", 50));
    }

    @Test
    void aLongDescriptorSubjectIsNotTheCompanyItHoldsAStakeIn() {
        List<Investment> i = Extract.investments("Corran Dairy shares jumped. Hedley Foods said it would bid for Corran Dairy. The "
                + "snack and frozen foods group already owns 20% of Corran Dairy.");
        assertTrue(Extract.hasStake(i, "Hedley Foods", "Corran Dairy", 20), i.toString());
    }

    @Test
    void aUnitSoldToABuyerAndTheStakeTheSellerKeeps() {
        String text = "Vantor Pharma agreed to sell its Kestra Diagnostics unit, which makes blood-testing kits for hospitals, "
                + "to Ardent Capital for $1.1 billion. Vantor will receive $800 million upfront and will retain a 20% stake in "
                + "the unit.";
        List<Acquisition> a = Extract.acquisitions(text);
        assertTrue(Extract.hasAcquisition(a, "Ardent Capital", "Kestra Diagnostics"), a.toString());
        assertTrue(Extract.hasStake(Extract.investments(text), "Vantor Pharma", "Kestra Diagnostics", 20));
        List<Acquisition> b = Extract.acquisitions("Delmar has agreed to divest its Portola Seeds business to Hanwell Agri.");
        assertTrue(Extract.hasAcquisition(b, "Hanwell Agri", "Portola Seeds"), b.toString());
    }

    @Test
    void talksToBuyACompanyAbandoned() {
        List<Acquisition> a = Extract.acquisitions("Brightwell Media pulled out of negotiations to acquire Castor Films on Monday.");
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Brightwell Media") && x.target().name().equals("Castor Films")
                && x.status() == DealStatus.FAILED), a.toString());
    }

    @Test
    void itsPurchaseAfterASubjectTheCompanyOwns() {
        List<Acquisition> a = Extract.acquisitions("Perrow Software rejected a bid from Halden. Perrow Software said the offer was "
                + "too low. Halden's biggest acquisition remains its $3 billion purchase of Orrin Labs in 2019.");
        assertTrue(Extract.hasAcquisition(a, "Halden", "Orrin Labs"), a.toString());
    }

    @Test
    void whoseChiefExecutiveIsAPerson() {
        List<Position> p = Extract.positions("Corvel Systems, whose chief executive is Anja Petrov, employs 3,000 people.");
        assertTrue(Extract.hasPosition(p, "Anja Petrov", "Corvel Systems", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void theCombinedBankOfATakeoverIsTheBuyer() {
        List<Position> p = Extract.positions("Oakfield Savings has long been a takeover target. Marden Bank agreed to buy Oakfield "
                + "Savings for $2 billion. Oakfield chief executive Lewis Carne will become president of the combined bank.");
        assertTrue(Extract.hasPosition(p, "Lewis Carne", "Marden Bank", "president", PositionStatus.INCOMING), p.toString());
    }
}
