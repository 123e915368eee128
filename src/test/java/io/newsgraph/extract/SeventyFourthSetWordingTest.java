package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-fourth written set (issue 10: a steel takeover, a chipmaker's interim chiefs, a sportswear
 * maker's wholesale accounts), in sentences of our own: "United Kingdom Mining" and "UK Mining" are one name; "will
 * remain in the job and join X's board" is a seat to come; "CFO A and B, head of ..., were named interim co-chief
 * executives"; "Dillard's and DSW": a one-word name with its own "'s" listed before another; "sells heavily through A
 * and B"; "the merchandise it ships to A and B"; "Kohl's said it would cut 500 jobs, and Dillard's said it would cut
 * 200": each "it" is the company that says it.
 */
class SeventyFourthSetWordingTest {

    @Test
    void aCountrysFullNameAndItsInitialsInACompanysName() {
        List<Acquisition> a = Extract.acquisitions("""
                The $2.1 billion acquisition of United Kingdom Mining by Orsted Metals was completed on Friday.
                UK Mining will keep its name and its Leeds headquarters.
                """);
        assertEquals(1, a.size(), a.toString());
    }

    @Test
    void aSeatToComeAfterAWillAndAListNamedInThePassive() {
        List<Position> p = Extract.positions("""
                Brantley Chips ousts its chief executive

                Brantley Chips said on Monday that chief executive Omar Reyes had been forced out. Chief financial officer Dana Holt \
                and Ines Maro, head of the company's foundry unit, were named interim co-chief executives. Reyes will stay in \
                Austin and join Quillon's board.
                """);
        assertTrue(Extract.hasPosition(p, "Dana Holt", "Brantley Chips", "interim co-ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ines Maro", "Brantley Chips", "interim co-ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Omar Reyes", "Quillon", "board member", PositionStatus.INCOMING), p.toString());
    }

    @Test
    void retailersAMakerSellsThroughOrShipsTo() {
        List<ClientRelationship> c = Extract.clients("""
                Torvo trims its wholesale accounts

                Torvo has cut the volume of goods it ships to discount chains Ollie's and Burlington as it pushes sales online. \
                The company still sells mainly through Target and Kroger.
                """);
        assertTrue(Extract.hasClient(c, "Ollie's", "Torvo", ClientStatus.REDUCED), c.toString());
        assertTrue(Extract.hasClient(c, "Burlington", "Torvo", ClientStatus.REDUCED), c.toString());
        assertTrue(Extract.hasClient(c, "Target", "Torvo", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Kroger", "Torvo", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void itIsTheCompanyThatSaysIt() {
        List<Layoff> l = Extract.layoffs("Belk's said it would cut 500 jobs, and Ollie's said it would cut 200 jobs.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Ollie's") && x.count() == 200), l.toString());
    }
}
