package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twelfth written set (issue 10), in sentences of our own: buying back a former
 * unit, a stake priced in money, names that end in a number, new descriptor nouns, a company "run
 * by" two titles, a sentence that opens with a descriptor, compound given names, candidates are no
 * successors, a title kept and a title given up, a bare title at the organization the sentence
 * gives the person, money "put in" by investors, capacity rented from a supplier, and the amount of
 * a "tie-up".
 */
class TwelfthSetWordingTest {

    @Test
    void buyingBackAFormerUnitIsAnAcquisition() {
        List<Acquisition> a = Extract.acquisitions("Halden Aero agreed to buy back supplier Corvane Structures in a $1.2 billion stock deal. "
                + "Halden Aero will reacquire the parts maker it spun off in 2006.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Halden Aero", a.get(0).acquirer().name());
        assertEquals("Corvane Structures", a.get(0).target().name());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status());
    }

    @Test
    void aStakePricedInMoney() {
        List<Investment> i = Extract.investments("Tamsin Capital has built a position of more than $900 million in Orlo Energy, "
                + "the activist fund said on Monday.");
        assertEquals(1, i.size(), i.toString());
        assertEquals(9e8, i.get(0).amount().value().doubleValue(), 1);
        List<Investment> h = Extract.investments("Tamsin Capital takes $900 million stake in refiner Orlo Energy");
        assertEquals(9e8, h.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void aNameThatEndsInANumber() {
        List<Position> p = Extract.positions("Forever 21 chief executive Dana Kirk said the retailer would close 50 stores.");
        assertEquals("Forever 21", p.get(0).organization().name(), p.toString());
    }

    @Test
    void aRefinerAndAPlanemakerAreTheCompanyBefore() {
        List<Headcount> h = Extract.headcounts("Orlo Energy said profits fell. The refiner employs about 9,000 people.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Orlo Energy", h.get(0).organization().name());
    }

    @Test
    void aCompanyRunByTwoTitles() {
        List<Position> p = Extract.positions("\"We are disappointed,\" said Keswick Foods, which is run by chairman and chief executive Omar Haddad.");
        assertTrue(p.stream().anyMatch(v -> v.organization().name().equals("Keswick Foods") && v.title().equals("ceo")), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.organization().name().equals("Keswick Foods") && v.title().equals("chairman")), p.toString());
    }

    @Test
    void aSentenceThatOpensWithADescriptorGoesOnAboutTheSentenceBefore() {
        List<Position> p = Extract.positions("Brightwell Labs will lease servers from Corvex Cloud under a new agreement, Brightwell said. "
                + "Brightwell Labs plans to train larger models. Corvex Cloud shares rose 4%. "
                + "The hosting company is run by chief executive Lena Marsh.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Corvex Cloud", p.get(0).organization().name());
    }

    @Test
    void aCompoundGivenNameIsAPerson() {
        List<Position> p = Extract.positions("Maison Velour said Jean-Luc Armand, whose family controls the group, will stay on as chairman "
                + "but give up the chief executive title.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Jean-Luc Armand") && v.title().equals("chairman")
                && v.status() == PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Jean-Luc Armand") && v.title().equals("ceo")
                && v.status() == PositionStatus.FORMER), p.toString());
    }

    @Test
    void aCandidateIsNoSuccessor() {
        List<Position> p = Extract.positions("Orvane Motors said its chief executive Lena Marsh would step down, and that Tom Reyes, "
                + "its finance chief, would be among the candidates to replace her.");
        assertFalse(p.stream().anyMatch(v -> v.person().name().equals("Tom Reyes") && v.title().equals("ceo")), p.toString());
    }

    @Test
    void aBareTitleGoesToTheOrganizationTheSentenceGivesThePerson() {
        List<Position> p = Extract.positions("Brightwell Labs signed a deal with Corvex Cloud. Corvex Cloud shares rose. "
                + "The hosting company is run by chief executive Lena Marsh, while co-founder Ravi Menon serves as its chairman.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ravi Menon") && v.title().equals("co-founder")
                && v.organization().name().equals("Corvex Cloud")), p.toString());
    }

    @Test
    void moneyPutInByInvestors() {
        List<Investment> i = Extract.investments("Pellucid Robotics has raised $120 million in a Series B round. "
                + "Harbor Lane Capital led the financing. Existing investors Tessaly Ventures and Northgate Partners also put in money.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tessaly Ventures")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Northgate Partners")), i.toString());
    }

    @Test
    void capacityRentedFromASupplierWithItsValue() {
        List<ClientRelationship> c = Extract.clients("Brightwell Labs has agreed to rent an additional 2 gigawatts of data center "
                + "capacity from Corvex Cloud, part of an agreement worth about $4 billion a year.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("Corvex Cloud", c.get(0).supplier().name());
        assertEquals(4e9, c.get(0).value().value().doubleValue(), 1);
    }

    @Test
    void theAmountOfATieUp() {
        List<Acquisition> a = Extract.acquisitions("Keswick Foods agreed to buy Marlow Grocers in 2023. On Tuesday a judge blocked "
                + "the two grocers' $7.5 billion tie-up.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(7.5e9, a.get(0).amount().value().doubleValue(), 1);
    }
}
