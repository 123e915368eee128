package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptors, nationalities and "-based" phrases before a name are not part of it, and the rules
 * see through them (sentences written by us, companies invented).
 */
class NameBoundaryTest {

    @Test
    void sentenceInitialDescriptorIsNotPartOfTheName() {
        List<Layoff> l = Extract.layoffs("Automaker Veltra said on Monday it would cut 2,300 jobs at its plants in Ohio.");
        assertEquals(1, l.size(), l.toString());
        assertEquals("Veltra", l.get(0).organization().name());
        assertEquals(2300L, l.get(0).count());
    }

    @Test
    void hyphenatedDescriptorIsNotPartOfTheName() {
        List<Acquisition> a = Extract.acquisitions("Software-maker Quillon agreed to buy privately held Brisk Analytics.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Quillon", a.get(0).acquirer().name());
        assertEquals("Brisk Analytics", a.get(0).target().name());
        assertEquals(DealStatus.ANNOUNCED, a.get(0).status());
    }

    @Test
    void descriptorBetweenVerbAndTarget() {
        List<Acquisition> a = Extract.acquisitions("Nordwind Logistics completed its purchase of parcel carrier Fastline Couriers on Friday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Nordwind Logistics", a.get(0).acquirer().name());
        assertEquals("Fastline Couriers", a.get(0).target().name());
        assertEquals(DealStatus.COMPLETED, a.get(0).status());
    }

    @Test
    void possessiveRivalBeforeTarget() {
        List<Acquisition> a = Extract.acquisitions("Marlow Markets' plan to buy its regional rival Pennfield Foods for $2.1 billion "
                + "was blocked by a federal judge on Tuesday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Marlow Markets", a.get(0).acquirer().name());
        assertEquals("Pennfield Foods", a.get(0).target().name());
        assertEquals(DealStatus.FAILED, a.get(0).status());
        assertEquals(2.1e9, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void appositionAfterACompanyInAListIsSkipped() {
        List<Layoff> l = Extract.layoffs("Orvane, Pellucid and Brightwater, the parent company of Lumen Shoes and Tidewear, "
                + "have each cut 500 jobs this year.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Brightwater")), l.toString());
        assertTrue(l.stream().noneMatch(x -> x.organization().name().equals("Tidewear")), l.toString());
    }

    @Test
    void familyMembersShareTheSurnameSaidNextToThem() {
        List<Position> p = Extract.positions("""
                Shipping magnate Arne Dahl and his wife Liv acquired the Bergen Vikings in 2015 for $600 million. \
                Brothers Paulo and Andre Vieira own the rest of Oslo United.
                """);
        for (String[] want : new String[][] {{"Arne Dahl", "Bergen Vikings"}, {"Liv Dahl", "Bergen Vikings"},
                {"Paulo Vieira", "Oslo United"}, {"Andre Vieira", "Oslo United"}}) {
            assertTrue(p.stream().anyMatch(x -> x.person().name().equals(want[0]) && x.organization().name().equals(want[1])
                    && x.title().equals("owner") && x.status() == PositionStatus.CURRENT), want[0] + " in " + p);
        }
        List<Acquisition> a = Extract.acquisitions("Shipping magnate Arne Dahl and his wife Liv acquired the Bergen Vikings "
                + "in 2015 for $600 million.");
        assertEquals(2, a.size(), a.toString());
        assertTrue(a.stream().allMatch(x -> x.status() == DealStatus.COMPLETED && x.amount() != null), a.toString());
    }

    @Test
    void aPlaceOfSeveralWordsBeforeBasedIsNotPartOfTheName() {
        List<Position> p = Extract.positions("Fenwick Capital bought a stake in the Ohio-based Lyon Wolves and in upstate "
                + "New York-based Harbor Kings, owned by media investor Clara Fenn.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Clara Fenn") && x.organization().name().equals("Harbor Kings")),
                p.toString());
    }

    @Test
    void placesAfterBasedInAreNotParties() {
        List<io.newsgraph.model.Headcount> h = Extract.headcounts("Torvik Marine, based in Bergen, Norway, has about 3,400 employees.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Torvik Marine", h.get(0).organization().name());
        assertEquals(3400L, h.get(0).count());
    }

    @Test
    void cityAndStateBasedDescriptorStandsForTheCompany() {
        String text = "Halcyon Networks plans to cut about 6% of its workforce. The Austin, Texas-based company had roughly 12,500 "
                + "employees at the end of last year, meaning the reduction could affect around 750 people.";
        List<Layoff> l = Extract.layoffs(text);
        assertEquals(1, l.size(), l.toString());
        assertEquals("Halcyon Networks", l.get(0).organization().name());
        assertEquals(750L, l.get(0).count());
        List<io.newsgraph.model.Headcount> h = Extract.headcounts(text);
        assertEquals(1, h.size(), h.toString());
        assertEquals(12500L, h.get(0).count());
    }

    @Test
    void aCountryBeforeADescriptorIsNotTheParty() {
        List<io.newsgraph.model.Investment> i = Extract.investments("Orbis Capital will invest $400 million in Saudi Arabian "
                + "logistics group Naql, the companies said.");
        assertEquals(1, i.size(), i.toString());
        assertEquals("Naql", i.get(0).investee().name());
    }
}
