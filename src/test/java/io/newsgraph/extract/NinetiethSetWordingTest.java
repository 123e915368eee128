package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninetieth written set (issue 10: a travel deal cleared, a carmaker's cuts, a chemicals purchase, a
 * cancelled battery order, a merger of miners), in sentences of our own.
 */
class NinetiethSetWordingTest {

    @Test
    void aFiguresQualifierOpeningASentenceIsNoName() {
        List<Layoff> l = Extract.layoffs("Roughly 4,000 jobs will be eliminated under Marden Motors' restructuring plan, about 9% of "
                + "its workforce, the carmaker said.");
        assertTrue(l.stream().noneMatch(x -> x.organization().name().equals("Roughly")), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Marden Motors") && x.count() == 4_000), l.toString());
    }

    @Test
    void anOwnersPlannedPurchaseKeepsItsPossessiveApart() {
        List<Acquisition> a = Extract.acquisitions("The regulator dropped its lawsuit challenging Corvane Travel Group's planned $800 "
                + "million acquisition of rival Tessel, clearing the way for the deal to close.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Corvane Travel Group", a.get(0).acquirer().name(), a.toString());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status(), a.toString());
    }

    @Test
    void aDatelineWithTwoTownsOrADateIsNoName() {
        List<ClientRelationship> c = Extract.clients("""
                Marden cancels battery order

                MUNICH/STOCKHOLM - Marden Motors has cancelled a 1 billion euro ($1.1 billion) contract with Swedish cell maker Ovik.
                The carmaker will source the cells from Halden Cells and Brightline instead.
                """);
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Marden Motors") && x.supplier().name().equals("Ovik")
                && x.status() == ClientStatus.ENDED && x.value() != null && x.value().value().doubleValue() == 1.1e9), c.toString());
        assertTrue(Extract.hasClient(c, "Marden Motors", "Halden Cells", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void theExactFigureOverAHeadlinesRoundOne() {
        List<ClientRelationship> c = Extract.clients("""
                Marden scraps $2 billion order from Ovik

                Marden Motors has cancelled a 1.9 billion euro ($2.05 billion) contract with Ovik.
                """);
        assertTrue(c.stream().anyMatch(x -> x.supplier().name().equals("Ovik") && x.value() != null
                && x.value().value().doubleValue() == 2.05e9), c.toString());
    }

    @Test
    void theHelmTakenAfterAPredecessorLeft() {
        List<Position> p = Extract.positions("Marden Motors reported a loss. Ana Ruiz, who took the helm in April after Ben Cole "
                + "stepped down, called the plan necessary.");
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Marden Motors", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ben Cole", "Marden Motors", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aShareOfTheStockAndALargestShareholdersStake() {
        List<Investment> i = Extract.investments("Ardent Holdings already owns about 28% of Brixton Chemical's common stock. Ovik, "
                + "which counts Marden Motors as its largest shareholder with a stake of about 21%, declined to comment.");
        assertTrue(Extract.hasStake(i, "Ardent Holdings", "Brixton Chemical", 28), i.toString());
        assertTrue(Extract.hasStake(i, "Marden Motors", "Ovik", 21), i.toString());
    }

    @Test
    void theNewCompanyANameIsGivenAndItsHeadToCome() {
        List<Position> p = Extract.positions("Corvane Mining agreed to merge with Tessel Resources in an all-share deal that will "
                + "create a copper miner, to be called Corvane Tessel. Corvane chief executive Dana Lee will run the new company.");
        assertTrue(Extract.hasPosition(p, "Dana Lee", "Corvane Tessel", "head", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Dana Lee", "Corvane Mining", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aRoleWithNoCompanyIsAtTheOneThePersonsAppositionNames() {
        List<Position> p = Extract.positions("Ardent abandoned its purchase of Halden. Halden said it would cut 300 jobs. Ivo Marsh, "
                + "Halden's chief legal officer, will serve as interim CEO.");
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Halden", "interim ceo", null), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Ivo Marsh") && x.organization().name().equals("Ardent")),
                p.toString());
    }

    @Test
    void aRoleToldAgainIsAtTheCompanyFirstNamed() {
        List<Position> p = Extract.positions("Brixton agreed to buy Tessel Foods for $1 billion. \"Tessel is a loyal brand,\" Ardent "
                + "chief executive Lena Ota said. Ota, who took the top job in March, has pledged to focus on big brands.");
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Lena Ota") && !x.organization().name().equals("Ardent")),
                p.toString());
    }
}
