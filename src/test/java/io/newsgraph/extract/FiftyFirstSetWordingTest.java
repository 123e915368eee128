package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.WorkerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-first written set (issue 10), in sentences of our own: a share of the contractors a company
 * "stopped working with"; people "who rely on" a supplier are no client of the company courting them; a headcount
 * after "is run by X and employs"; a stake in "the enlarged" company.
 */
class FiftyFirstSetWordingTest {

    @Test
    void aShareOfTheContractorsLetGo() {
        List<Layoff> l = Extract.layoffs("Lexiwise has stopped working with about 15% of its contractors, the company said.");
        assertEquals(1, l.size(), l.toString());
        assertEquals(15.0, l.get(0).percent());
        assertEquals(WorkerType.CONTRACTORS, l.get(0).workerType());
    }

    @Test
    void peopleWhoRelyOnASupplierAreNotTheCompanysClients() {
        List<ClientRelationship> c = Extract.clients("Brightpage has bought Inkwell Studio as it courts illustrators who rely on "
                + "Pixmate.");
        assertFalse(c.stream().anyMatch(x -> x.supplier().name().equals("Pixmate")), c.toString());
        // after a copula the people are the companies named: "A and B are among the lenders who use X"
        List<ClientRelationship> d = Extract.clients("Arden Bank and Colby Insurance are among the lenders who use Ledgerline to "
                + "check loan files.");
        assertTrue(d.stream().anyMatch(x -> x.client().name().equals("Arden Bank") && x.supplier().name().equals("Ledgerline")),
                d.toString());
    }

    @Test
    void aHeadcountAfterAPersonWhoRunsTheCompany() {
        List<Headcount> h = Extract.headcounts("Tarrant Supply, which has about 200 depots, is run by Nora Quist and employs some "
                + "5,000 people.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(5000, h.get(0).count());
    }

    @Test
    void aStakeInTheEnlargedCompany() {
        List<Investment> i = Extract.investments("Harlow Grain has completed its merger with Pendle Farms. Corrin Trading will "
                + "own roughly 12% of the enlarged Harlow Grain.");
        assertTrue(Extract.hasStake(i, "Corrin Trading", "Harlow Grain", 12), i.toString());
    }
}
