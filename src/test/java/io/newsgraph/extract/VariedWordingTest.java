package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole articles in other industries and wordings than the Scale AI story (written by us), with
 * companies no lexicon lists: the rules must generalise beyond the dev set's sentences.
 */
class VariedWordingTest {

    private static <T> List<T> of(Extraction x, Class<T> type) {
        return x.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void fintechArticleWithUnlistedCompany() {
        Extraction x = Extract.of("""
                Lindqvist Pay trims workforce as automation spreads

                Swedish fintech Lindqvist Pay has reduced its headcount by 22% over the past year, chief executive \
                Elin Borg told reporters. The Stockholm-based company now has about 3,800 employees, down from 5,000.

                Lindqvist Pay, backed by Sequoia Capital, raised $800 million in 2022.
                """);
        Layoff l = of(x, Layoff.class).get(0);
        assertEquals("Lindqvist Pay", l.organization().name());
        assertEquals(22.0, l.percent());
        Position ceo = of(x, Position.class).get(0);
        assertEquals("Elin Borg", ceo.person().name());
        assertEquals("Lindqvist Pay", ceo.organization().name());
        assertEquals("ceo", ceo.title());
        Headcount h = of(x, Headcount.class).get(0);
        assertEquals(3800, h.count());
        assertEquals("Lindqvist Pay", h.organization().name());
        assertEquals("Sequoia Capital", of(x, Investment.class).get(0).investor().name());
    }

    @Test
    void fundingRoundWithLeadAndParticipants() {
        Extraction x = Extract.of("Defense startup Varga Systems GmbH has secured €450 million in a funding round led by "
                + "Harbor Ventures, with participation from Oakline Capital and Accel.");
        Set<String> investors = of(x, Investment.class).stream().map(i -> i.investor().name()).collect(Collectors.toSet());
        assertEquals(Set.of("Harbor Ventures", "Oakline Capital", "Accel"), investors);
        of(x, Investment.class).forEach(i -> assertEquals("EUR", i.amount().currency()));
    }

    @Test
    void aFormerRoleElsewhereDoesNotMakeTheNewRoleFormer() {
        List<Position> ps = of(Extract.of("Former Google executive Jane Fraser was named chief operating officer of Varga Systems."),
                Position.class);
        Position coo = ps.stream().filter(p -> p.title().equals("coo")).findFirst().orElseThrow(() -> new AssertionError(ps));
        assertEquals("Varga Systems", coo.organization().name());
        assertEquals(PositionStatus.CURRENT, coo.status());
        Position google = ps.stream().filter(p -> p.organization().name().equals("Google")).findFirst().orElseThrow();
        assertEquals(PositionStatus.FORMER, google.status());
    }

    @Test
    void pharmaDealAndWorkforceNumbers() {
        Extraction x = Extract.of("""
                Corvane Therapeutics said on Monday it would acquire Seabright Bio for about $4.3 billion in cash.
                Corvane, which employs roughly 8,300 people worldwide, cut 500 jobs in Ireland last year.
                """);
        Acquisition a = of(x, Acquisition.class).get(0);
        assertEquals("Corvane Therapeutics", a.acquirer().name());
        assertEquals("Seabright Bio", a.target().name());
        assertEquals(DealStatus.ANNOUNCED, a.status());
        assertEquals(8300, of(x, Headcount.class).get(0).count());
        Layoff l = of(x, Layoff.class).get(0);
        assertEquals(500L, l.count());
        assertEquals("Corvane Therapeutics", l.organization().name());
    }

    @Test
    void longNameAndItsShortFormAreOneOrganization() {
        Extraction x = Extract.of("Greenleaf Pharmacy Group announced it will cut about 4,000 positions. "
                + "Tim Wentworth, who became CEO of Greenleaf in 2023, is under pressure.");
        Position p = of(x, Position.class).get(0);
        Layoff l = of(x, Layoff.class).get(0);
        assertEquals(l.organization(), p.organization());
        assertTrue(p.organization().aliases().contains("Greenleaf"));
    }

    @Test
    void relativeClausesDescriptorsAndAmpersandNames() {
        Extraction x = Extract.of("""
                Northbeam Energy named Rebecca Stroud its chief executive on Monday.
                Northbeam, which has roughly 6,700 employees, agreed last month to buy rival Westmark Petroleum.
                Bellway Partners said it had acquired a 30% stake in Marlow & Finch for £180 million.
                """);
        Acquisition a = of(x, Acquisition.class).get(0);
        assertEquals("Northbeam Energy", a.acquirer().name());
        assertEquals("Westmark Petroleum", a.target().name());
        Investment i = of(x, Investment.class).get(0);
        assertEquals("Marlow & Finch", i.investee().name());
        assertEquals("GBP", i.amount().currency());
        assertEquals(30.0, i.stakePercent());
    }

    @Test
    void foundersListsAndRoundParticipants() {
        Extraction x = Extract.of("""
                AI chip startup Quanta Forge raises $250M

                Quanta Forge said Tuesday it has raised $250 million in a Series C round led by Fidelity.
                Existing backers Intel Capital and Samsung Catalyst Fund also participated, the company said.
                The startup, founded in 2021 by former Nvidia engineers Ravi Menon and Lucas Berg, counts Microsoft and Oracle among its customers.
                """);
        Set<String> investors = of(x, Investment.class).stream().map(i -> i.investor().name()).collect(Collectors.toSet());
        assertEquals(Set.of("Fidelity", "Intel Capital", "Samsung Catalyst Fund"), investors);
        of(x, Investment.class).forEach(i -> assertEquals("Quanta Forge", i.investee().name()));
        // founded by two people: each is a co-founder
        Set<String> founders = of(x, Position.class).stream().filter(p -> p.title().equals("co-founder"))
                .map(p -> p.person().name()).collect(Collectors.toSet());
        assertEquals(Set.of("Ravi Menon", "Lucas Berg"), founders);
        var clients = of(x, io.newsgraph.model.ClientRelationship.class);
        assertEquals(2, clients.size(), clients::toString);
        clients.forEach(c -> assertEquals("Quanta Forge", c.supplier().name()));
        clients.forEach(c -> assertTrue(c.status() != io.newsgraph.model.ClientStatus.ENDED, "a former job of a founder ends no contract"));
    }

    @Test
    void marketNoiseGivesNoFactsButRelativeClausesDo() {
        Extraction x = Extract.of("""
                Shares of Lumina Health fell 5% on Tuesday after the company missed estimates, analysts at Morgan Stanley said.
                Tech layoffs across the industry totaled more than 50,000 in the first quarter, according to a tracking site.
                Microsoft, which has invested more than $13 billion in OpenAI, said its cloud revenue rose 20%.
                The deal values Brightwave Media at $2 billion, including debt.
                If the merger goes ahead, Ridgeline Foods would employ about 40,000 people.
                Ridgeline Foods is not expected to cut jobs, a spokesperson said.
                """);
        assertTrue(of(x, Layoff.class).isEmpty(), () -> of(x, Layoff.class).toString());
        assertTrue(of(x, Headcount.class).isEmpty(), "a hypothetical workforce is no headcount");
        List<Investment> inv = of(x, Investment.class);
        assertEquals(1, inv.size(), inv::toString);
        assertEquals("Microsoft", inv.get(0).investor().name());
        assertEquals("OpenAI", inv.get(0).investee().name());
        assertTrue(of(x, Acquisition.class).isEmpty());
    }
}
