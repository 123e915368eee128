package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-sixth written set (issue 10), in sentences of our own: "it" after a
 * bracketed date; a price a share then the value of the whole; names with two particles, also
 * after a given name that is a month's abbreviation; "he" inside a who-clause; a "company
 * veteran" is a person; a unit named for a place is no company.
 */
class FortySixthSetWordingTest {

    @Test
    void itAfterABracketedDateAndTheValueAfterAPriceAShare() {
        List<Acquisition> a = Extract.acquisitions("Kelder Bio said on Monday (March 3, 2025) it would buy Orrin Therapeutics for $41 a "
                + "share in cash, valuing the company at about $2.2 billion.");
        Acquisition d = a.stream().filter(x -> x.acquirer().name().equals("Kelder Bio")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Orrin Therapeutics", d.target().name());
        assertEquals(0, d.amount().value().compareTo(new java.math.BigDecimal("2200000000")), d.toString());
    }

    @Test
    void namesWithTwoParticles() {
        List<Position> p = Extract.positions("Chief executive Pieter van der Berg said the plan was on track. Kelder Bio chief executive Jan "
                + "van de Meer said so too.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Pieter van der Berg") && x.title().equals("ceo")), p.toString());
        assertTrue(Extract.hasPosition(p, "Jan van de Meer", "Kelder Bio", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void heInsideAWhoClauseAndACompanyVeteran() {
        Extraction x = Extract.of("Castell Mining has named Omar Velez, who runs its copper division, as its next chief executive, "
                + "replacing Lena Quist, who said in March that she would step down. Velez, a 25-year company veteran, will take over "
                + "in June. He has led the Atacama copper business since 2020.");
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Omar Velez", "Castell Mining", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Lena Quist", "Castell Mining", "ceo", PositionStatus.FORMER), p.toString());
        assertFalse(p.stream().anyMatch(q -> q.organization().name().equals("Atacama")), p.toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("Velez")), "the veteran is the person: " + x.entities());
    }
}
