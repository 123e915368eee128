package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.CURRENT;
import static io.newsgraph.model.PositionStatus.FORMER;
import static io.newsgraph.model.PositionStatus.INCOMING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-eighth written set (issue 10), in sentences of our own: "its" after a
 * person's apposition naming the person's employer; a person leaving a company; "effective when";
 * the company a person-move story opens its headline and lead with; walking away from a combination;
 * "after his predecessor X stepped down"; "an investment by X"; "X, the group that is also its
 * largest customer"; selling a quantity to a company under an agreement worth $N; "who co-founded the
 * company and serves as its chair and chief executive"; a deal's object is not the named subject; an
 * attribution's descriptor is the subject; "Private-equity firm X"; "pump maker X".
 */
class TwentyEighthSetWordingTest {

    @Test
    void itsAfterAnAppositionNamingThePersonsEmployerIsTheSubjects() {
        List<Position> p = Extract.positions("Corlan Foods has hired Ines Varga, chief executive of snack maker Brindle, as its next "
                + "chief executive.");
        assertTrue(Extract.hasPosition(p, "Ines Varga", "Corlan Foods", "ceo", INCOMING), p.toString());
        assertFalse(Extract.hasPosition(p, "Ines Varga", "Brindle", "ceo", INCOMING), p.toString());
        p = Extract.positions("Marrow Bank appointed Tom Ashe, Kestrel Insurance's finance chief, as its new chief financial officer.");
        assertTrue(Extract.hasPosition(p, "Tom Ashe", "Marrow Bank", "cfo", null), p.toString());
    }

    @Test
    void aPersonLeavingACompanyEndsTheRolesThere() {
        List<Position> p = Extract.positions("Lena Fors, the chief operating officer of Dunmore Retail, is joining Halvard as its chief "
                + "executive. Fors will leave Dunmore Retail at the end of March.");
        assertTrue(Extract.hasPosition(p, "Lena Fors", "Dunmore Retail", "coo", FORMER), p.toString());
    }

    @Test
    void aRoleEffectiveWhenSomeoneLeavesHasNotStarted() {
        List<Position> p = Extract.positions("Pellam Group said its board had named treasurer Omar Reyes as interim chief executive, "
                + "effective once Dana Holt departs.");
        assertTrue(Extract.hasPosition(p, "Omar Reyes", "Pellam Group", "interim ceo", INCOMING), p.toString());
    }

    @Test
    void aPersonMoveStoryIsAboutTheCompanyItsHeadlineAndLeadOpenWith() {
        String text = "Corlan Foods hires Brindle boss Ines Varga as chief executive\n\n"
                + "Corlan Foods has hired Ines Varga, chief executive of Brindle, as its next president and chief executive.\n\n"
                + "Varga will succeed Piet Aalders, who has been chief executive of the cereal maker since 2016 and plans to retire.\n\n"
                + "Aalders will remain as an adviser until the end of the year. Varga will leave Brindle next month.\n\n"
                + "Brindle said its board had chosen finance chief Rosa Kim as interim CEO. Before Brindle, Varga worked at Ostrava Mills.";
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Piet Aalders", "Corlan Foods", "ceo", FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Piet Aalders", "Corlan Foods", "adviser", null), p.toString());
        assertFalse(p.stream().anyMatch(v -> v.person().name().equals("Piet Aalders") && v.organization().name().equals("Brindle")),
                p.toString());
    }

    @Test
    void walkingAwayFromACombinationEndsTheDealNotASupply() {
        String text = "As part of the deal, Harlow Systems walked away from its planned combination with valve maker Grendon.";
        List<Acquisition> a = Extract.acquisitions(text);
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Harlow Systems") && v.target().name().equals("Grendon")
                && v.status() == DealStatus.FAILED), a.toString());
        assertTrue(Extract.clients(text).isEmpty(), Extract.clients(text).toString());
    }

    @Test
    void thePredecessorWhoSteppedDownLeftTheRole() {
        List<Position> p = Extract.positions("\"We will move fast,\" said Aiko Mori, who took over as chief executive of Tenzan Motors "
                + "in March after her predecessor Kenji Abe stepped down.");
        assertTrue(Extract.hasPosition(p, "Kenji Abe", "Tenzan Motors", "ceo", FORMER), p.toString());
    }

    @Test
    void anInvestmentByACompanyIsInTheCompanyTheSentenceIsAbout() {
        List<Investment> i = Extract.investments("Voltra Chips delayed its listing during a review of an investment by Qasr Holdings, the "
                + "Gulf conglomerate that is also its biggest customer.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Qasr Holdings") && v.investee().name().equals("Voltra Chips")),
                i.toString());
        List<ClientRelationship> c = Extract.clients("Voltra Chips delayed its listing during a review of an investment by Qasr Holdings, "
                + "the Gulf conglomerate that is also its biggest customer.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Qasr Holdings") && v.supplier().name().equals("Voltra Chips")),
                c.toString());
    }

    @Test
    void sellingAQuantityToACompanyUnderAnAgreementWorthAnAmount() {
        List<ClientRelationship> c = Extract.clients("Norgrid Power will sell about 800 megawatts of electricity from its wind farms to "
                + "Solano Data under a 15-year contract valued at $6 billion.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Solano Data") && v.supplier().name().equals("Norgrid Power")
                && v.value() != null && Math.abs(v.value().value().doubleValue() - 6e9) < 1), c.toString());
        c = Extract.clients("Ferrow Mining sold 2 million tonnes of ore to Castell Steel last year.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Castell Steel") && v.supplier().name().equals("Ferrow Mining")),
                c.toString());
    }

    @Test
    void whoCoFoundedTheCompanyAndServesAsItsChairAndChiefExecutive() {
        List<Position> p = Extract.positions("Payrix agreed to be acquired by Orbel Capital. Nadia Sato, who started Payrix in 2009 "
                + "and still serves as its chair and chief executive, will stay on.");
        assertTrue(Extract.hasPosition(p, "Nadia Sato", "Payrix", "chairman", CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Nadia Sato", "Payrix", "ceo", CURRENT), p.toString());
    }

    @Test
    void whatACompanyInvestsInIsNotItself() {
        List<Investment> i = Extract.investments("Payrix agrees to be taken private by Orbel Capital\n\nPayrix agreed to be acquired by "
                + "Orbel Capital for $2 billion. Payrix shareholders will get $20 a share. A fund managed by Tamsin Partners will take a "
                + "minority stake in the business alongside Orbel.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Tamsin Partners") && v.investee().name().equals("Payrix")),
                i.toString());
        assertFalse(i.stream().anyMatch(v -> v.investor().name().equals("Payrix")), i.toString());
    }

    @Test
    void anAttributionsDescriptorIsTheSentencesSubject() {
        var x = Extract.of("Corlan Foods has hired Ines Varga, chief executive of Brindle, as its next chief executive, the cereal maker "
                + "said on Monday. Varga will leave Brindle in June.");
        assertTrue(Extract.hasPosition(Extract.positions("Corlan Foods has hired Ines Varga, chief executive of Brindle, as its next chief "
                + "executive, the cereal maker said on Monday."), "Ines Varga", "Corlan Foods", "ceo", INCOMING), x.facts().toString());
    }

    @Test
    void aHyphenedKindOfFirmOpeningTheSentenceIsNoName() {
        var x = Extract.of("Venture-capital firm Orrin Partners agreed on Monday to buy Quillon.");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().startsWith("Venture")), x.entities().toString());
        List<Acquisition> a = Extract.acquisitions("Venture-capital firm Orrin Partners agreed on Monday to buy Quillon.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Orrin Partners") && v.target().name().equals("Quillon")), a.toString());
    }

    @Test
    void aProductNounBeforeMakerDescribesTheName() {
        List<Acquisition> a = Extract.acquisitions("Harlow Systems completed its takeover of valve maker Grendon on Friday.");
        assertEquals(1, a.stream().filter(v -> v.target().name().equals("Grendon")).count(), a.toString());
        // ... but after another name and its comma, the phrase describes that name, which the one after it bought
        a = Extract.acquisitions("The deal adds to Brisk Medical, the heart valve maker Ostia Health bought in 2021 for $3 billion.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Ostia Health") && v.target().name().equals("Brisk Medical")),
                a.toString());
    }
}
