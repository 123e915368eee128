package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-second written set (issue 10: a security start-up bought after turning down an offer, a
 * battery maker's lost order, a food group's fired chief), in sentences of our own: a clause after the target telling
 * its past ("that rejected a bid from the group last year") says nothing of the deal agreed now; "X, which is backed by
 * A and B and employs about 6,500 people"; "a company veteran who had run its Vireo coffee unit" was head of Vireo (the unit, as a named
 * division's head is; this was "head of vireo" at the company until the eighty-eighth set made brands' units one convention).
 */
class SeventySecondSetWordingTest {

    @Test
    void theTargetsPastIsNotTheDealsStatus() {
        List<Acquisition> a = Extract.acquisitions("Corlan has agreed to pay $4 billion in cash for Mossgate, the payroll start-up that "
                + "rejected a $3 billion bid from the software group last year, in its biggest deal so far.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status(), a.toString());
    }

    @Test
    void aHeadcountAfterTheBackersInARelativeClause() {
        List<Headcount> h = Extract.headcounts("The cancelled order hurts Stellbatt, which is funded by Ordo Capital and Keller Group "
                + "and employs about 3,200 people.");
        assertTrue(h.stream().anyMatch(x -> x.count() == 3_200 && x.organization().name().equals("Stellbatt")), h.toString());
    }

    @Test
    void aUnitNamedByItsBrandIsHeaded() {
        List<Position> p = Extract.positions("Greta Lund, a Fennick veteran who had run its Vireo coffee unit since 2022, takes over "
                + "with immediate effect.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Greta Lund") && x.organization().name().equals("Vireo")
                && x.title().equals("head") && x.status() == PositionStatus.FORMER), p.toString());
    }
}
