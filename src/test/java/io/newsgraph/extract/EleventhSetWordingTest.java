package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eleventh written set (issue 10), in sentences of our own: "Brand owner Company",
 * names whose "'s" is their own, a price paid for a company, a successor named in the passive with a
 * date between, field chiefs, supplying a client "with" something, co-leads and a lead's round amount,
 * a stake given by a stock purchase, a workforce target, and completion and pending cues.
 */
class EleventhSetWordingTest {

    @Test
    void aBrandOwnerBeforeACompanyNamesTheCompany() {
        List<Acquisition> a = Extract.acquisitions("Halvard Foods strikes $9 billion deal for Crunchies owner Marlow Snacks\n"
                + "Marlow Snacks said its board backed the offer.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Marlow Snacks", a.get(0).target().name());
    }

    @Test
    void aPricePaidForACompanyIsItsPurchase() {
        List<Acquisition> a = Extract.acquisitions("Halvard Foods said it will pay $61 a share in cash for Marlow Snacks, "
                + "in a transaction valued at $9.2 billion including debt.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Halvard Foods", a.get(0).acquirer().name());
        assertEquals("Marlow Snacks", a.get(0).target().name());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status());
        assertEquals(9.2e9, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void aNameWhoseApostropheSIsItsOwn() {
        var x = Extract.of("Bram's Outdoor Supply agreed to acquire hiking chain Fellwalker for $1.1 billion. "
                + "Bram's will keep the Fellwalker brand. Ostrow's said it would cut 300 jobs.");
        List<Acquisition> a = x.facts().stream().filter(Acquisition.class::isInstance).map(Acquisition.class::cast).toList();
        assertEquals(1, a.size(), a.toString());
        assertEquals("Bram's Outdoor Supply", a.get(0).acquirer().name());
        List<Layoff> l = x.facts().stream().filter(Layoff.class::isInstance).map(Layoff.class::cast).toList();
        assertEquals("Ostrow's", l.get(0).organization().name(), l.toString());
        // a possessive stays a possessive: the person is the company's, the company is not named "Orvane's"
        List<Position> p = Extract.positions("Orvane's Lena Marsh said the plan was on track. Orvane's chief executive, Lena Marsh, agreed.");
        assertTrue(p.stream().anyMatch(v -> v.organization().name().equals("Orvane") && v.title().equals("ceo")), p.toString());
    }

    @Test
    void aCompanyLedByATitledPersonIsNotThatPerson() {
        List<Position> p = Extract.positions("Quenby Outfitters, led by chief executive Tara Nilsen since 2021, has closed 40 stores.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Quenby Outfitters", p.get(0).organization().name());
        assertEquals("ceo", p.get(0).title());
    }

    @Test
    void aSuccessorNamedInThePassiveWithADateBetween() {
        List<Position> p = Extract.positions("Kasumi Motors said that Hiro Tanabe will step down as chief executive at the end of June. "
                + "He will be succeeded on July 1 by Elena Ruiz, who currently serves as the carmaker's strategy chief.", "2025-03-11");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Elena Ruiz") && v.title().equals("ceo")
                && v.status() == PositionStatus.INCOMING), p.toString());
    }

    @Test
    void aFieldChiefIsThatFieldsChiefOfficer() {
        List<Position> p = Extract.positions("Kasumi Motors picks planning chief Elena Ruiz as its next leader. "
                + "Legal chief Omar Haddad will also join the board of Kasumi Motors.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Elena Ruiz") && v.title().equals("chief planning officer")), p.toString());
    }

    @Test
    void supplyingACompanyWithSomethingMakesItAClient() {
        List<ClientRelationship> c = Extract.clients("Vireo Compute said it would supply Oakline Labs with dedicated chips "
                + "under a four-year contract worth $3.1 billion.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("Oakline Labs", c.get(0).client().name());
        assertEquals("Vireo Compute", c.get(0).supplier().name());
        assertEquals(ClientStatus.ACTIVE, c.get(0).status());
    }

    @Test
    void coLeadsInvestAndALeadTakesTheRoundsAmount() {
        List<Investment> i = Extract.investments("Pellucid Robotics has closed a $400 million Series C funding round. "
                + "Harbor Lane Capital led the round, with Tessaly Ventures and Northgate Research Company as co-leads.");
        Investment lead = i.stream().filter(v -> v.investor().name().equals("Harbor Lane Capital")).findFirst().orElseThrow();
        assertEquals(4e8, lead.amount().value().doubleValue(), 1);
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tessaly Ventures")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Northgate Research Company")), i.toString());
    }

    @Test
    void aStockPurchaseThatGivesAStake() {
        List<Investment> i = Extract.investments("Kestrel Group has agreed to buy $750 million of Dunmore Chips common stock "
                + "at $18 a share, giving the investor a stake of about 3% in the chipmaker.");
        assertEquals(1, i.size(), i.toString());
        assertEquals(3.0, i.get(0).stakePercent(), 0.01);
        assertEquals(7.5e8, i.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void aWorkforceTargetIsNoHeadcountButAResultIs() {
        List<Headcount> h = Extract.headcounts("Dunmore Chips has said the company will shrink its workforce to about 60,000 "
                + "employees by the end of the year.");
        assertEquals(List.of(), h);
        List<Headcount> now = Extract.headcounts("The cuts bring Dunmore Chips' headcount to about 61,200.");
        assertEquals(1, now.size(), now.toString());
    }

    @Test
    void finishedAndIsBuyingAreCompletedAndAnnounced() {
        List<Acquisition> a = Extract.acquisitions("Corvex finished its $3 billion purchase of analytics firm Brightwell in May. "
                + "Rival Tamsin Networks is buying Orlo Systems for about $2 billion, a deal that is still under review.");
        Acquisition done = a.stream().filter(v -> v.target().name().equals("Brightwell")).findFirst().orElseThrow();
        assertEquals(DealStatus.COMPLETED, done.status());
        Acquisition pending = a.stream().filter(v -> v.target().name().equals("Orlo Systems")).findFirst().orElseThrow();
        assertEquals(DealStatus.ANNOUNCED, pending.status());
    }

    @Test
    void aCompanysOfficerInAnAppositionIsAPerson() {
        List<Position> p = Extract.positions("Finance chief Ana Lopes spoke in Paris, alongside Ravi Menon, the company's "
                + "chief operating officer, at a Halden Brands event.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ravi Menon") && v.title().equals("coo")), p.toString());
    }
}
