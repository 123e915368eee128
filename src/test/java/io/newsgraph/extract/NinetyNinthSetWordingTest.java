package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the ninety-ninth written set (issue 10: a WARN notice, an all-stock merger, a carmaker's tranche, a
 * retailer's robotics unit sold, a chief poached, a bank's cuts), in sentences of our own.
 */
class NinetyNinthSetWordingTest {

    @Test
    void aMonthAfterLastIsNoModalVerb() {
        List<Headcount> h = Extract.headcounts("Orrin Foods will close two plants.\n\nThe company, run by chief executive Lea Stroud "
                + "since last May, employs about 8,200 people.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(8200L, h.get(0).count());
        // the verb still makes a plan: no workforce stated
        assertTrue(Extract.headcounts("Orrin Foods may employ 9,000 people by 2027.").isEmpty());
    }

    @Test
    void anOwnersUnitNamedWithAndIsOneTarget() {
        List<Acquisition> a = Extract.acquisitions("Castellan said it would buy Norwick's Health and Nutrition business for "
                + "$300 million.");
        assertTrue(Extract.hasAcquisition(a, "Castellan", "Health and Nutrition"), a.toString());
        assertEquals(1, a.size(), a.toString());
        // plural units stay apart
        a = Extract.acquisitions("Castellan said it would buy Norwick's Tilda and Brisa businesses.");
        assertTrue(a.stream().noneMatch(v -> v.target().name().equals("Tilda and Brisa")), a.toString());
    }

    @Test
    void aUnitRunAtAFormerEmployerOfSeveralWords() {
        List<Position> p = Extract.positions("Ravi Menon joined Tolland Brands in 2023 after two decades at Kessock Group, where "
                + "he ran its European frozen foods business.");
        // ("head of european frozen foods business": the unit's head)
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ravi Menon") && v.organization().name().equals("Kessock Group")
                && v.title().startsWith("head") && v.status() == PositionStatus.FORMER), p.toString());
    }
}
