package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-second written set (issue 10), in sentences of our own: a workforce "in
 * total" (which had cost the sentence all its facts); an owner named after the company it owns; a
 * list of suppliers used for something; a service offered from another's; "having taken over from".
 */
class FortySecondSetWordingTest {

    @Test
    void aWorkforceInTotal() {
        List<Headcount> h = Extract.headcounts("Brannock Freight employs about 72,000 people in total.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Brannock Freight") && x.count() == 72_000), h.toString());
    }

    @Test
    void anOwnerNamedAfterTheCompanyItOwnsIsAnotherEntity() {
        List<Acquisition> a = Extract.acquisitions("Pellow has turned down a takeover approach from Corvane Foods, after the Pellow Trust, "
                + "its controlling shareholder, signalled it would oppose a deal.");
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Corvane Foods") && x.target().name().equals("Pellow")), a.toString());
        assertFalse(a.stream().anyMatch(x -> x.target().name().equals("Pellow Trust")), a.toString());
    }

    @Test
    void aListOfSuppliersUsedForSomething() {
        List<ClientRelationship> c = Extract.clients("Pellow Foods currently uses Corvane, Brightdesk and Arvid Systems for payroll on many "
                + "of its stores.");
        assertTrue(Extract.hasClient(c, "Pellow Foods", "Corvane", null) && Extract.hasClient(c, "Pellow Foods", "Brightdesk", null)
                && Extract.hasClient(c, "Pellow Foods", "Arvid Systems", null), c.toString());
    }

    @Test
    void aServiceOfferedFromAnothersAndSigningOn() {
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods will offer free delivery from Corvane's Swiftdrop courier service in all its "
                + "stores."), "Pellow Foods", "Swiftdrop", null));
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods signs on with Corvane for store Wi-Fi"), "Pellow Foods", "Corvane", null));
    }

    @Test
    void havingTakenOverFromAPredecessor() {
        List<Position> p = Extract.positions("Pellow Foods dismissed chief executive Lena Quist on Monday. Quist had held the top job for "
                + "only a year, having taken over from Mara Ortiz in 2024.");
        assertTrue(Extract.hasPosition(p, "Mara Ortiz", "Pellow Foods", "ceo", PositionStatus.FORMER), p.toString());
    }
}
