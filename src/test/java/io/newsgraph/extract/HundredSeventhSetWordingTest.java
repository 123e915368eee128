package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-seventh written set (issue 10: a hospital's cuts on a local news page, a recycler's round in
 * euros, an ousted food chief, a deal scrapped after a watchdog's objection, a chip designer's lost customer, a stake in a
 * miner), in sentences of our own.
 */
class HundredSeventhSetWordingTest {

    @Test
    void aDealWhosePartiesStandEitherWayIsTurnedByTheArticle() {
        // the sentence with both parties reads no direction; another names the buyer by its purchase or the target by its sale
        List<Acquisition> a = Extract.acquisitions("Halvard Systems and Brisco Labs have called off their merger agreement. "
                + "Regulators had said Brisco's $900 million purchase of its smaller rival would hurt competition.");
        assertTrue(Extract.hasAcquisition(a, "Brisco Labs", "Halvard Systems"), a.toString());
        assertFalse(Extract.hasAcquisition(a, "Halvard Systems", "Brisco Labs"), a.toString());
        a = Extract.acquisitions("Tellan and Orvex have scrapped their deal after Orvex's sale to Tellan drew objections from unions.");
        assertTrue(Extract.hasAcquisition(a, "Tellan", "Orvex"), a.toString());
        assertEquals(1, a.size(), a.toString());
    }

    @Test
    void aSupplyDealTurnedWhenItsBuyerSellsToOthers() {
        List<ClientRelationship> c = Extract.clients("Copperleaf Chips lost Hanwell Phones as a customer last year. Copperleaf has "
                + "since signed a supply agreement with Brightmere worth $20 million.");
        assertTrue(Extract.hasClient(c, "Hanwell Phones", "Copperleaf Chips", ClientStatus.ENDED), c.toString());
        assertTrue(Extract.hasClient(c, "Brightmere", "Copperleaf Chips", ClientStatus.ACTIVE), c.toString());
        // with nothing else said, the one who signs is the buyer
        c = Extract.clients("Norrland Rail signed a contract with Vexa Signalling to upgrade 400 km of track.");
        assertTrue(Extract.hasClient(c, "Norrland Rail", "Vexa Signalling", ClientStatus.ACTIVE), c.toString());
        c = Extract.clients("Tolland Micro said Pexa Mobile, which accounted for 21% of Tolland's sales last year, will stop buying "
                + "its modems in June.");
        assertTrue(Extract.hasClient(c, "Pexa Mobile", "Tolland Micro", ClientStatus.ENDED), c.toString());
    }

    @Test
    void aBreakFeeIsNoPurchase() {
        assertEquals(List.of(), Extract.clients("Delmont will pay Farrow a $30 million break fee."));
    }

    @Test
    void aUnitNamedAfterAFormerTitle() {
        List<Position> p = Extract.positions("Ana Ruiz joined Kestrel from Nestle, where she was vice president of its European "
                + "coffee business.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Ana Ruiz") && x.organization().name().equals("Nestle")
                && x.title().equals("vice president of european coffee business") && x.status() == PositionStatus.FORMER), p.toString());
        assertEquals(1, p.stream().filter(x -> x.organization().name().equals("Nestle")).count(), p.toString());
    }

    @Test
    void aListedHolderInAnAppositionAndItsStake() {
        List<Investment> i = Extract.investments("Marlow Bank reported higher profits. The lender's largest shareholder, "
                + "Frankfurt-listed Oberhaus Gruppe, holds 29%.");
        assertTrue(Extract.hasStake(i, "Oberhaus Gruppe", "Marlow Bank", 29), i.toString());
    }

    @Test
    void foundersNamedByTheirFormerEmployerAndTrade() {
        List<Position> p = Extract.positions("Tessellate was started by former Siemens engineers Lars Holm and Petra Vogt.");
        for (String who : List.of("Lars Holm", "Petra Vogt")) {
            assertTrue(Extract.hasPosition(p, who, "Tessellate", "co-founder", null), p.toString());
            assertTrue(Extract.hasPosition(p, who, "Siemens", "engineer", PositionStatus.FORMER), p.toString());
        }
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Siemens")), p.toString());
    }

    @Test
    void describedBackersInARoundsList() {
        List<Investment> i = Extract.investments("Corvio raised $30 million in a round led by Index Ventures, with participation "
                + "from Samsung's venture arm and existing investor Seedcamp.");
        assertTrue(Extract.hasInvestment(i, "Samsung", "Corvio"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Seedcamp", "Corvio"), i.toString());
    }

    @Test
    void theStaffAPlannedChangeStartsFromIsTheSubjects() {
        List<Headcount> h = Extract.headcounts("Mardale Software, backed by Northgate Capital, expects to triple its staff of 85 "
                + "within two years.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Mardale Software", h.get(0).organization().name());
        assertEquals(85, h.get(0).count());
    }
}
