package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fortieth written set (issue 10), in sentences of our own: the subject of a "that"
 * clause stops a rule's gap; a sale of a named part of a business; a stake paid in the buyer's shares;
 * an earlier round counted by its own noun; a verb phrase joined by "and" keeps the sentence's subject;
 * "according to the company" names the company the sentence is about; a product built on another's
 * technology; a supplier losing a contract; a headline's capitalised modifier; "is joining as"; "would
 * leave to become".
 */
class FortiethSetWordingTest {

    @Test
    void theSubjectOfAThatClauseIsWhoCutsNotTheCompanyBeforeIt() {
        List<Layoff> l = Extract.layoffs("Tarnwell Logistics said on Thursday that it will sell its warehouse network, including Quillby, "
                + "to Brannock Freight, and that it is laying off about 15% of its workforce.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Tarnwell Logistics") && Double.valueOf(15).equals(x.percent())),
                l.toString());
        assertFalse(l.stream().anyMatch(x -> x.organization().name().equals("Brannock Freight")), l.toString());
    }

    @Test
    void aSaleOfANamedPartOfABusiness() {
        List<Acquisition> a = Extract.acquisitions("Pellow Foods agreed to sell most of its bakery brands, including Crumbwell, to Arvid Capital.");
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Arvid Capital") && x.target().name().equals("Crumbwell")),
                a.toString());
    }

    @Test
    void aStakePaidInTheBuyersShares() {
        List<Investment> i = Extract.investments("In return, Pellow Foods will receive stock amounting to roughly a 13% equity interest in "
                + "Arvid Capital, the companies said.");
        assertTrue(Extract.hasStake(i, "Pellow Foods", "Arvid Capital", 13), i.toString());
        assertTrue(Extract.hasStake(Extract.investments("Pellow Foods will receive shares worth about 8% of Arvid Capital."),
                "Pellow Foods", "Arvid Capital", 8));
    }

    @Test
    void anEarlierRoundCountedByItsOwnNounIsAnEventApart() {
        List<Layoff> l = Extract.layoffs("Tarnwell Logistics will cut about 15% of its staff. The cuts come on top of a round of about "
                + "300 layoffs in March.");
        assertEquals(2, l.size(), l.toString());
        assertTrue(l.stream().anyMatch(x -> Long.valueOf(300).equals(x.count()) && x.percent() == null), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.count() == null && Double.valueOf(15).equals(x.percent())), l.toString());
        // the cut's noun as the counted word keeps the sentence a layoff
        List<Layoff> r = Extract.layoffs("Corvane Systems announced 450 redundancies at its Leeds depot.");
        assertTrue(r.stream().anyMatch(x -> Long.valueOf(450).equals(x.count())), r.toString());
    }

    @Test
    void aVerbPhraseJoinedByAndKeepsTheSubjectsIts() {
        List<ClientRelationship> c = Extract.clients("Chief executive Mara Quist said Pellow Foods stopped using Brightdesk, the billing "
                + "software maker, and would shut down its use of Corvane, the payroll platform.");
        assertTrue(Extract.hasClient(c, "Pellow Foods", "Brightdesk", ClientStatus.ENDED), c.toString());
        assertTrue(Extract.hasClient(c, "Pellow Foods", "Corvane", ClientStatus.ENDED), c.toString());
        assertFalse(c.stream().anyMatch(r -> r.client().name().equals("Brightdesk")), c.toString());
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods will end its use of Corvane's payroll software next year."),
                "Pellow Foods", "Corvane", ClientStatus.ENDED));
    }

    @Test
    void aProductBuiltOnAnothersTechnologyAccordingToTheCompany() {
        List<ClientRelationship> c = Extract.clients("Pellow Foods grew quickly. Its support chatbot, built on technology from Corvane, "
                + "now handles the work of about 300 agents, according to the company.");
        assertTrue(Extract.hasClient(c, "Pellow Foods", "Corvane", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods said its new checkout app is powered by Brightdesk's models."),
                "Pellow Foods", "Brightdesk", ClientStatus.ACTIVE));
    }

    @Test
    void aSupplierLosingAContractLosesAClient() {
        List<ClientRelationship> c = Extract.clients("Corvane Systems is moving two lines to Ohio after losing a contract with grocer "
                + "Pellow Foods, which had been its biggest customer at the site.");
        assertTrue(Extract.hasClient(c, "Pellow Foods", "Corvane Systems", ClientStatus.ENDED), c.toString());
        List<ClientRelationship> lost = Extract.clients("Corvane Systems lost its contract with Pellow Foods last year.");
        assertTrue(Extract.hasClient(lost, "Pellow Foods", "Corvane Systems", ClientStatus.ENDED), lost.toString());
        assertFalse(lost.stream().anyMatch(r -> r.client().name().equals("Corvane Systems")), lost.toString());
        // a client's own renewed contract is still read as before
        assertTrue(Extract.hasClient(Extract.clients("Pellow Foods renewed its contract with Corvane Systems."), "Pellow Foods", "Corvane Systems",
                ClientStatus.ACTIVE));
    }

    @Test
    void aHeadlinesCapitalisedModifierIsNotACompany() {
        List<Layoff> l = Extract.layoffs("Gearbox plant to cut 300 jobs, filing shows\n\nCorvane Drivetrain will lay off 300 workers at its "
                + "Dayton plant, according to a state filing.");
        assertFalse(l.stream().anyMatch(x -> x.organization().name().equals("Gearbox")), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Corvane Drivetrain")), l.toString());
    }

    @Test
    void aSiteManagersTitle() {
        List<Position> p = Extract.positions("Halvorsen Fastening will close the line. Plant manager Tomas Reyes said the work moves to Ohio.");
        assertTrue(Extract.hasPosition(p, "Tomas Reyes", "Halvorsen Fastening", "plant manager", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void joiningAsWhatTheCompanySays() {
        List<Position> p = Extract.positions("Brannock Freight also said Mara Quist, who until recently ran Amazon's robotics research lab, "
                + "is joining as chief operating officer.");
        assertTrue(Extract.hasPosition(p, "Mara Quist", "Brannock Freight", "coo", PositionStatus.INCOMING), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Mara Quist") && x.organization().name().equals("Amazon")
                && x.status() == PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(Extract.positions("Brannock Freight said Lena Ortiz has joined as general counsel."),
                "Lena Ortiz", "Brannock Freight", "general counsel", PositionStatus.CURRENT));
    }

    @Test
    void aPersonWhoBecameItsChiefIsTheSubjectCompanys() {
        List<Position> p = Extract.positions("Brannock Freight is run by Mara Quist, the former head of Amazon's retail arm, who became its "
                + "chief executive in March.");
        assertTrue(Extract.hasPosition(p, "Mara Quist", "Brannock Freight", "ceo", PositionStatus.CURRENT), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.organization().name().equals("Amazon") && x.title().equals("ceo")), p.toString());
    }

    @Test
    void leavingToBecomeAnotherCompanysChief() {
        List<Position> p = Extract.positions("Corvane Systems named a new chief. Mara Quist, who led Corvane for six years, announced last "
                + "month that she would leave to become chief executive of Brannock Freight.");
        assertTrue(Extract.hasPosition(p, "Mara Quist", "Brannock Freight", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Mara Quist") && x.organization().name().equals("Corvane Systems")
                && x.status() == PositionStatus.FORMER), p.toString());
    }
}
