package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Headcount;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-fourth written set (issue 10: European chipmakers and banks, a power contract, a retail succession),
 * in sentences of our own: one who "started at the company as an hourly associate" joined it, he did not found it; "about 11%
 * of the company's roughly 62,000 employees" gives the company's headcount.
 */
class SixtyFourthSetWordingTest {

    @Test
    void startingAtACompanyAsAnAssociateIsNoFounding() {
        List<Position> p = Extract.positions("Harrow Mart named Sam Boyd its next chief executive. Boyd, 48, started at the company "
                + "as a stock clerk in 1996.");
        assertTrue(p.stream().noneMatch(x -> x.title().equals("founder")), p.toString());
        List<Position> f = Extract.positions("Sam Boyd started Harrow Mart in 1996 with one store.");
        assertTrue(f.stream().anyMatch(x -> x.title().equals("founder") && x.organization().name().equals("Harrow Mart")), f.toString());
    }

    @Test
    void aShareOfTheCompanysEmployeesGivesItsHeadcount() {
        List<Headcount> h = Extract.headcounts("Velora Beauty will cut up to 4,000 jobs. The reductions represent about 9% of the "
                + "company's roughly 44,000 employees.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Velora Beauty") && x.count() == 44000), h.toString());
    }
}
