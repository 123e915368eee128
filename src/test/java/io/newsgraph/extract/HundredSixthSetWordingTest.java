package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-sixth written set (issue 10: cuts by a tenth, an all-share merger, a robotics round, a
 * drugmaker's advisers, a shipowner's obituary, a defence firm's payroll), in sentences of our own; the set was worked
 * only in part.
 */
class HundredSixthSetWordingTest {

    @Test
    void aWorkforceCutByAFraction() {
        List<Layoff> l = Extract.layoffs("Orrin Foods is cutting its workforce by about a fifth as sales slow.");
        assertEquals(1, l.size(), l.toString());
        assertEquals(20.0, l.get(0).percent(), 0.01);
    }

    @Test
    void backersTheRoundAlsoIncludedAndWhoseBackersInclude() {
        List<Investment> i = Extract.investments("Quillon has raised $40 million in a round led by Aster Capital. The round also "
                + "included Bluefin Partners and Norfield.");
        assertTrue(Extract.hasInvestment(i, "Bluefin Partners", "Quillon"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Norfield", "Quillon"), i.toString());
        i = Extract.investments("Tessary, whose backers include Harrow Capital and Corvex, won a new contract.");
        assertTrue(Extract.hasInvestment(i, "Harrow Capital", "Tessary"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Corvex", "Tessary"), i.toString());
    }

    @Test
    void advisersHiredForASale() {
        List<ClientRelationship> c = Extract.clients("Brantley Foods has hired Morgan Stanley to advise on a possible sale of its "
                + "snacks unit. Evercore is also working with the company on the review.");
        assertTrue(Extract.hasClient(c, "Brantley Foods", "Morgan Stanley", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Brantley Foods", "Evercore", ClientStatus.ACTIVE), c.toString());
    }
}
