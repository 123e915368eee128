package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-third written set (issue 10), in sentences of our own: companies of one
 * group named by a listed name and different tails; a Title Case headline's verb glued to a name;
 * "New" opening a name; a takeover agreed "by" the buyer, a contest won, and the rival bidders who
 * lose it (outbid, topped, withdrawn, lapsed); a walk-away from an offer is no client's; a contract
 * held; a workforce grown to a size; the parent company in a title; a chairman of two companies;
 * "when X retires"; owned since buying it; suppliers listed after "including"; stakes listed after a
 * holding; an arm "chaired by"; a relative clause holding a list.
 */
class FortyThirdSetWordingTest {

    @Test
    void companiesOfOneGroupStayApart() {
        Extraction x = Extract.of("Siemens Energy said Siemens Healthineers would not take part. Siemens Energy owns 5% of Corvane Wind.");
        List<String> names = x.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Siemens Energy") && names.contains("Siemens Healthineers"), names.toString());
        assertTrue(Extract.hasStake(Extract.facts(x, Investment.class),
                "Siemens Energy", "Corvane Wind", 5), x.facts().toString());
    }

    @Test
    void aHeadlineVerbIsNotPartOfTheName() {
        List<Layoff> l = Extract.facts("Corvane Robotics Trims 8% of Staff in Reorganization\n\nCorvane Robotics, the warehouse automation "
                + "company, is cutting about 8% of its workforce, it said on Monday.", Layoff.class);
        assertTrue(l.stream().allMatch(x -> x.organization().name().equals("Corvane Robotics")) && !l.isEmpty(), l.toString());
    }

    @Test
    void newOpensANameInsideASentence() {
        Extraction x = Extract.of("Aldren Space said its New Meridian launcher would fly next year, and Aldren Space employs 2,000 people.");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("Meridian")), x.entities().toString());
    }

    @Test
    void aTakeoverAgreedByTheBuyerAndTheRivalsThatLost() {
        List<Acquisition> a = Extract.acquisitions("Brightwell Foods has agreed to a takeover by Castor Capital worth about $2.1 billion, "
                + "after the buyout firm outbid rival suitor Helmsworth Partners. Ostrava Group said on Friday it had withdrawn its "
                + "proposal. Lindqvist Partners said its offer had lapsed.");
        Acquisition won = a.stream().filter(x -> x.acquirer().name().equals("Castor Capital")).findFirst().orElseThrow();
        assertEquals("Brightwell Foods", won.target().name());
        assertEquals(0, won.amount().value().compareTo(new java.math.BigDecimal("2100000000")), won.toString());
        for (String rival : List.of("Helmsworth Partners", "Ostrava Group", "Lindqvist Partners")) {
            Acquisition lost = a.stream().filter(x -> x.acquirer().name().equals(rival)).findFirst().orElseThrow(() -> new AssertionError(a));
            assertEquals("Brightwell Foods", lost.target().name());
            assertEquals(DealStatus.FAILED, lost.status());
            assertNull(lost.amount(), "a losing bid is not priced by the winner's amount");
        }
    }

    @Test
    void aContestWonAndAnOfferTopped() {
        List<Acquisition> a = Extract.acquisitions("Marlow Industrial won the bidding war for Pellow Instruments on Tuesday. Marlow topped "
                + "Fenwick Capital's offer by 4%.");
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Marlow Industrial") && x.target().name().equals("Pellow Instruments")
                && x.status() == DealStatus.ANNOUNCED), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Fenwick Capital") && x.target().name().equals("Pellow Instruments")
                && x.status() == DealStatus.FAILED), a.toString());
    }

    @Test
    void walkingAwayFromAnOfferEndsNoClientRelationship() {
        Extraction x = Extract.of("Orrin Energy has walked away from its offer for Castell Gas after the board rejected it twice.");
        assertTrue(x.facts().stream().noneMatch(ClientRelationship.class::isInstance), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Acquisition q && q.status() == DealStatus.FAILED), x.facts().toString());
    }

    @Test
    void aContractHeldAndAWorkforceGrown() {
        assertTrue(Extract.hasClient(Extract.clients("Tessel Space also holds an Air Force contract worth $90 million."), "Air Force",
                "Tessel Space", null));
        List<Headcount> h = Extract.headcounts("Halvard Labs has grown to about 2,300 employees since 2019. Orrin Systems will grow to "
                + "900 staff by 2027.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Halvard Labs") && x.count() == 2_300), h.toString());
        assertFalse(h.stream().anyMatch(x -> x.organization().name().equals("Orrin Systems")), "a planned size is no headcount: " + h);
    }

    @Test
    void theParentCompanyInATitle() {
        Extraction x = Extract.of("Orrin Motors said that Paul Rennick, the finance chief of parent company Tessel Holdings, will become its "
                + "chief executive.");
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Paul Rennick", "Tessel Holdings", "cfo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Paul Rennick", "Orrin Motors", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Investment i && i.investor().name().equals("Tessel Holdings")
                && i.investee().name().equals("Orrin Motors")), x.facts().toString());
    }

    @Test
    void aChairmanOfTwoCompaniesAndARetirement() {
        List<Position> p = Extract.positions("Maria Ostrova, chairman of both Delvin Group and Harwick Foods, said the board was unanimous. "
                + "Harwick Foods said Omar Velez will take over as its chief executive in March, when Lena Quist retires.");
        assertTrue(Extract.hasPosition(p, "Maria Ostrova", "Delvin Group", "chairman", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Maria Ostrova", "Harwick Foods", "chairman", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Omar Velez", "Harwick Foods", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Lena Quist", "Harwick Foods", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void ownedSinceBuyingIt() {
        Extraction x = Extract.of("Delvin Group has owned Harwick Foods since buying it from Marlow Partners in 2008.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Acquisition a && a.acquirer().name().equals("Delvin Group")
                && a.target().name().equals("Harwick Foods") && a.status() == DealStatus.COMPLETED), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Investment i && i.investor().name().equals("Delvin Group")
                && i.investee().name().equals("Harwick Foods")), x.facts().toString());
        assertTrue(x.facts().stream().noneMatch(ClientRelationship.class::isInstance), "a company bought is not a product: " + x.facts());
    }

    @Test
    void suppliersListedAfterIncluding() {
        List<ClientRelationship> c = Extract.clients("Harwick Foods buys its cocoa from a handful of West African traders, including "
                + "Delvin Trading and Ostrava Commodities.");
        assertTrue(Extract.hasClient(c, "Harwick Foods", "Delvin Trading", null) && Extract.hasClient(c, "Harwick Foods", "Ostrava Commodities", null),
                c.toString());
    }

    @Test
    void stakesListedAfterAHolding() {
        List<Investment> i = Extract.investments("Delvin Group owns about 9% of Harwick Foods and stakes in Ostrava Steel and Marlow Chemicals.");
        assertTrue(Extract.hasStake(i, "Delvin Group", "Harwick Foods", 9), i.toString());
        assertTrue(i.stream().anyMatch(x -> x.investee().name().equals("Ostrava Steel")), i.toString());
        assertTrue(i.stream().anyMatch(x -> x.investee().name().equals("Marlow Chemicals")), i.toString());
    }

    @Test
    void anArmChairedByAndAClauseHoldingAList() {
        assertTrue(Extract.hasPosition(Extract.positions("The offer will be made by Tessel Estates, the group's unlisted property arm chaired "
                + "by Maria Ostrova, which will pay cash."), "Maria Ostrova", "Tessel Estates", "chairman", PositionStatus.CURRENT));
        List<Headcount> h = Extract.headcounts("Spectrin, whose sensors measure strain for carmakers, railways and aerospace groups, employs "
                + "around 2,600 people.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Spectrin") && x.count() == 2_600), h.toString());
    }
}
