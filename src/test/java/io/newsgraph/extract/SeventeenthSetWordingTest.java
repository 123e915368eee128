package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventeenth written set (issue 10), in sentences of our own: a person's name the
 * given-name list lacks, typed by what the article says of the surname alone; a surname that is also
 * a city; a town after "based in"; a headline naming the target before the deal noun; "contract" as
 * a maker's kind; a headcount after "which is based in A, B C,"; past roles ("who had run", "before
 * that ran", "after running", "where he had run the X business"); owners told in appositions, with
 * the verb left out, or as an unstated sum; contracts awarded or landed, and units bought; two
 * companies merging units into a new one; a firm's name opened by a common word.
 */
class SeventeenthSetWordingTest {


    @Test
    void whatTheArticleSaysOfASurnameAloneTypesTheFullName() {
        List<Position> p = Extract.positions("Brannock Data said Ilse Vorhaug would retire as chief executive and that Oruvan Pillaikar, "
                + "who runs its analytics arm, would succeed her. Research chief Pillaikar joined in 2020.");
        assertTrue(Extract.hasPosition(p, "Oruvan Pillaikar", "Brannock Data", "ceo", null), p.toString());
    }

    @Test
    void aSurnameThatIsACityStaysThePerson() {
        List<Position> p = Extract.positions("Glint Storage chief executive Maren Houston announced the cuts. Houston, who co-founded "
                + "Glint Storage in 2011, said the company would keep hiring engineers.");
        assertTrue(p.stream().anyMatch(v -> v.person().name().equals("Maren Houston") && v.title().endsWith("founder")), p.toString());
    }

    @Test
    void aTownAfterBasedInIsNoParty() {
        Extraction x = Extract.of("Quillfeather, based in Oakhaven, Vermont, sells its scheduling software to 300 hospitals. "
                + "Tamsin Rowe, its co-founder and chief executive, will stay on.");
        assertTrue(x.facts().stream().filter(f -> f instanceof Position).map(f -> (Position) f)
                .anyMatch(v -> v.organization().name().equals("Quillfeather") && v.title().equals("ceo")), x.facts().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Oakhaven")), x.entities().toString());
    }

    @Test
    void aHeadlineNamesTheTargetBeforeTheDealNoun() {
        Acquisition a = Extract.acquisitions("Harlow Foods closes $2.1 billion Pennick Dairy purchase").get(0);
        assertEquals("Harlow Foods", a.acquirer().name());
        assertEquals("Pennick Dairy", a.target().name());
        assertEquals(DealStatus.COMPLETED, a.status());
        Acquisition b = Extract.acquisitions("Harlow Foods scraps Pennick Dairy takeover").get(0);
        assertEquals(DealStatus.FAILED, b.status());
    }

    @Test
    void contractNamesAKindOfMakerBeforeTheName() {
        Acquisition a = Extract.acquisitions("Velmont Capital said it had finalised its $900 million purchase of contract chipmaker "
                + "Ardent Fab.").get(0);
        assertEquals("Ardent Fab", a.target().name());
        assertEquals(DealStatus.COMPLETED, a.status());
    }

    @Test
    void aHeadcountAfterWhichIsBasedIn() {
        Headcount h = Extract.headcounts("Ardent Fab, which is headquartered in Hillsboro, New Mexico, has a workforce of about 4,200 "
                + "people.").get(0);
        assertEquals("Ardent Fab", h.organization().name());
        assertEquals(4200, h.count());
    }

    @Test
    void pastRolesInClauses() {
        List<Position> a = Extract.positions("Dana Kovacs, who had led Ardent Fab since 2018, is leaving now that the takeover is done.");
        assertTrue(a.stream().anyMatch(v -> v.person().name().equals("Dana Kovacs") && v.organization().name().equals("Ardent Fab")
                && v.title().equals("ceo") && v.status() == PositionStatus.FORMER), a.toString());
        List<Position> b = Extract.positions("Luis Ferrante has run Corbel Motors since 2020, and before that ran Tessaly Trucks for a decade.");
        assertTrue(b.stream().anyMatch(v -> v.organization().name().equals("Tessaly Trucks") && v.status() == PositionStatus.FORMER), b.toString());
        List<Position> c = Extract.positions("Chief executive Ana Brill joined Corbel Motors in 2021 after running Pexley Labs and Ondine Systems.");
        assertTrue(c.stream().anyMatch(v -> v.organization().name().equals("Pexley Labs") && v.status() == PositionStatus.FORMER), c.toString());
        List<Position> d = Extract.positions("Ana Brill co-founded Lumora after leaving Corbel Motors, where she had run the battery "
                + "division for six years.");
        assertTrue(d.stream().anyMatch(v -> v.organization().name().equals("Corbel Motors") && v.title().equals("head of battery division")
                && v.status() == PositionStatus.FORMER), d.toString());
    }

    @Test
    void theCompanyAFounderStartedIsNamedBeforeHim() {
        List<Position> q = Extract.positions("Tomas Reyes came to Corbel Motors when it bought Lumora, the battery start-up he co-founded "
                + "in 2019.");
        assertTrue(Extract.hasPosition(q, "Tomas Reyes", "Lumora", "co-founder", null), q.toString());
    }

    @Test
    void ownersToldInAppositionsOrWithTheVerbLeftOut() {
        List<Investment> a = Extract.investments("Harrow Trust, the family holding company that controls Selden Brewing, reported "
                + "higher profits.");
        assertTrue(a.stream().anyMatch(v -> v.investor().name().equals("Harrow Trust") && v.investee().name().equals("Selden Brewing")), a.toString());
        List<Investment> b = Extract.investments("Its chairman also runs Harrow Trust, the family investment vehicle that is Selden "
                + "Brewing's largest shareholder with a stake of about 22%.");
        assertTrue(b.stream().anyMatch(v -> v.investor().name().equals("Harrow Trust") && v.stakePercent() != null
                && Math.abs(v.stakePercent() - 22) < 0.01), b.toString());
        List<Investment> c = Extract.investments("Orla Telecom owns 60% of the venture, Skylink Networks, and Pavo Holdings the remaining 40%.");
        assertTrue(c.stream().anyMatch(v -> v.investor().name().equals("Pavo Holdings") && v.stakePercent() != null
                && Math.abs(v.stakePercent() - 40) < 0.01), c.toString());
        List<Investment> d = Extract.investments("Orla Telecom is also putting an undisclosed sum into Skylink Networks.");
        assertTrue(d.stream().anyMatch(v -> v.investor().name().equals("Orla Telecom") && v.investee().name().equals("Skylink Networks")), d.toString());
    }

    @Test
    void aFirmsNameOpenedByACommonWord() {
        List<Investment> i = Extract.investments("Pexley Labs, which counts Norway's National Innovation Fund as its largest shareholder, "
                + "makes sensors.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("National Innovation Fund")), i.toString());
    }

    @Test
    void contractsAwardedOrLandedAndUnitsBought() {
        ClientRelationship a = Extract.clients("The Navy has awarded Corvex Systems an agreement worth up to $2 billion over five years.").get(0);
        assertEquals("Corvex Systems", a.supplier().name());
        assertTrue(a.client().name().contains("Navy"), a.toString());
        ClientRelationship b = Extract.clients("Corvex Systems lands Navy deal worth $2 billion").get(0);
        assertEquals("Corvex Systems", b.supplier().name());
        List<ClientRelationship> c = Extract.clients("Tarsus Logistics will invest $50 million in Voltar Trucks and buy at least 800 of its "
                + "electric vans.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Tarsus Logistics") && v.supplier().name().equals("Voltar Trucks")), c.toString());
    }

    @Test
    void unitsMergedIntoANewCompanyAreNoTakeover() {
        Extraction x = Extract.of("Orla Telecom and Pavo Holdings have completed the merger of their mobile units, creating Skylink "
                + "Networks. Orla Telecom owns 60% of the new company.");
        assertTrue(x.facts().stream().noneMatch(f -> f instanceof Acquisition), x.facts().toString());
        assertTrue(x.facts().stream().filter(f -> f instanceof Investment).map(f -> (Investment) f)
                .anyMatch(v -> v.investor().name().equals("Orla Telecom") && v.investee().name().equals("Skylink Networks")), x.facts().toString());
    }

    @Test
    void aChairmanWhoRemainsChairmanOfTheBoard() {
        List<Position> p = Extract.positions("Brannock Data said Ilse Vorhaug would retire as chief executive. Vorhaug, 64, will remain "
                + "chairman of the board.");
        assertTrue(Extract.hasPosition(p, "Ilse Vorhaug", "Brannock Data", "chairman", null), p.toString());
    }
}
