package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-fourth written set (issue 10), in sentences of our own: a brand named with
 * an honorific ("Dr."), a brand's own "'s", a legal-suffixed name beside a longer one; a gap that
 * stops at another company's pronoun; a particle name with an unknown given name; backers named
 * after "financed by investments from"; "heads X as CEO of Y"; "its largest shareholder, X"; brands
 * and a second verb before a workforce; a clause holding a person before a workforce; a succession
 * from a co-founder; a board role kept; a role "at X" with a function in it; retailers listed.
 */
class FortyFourthSetWordingTest {

    private static List<String> names(Extraction x) {
        return x.entities().stream().map(Entity::name).toList();
    }

    @Test
    void aBrandNamedWithAnHonorificAndAPersonCalledByOne() {
        Extraction x = Extract.of("Castell Homes has agreed to buy Mr. Plumbright, a home repair chain, for $300 million. Elon Musk "
                + "did not comment, and Mr. Musk's companies were not involved.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Acquisition a && a.target().name().equals("Mr. Plumbright")), x.facts().toString());
        assertFalse(names(x).contains("Mr. Musk"), names(x).toString());
    }

    @Test
    void aBrandsOwnPossessiveAndALegalNameBesideALongerOne() {
        List<Acquisition> a = Extract.acquisitions("Harwick Foods bought Lena's Bakery and the manufacturer Bakery Inc. in 2021 for a combined "
                + "$900 million.");
        assertTrue(a.stream().anyMatch(x -> x.target().name().equals("Lena's Bakery")), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.target().name().equals("Bakery")), a.toString());
    }

    @Test
    void aGapStopsAtAnotherCompanysPronoun() {
        List<Layoff> l = Extract.facts("The deal follows Orrin Brands' plan to sell its snacks arm, which includes Crispo and Fennel, and comes "
                + "weeks after the company said it would cut 900 jobs.", Layoff.class);
        assertTrue(l.stream().noneMatch(x -> x.organization().name().equals("Fennel")), l.toString());
    }

    @Test
    void aParticleNameWithAGivenNameTheLexiconLacks() {
        List<Position> p = Extract.positions("Corvane chief executive Aurelio van Dijkhuizen has stepped down.");
        assertTrue(Extract.hasPosition(p, "Aurelio van Dijkhuizen", "Corvane", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void backersAfterFinancedByInvestmentsFrom() {
        List<Investment> i = Extract.investments("Brightline Retail said it had completed its purchase of Harlow & Finch. The acquisition "
                + "was funded in part by minority investments from Castor Capital and Ostrava Group.");
        assertTrue(Extract.hasInvestment(i, "Castor Capital", "Brightline Retail"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Ostrava Group", "Brightline Retail"), i.toString());
    }

    @Test
    void headsTheBusinessAsChiefOfANamedCompany() {
        List<Position> p = Extract.positions("Lena Quist, formerly chief executive of Delvin, heads the merged group as CEO of Harwick Fennel.");
        assertTrue(Extract.hasPosition(p, "Lena Quist", "Harwick Fennel", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Lena Quist", "Delvin", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void itsLargestShareholderInAnApposition() {
        List<Investment> i = Extract.investments("Orrin Appliances cut its forecast. The company also said its largest shareholder, Marlow "
                + "Holdings, the Ostrava family's investment company, had backed the plan.");
        assertTrue(Extract.hasInvestment(i, "Marlow Holdings", "Orrin Appliances"), i.toString());
    }

    @Test
    void brandsAndASecondVerbBeforeAWorkforce() {
        List<Headcount> h = Extract.headcounts("Orrin Appliances, which sells ovens under the Kelda, Brio and Vanto brands, employed about "
                + "31,000 people at the end of last year. Sundale generates revenue of about $400 million and employs about 1,200 people.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Orrin Appliances") && x.count() == 31_000), h.toString());
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Sundale") && x.count() == 1_200), h.toString());
        assertFalse(h.stream().anyMatch(x -> x.organization().name().equals("Kelda")), h.toString());
    }

    @Test
    void aClauseHoldingAPersonBeforeAWorkforce() {
        Extraction x = Extract.of("Pellow Foods, which is looking for a new finance chief after firing Dana Reyes, employs 9,000 people.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Headcount h && h.count() == 9_000), x.facts().toString());
        List<Position> p = Extract.facts(x, Position.class);
        assertTrue(Extract.hasPosition(p, "Dana Reyes", "Pellow Foods", "cfo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aSuccessionFromACoFounder() {
        List<Position> p = Extract.positions("Pellow chief executive Risa Tan, who took over in 2021 from co-founder Omar Velez, said sales "
                + "rose.");
        assertTrue(Extract.hasPosition(p, "Omar Velez", "Pellow", "ceo", PositionStatus.FORMER), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.person().name().equals("Risa Tan") && x.title().contains("founder")), p.toString());
    }

    @Test
    void aBoardRoleKeptAndARoleAtACompanyWithAFunctionInIt() {
        List<Position> p = Extract.positions("Mara Ortiz, who has led Brightdesk since 2020, will remain chair of the board. At Corvane she "
                + "will serve as head of Engineering, reporting to chief executive Omar Velez.");
        assertTrue(Extract.hasPosition(p, "Mara Ortiz", "Brightdesk", "chairman", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Mara Ortiz", "Corvane", "head of engineering", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Omar Velez", "Corvane", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void retailersListedAsClients() {
        List<ClientRelationship> c = Extract.clients("Pellow Snacks sells its crisps in supermarkets such as Tesco and Aldi.");
        assertTrue(Extract.hasClient(c, "Tesco", "Pellow Snacks", null) && Extract.hasClient(c, "Aldi", "Pellow Snacks", null), c.toString());
    }
}
