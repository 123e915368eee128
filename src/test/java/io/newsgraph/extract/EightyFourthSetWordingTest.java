package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the eighty-fourth written set (issue 10: a press release, a layoffs round-up, an interview, a wire story, a
 * translated report, a supplier's order), in sentences of our own.
 */
class EightyFourthSetWordingTest {

    @Test
    void aPressReleaseAnnouncingADefinitiveAgreement() {
        Extraction x = Extract.of("""
                Norland Bio to Acquire Pellam Labs Diagnostics for $640 Million

                OSLO, May 5, 2025 /PRNewswire/ -- Norland Bio, Inc. (NASDAQ: NRLB) ("Norland" or the "Company") today announced that \
                it has entered into a definitive agreement to acquire Pellam Labs Diagnostics for $640 million in cash. "Pellam's \
                900 employees bring deep expertise," said Ines Varga, Chief Executive Officer of Norland. Morrow & Co. is serving \
                as financial advisor to Norland.
                """);
        List<Acquisition> a = Extract.facts(x, Acquisition.class);
        assertTrue(Extract.hasAcquisition(a, "Norland Bio", "Pellam Labs Diagnostics"), a.toString());
        List<ClientRelationship> c = Extract.facts(x, ClientRelationship.class);
        assertTrue(Extract.hasClient(c, "Norland Bio", "Morrow & Co.", ClientStatus.ACTIVE)
                || Extract.hasClient(c, "Norland Bio", "Morrow & Co", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aRoundUpsLabelNamesWhatItsEntryDescribes() {
        List<Layoff> l = Extract.layoffs("""
                Layoffs this week
                Corvane: The chipmaker said it would cut about 900 jobs, or 4% of its staff.
                Fable: The education app laid off 120 employees, about 15% of its workforce.
                """);
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Fable") && v.count() == 120L), l.toString());
        assertTrue(l.stream().noneMatch(v -> v.organization().name().equals("Corvane") && v.count() == 120L), l.toString());
    }

    @Test
    void aFounderStepsAsideAndAnotherRoundBacker() {
        Extraction x = Extract.of("Lena Holt took over as chief executive of drone maker Skyra Robotics in June, after co-founder "
                + "Ola Berg stepped aside to become executive chairman. The round was led by Arvane Capital, with Tessit Ventures and "
                + "existing investors participating.");
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Lena Holt", "Skyra Robotics", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ola Berg", "Skyra Robotics", "executive chairman", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ola Berg", "Skyra Robotics", "ceo", PositionStatus.FORMER), p.toString());
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Tessit Ventures", "Skyra Robotics"), i.toString());
    }

    @Test
    void aTranslatedReportsGroupAndBoardChair() {
        Extraction x = Extract.of("""
                The Kessler Group will reduce its workforce in Germany by approximately 800 positions until the end of 2026. This \
                corresponds to around 7 percent of the Group's employees worldwide. "The steps are necessary," said Dr. Anna Weil, \
                Chairwoman of the Management Board of Kessler Group. The Group employs around 11,000 people in 30 countries.
                """);
        List<Layoff> l = Extract.facts(x, Layoff.class);
        assertEquals(1, l.size(), l.toString());
        assertEquals(7.0, l.get(0).percent(), l.toString());
        List<Headcount> h = Extract.facts(x, Headcount.class);
        assertTrue(h.size() == 1 && h.get(0).organization().name().equals("Kessler Group") && h.get(0).count() == 11000L, h.toString());
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Anna Weil", "Kessler Group", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aSupplierWinsAnOrderNamedShortInTheHeadline() {
        List<ClientRelationship> c = Extract.clients("""
                Halvard wins $900 million tram order from Lumen Transit

                Halvard Rail has won a contract worth about $900 million to supply trams to Lumen Transit, the companies said.
                """);
        assertTrue(Extract.hasClient(c, "Lumen Transit", "Halvard Rail", ClientStatus.ACTIVE), c.toString());
        assertTrue(c.stream().noneMatch(r -> r.client().name().startsWith("Halvard")), c.toString());
    }
}
