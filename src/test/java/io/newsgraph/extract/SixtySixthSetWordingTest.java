package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-sixth written set (issue 10: a planemaker's cut, a round for a backed startup, a studio owner's
 * cuts, a chipmaker's customers, a carmaker's new chief), in sentences of our own: "Amazon-backed Anthropic raises" is
 * Anthropic's story and round (the backer is a modifier); "said in a post that he would also leave the company"; "Chairman X,
 * who is due to retire in June, will hand over to chief executive Y"; "named X as chief executive, ending a search for a
 * successor to Y".
 */
class SixtySixthSetWordingTest {

    @Test
    void aBackedCompanyIsTheSubjectAndItsRoundIsItsOwn() {
        List<Investment> i = Extract.investments("""
                Harlow-backed Quillon raises $400 million

                Harlow-backed Quillon said on Monday it had raised $400 million in a funding round that values the software maker \
                at $6 billion. The round was led by investment firm Brightwater Capital.
                """);
        assertTrue(Extract.hasInvestment(i, "Harlow", "Quillon"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Brightwater Capital", "Quillon"), i.toString());
        assertTrue(i.stream().noneMatch(x -> x.investee().name().equals("Harlow")), i.toString());
    }

    @Test
    void aDepartureToldInAPost() {
        List<Position> p = Extract.positions("Corvane cut 300 jobs. Corvane president Ana Ruiz said in a post that she would also "
                + "leave the company.");
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Corvane", "president", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aHandOverPastAWhoClause() {
        List<Position> p = Extract.positions("Korlin Semiconductor posted higher profit. Chairman Ken Ota, who is due to retire in "
                + "June, will hand over to chief executive Mia Sato.");
        assertTrue(Extract.hasPosition(p, "Mia Sato", "Korlin Semiconductor", "chairman", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Ken Ota", "Korlin Semiconductor", "chairman", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aSearchForASuccessorToTheOutgoingChief() {
        List<Position> p = Extract.positions("Velmora has named Luis Prado, who runs its European business, as chief executive, "
                + "ending a four-month search for a successor to Peter Kowal, who quit in March.");
        assertTrue(Extract.hasPosition(p, "Peter Kowal", "Velmora", "ceo", PositionStatus.FORMER), p.toString());
    }
}
