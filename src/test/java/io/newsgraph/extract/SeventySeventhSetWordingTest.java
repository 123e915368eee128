package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-seventh written set (issue 10: a games publisher's studio cuts, a chipmaker's stake in a
 * network maker, an interim finance chief), in sentences of our own: "in Kenilworth, England" and "in Kenilworth, Oslo
 * and Tampere" are towns, not companies; "will adapt its software to run on Z's chips" makes Z a supplier; "named its
 * financial controller, X, interim CFO"; "X, run by co-founder Y," is headed by Y (the text says no more).
 */
class SeventySeventhSetWordingTest {

    @Test
    void townsBesideAPlaceAreNoCompanies() {
        List<Layoff> l = Extract.layoffs("""
                Larkspur Games trims studios

                Larkspur Games is closing its studio in Kenilworth, England, and letting go of 140 staff in Kenilworth, Oslo and \
                Tampere as it restructures, the company said on Tuesday. The cuts follow about 900 job reductions last year.
                """);
        assertTrue(l.stream().allMatch(x -> x.organization().name().equals("Larkspur Games")), l.toString());
    }

    @Test
    void aCompanyRunByItsCoFounderIsHeadedByThem() {
        List<Position> p = Extract.positions("Larkspur Games, run by co-founder Emil Varga, had 2,400 employees at the end of June. "
                + "Its publisher Corran, led by senior vice president Ada Pike, will take over the studio.");
        assertTrue(Extract.hasPosition(p, "Emil Varga", "Larkspur Games", "head", PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Ada Pike") && x.title().equals("head")), p.toString());
    }

    @Test
    void softwareAdaptedToRunOnAnothersChips() {
        List<ClientRelationship> c = Extract.clients("Tessaly will adapt its radio software to run on Corvane's chips, the "
                + "network maker said.");
        assertTrue(Extract.hasClient(c, "Tessaly", "Corvane", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aFinancialControllerNamedInterimFinanceChief() {
        List<Position> p = Extract.positions("Brindle Foods said its finance chief had left. Brindle Foods named its financial "
                + "controller, Maya Lund, interim CFO while it looks for a permanent replacement.");
        assertTrue(Extract.hasPosition(p, "Maya Lund", "Brindle Foods", "interim cfo", PositionStatus.CURRENT), p.toString());
    }
}
