package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the tenth written set (issue 10), in sentences of our own: a price per share is not
 * what a deal is worth, access revoked ends a client relationship, a stake sold to a buyer, a
 * company "which it bought", and workers let go by the contractor that employed them.
 */
class TenthSetWordingTest {

    @Test
    void aPricePerShareIsNotTheDealsWorth() {
        List<Acquisition> a = Extract.acquisitions("Harlow Pharma will acquire Quenby Bio for $42 a share in cash, "
                + "the drugmakers said on Monday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(null, a.get(0).amount(), a.toString());
    }

    @Test
    void accessRevokedEndsAClientRelationship() {
        List<ClientRelationship> c = Extract.clients("Corvex Cloud has revoked Brannock Labs' access to its storage service, "
                + "citing unpaid bills.");
        ClientRelationship r = c.stream().filter(x -> x.client().name().equals("Brannock Labs")).findFirst().orElseThrow();
        assertEquals("Corvex Cloud", r.supplier().name());
        assertEquals(ClientStatus.ENDED, r.status());
    }

    @Test
    void aStakeSoldToABuyerAndACompanyWhichItBought() {
        var x = Extract.of("Talmont Industries will sell a 60% stake in its Orvane sensor unit to investment firm Keswick Partners. "
                + "Talmont will keep the rest of Orvane, which it bought for $2.2 billion in 2017.");
        List<Investment> i = x.facts().stream().filter(Investment.class::isInstance).map(Investment.class::cast).toList();
        Investment k = i.stream().filter(v -> v.investor().name().equals("Keswick Partners")).findFirst().orElseThrow();
        assertEquals("Orvane", k.investee().name());
        assertEquals(60.0, k.stakePercent(), 0.01);
        List<Acquisition> a = x.facts().stream().filter(Acquisition.class::isInstance).map(Acquisition.class::cast).toList();
        Acquisition q = a.stream().filter(v -> v.target().name().equals("Orvane")).findFirst().orElseThrow();
        assertEquals(DealStatus.COMPLETED, q.status());
        assertEquals(2.2e9, q.amount().value().doubleValue(), 1);
    }

    @Test
    void workersLetGoByTheContractorThatEmployedThem() {
        List<Layoff> l = Extract.layoffs("About 150 contractors who labeled data for Dunmore Motors have been let go by Pellum Services, "
                + "according to the workers.");
        assertEquals(1, l.size(), l.toString());
        assertEquals("Pellum Services", l.get(0).organization().name());
        assertTrue(l.get(0).count() == 150L, l.toString());
    }

    @Test
    void anUnfamiliarNameReplacedAsATitleIsAPersonAndAnAmpersandCoIsTheListedCompany() {
        List<io.newsgraph.model.Position> p = Extract.positions("Harlow Pharma said its finance chief, Dana Whitlock, "
                + "would replace Kjeld Ostrova as chief executive from June 1.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Dana Whitlock") && x.title().equals("ceo")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Kjeld Ostrova") && x.title().equals("ceo")), p.toString());
        List<Acquisition> a = Extract.acquisitions("Merck & Co. will acquire Quenby Bio. Merck said the deal would close this year.");
        assertEquals("Merck", a.get(0).acquirer().name());
    }
}
