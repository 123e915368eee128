package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-eighth written set (issue 10: a coding start-up's round, a fired food chief, a completed
 * networking deal), in sentences of our own: "has closed a $600 million financing ... Orbis Ventures led the deal" (the
 * round's lead, only where a round was told); "founded by a group of Stanford graduates including chief executive X" (a
 * co-founder, and the school is none); "a company veteran who has run the group's Lumo tea business since 2023" (head of Lumo
 * now); "X, the seller's former chief, will lead the buyer's enlarged storage division" (head of storage division to come).
 */
class EightyEighthSetWordingTest {

    @Test
    void theLeadOfARoundToldAsADeal() {
        List<Investment> i = Extract.investments("Quillon, the start-up behind the Ferra design tool, has closed a $600 million "
                + "financing that values it at $5 billion. Orbis Ventures led the deal. Halvard Capital and Pine Row also put money in.");
        assertTrue(Extract.hasInvestment(i, "Orbis Ventures", "Quillon"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Halvard Capital", "Quillon"), i.toString());
    }

    @Test
    void leadingADealWithNoRoundToldIsNoInvestment() {
        List<Investment> i = Extract.investments("Brannock agreed to buy Coldfield for $2 billion. Marlow Partners led the deal for the "
                + "buyer, people familiar with the matter said.");
        assertTrue(i.stream().noneMatch(x -> x.investor().name().equals("Marlow Partners")), i.toString());
    }

    @Test
    void oneOfAGroupOfFounders() {
        List<Position> p = Extract.positions("Quillon, founded in 2021 by a group of Stanford graduates including chief executive "
                + "Tomas Berg, says its revenue has tripled.");
        assertTrue(Extract.hasPosition(p, "Tomas Berg", "Quillon", "co-founder", null), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Stanford")), p.toString());
    }

    @Test
    void aBrandsBusinessHeadedSinceADate() {
        List<Position> p = Extract.positions("Orsen Foods named Clara Voss chief executive. Voss, a company veteran who has run the "
                + "group's Lumo tea business since 2023, takes over on Monday.");
        assertTrue(Extract.hasPosition(p, "Clara Voss", "Lumo", "head", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aUnitToBeLedAfterADeal() {
        List<Position> p = Extract.positions("Castell completed its purchase of Dovetail Systems. Mira Kade, Dovetail's former chief "
                + "executive, will lead Castell's enlarged storage division.");
        assertTrue(Extract.hasPosition(p, "Mira Kade", "Castell", "head of storage division", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Mira Kade", "Dovetail Systems", "ceo", PositionStatus.FORMER), p.toString());
    }
}
