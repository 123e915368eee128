package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-tenth written set (issue 10: a round-up of briefs, cuts by a quarter, a sovereign fund's
 * round, a sale voted down, a battery supplier replaced, a banker hired as finance chief), in sentences of our own.
 */
class HundredTenthSetWordingTest {

    @Test
    void aFieldRunWhereThePersonWasBefore() {
        List<Position> p = Extract.positions("Arden Bank has named Lena Moss as chief risk officer. She joins from HSBC, where she ran "
                + "compliance for the retail bank.");
        assertTrue(Extract.hasPosition(p, "Lena Moss", "HSBC", "head of compliance", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aSaleVotedDownByShareholders() {
        List<Acquisition> a = Extract.acquisitions("Shareholders of Lisle Water rejected the company's planned sale to Harbor "
                + "Utilities on Friday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Harbor Utilities", a.get(0).acquirer().name());
        assertEquals("Lisle Water", a.get(0).target().name());
        assertEquals(DealStatus.FAILED, a.get(0).status());
    }

    @Test
    void theSupplierANewOneReplaces() {
        List<ClientRelationship> c = Extract.clients("Kite Motors replaces Germany's Brandt Battery, which supplied the packs for "
                + "Orion Vans' electric van.");
        assertTrue(Extract.hasClient(c, "Orion Vans", "Brandt Battery", ClientStatus.ENDED), c.toString());
    }

    @Test
    void aChiefsPossessiveIsNoCompanysName() {
        List<Position> p = Extract.positions("The vote is a setback for Harbor Utilities chief executive Sam Ortiz's expansion plans.");
        assertTrue(Extract.hasPosition(p, "Sam Ortiz", "Harbor Utilities", "ceo", null), p.toString());
    }

    @Test
    void theLastRoleOfYearsSpentThere() {
        List<Position> p = Extract.positions("Nadia Pell spent 12 years at Barclays, most recently as a managing director.");
        assertTrue(Extract.hasPosition(p, "Nadia Pell", "Barclays", "managing director", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aFamilyOwnerIsNoInvestor() {
        assertEquals(List.of(), Extract.investments("Lisle Water is majority-owned by the Hart family."));
    }
}
