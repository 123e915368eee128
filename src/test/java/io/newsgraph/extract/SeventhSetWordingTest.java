package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Wordings from the seventh written set (issue 10), in sentences of our own: a supplier's products
 * bought or used, a supplier relied on, one of a client's providers after a relative clause, "X, its
 * largest investor", a bound that is no amount ("tens of billions"), a workforce of one part of a
 * company, a title risen to, and a brand named after a person before its owner.
 */
class SeventhSetWordingTest {

    @Test
    void productsOfASupplierBoughtOrUsedAndASupplierReliedOn() {
        List<ClientRelationship> c = Extract.clients("""
                Velora Air will buy dozens of Skyward Aero's regional jets over the next decade.
                Brannock Labs plans to use as many as 50,000 of Corvex Systems' accelerators to train its models.
                Brannock Labs also relies heavily on Halvard Cloud, its largest investor, for storage.
                """);
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Velora Air") && x.supplier().name().equals("Skyward Aero")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Brannock Labs") && x.supplier().name().equals("Corvex Systems")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Brannock Labs") && x.supplier().name().equals("Halvard Cloud")), c.toString());
        List<Investment> i = Extract.investments("Brannock Labs also relies heavily on Halvard Cloud, its largest investor, for storage.");
        assertEquals("Halvard Cloud", i.get(0).investor().name());
        assertEquals("Brannock Labs", i.get(0).investee().name());
    }

    @Test
    void oneOfAClientsProvidersAfterARelativeClause() {
        List<ClientRelationship> c = Extract.clients("Corvex Systems, which has invested $1 billion in Brannock Labs, "
                + "has been one of its main chip suppliers since 2023.");
        ClientRelationship r = c.stream().filter(x -> x.supplier().name().equals("Corvex Systems")).findFirst().orElseThrow();
        assertEquals("Brannock Labs", r.client().name());
    }

    @Test
    void aBoundIsNoAmount() {
        List<ClientRelationship> c = Extract.clients("Brannock Labs agreed to buy computing capacity from Halvard Cloud "
                + "in a deal the companies valued at tens of billions of dollars.");
        assertNull(c.get(0).value(), c.toString());
        List<Investment> i = Extract.investments("Norvik Capital has invested hundreds of millions of dollars in Brannock Labs.");
        assertEquals("Norvik Capital", i.get(0).investor().name());
        assertNull(i.get(0).amount(), i.toString());
    }

    @Test
    void aWorkforceOfOnePartIsNoHeadcountButTheWholeIs() {
        List<Headcount> h = Extract.headcounts("Pellan Coffee employs about 9,000 people in corporate roles. "
                + "Orlo Foods employs roughly 41,000 people worldwide.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Orlo Foods", h.get(0).organization().name());
        assertEquals(41000L, h.get(0).count());
    }

    @Test
    void aTitleRisenToBeforeLeaving() {
        List<Position> p = Extract.positions("Dana Whitlock spent 25 years at Pellan Coffee, rising from a barista "
                + "to chief operating officer before she retired in 2019.");
        Position coo = p.stream().filter(x -> x.person().name().equals("Dana Whitlock")).findFirst().orElseThrow();
        assertEquals("Pellan Coffee", coo.organization().name());
        assertEquals("coo", coo.title());
        assertEquals(PositionStatus.FORMER, coo.status());
    }

    @Test
    void aBrandNamedAfterAPersonBeforeItsOwner() {
        List<Acquisition> a = Extract.acquisitions("Marlin Brands and Calvin Rhodes parent Coastline Apparel have called off "
                + "their $2.1 billion merger after a judge blocked it.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(DealStatus.FAILED, a.get(0).status());
        assertEquals(2.1e9, a.get(0).amount().value().doubleValue(), 1);
    }
}
