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
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-fifth written set (issue 10), in sentences of our own: a field opening a
 * sentence before a descriptor; a company's short name that is a place, before a role; "the
 * company" after a sentence about another; "Bros." inside a name; "whose chief executive"; rival
 * bids beaten or rejected; siblings running a company; a contract landed is no funding; a
 * supply's value; workforces by country and in total; earlier purchases after "since buying";
 * founders listed; "still runs it"; customers of a product; an owner "led by"; a list of buyers.
 */
class FortyFifthSetWordingTest {

    @Test
    void aFieldOpeningASentenceAndAPlaceNamedCompanysRole() {
        Extraction x = Extract.of("Harbor Point Networks to buy Corvane\n\n(May 2, 2025) Cybersecurity company Harbor Point Networks said it "
                + "will buy Corvane for $900 million. Harbor Point chief executive Lena Quist said the deal would close soon.");
        List<String> names = x.entities().stream().map(Entity::name).toList();
        assertFalse(names.contains("Cybersecurity"), names.toString());
        assertTrue(Extract.hasPosition(Extract.facts(x, Position.class), "Lena Quist", "Harbor Point Networks", "ceo", PositionStatus.CURRENT), x.facts().toString());
    }

    @Test
    void theCompanyAfterASentenceAboutAnother() {
        Extraction x = Extract.of("Marlow Systems to acquire analytics start-up Fennel\n\nMarlow Systems said it would buy Fennel for $400 "
                + "million. Fennel was founded in 2018 by Omar Velez, who previously worked at Delvin. Velez is the company's chief "
                + "executive. The Boston start-up had raised $90 million from investors including Castor Capital.");
        assertTrue(Extract.hasPosition(Extract.facts(x, Position.class), "Omar Velez", "Fennel", "ceo", PositionStatus.CURRENT), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Investment i && i.investor().name().equals("Castor Capital")
                && i.investee().name().equals("Fennel")), x.facts().toString());
    }

    @Test
    void anAbbreviationInsideANameAndWhoseChiefExecutive() {
        Extraction x = Extract.of("Orrin Media has agreed to buy Harwick Bros. Pictures for $2 billion, beating rival bids from Castell "
                + "Studios and Brightline Media. Harwick Bros. Pictures' board had rejected three earlier proposals from Castell Studios, "
                + "whose chief executive Dana Reyes said her offer was worth more.");
        List<Acquisition> a = Extract.facts(x, Acquisition.class);
        assertTrue(a.stream().anyMatch(q -> q.acquirer().name().equals("Orrin Media") && q.target().name().equals("Harwick Bros. Pictures")
                && q.status() == DealStatus.ANNOUNCED), a.toString());
        for (String rival : List.of("Castell Studios", "Brightline Media")) {
            Acquisition lost = a.stream().filter(q -> q.acquirer().name().equals(rival)).findFirst().orElseThrow(() -> new AssertionError(a));
            assertEquals(DealStatus.FAILED, lost.status());
            assertNull(lost.amount());
        }
        assertTrue(Extract.hasPosition(Extract.facts(x, Position.class), "Dana Reyes", "Castell Studios", "ceo", PositionStatus.CURRENT), x.facts().toString());
    }

    @Test
    void siblingsRunningACompany() {
        List<Position> p = Extract.positions("Tessel Compute is run by sisters Ana Ferris and Will Ferris, its co-founders and co-chief "
                + "executives.");
        for (String who : List.of("Ana Ferris", "Will Ferris")) {
            assertTrue(Extract.hasPosition(p, who, "Tessel Compute", "co-founder", null), p.toString());
            assertTrue(Extract.hasPosition(p, who, "Tessel Compute", "co-ceo", PositionStatus.CURRENT), p.toString());
        }
    }

    @Test
    void aContractLandedIsNoFundingAndASuppliesValue() {
        Extraction x = Extract.of("Tessel Compute lands $2.4 billion GPU cloud contract from Orrin Labs\n\nTo fill it, Tessel Compute will "
                + "buy about $1.1 billion of servers from Harwick Systems.");
        assertTrue(x.facts().stream().noneMatch(Investment.class::isInstance), x.facts().toString());
        List<ClientRelationship> c = Extract.facts(x, ClientRelationship.class);
        assertTrue(c.stream().anyMatch(r -> r.client().name().equals("Tessel Compute") && r.supplier().name().equals("Harwick Systems")
                && r.value() != null && r.value().value().intValue() == 1_100_000_000), c.toString());
    }

    @Test
    void workforcesByCountryAndInTotalAndEarlierPurchases() {
        Extraction x = Extract.of("Kessler Drive employs about 21,000 people in Germany and 64,000 worldwide. The group has carried heavy "
                + "debt since buying Orrin Axles in 2016 and Fennel Brakes in 2019.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Headcount h && h.count() == 64_000), x.facts().toString());
        assertFalse(x.facts().stream().anyMatch(f -> f instanceof Headcount h && h.count() == 21_000), x.facts().toString());
        for (String t : List.of("Orrin Axles", "Fennel Brakes")) {
            assertTrue(x.facts().stream().anyMatch(f -> f instanceof Acquisition a && a.target().name().equals(t)
                    && a.status() == DealStatus.COMPLETED), x.facts().toString());
        }
    }

    @Test
    void foundersListedAndAProductCreated() {
        List<Position> p = Extract.positions("Fennel's founders, including chief executive Mara Ortiz, created Quiver while working at Delvin "
                + "before starting the company in 2016.");
        assertTrue(Extract.hasPosition(p, "Mara Ortiz", "Fennel", "co-founder", null), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.organization().name().equals("Quiver")), p.toString());
    }

    @Test
    void stillRunsItAndCustomersOfAProduct() {
        Extraction x = Extract.of("Brightdesk, whose software schedules shifts for retailers such as Pellow Foods and Harwick Stores, has "
                + "agreed to be acquired for $700 million. Omar Velez, who founded the Denver company in 2011 and still runs it, said "
                + "little would change.");
        assertTrue(Extract.hasPosition(Extract.facts(x, Position.class), "Omar Velez", "Brightdesk", "head", PositionStatus.CURRENT), x.facts().toString());
        List<ClientRelationship> c = Extract.facts(x, ClientRelationship.class);
        assertTrue(Extract.hasClient(c, "Pellow Foods", "Brightdesk", null) && Extract.hasClient(c, "Harwick Stores", "Brightdesk", null), c.toString());
        assertTrue(c.stream().allMatch(r -> r.value() == null), "the deal's price is no contract's value: " + c);
    }

    @Test
    void anOwnerLedByAndAListOfBuyers() {
        Extraction x = Extract.of("Sundale Power is owned by a group led by Marlow Infrastructure. Sundale already sells electricity from "
                + "its wind farms to Orrin Labs and Fennel Cloud, which have signed long-term contracts.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Investment i && i.investor().name().equals("Marlow Infrastructure")
                && i.investee().name().equals("Sundale Power")), x.facts().toString());
        List<ClientRelationship> c = Extract.facts(x, ClientRelationship.class);
        assertTrue(Extract.hasClient(c, "Orrin Labs", "Sundale Power", null) && Extract.hasClient(c, "Fennel Cloud", "Sundale Power", null), c.toString());
    }
}
