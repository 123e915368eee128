package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.CURRENT;
import static io.newsgraph.model.PositionStatus.FORMER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-second written set (issue 10), in sentences of our own: a name with a
 * colon between letters ("Run:ai"); a name joined to a state or country by "of" ("Blue Shield of
 * California"); "its parent, X" as ownership; the role a person "would return as", replacing another,
 * after an apposition with another role; "who will step down but stay on as an adviser"; buying $N
 * of goods made by a company; "will stop using X"; "the sports-car maker" is not the company
 * introduced as "supercar maker X".
 */
class ThirtySecondSetWordingTest {

    @Test
    void aNameWithAColonBetweenLetters() {
        List<Acquisition> a = Extract.acquisitions("Orvane has completed its acquisition of Flow:ly, a Berlin startup.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Orvane") && v.target().name().equals("Flow:ly")), a.toString());
    }

    @Test
    void aNameJoinedToAStateByOf() {
        List<ClientRelationship> c = Extract.clients("Green Cross of Oregon will stop using Medlink as its claims processor from next year.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Green Cross of Oregon") && v.supplier().name().equals("Medlink")
                && v.status() == ClientStatus.ENDED), c.toString());
        var x = Extract.of("Governor Dana Wells of Oregon signed the bill. Dana Wells said it would help.");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().endsWith("of Oregon")), x.entities().toString());
    }

    @Test
    void itsParentInAnApposition() {
        List<Investment> i = Extract.investments("Holt had been criticised for running both Kestrel Cars and its parent, Marrow Motor Group.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Marrow Motor Group") && v.investee().name().equals("Kestrel Cars")),
                i.toString());
    }

    @Test
    void theRoleAPersonWouldReturnAsReplacingAnother() {
        List<Position> p = Extract.positions("Tessel said Ada Brook, its executive chairman, would return as chief executive, replacing "
                + "Ivo Lund, who will step down but stay on as an adviser.");
        assertTrue(Extract.hasPosition(p, "Ivo Lund", "Tessel", "ceo", FORMER), p.toString());
        assertFalse(Extract.hasPosition(p, "Ivo Lund", "Tessel", "executive chairman", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Ivo Lund", "Tessel", "adviser", CURRENT), p.toString());
    }

    @Test
    void buyingAnAmountOfGoodsMadeByACompany() {
        List<ClientRelationship> c = Extract.clients("Corvo Motors agreed to buy $300 million of battery cells produced in Ohio by "
                + "Lumen Cell.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Corvo Motors") && v.supplier().name().equals("Lumen Cell")
                && v.value() != null && Math.abs(v.value().value().doubleValue() - 300e6) < 1), c.toString());
    }

    @Test
    void aMakerOfAnotherProductIsAnotherMaker() {
        var l = Extract.layoffs("Tessel Robotics has hired Ada Brook, who previously ran drone maker Skyra. The robot maker will cut 200 jobs.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Tessel Robotics")), l.toString());
        assertFalse(l.stream().anyMatch(v -> v.organization().name().equals("Skyra")), l.toString());
        // a company introduced with the noun in an apposition is "the" maker of that kind from then on
        l = Extract.layoffs("Orvane Capital raised a new fund. Orvane Capital hired Ada Brook, who previously ran drone maker Skyra. "
                + "Orvane Capital owns Tessel, the robot maker. The robot maker will cut 200 jobs.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Tessel")), l.toString());
    }
}
