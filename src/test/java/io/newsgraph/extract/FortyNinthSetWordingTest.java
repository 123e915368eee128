package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-ninth written set (issue 10), in sentences of our own: buyouts told as taking a company
 * private or closing "their purchase of the business"; what a deal buys or values is not its buyer; a sale told as a
 * noun with the buyer after "to"; a field word before a descriptor after a dateline with a month; rankings are no
 * companies; "took the top job"; a holding as a share "of the shares"; a takeover by "a group of" firms; a founder who
 * "still runs it as" chief executive.
 */
class FortyNinthSetWordingTest {

    @Test
    void takingACompanyPrivateIsABuyout() {
        List<Acquisition> a = Extract.acquisitions("Harrowgate Partners agreed to take Pellucid Software private for $2.1 billion.");
        assertTrue(Extract.hasAcquisition(a, "Harrowgate Partners", "Pellucid Software"), a.toString());
        assertEquals(2.1e9, a.get(0).amount().value().doubleValue(), 1, a.toString());
    }

    @Test
    void thePurchaseOfTheBusinessIsNotItsBuyers() {
        List<Acquisition> a = Extract.acquisitions("Tessary Inc. is now privately held after Cobalt Ridge Partners and Marlow Capital "
                + "closed their $3 billion purchase of the business on Monday.");
        assertTrue(Extract.hasAcquisition(a, "Marlow Capital", "Tessary"), a.toString());
        assertTrue(Extract.hasAcquisition(a, "Cobalt Ridge Partners", "Tessary"), a.toString());
        assertFalse(a.stream().anyMatch(x -> x.target().name().equals("Cobalt Ridge Partners")), a.toString());
        assertTrue(a.stream().allMatch(x -> x.status() == DealStatus.COMPLETED), a.toString());
    }

    @Test
    void aDealThatValuesTheCompanyValuesTheOneBought() {
        List<Acquisition> a = Extract.acquisitions("Fenwick Labs said it had agreed to be acquired by Orland Group in a deal that "
                + "values the company at $1.2 billion.");
        assertTrue(Extract.hasAcquisition(a, "Orland Group", "Fenwick Labs"), a.toString());
        assertFalse(a.stream().anyMatch(x -> x.target().name().equals("Orland Group")), a.toString());
    }

    @Test
    void aSaleToldAsANounHasItsBuyerAfterTo() {
        List<Acquisition> a = Extract.acquisitions("Kelmscott Group cut 200 jobs. In June Kelmscott Group completed the sale of "
                + "Brightwater, the payments business it bought in 2017, to Ostrander Bank for about $700 million.");
        Acquisition sale = a.stream().filter(x -> x.acquirer().name().equals("Ostrander Bank")).findFirst()
                .orElseThrow(() -> new AssertionError(a));
        assertEquals("Brightwater", sale.target().name());
        assertEquals(DealStatus.COMPLETED, sale.status());
        assertEquals(7e8, sale.amount().value().doubleValue(), 1);
        assertTrue(Extract.hasAcquisition(a, "Kelmscott Group", "Brightwater"), a.toString());
    }

    @Test
    void aFieldWordAfterADatelineWithAMonthDescribesTheName() {
        Extraction x = Extract.of("AUSTIN, Texas, March 3 - Website builder Tilemark said on Tuesday it would cut 90 jobs.");
        List<Layoff> l = Extract.facts(x, Layoff.class);
        assertEquals(1, l.size(), l.toString());
        assertEquals("Tilemark", l.get(0).organization().name());
    }

    @Test
    void aRankingIsNoCustomer() {
        List<ClientRelationship> c = Extract.clients("Quillon sells scheduling software and counts more than half of the "
                + "Fortune 500 companies among its customers.");
        assertFalse(c.stream().anyMatch(x -> x.client().name().startsWith("Fortune")), c.toString());
    }

    @Test
    void theTopJobIsTheChiefExecutives() {
        List<Position> p = Extract.positions("Ferrand Insurance is led by Maya Okafor, a former Halden Re executive who took the "
                + "top job in January.");
        assertTrue(Extract.hasPosition(p, "Maya Okafor", "Ferrand Insurance", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Maya Okafor", "Halden Re", "executive", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aShareOfTheSharesIsAStake() {
        List<Investment> i = Extract.investments("Brisk Outfitters agreed to be bought by Halvard Retail. Co-founder Lionel "
                + "Prestwick, who still owns about a quarter of the shares, backed the offer.");
        assertTrue(Extract.hasStake(i, "Lionel Prestwick", "Brisk Outfitters", 25), i.toString());
    }

    @Test
    void aTakeoverByAGroupIsOnePurchasePerMember() {
        List<Acquisition> a = Extract.acquisitions("Calloway Tools has agreed to a takeover by a group of Ridgeline Capital, "
                + "Sorrel Partners and Bexley Holdings.");
        for (String buyer : List.of("Ridgeline Capital", "Sorrel Partners", "Bexley Holdings")) {
            assertTrue(Extract.hasAcquisition(a, buyer, "Calloway Tools"), buyer + " " + a);
        }
    }

    @Test
    void aFounderWhoStillRunsItAsChiefExecutive() {
        List<Position> p = Extract.positions("Priya Menon, who founded Stackwise in 2011 in a spare bedroom and still runs it as "
                + "chief executive, will keep her shares.");
        assertTrue(Extract.hasPosition(p, "Priya Menon", "Stackwise", "ceo", PositionStatus.CURRENT), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.title().equals("head")), p.toString());
    }

    @Test
    void aToymakerThatEmployedPeople() {
        List<Headcount> h = Extract.headcounts("Brindle Toys will cut 300 jobs. The toymaker employed about 4,200 people at the "
                + "end of last year.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Brindle Toys", h.get(0).organization().name());
        assertEquals(4200, h.get(0).count());
    }
}
