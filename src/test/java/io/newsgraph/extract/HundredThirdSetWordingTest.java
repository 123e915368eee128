package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-third written set (issue 10: a funding newsletter, a data start-up's customers, a
 * take-private, a bank's lawyers, a carmaker's UK cuts, a fintech blog post), in sentences of our own.
 */
class HundredThirdSetWordingTest {

    @Test
    void holdersWithTheirFiguresRespectively() {
        List<Investment> i = Extract.investments("Norfield and Aster Capital are Quillon's largest outside shareholders, owning about "
                + "18% and 11% respectively.");
        assertTrue(Extract.hasStake(i, "Norfield", "Quillon", 18), i.toString());
        assertTrue(Extract.hasStake(i, "Aster Capital", "Quillon", 11), i.toString());
    }

    @Test
    void aHoldingOfItAndTheOtherHolders() {
        List<Investment> i = Extract.investments("Why Pellucid matters\n\nToday Pellucid is an independent company with a workforce "
                + "of about 700, and Harrow Bank still holds 40% of it.\n\nThe other big holders are Brantley Partners and a group of "
                + "pension funds.");
        assertTrue(Extract.hasStake(i, "Harrow Bank", "Pellucid", 40), i.toString());
        assertTrue(Extract.hasInvestment(i, "Brantley Partners", "Pellucid"), i.toString());
        List<Headcount> h = Extract.headcounts("Today Pellucid is an independent company with a workforce of about 700.");
        assertEquals(700L, h.get(0).count(), h.toString());
    }

    @Test
    void aStakeBoughtForAnUndisclosedSum() {
        List<Investment> i = Extract.investments("Last month, payments group Corvex bought a 12% stake for an undisclosed sum, "
                + "valuing Pellucid at about $2 billion.");
        assertTrue(Extract.hasStake(i, "Corvex", "Pellucid", 12), i.toString());
    }

    @Test
    void customersAlreadyIncludeAndACustomerInApposition() {
        List<ClientRelationship> c = Extract.clients("Quillon's customers already include Brightwell, Ondine and the streaming service "
                + "Tavola.");
        assertTrue(Extract.hasClient(c, "Brightwell", "Quillon", null), c.toString());
        assertTrue(Extract.hasClient(c, "Tavola", "Quillon", null), c.toString());
        c = Extract.clients("Shares of Veltra fell after the company said its biggest customer, Nordbahn, had cut orders sharply.");
        assertTrue(Extract.hasClient(c, "Nordbahn", "Veltra", ClientStatus.REDUCED), c.toString());
    }

    @Test
    void aHyphenedVerbEndsADescriptorAndAHoldingInASecondVerb() {
        List<Position> p = Extract.positions("Its chief technology officer, Noa Lev, previously co-founded analytics company Tabula.");
        assertTrue(Extract.hasPosition(p, "Noa Lev", "Tabula", "co-founder", null), p.toString());
        List<Investment> i = Extract.investments("Corvex, which has also backed Tabula and owns about 9% of the company, is not selling.");
        assertTrue(Extract.hasStake(i, "Corvex", "Tabula", 9), i.toString());
    }
}
