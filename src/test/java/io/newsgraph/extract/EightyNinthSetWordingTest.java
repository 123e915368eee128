package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Wordings from the eighty-ninth written set (issue 10: a layoffs round-up under bare company names, an interview, a
 * defence round, a software maker paying for a rival lab's models, a retailer's succession), in sentences of our own.
 */
class EightyNinthSetWordingTest {

    @Test
    void aRoundUpEntryUnderALineThatIsOnlyTheName() {
        List<Layoff> l = Extract.layoffs("""
                The week in job cuts

                Corvane

                The maker of the Pilot tax app said it would lay off 900 employees, about 8% of its workforce.

                Brightline Dating

                The dating app operator will shed around 120 roles, or 25% of its staff.
                """);
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Corvane") && x.count() == 900), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Brightline Dating") && x.count() == 120), l.toString());
        assertTrue(l.stream().noneMatch(x -> x.organization().name().equals("Pilot")), l.toString());
    }

    @Test
    void aCutAfterARelativeClauseNamingABacker() {
        Extraction x = Extract.of("Halden, which Orbis invested in last month, let go of 12% of its employees.");
        List<Layoff> l = Extract.facts(x, Layoff.class);
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Halden")), l.toString());
        assertTrue(l.stream().noneMatch(v -> v.organization().name().equals("Orbis")), l.toString());
        assertTrue(Extract.hasInvestment(Extract.facts(x, Investment.class), "Orbis", "Halden"), x.toString());
    }

    @Test
    void aCutAfterAnInWhichClause() {
        List<Layoff> l = Extract.layoffs("Beta Foods, in which Ardent invested $2 billion last year, cut 300 jobs.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Beta Foods") && v.count() == 300), l.toString());
    }

    @Test
    void alsoTheCompanysChairAndAPastRoleAfterAnAnd() {
        List<Position> p = Extract.positions("Ivo Marsh founded Quillon in 2019. Marsh is also Ferrow's chairman. Lena Ota joined "
                + "Quillon in 2008 as an intern and was previously its finance chief.");
        assertTrue(Extract.hasPosition(p, "Ivo Marsh", "Ferrow", "chairman", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Lena Ota", "Quillon", "cfo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void theFounderOfTheCompanyTheClausesItIs() {
        List<Position> p = Extract.positions("Orsa, the Porto-based maker of billing software, has doubled in size since Nuno Reis "
                + "started it in 2020.");
        assertTrue(Extract.hasPosition(p, "Nuno Reis", "Orsa", "founder", null), p.toString());
    }

    @Test
    void payingToUseModelsBoughtThroughACloud() {
        List<ClientRelationship> c = Extract.clients("Corvane will pay to use Halden's language models in its spreadsheet app. "
                + "Because Halden's models run on Nimbus Cloud, Corvane will buy access to them through Nimbus Cloud.");
        assertTrue(Extract.hasClient(c, "Corvane", "Halden", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Corvane", "Nimbus Cloud", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Halden", "Nimbus Cloud", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void anInterviewsAnswersSpeakForTheCompany() {
        Extraction x = Extract.of("""
                "We build slowly": a talk with Tessel's founder

                Tessel, the Gdansk maker of route-planning software, has grown since Ola Nowak started it in 2018.

                Q: How big are you now?

                A: We are about 260 people. Our last round was led by Brightwater Capital.

                Q: Who uses your software?

                A: Ferrow Logistics signed on last year to use our software in its depots.
                """);
        List<Headcount> h = Extract.facts(x, Headcount.class);
        assertTrue(h.stream().anyMatch(v -> v.organization().name().equals("Tessel") && v.count() == 260), h.toString());
        assertTrue(Extract.hasInvestment(Extract.facts(x, Investment.class), "Brightwater Capital", "Tessel"), x.toString());
        assertTrue(Extract.hasClient(Extract.facts(x, ClientRelationship.class), "Ferrow Logistics", "Tessel", ClientStatus.ACTIVE),
                x.toString());
    }

    @Test
    void aQuotesWeOutsideAnInterviewIsNobodysCompany() {
        List<Headcount> h = Extract.headcounts("Tessel hired 40 engineers. \"We are about 260 people,\" said Dora Pike, an analyst "
                + "at Ferrow Research.");
        assertTrue(h.stream().noneMatch(v -> v.count() == 260), h.toString());
    }
}
