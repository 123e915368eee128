package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-first written set (issue 10: a parts maker's cuts with a wire footer, a legal AI round, a
 * trucking purchase, a nuclear power deal, a product chief hired, a design company's profile), in sentences of our own.
 */
class HundredFirstSetWordingTest {

    @Test
    void chiefsBeyondTheFourCommonOnesAreWrittenOut() {
        List<Position> p = Extract.positions("Marlo Systems hired Ida Brandt as its chief product officer and named Theo Quinn CMO.");
        assertTrue(Extract.hasPosition(p, "Ida Brandt", "Marlo Systems", "chief product officer", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Theo Quinn", "Marlo Systems", "chief marketing officer", null), p.toString());
    }

    @Test
    void aFieldRunAtACompanyIsItsHeadNotItsChief() {
        List<Position> p = Extract.positions("Lena Holt, who ran engineering at Quarry Labs, is joining Pellucid as chief technology "
                + "officer.");
        assertTrue(Extract.hasPosition(p, "Lena Holt", "Quarry Labs", "head of engineering", PositionStatus.FORMER), p.toString());
        assertTrue(p.stream().noneMatch(v -> v.organization().name().equals("Quarry Labs") && v.title().equals("ceo")), p.toString());
        p = Extract.positions("Design chief Omar Reyes leaves Tallow for Brightbeam");
        assertTrue(p.stream().noneMatch(v -> v.title().equals("ceo")), p.toString());
    }

    @Test
    void mostRecentlyWasATitleAt() {
        List<Position> p = Extract.positions("Lena Holt most recently was vice president of engineering at Quarry Labs.");
        assertTrue(p.stream().anyMatch(v -> v.organization().name().equals("Quarry Labs") && v.title().startsWith("vice president") && v.status() == PositionStatus.FORMER),
                p.toString());
    }

    @Test
    void foundersListedAfterThatAllKeepTheirRole() {
        List<Position> p = Extract.positions("Tessary is no longer the small studio that Ana Lind, Nils Holm and Eva Strand founded "
                + "in 2011.");
        for (String founder : List.of("Ana Lind", "Nils Holm", "Eva Strand")) {
            assertTrue(p.stream().anyMatch(v -> v.person().name().equals(founder) && v.organization().name().equals("Tessary")
                    && v.title().endsWith("founder")), founder + " " + p);
        }
    }

    @Test
    void aWorkforceBeforeTheSubjectAndAFoundersOwnStake() {
        List<Headcount> h = Extract.headcounts("With about 2,400 employees across offices in Oslo, Riga and Berlin, Tessary is "
                + "hiring again.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(2400L, h.get(0).count());
        List<Investment> i = Extract.investments("Tessary makes game engines. Ana Lind, the chief executive, still owns a large "
                + "stake alongside her brother Jon Lind.");
        assertTrue(Extract.hasInvestment(i, "Ana Lind", "Tessary"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Jon Lind", "Tessary"), i.toString());
    }

    @Test
    void aNameOpeningWithAnInitialAndWritersCut() {
        List<Investment> i = Extract.investments("Backers including Norfield Capital and T. Rowe Price have poured money into Tessary over the years.");
        assertTrue(Extract.hasInvestment(i, "T. Rowe Price", "Tessary"), i.toString());
        List<Layoff> l = Extract.layoffs("Tessary cut about 12 of its technical writers last year.");
        assertEquals(1, l.size(), l.toString());
        assertEquals(12L, l.get(0).count());
    }
}
