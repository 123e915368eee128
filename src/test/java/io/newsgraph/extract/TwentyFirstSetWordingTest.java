package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-first written set (issue 10), in sentences of our own: "the cuts
 * represent N%" of the cut just told; a common word listed beside a name is a name; a company's new
 * name ("will be renamed X Lithium") is not a longer name of its buyer; "would leave as chief
 * executive ... and Y would return to the job"; "majority-owned by X, which holds N% of its shares";
 * a tender offer that raises a holding to N%; founders listed with appositions.
 */
class TwentyFirstSetWordingTest {

    @Test
    void theCutsOfALaterSentenceAreTheCutJustTold() {
        List<Layoff> l = Extract.layoffs("Harbor Media, the owner of two radio networks, will cut about 800 jobs, its chief executive said. "
                + "Radiant FM will be folded into Coastline Radio. The cuts represent roughly 9% of the combined workforce.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Harbor Media") && v.count() != null && v.count() == 800
                && v.percent() != null && Math.abs(v.percent() - 9) < 0.01), l.toString());
        assertTrue(l.stream().allMatch(v -> v.organization().name().equals("Harbor Media")), l.toString());
    }

    @Test
    void aCommonWordListedBesideANameIsAName() {
        Extraction x = Extract.of("Harbor Retail, which employs 9,000 people, relies on Indeed and Glassdoor for hiring.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Indeed")), x.entities().toString());
        Extraction y = Extract.of("Sales fell. The company, indeed, said it would cut jobs.");
        assertTrue(y.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("indeed")), y.entities().toString());
    }

    @Test
    void aNewNameIsNotALongerNameOfTheBuyer() {
        Extraction x = Extract.of("Corvel Mining has completed its $2 billion purchase of Lumex Lithium. Lumex will be renamed Corvel "
                + "Lithium and run by Ana Ruiz, Corvel Mining's head of copper. Corvel Mining chief executive Tom Hale called it a big step.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Acquisition a && a.acquirer().name().equals("Corvel Mining")
                && a.target().name().equals("Lumex Lithium")), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Position p && p.person().name().equals("Tom Hale")
                && p.organization().name().equals("Corvel Mining")), x.facts().toString());
    }

    @Test
    void oneLeavesAsChiefAndAnotherReturnsToTheJob() {
        List<Position> p = Extract.positions("Norda Motors said that Ida Berg would leave as chief executive on May 1 and that Lars Dahl, "
                + "who ran the company from 2010 to 2020, would return to the job for two years.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Ida Berg") && v.title().equals("ceo")
                && v.status() == PositionStatus.FORMER), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Lars Dahl") && v.title().equals("ceo")
                && v.status() == PositionStatus.INCOMING), p.toString());
    }

    @Test
    void aMajorityOwnerAndItsShare() {
        List<Investment> i = Extract.investments("Norda Motors is majority-owned by Yangtze Auto Holdings, which holds about 74% of its "
                + "shares.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Yangtze Auto Holdings") && v.investee().name().equals("Norda Motors")
                && v.stakePercent() != null && Math.abs(v.stakePercent() - 74) < 0.01), i.toString());
    }

    @Test
    void aTenderOfferRaisingAHolding() {
        List<Investment> i = Extract.investments("Hikari Telecom will launch a tender offer for Sakura Mart, spending about $2.1 billion "
                + "to raise its holding to 50%.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Hikari Telecom") && v.investee().name().equals("Sakura Mart")
                && v.stakePercent() != null && Math.abs(v.stakePercent() - 50) < 0.01), i.toString());
    }

    @Test
    void foundersListedWithAppositions() {
        List<Position> p = Extract.positions("Voxel Labs was founded in 2021 by Maja Nowak, its chief executive, and Tarek Haddad, a former "
                + "Nvidia engineer.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Maja Nowak") && v.title().equals("co-founder")), p.toString());
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Tarek Haddad") && v.organization().name().equals("Voxel Labs")
                && v.title().equals("co-founder")), p.toString());
    }
}
