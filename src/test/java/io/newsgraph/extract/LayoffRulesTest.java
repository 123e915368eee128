package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Layoff;
import io.newsgraph.model.WorkerType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoffRulesTest {

    @Test
    void readsCountPercentAndWorkerType() {
        List<Layoff> ls = Extract.layoffs("The startup has laid off 200 full-time employees - about 14% of its staff - in a restructuring.\n"
                + "Scale AI is the startup in question.");
        assertEquals(1, ls.size(), ls::toString);
        assertEquals(200L, ls.get(0).count());
        assertEquals(14.0, ls.get(0).percent());
        assertEquals(WorkerType.EMPLOYEES, ls.get(0).workerType());
    }

    @Test
    void aPlaceTurnedAdjectiveIsNotTheCompany() {
        List<Layoff> ls = Extract.layoffs("Lumen Freight, the Denver-based logistics startup, is laying off 80 employees, "
                + "about 9% of its workforce, and ending its work with 40 contractors, according to a memo.");
        assertEquals(2, ls.size(), ls::toString);
        assertTrue(ls.stream().allMatch(l -> l.organization().name().equals("Lumen Freight")), ls::toString);
        var x = Extract.of("Orbit Labs, a SoftBank-backed chipmaker, cut 30 jobs.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("-backed")), x.entities()::toString);
        assertEquals("Orbit Labs", ((Layoff) x.facts().get(0)).organization().name());
    }

    @Test
    void twoGroupsCutInOneEventAreTwoLayoffs() {
        List<Layoff> ls = Extract.layoffs("Scale AI cut 14 percent of its staff. The reductions involve about 200 employee roles "
                + "and 500 contractor roles.");
        assertEquals(2, ls.size(), ls::toString);
        Layoff employees = ls.stream().filter(l -> l.workerType() == WorkerType.EMPLOYEES).findFirst().orElseThrow();
        Layoff contractors = ls.stream().filter(l -> l.workerType() == WorkerType.CONTRACTORS).findFirst().orElseThrow();
        assertEquals(200L, employees.count());
        assertEquals(14.0, employees.percent(), "the share of staff belongs to the employee cut");
        assertEquals(500L, contractors.count());
    }

    @Test
    void readsHeadlineWordingAndOtherVerbs() {
        assertEquals(350L, Extract.layoffs("Northwind Grocers to Lay Off 350 Workers").get(0).count());
        assertEquals(1200L, Extract.layoffs("Helix Bank is eliminating 1,200 jobs across Europe.").get(0).count());
        assertEquals(WorkerType.CONTRACTORS,
                Extract.layoffs("Acme Labs is also ending contracts with 80 contractors.").get(0).workerType());
    }

    @Test
    void hiringIsNotALayoff() {
        assertTrue(Extract.layoffs("Acme Robotics plans to hire 300 new employees in 2026.").isEmpty());
    }

    @Test
    void aHeadcountInALayoffSentenceIsNotCut() {
        List<Layoff> ls = Extract.layoffs("Orbit Labs, which employs 900 people, laid off 90 workers on Monday.");
        assertEquals(1, ls.size(), ls::toString);
        assertEquals(90L, ls.get(0).count());
        assertEquals(900L, Extract.headcounts("Orbit Labs, which employs 900 people, laid off 90 workers on Monday.").get(0).count());
    }
}
