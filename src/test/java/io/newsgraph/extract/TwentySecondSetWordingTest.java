package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-second written set (issue 10), in sentences of our own: a given name that
 * is also a common word after a title ("chief executive Will Shu"); "a member of the executive board"
 * is a board member; "at X, where he was"; "the Pinault family's Artemis holding"; "X's pledge of up to
 * $N for a stake in Y"; "A and B will each hold N%"; buying a plant's output and selling power to a
 * company; "replacing B, who will become a senior adviser" hands over B's role, not the one B takes.
 */
class TwentySecondSetWordingTest {


    @Test
    void aGivenNameThatIsACommonWordAfterATitle() {
        List<Position> p = Extract.positions("Quickbite co-founder and chief executive Will Tanaka said the deal was the right next step.");
        assertTrue(Extract.hasPosition(p, "Will Tanaka", "Quickbite", "ceo", null), p.toString());
    }

    @Test
    void aMemberOfTheExecutiveBoardWhereHeWas() {
        List<Position> p = Extract.positions("Lena Hart spent 20 years at Stridex, where she was most recently a member of the executive "
                + "board responsible for sales.");
        assertTrue(Extract.hasPosition(p, "Lena Hart", "Stridex", "board member", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aFamilysCompanyIsTheOwner() {
        List<Investment> i = Extract.investments("Velo Sports, which is controlled by the Marchetti family's Orvieto holding with a 31% "
                + "stake, employs 12,000 people.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Orvieto") && v.investee().name().equals("Velo Sports")
                && v.stakePercent() != null && Math.abs(v.stakePercent() - 31) < 0.01), i.toString());
    }

    @Test
    void aPledgeForAStakeAndOwnersThatEachHold() {
        List<Investment> a = Extract.investments("The deal follows Corvane's pledge last month of up to $3 billion for a minority stake in "
                + "Lumio Labs.");
        assertTrue(a.stream().anyMatch(v -> v.investor().name().equals("Corvane") && v.investee().name().equals("Lumio Labs")
                && v.amount() != null), a.toString());
        List<Investment> b = Extract.investments("Once the deal closes, Norda Motors and Yangtze Auto will each hold 40% of Drivetrain "
                + "Partners.");
        assertTrue(b.stream().filter(v -> v.investee().name().equals("Drivetrain Partners") && v.stakePercent() != null
                && Math.abs(v.stakePercent() - 40) < 0.01).count() == 2, b.toString());
    }

    @Test
    void powerBoughtFromAPlantOrSoldToACompany() {
        List<ClientRelationship> a = Extract.clients("Orbis Cloud has agreed to buy the output of Helion Power's Ridge Creek nuclear "
                + "plant for 20 years.");
        assertTrue(a.stream().anyMatch(v -> v.client().name().equals("Orbis Cloud") && v.supplier().name().equals("Helion Power")), a.toString());
        List<ClientRelationship> b = Extract.clients("Helion Power already sells electricity from a restarted reactor to Vexa Systems.");
        assertTrue(b.stream().anyMatch(v -> v.client().name().equals("Vexa Systems") && v.supplier().name().equals("Helion Power")), b.toString());
    }

    @Test
    void theRoleHandedOverIsNotTheOneTheLeaverTakesUp() {
        List<Position> p = Extract.positions("Aerona Airlines has hired Sam Ortiz, the chief financial officer of Beltline, as its new finance chief, "
                + "replacing Dana Reyes, who will become a senior adviser to the chief executive until she retires.");
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Sam Ortiz") && v.title().contains("adviser")), p.toString());
        assertTrue(Extract.hasPosition(p, "Dana Reyes", "Aerona Airlines", "cfo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void siblingsWhoLeadACompanyTogether() {
        List<Position> p = Extract.positions("Lumio Labs, which is led by siblings Tomas and Ilse Varga, trains speech models.");
        assertTrue(Extract.hasPosition(p, "Tomas Varga", "Lumio Labs", "head", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Ilse Varga", "Lumio Labs", "head", null), p.toString());
    }
}
