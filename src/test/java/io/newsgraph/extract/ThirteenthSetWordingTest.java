package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirteenth written set (issue 10), in sentences of our own: a signing says
 * nothing of who buys, a company taken private, a lead in an apposition and its own part of a round,
 * investors "among the other investors" and a company's backers in an apposition, "who has led it
 * as chief executive for two decades", and a supplier "whose biggest client has been" someone.
 */
class ThirteenthSetWordingTest {

    @Test
    void aSigningYieldsToAReadingThatSaysWhoPays() {
        List<ClientRelationship> c = Extract.clients("Corvex Cloud signs $3 billion computing agreement with Brightwell Labs\n"
                + "Brightwell Labs has agreed to pay Corvex Cloud up to $3 billion for computing capacity through 2030.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("Brightwell Labs", c.get(0).client().name());
        assertEquals("Corvex Cloud", c.get(0).supplier().name());
    }

    @Test
    void aCompanyTakenPrivate() {
        List<Acquisition> a = Extract.acquisitions("Harlow Drugstores Alliance has agreed to be taken private by private equity firm "
                + "Tamsin Partners, ending its time as a listed company.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Tamsin Partners", a.get(0).acquirer().name());
        assertEquals("Harlow Drugstores Alliance", a.get(0).target().name());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status());
    }

    @Test
    void aLeadInAnAppositionWithItsOwnPart() {
        List<Investment> i = Extract.investments("Orvane Defense said it had raised $800 million in a Series D round. "
                + "Harbor Lane Capital, the venture firm co-founded by Lena Marsh, led the round and contributed $300 million. "
                + "Tessaly Ventures and Northgate Partners were among the other investors.");
        Investment lead = i.stream().filter(v -> v.investor().name().equals("Harbor Lane Capital")).findFirst().orElseThrow();
        assertEquals(3e8, lead.amount().value().doubleValue(), 1);
        assertTrue(i.stream().noneMatch(v -> v.investor().name().equals("Lena Marsh")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tessaly Ventures")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Northgate Partners")), i.toString());
    }

    @Test
    void aCompanysBackersInAnApposition() {
        List<Investment> i = Extract.investments("Quenby Chips' main backers, Corvex Group and private equity firm Tamsin Partners, "
                + "will sell their stakes as part of the transaction.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Corvex Group") && v.investee().name().equals("Quenby Chips")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tamsin Partners") && v.investee().name().equals("Quenby Chips")), i.toString());
    }

    @Test
    void aFounderWhoHasLedItAsChiefExecutive() {
        List<Position> p = Extract.positions("Marlow Therapeutics was founded by Ana Lopes, who has led it as chief executive "
                + "for more than two decades.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ana Lopes") && v.title().equals("ceo")
                && v.organization().name().equals("Marlow Therapeutics")), p.toString());
    }

    @Test
    void aSupplierWhoseBiggestClientIsNamed() {
        List<ClientRelationship> c = Extract.clients("Corvex Cloud, whose biggest client has been Brightwell Labs, said demand was strong.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("Brightwell Labs", c.get(0).client().name());
        assertEquals("Corvex Cloud", c.get(0).supplier().name());
    }

    @Test
    void aCapitalisedPresidentWithNoCompanyIsAHeadOfState() {
        List<Position> p = Extract.positions("Harlow Steel said it had completed its purchase of Orvane Mills after President Dana Kirk "
                + "signed off on the deal. Harlow Steel chief executive Tom Reyes welcomed the decision.");
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Dana Kirk")), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Tom Reyes")), p.toString());
    }

    @Test
    void aFounderWhoStartedItWithOthersIsACoFounder() {
        List<Position> p = Extract.positions("Chief executive Lena Marsh, who started Brightwell Labs in 2021 with two college friends, "
                + "said revenue had doubled.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Lena Marsh") && v.title().equals("co-founder")), p.toString());
    }
}
