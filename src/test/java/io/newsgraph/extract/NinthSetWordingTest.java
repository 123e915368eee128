package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninth written set (issue 10), in sentences of our own: a contract landed is no
 * investment, work made for a client, backers that "participated in the financing", a bid withdrawn,
 * a workforce a year ended with, staff "at its plants" is no headcount, and the story's company when
 * the headline and the lead open with it though another is named more often.
 */
class NinthSetWordingTest {

    @Test
    void aContractLandedIsNoInvestmentAndWorkMadeForAClientIsAClient() {
        var x = Extract.of("""
                Korvath Semiconductor lands $3.2 billion chip contract from Dunmore Motors
                Korvath Semiconductor has signed a $3.2 billion agreement to manufacture processors for Dunmore Motors.
                Pellum Foundry will continue to make Dunmore Motors' older chips, Dunmore said.
                """);
        assertTrue(x.facts().stream().noneMatch(Investment.class::isInstance), x.facts().toString());
        List<ClientRelationship> c = x.facts().stream().filter(ClientRelationship.class::isInstance).map(ClientRelationship.class::cast).toList();
        ClientRelationship k = c.stream().filter(r -> r.supplier().name().equals("Korvath Semiconductor")).findFirst().orElseThrow();
        assertEquals("Dunmore Motors", k.client().name());
        assertEquals(3.2e9, k.value().value().doubleValue(), 1);
        assertTrue(c.stream().anyMatch(r -> r.supplier().name().equals("Pellum Foundry") && r.client().name().equals("Dunmore Motors")), c.toString());
    }

    @Test
    void backersThatParticipatedInTheFinancingOfTheStorysCompany() {
        List<Investment> i = Extract.investments("""
                Ada Voss's Quillon Labs closes $300 million round
                Quillon Labs, the startup founded by former Hexa chief scientist Ada Voss, has raised $300 million in a round led by Fenwick Capital.
                Orrin Partners and Halden Ventures also participated in the financing.
                Voss left Hexa last year; the lab has hired researchers from Hexa and Brightline.
                """);
        assertTrue(i.stream().allMatch(x -> x.investee().name().equals("Quillon Labs")), i.toString());
        assertEquals(List.of("Fenwick Capital", "Halden Ventures", "Orrin Partners"), i.stream().map(x -> x.investor().name()).sorted().toList());
    }

    @Test
    void aBidWithdrawn() {
        List<Acquisition> a = Extract.acquisitions("Marrow Retail has withdrawn its $12 billion takeover proposal for Kestrel Stores.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Kestrel Stores", a.get(0).target().name());
        assertEquals(DealStatus.FAILED, a.get(0).status());
    }

    @Test
    void aWorkforceAYearEndedWithButNotStaffAtItsPlants() {
        List<Headcount> h = Extract.headcounts("Tovani Fitness ended its last fiscal year with about 3,100 employees. "
                + "The company employs around 900 people at its Ohio assembly plants.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(3100L, h.get(0).count());
    }
}
