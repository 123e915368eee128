package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.CURRENT;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirtieth written set (issue 10), in sentences of our own: a deal told in the
 * passive future ("to be bought by", "will be acquired by") is announced, not done; a contract
 * scrapped or an order cancelled ends a supply, at the dollar value given in brackets; "X, whose
 * biggest shareholder is Y"; "who is now chairman and chief executive" and "who has been interim CEO
 * since" at the company the article is about.
 */
class ThirtiethSetWordingTest {

    @Test
    void aDealToldInThePassiveFutureIsOnlyAnnounced() {
        List<Acquisition> a = Extract.acquisitions("Orvane to be bought by Helix Instruments\n\nLab-software company Orvane will be "
                + "acquired by Helix Instruments for $2.3 billion in cash, Helix said on Monday.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Helix Instruments") && v.target().name().equals("Orvane")
                && v.status() == DealStatus.ANNOUNCED), a.toString());
    }

    @Test
    void aScrappedContractEndsTheSupplyAtItsDollarValue() {
        List<ClientRelationship> c = Extract.clients("Volta Trucks cancels 900 million euro axle order with Brenner\n\nVolta Trucks has "
                + "scrapped an axle contract worth 900 million euros ($980 million) with German supplier Brenner after repeated delays.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Volta Trucks") && v.supplier().name().equals("Brenner")
                && v.status() == ClientStatus.ENDED && v.value() != null && "USD".equals(v.value().currency())
                && Math.abs(v.value().value().doubleValue() - 980e6) < 1), c.toString());
    }

    @Test
    void aCompanyWhoseBiggestShareholderIsAnother() {
        List<Investment> i = Extract.investments("Cellwerk, whose biggest shareholder is Ostmark Motors, declined to comment.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Ostmark Motors") && v.investee().name().equals("Cellwerk")),
                i.toString());
    }

    @Test
    void titlesInAWhoClauseWithoutACompanyAreTheArticlesCompanys() {
        List<Position> p = Extract.positions("Larkspur Media cut 500 jobs on Tuesday. Nora Quist, who is now chairman and chief executive, "
                + "has promised savings. Abe Lund, who has been interim CFO since March, will stay on.");
        assertTrue(Extract.hasPosition(p, "Nora Quist", "Larkspur Media", "chairman", CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Nora Quist", "Larkspur Media", "ceo", CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Abe Lund", "Larkspur Media", "interim cfo", CURRENT), p.toString());
    }
}
