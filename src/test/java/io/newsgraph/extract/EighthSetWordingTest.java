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
 * Wordings from the eighth written set (issue 10), in sentences of our own: a company bought in a
 * subordinate clause ("until it was bought by"), co-founders a company was started with, backers
 * that "joined as investors", goods bought from a supplier for an amount, and plural acronyms
 * ("GPUs") that are no party.
 */
class EighthSetWordingTest {

    @Test
    void aCompanyBoughtInASubordinateClause() {
        List<Acquisition> a = Extract.acquisitions("""
                Talmont Aerospace named Rhea Vance as its chief executive on Monday.
                She ran Corvell Avionics until it was acquired by Brisk Industries in 2019.
                """);
        Acquisition q = a.stream().filter(x -> x.target().name().equals("Corvell Avionics")).findFirst().orElseThrow();
        assertEquals("Brisk Industries", q.acquirer().name());
        assertEquals(DealStatus.COMPLETED, q.status());
    }

    @Test
    void coFoundersACompanyWasStartedWith() {
        List<Position> p = Extract.positions("Orin Labs has raised $40 million. Mara Quist started the company in 2023 "
                + "with Tomas Brekke and Ilse Varga.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Tomas Brekke") && x.title().equals("co-founder")
                && x.organization().name().equals("Orin Labs")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Ilse Varga") && x.title().equals("co-founder")), p.toString());
    }

    @Test
    void backersThatJoinedAsInvestors() {
        List<Investment> i = Extract.investments("Orin Labs has raised $40 million in a round led by Fenwick Capital. "
                + "Halden Ventures and Corvex Systems also joined as investors.");
        assertTrue(i.stream().anyMatch(x -> x.investor().name().equals("Halden Ventures") && x.investee().name().equals("Orin Labs")), i.toString());
        assertTrue(i.stream().anyMatch(x -> x.investor().name().equals("Corvex Systems") && x.investee().name().equals("Orin Labs")), i.toString());
    }

    @Test
    void goodsBoughtFromASupplierForAnAmountAndPluralAcronymsAreNoParty() {
        var x = Extract.of("Brannock Cloud will buy GPUs and networking gear from Selwyn Computers for roughly $2.4 billion.");
        List<ClientRelationship> c = x.facts().stream().filter(ClientRelationship.class::isInstance).map(ClientRelationship.class::cast).toList();
        assertEquals(1, c.size(), c.toString());
        assertEquals("Brannock Cloud", c.get(0).client().name());
        assertEquals("Selwyn Computers", c.get(0).supplier().name());
        assertEquals(2.4e9, c.get(0).value().value().doubleValue(), 1);
        assertTrue(x.facts().stream().noneMatch(Acquisition.class::isInstance), x.facts().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("GPUs")), x.entities().toString());
    }
}
