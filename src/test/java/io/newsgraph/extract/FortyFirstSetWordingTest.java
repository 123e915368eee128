package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-first written set (issue 10), in sentences of our own: a name opening with a
 * word capitalised only in names; an apposition between a holder and its stake; a cut told in a
 * participle; a sale in the passive; an earlier purchase in a descriptor's clause; one supplier
 * replaced by another.
 */
class FortyFirstSetWordingTest {

    private static boolean hasDeal(List<Acquisition> a, String acquirer, String target, DealStatus status) {
        return a.stream().anyMatch(x -> x.acquirer().name().equals(acquirer) && x.target().name().equals(target) && x.status() == status);
    }

    @Test
    void aNameOpeningWithAWordCapitalisedOnlyInNames() {
        List<Acquisition> a = Extract.acquisitions("Pellow Foods said it would buy Only Natural Pantry for $90 million.");
        assertTrue(hasDeal(a, "Pellow Foods", "Only Natural Pantry", DealStatus.ANNOUNCED), a.toString());
        // opening a sentence too, once the article has written it inside one
        List<Position> p = Extract.positions("Pellow Foods agreed to acquire Just Eat Takeaway.com for $4 billion. Just Eat Takeaway chief "
                + "executive Mara Quist will stay.");
        assertTrue(Extract.hasPosition(p, "Mara Quist", "Just Eat Takeaway.com", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aHoldersApposition() {
        List<Investment> i = Extract.investments("Pellow Foods, led by chief executive Mara Quist, already holds a stake of around 27% in "
                + "smaller rival Corvane Systems.");
        assertTrue(Extract.hasStake(i, "Pellow Foods", "Corvane Systems", 27), i.toString());
    }

    @Test
    void aCutToldInAParticiple() {
        List<Layoff> l = Extract.layoffs("Brannock Freight, which employs roughly 900 people, has struggled through the freight slump, "
                + "cutting hundreds of jobs since 2022.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Brannock Freight")), l.toString());
    }

    @Test
    void aSaleInThePassive() {
        assertTrue(hasDeal(Extract.acquisitions("Pellow Foods owns several brands. Its snacks business, Crumbwell, was sold separately to "
                + "Arvid Capital for about $300 million."), "Arvid Capital", "Crumbwell", DealStatus.COMPLETED));
        assertTrue(hasDeal(Extract.acquisitions("Crumbwell was sold last year to Arvid Capital."), "Arvid Capital", "Crumbwell",
                DealStatus.COMPLETED));
        List<Acquisition> future = Extract.acquisitions("Crumbwell will be sold to Arvid Capital once regulators approve.");
        assertTrue(hasDeal(future, "Arvid Capital", "Crumbwell", DealStatus.ANNOUNCED), future.toString());
        // a company sold is no customer of its buyer
        assertFalse(Extract.clients("Crumbwell will be sold to Arvid Capital once regulators approve.").stream()
                .anyMatch(c -> c.client().name().equals("Arvid Capital")));
    }

    @Test
    void anEarlierPurchaseInADescriptorsClause() {
        List<Acquisition> a = Extract.acquisitions("Pellow Foods completed the purchase of Crumbwell, the snack brand that Arvid Capital "
                + "bought for $300 million in 2019 and sold this year.");
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Arvid Capital") && x.target().name().equals("Crumbwell")
                && x.amount() != null && x.amount().value().doubleValue() == 300_000_000), a.toString());
        assertTrue(hasDeal(a, "Pellow Foods", "Crumbwell", DealStatus.COMPLETED), a.toString());
    }

    @Test
    void oneSupplierReplacedByAnother() {
        List<ClientRelationship> c = Extract.clients("Pellow Foods, a regional grocer, will replace its Corvane payroll system with "
                + "software from Brightdesk under a contract worth about $40 million over five years.");
        assertTrue(c.stream().anyMatch(r -> r.supplier().name().equals("Brightdesk") && r.status() == ClientStatus.ACTIVE
                && r.value() != null && r.value().value().doubleValue() == 40_000_000), c.toString());
        assertTrue(c.stream().anyMatch(r -> r.supplier().name().equals("Corvane") && r.status() == ClientStatus.ENDED && r.value() == null),
                c.toString());
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods replaced Corvane with Brightdesk as its payroll provider."), "Pellow Foods",
                "Brightdesk", ClientStatus.ACTIVE));
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods switched from Corvane to Brightdesk for payroll last year."), "Pellow Foods",
                "Corvane", ClientStatus.ENDED));
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods chose new software. The move ends a relationship with Corvane that began in "
                + "2015."), "Pellow Foods", "Corvane", ClientStatus.ENDED));
        // a person replaced is no supply
        assertTrue(Extract.clients("Pellow Foods is replacing its CEO with one poached from Corvane.").isEmpty());
    }
}
