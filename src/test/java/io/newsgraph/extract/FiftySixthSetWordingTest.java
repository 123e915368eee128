package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Wordings from the fifty-sixth written set (issue 10), in sentences of our own: who said it, set off by commas, is no
 * description of the name before it; "an Austin, Texas-based firm" as one description; a company "owned by funds managed
 * by" a firm; "a company it already owns"; a sale "to a consortium of A and B"; a supplier of a chain's locations whose
 * partnership with the chain "will end" (an end between two parties ends the relationship read elsewhere, and is none by
 * itself).
 */
class FiftySixthSetWordingTest {

    @Test
    void anAttributionBetweenCommasIsNoDescription() {
        List<Acquisition> a = Extract.acquisitions("Larkspur Capital has closed its purchase of Tidewell Software, the logistics "
                + "software maker said on Tuesday, taking the company off the stock market.");
        assertTrue(Extract.hasAcquisition(a, "Larkspur Capital", "Tidewell Software"), a.toString());
        assertFalse(Extract.hasAcquisition(a, "Tidewell Software", "Larkspur Capital"), a.toString());
        a = Extract.acquisitions("Orrin Group completed its acquisition of Bexley Data, the database company said, taking it private.");
        assertFalse(Extract.hasAcquisition(a, "Bexley Data", "Orrin Group"), a.toString());
    }

    @Test
    void aTownAndItsStateBeforeBasedDescribeOneFirm() {
        List<Position> p = Extract.positions("Corvane Partners, a Denver, Colorado-based private equity firm focused on healthcare, "
                + "was founded by Elena Marsh.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Elena Marsh") && x.organization().name().equals("Corvane Partners")
                && x.title().equals("founder")), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Denver")), p.toString());
    }

    @Test
    void ownedByFundsManagedByAFirm() {
        List<Investment> i = Extract.investments("Pellham Media, which is owned by funds managed by Ostrander Capital, has sold two magazines.");
        assertTrue(Extract.hasInvestment(i, "Ostrander Capital", "Pellham Media"), i.toString());
        i = Extract.investments("Brightwater Foods is owned by affiliates of Castellan Partners.");
        assertTrue(Extract.hasInvestment(i, "Castellan Partners", "Brightwater Foods"), i.toString());
    }

    @Test
    void aCompanyItAlreadyOwns() {
        List<Investment> i = Extract.investments("Harrowgate Equity plans to merge Quillon with Tessaro, a payroll software company it "
                + "already owns, once the deal closes.");
        assertTrue(Extract.hasInvestment(i, "Harrowgate Equity", "Tessaro"), i.toString());
        assertFalse(Extract.hasInvestment(i, "Harrowgate Equity", "Quillon"), i.toString());
    }

    @Test
    void aSaleToAConsortiumOfTwoFirms() {
        List<Acquisition> a = Extract.acquisitions("Merrow Stores said it had completed the sale of its Pennywise chain to a consortium "
                + "of Garland Capital and Huxley Partners for about $600 million.");
        for (String buyer : List.of("Garland Capital", "Huxley Partners")) {
            Acquisition x = a.stream().filter(y -> y.acquirer().name().equals(buyer)).findFirst().orElseThrow(() -> new AssertionError(a));
            assertEquals("Pennywise", x.target().name());
            assertEquals(600e6, x.amount().value().doubleValue(), 1);
        }
        assertFalse(Extract.hasAcquisition(a, "Merrow Stores", "Pennywise"), a.toString());
    }

    @Test
    void aSupplierOfAChainsLocationsWhosePartnershipEnds() {
        List<ClientRelationship> c = Extract.clients("Bramble Bakery said its partnership with Harbor Burger will end next month. "
                + "The baker had been supplying about 1,200 Harbor Burger restaurants with muffins.");
        assertTrue(Extract.hasClient(c, "Harbor Burger", "Bramble Bakery", ClientStatus.ENDED), c.toString());
        assertEquals(1, c.size(), c.toString());
        // the same supply with no end stated is current
        c = Extract.clients("Bramble Bakery supplies about 1,200 Harbor Burger restaurants.");
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Harbor Burger") && x.supplier().name().equals("Bramble Bakery")
                && x.status() != ClientStatus.ENDED), c.toString());
        // an end between two parties alone says nothing about who buys from whom
        c = Extract.clients("Ferris Dairy and Northgate Grocers have parted ways after a decade.");
        assertTrue(c.isEmpty(), c.toString());
    }
}
