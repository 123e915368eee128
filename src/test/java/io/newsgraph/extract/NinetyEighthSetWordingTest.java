package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-eighth written set (issue 10: a take-private closed, a studio's cuts, a fintech round, a network
 * contract won from a rival, a coffee chain's new chief, a handbag merger called off), in sentences of our own.
 */
class NinetyEighthSetWordingTest {

    @Test
    void aDatelineOfADateAndAServiceIsNoCompany() {
        List<Acquisition> a = Extract.acquisitions("Sep 3 (Wire) - Buyout firm Harrow Capital said it had completed its takeover "
                + "of Lindqvist Foods.");
        assertTrue(Extract.hasAcquisition(a, "Harrow Capital", "Lindqvist Foods"), a.toString());
        assertTrue(a.stream().noneMatch(v -> v.acquirer().name().equals("Wire")), a.toString());
    }

    @Test
    void theLaterItemsOfWhatACompanyOwnsAreCompaniesEvenWithAGivenName() {
        List<Investment> i = Extract.investments("Verano Group, which also owns Selka and Oscar Bellini, said sales rose.");
        assertTrue(Extract.hasInvestment(i, "Verano Group", "Selka"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Verano Group", "Oscar Bellini"), i.toString());
        List<Acquisition> a = Extract.acquisitions("Brightmoor bought Kestrel Labs, Ondine and Harriet Vane Studios last year.");
        assertTrue(Extract.hasAcquisition(a, "Brightmoor", "Ondine"), a.toString());
        assertTrue(Extract.hasAcquisition(a, "Brightmoor", "Harriet Vane Studios"), a.toString());
    }

    @Test
    void aStakeInTheHoldersRelativeClauseAndAPersonAsShareholder() {
        List<Investment> i = Extract.investments("Corsair Partners, which revealed a stake in Pellow Foods in May, wants two board seats.");
        assertTrue(Extract.hasInvestment(i, "Corsair Partners", "Pellow Foods"), i.toString());
        i = Extract.investments("Ingrid Halvorsen, Tessaly's chief executive and its largest shareholder, will keep her shares.");
        assertTrue(Extract.hasInvestment(i, "Ingrid Halvorsen", "Tessaly"), i.toString());
    }

    @Test
    void existingBackersWhoPutMoneyIntoTheRound() {
        List<Investment> i = Extract.investments("Quillon raised $90 million in a round led by Northgate Ventures. Returning backers "
                + "Aster Capital and Bluefin Partners also put money into the round, the company said.");
        assertTrue(Extract.hasInvestment(i, "Northgate Ventures", "Quillon"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Aster Capital", "Quillon"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Bluefin Partners", "Quillon"), i.toString());
    }

    @Test
    void aPassivePurchaseWithItsYearBeforeTheBuyer() {
        List<Acquisition> a = Extract.acquisitions("Tidewell Games makes racing titles. It was acquired in 2021 by Danish media group "
                + "Norrland.");
        assertTrue(Extract.hasAcquisition(a, "Norrland", "Tidewell Games"), a.toString());
    }

    @Test
    void aContractWonForAnotherCompanysWorkDisplacesTheIncumbent() {
        List<ClientRelationship> c = Extract.clients("Signal maker Veltra has won a seven-year contract to upgrade the rail "
                + "signalling of Nordbahn, displacing rival Caspo, which installed most of the existing system.");
        assertTrue(Extract.hasClient(c, "Nordbahn", "Veltra", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Nordbahn", "Caspo", ClientStatus.ENDED), c.toString());
    }

    @Test
    void jobsRemovedByAPlanInARelativeClause() {
        List<Layoff> l = Extract.layoffs("Halvard, which is midway through a savings programme that will remove up to 6,500 jobs, "
                + "reported higher sales.");
        assertEquals(1, l.size(), l.toString());
        assertEquals("Halvard", l.get(0).organization().name());
        assertEquals(6500L, l.get(0).count());
        Extraction x = Extract.of("The board removed two directors on Friday.");
        assertTrue(Extract.facts(x, Layoff.class).isEmpty(), x.toString());
    }
}
