package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-third written set (issue 10: a coffee chain's corporate cuts, a marketplace's advertising
 * pull-back), in sentences of our own: "employed about 4,000 people in office roles ..., out of roughly 52,000 staff
 * worldwide" (the whole is the headcount, not the part); "has sharply reduced its advertising on A's apps and on B's
 * search engine" and "has also scaled back its ad spending on A" (each platform a supplier bought less from, and not the
 * article's main company).
 */
class EightyThirdSetWordingTest {

    @Test
    void theWholeWorkforceAfterAPart() {
        List<Headcount> h = Extract.headcounts("Pinwheel Foods employed about 4,000 people in office roles at the end of its last "
                + "fiscal year, out of roughly 52,000 staff worldwide.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(52000L, h.get(0).count(), h.toString());
    }

    @Test
    void anAdvertiserCutsItsSpendingOnTwoPlatforms() {
        List<ClientRelationship> c = Extract.clients("""
                Fable Market has sharply reduced its advertising on Corvane's video apps and on Halvard's search engine, \
                according to data from ad trackers. Rival Lumen Bazaar has also scaled back its ad spending on Corvane.
                """);
        assertTrue(Extract.hasClient(c, "Fable Market", "Corvane", ClientStatus.REDUCED), c.toString());
        assertTrue(Extract.hasClient(c, "Fable Market", "Halvard", ClientStatus.REDUCED), c.toString());
        assertTrue(Extract.hasClient(c, "Lumen Bazaar", "Corvane", ClientStatus.REDUCED), c.toString());
        assertTrue(c.stream().noneMatch(r -> r.supplier().name().equals("Fable Market")), c.toString());
    }
}
