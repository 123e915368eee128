package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text pasted from a web page keeps its bylines, teasers, share bars and sign-up boxes; a side
 * story about another company keeps its own facts. Article written by us, companies invented.
 */
class PageStructureTest {
    private static final String PAGE = """
            Corvex Semiconductor Announces Layoffs Affecting Thousands
            By Mara Lindgren Edited by Tom Achebe
            Mara Lindgren
            Senior Reporter
            Share
            Facebook Twitter LinkedIn Email
            Key Takeaways
            • Corvex will cut 9,000 jobs, about 8% of its staff.
            • The chipmaker employs roughly 110,000 people.
            Chipmaker Corvex Semiconductor said on Thursday it will cut 9,000 jobs as demand for its processors slows. \
            The Santa Clara company employs roughly 110,000 people worldwide.
            Elsewhere in tech, game studio Lumenfall said it would lay off 120 workers. The studio has about 1,300 \
            employees, and its chief executive Rosa Quint said the cuts were painful.
            Read more: Halvard Motors to cut 2,000 jobs at its German plants
            Sign up for our newsletter to get the latest tech news.
            Photo: Dana Ruiz/Reuters
            """;

    @Test
    void bylinesFurnitureAndTitleCaseHeadlinesNameNobody() {
        Extraction x = Extract.of(PAGE);
        List<String> people = x.entities().stream().filter(e -> e.type() == io.newsgraph.model.EntityType.PERSON)
                .map(e -> e.name()).toList();
        assertTrue(people.stream().noneMatch(n -> n.contains("Lindgren") || n.contains("Achebe") || n.contains("Ruiz")
                || n.contains("Announces") || n.contains("Layoffs")), people.toString());
        for (Position p : Extract.positions(PAGE)) {
            assertTrue(p.person().name().equals("Rosa Quint"), p.toString());
        }
    }

    @Test
    void aSideStoryKeepsItsOwnFacts() {
        List<Layoff> l = Extract.layoffs(PAGE);
        Layoff corvex = l.stream().filter(x -> Long.valueOf(9000).equals(x.count())).findFirst().orElseThrow();
        assertEquals("Corvex Semiconductor", corvex.organization().name());
        assertEquals(8.0, corvex.percent());
        Layoff side = l.stream().filter(x -> Long.valueOf(120).equals(x.count())).findFirst().orElseThrow();
        assertEquals("Lumenfall", side.organization().name());
        List<Headcount> h = Extract.headcounts(PAGE);
        assertTrue(h.stream().anyMatch(x -> x.count() == 1300 && x.organization().name().equals("Lumenfall")), h.toString());
        assertTrue(h.stream().anyMatch(x -> x.count() == 110000 && x.organization().name().equals("Corvex Semiconductor")), h.toString());
        Position quint = Extract.positions(PAGE).stream().filter(p -> p.person().name().equals("Rosa Quint")).findFirst().orElseThrow();
        assertEquals("Lumenfall", quint.organization().name());
    }

    @Test
    void aTeaserGivesFactsAboutItsOwnSubjectOnly() {
        List<Layoff> l = Extract.layoffs(PAGE);
        assertTrue(l.stream().noneMatch(x -> Long.valueOf(2000).equals(x.count()) && !x.organization().name().equals("Halvard Motors")),
                l.toString());
    }

    @Test
    void classifiesLines() {
        PageStructure p = new PageStructure(Lexicon.standard());
        assertEquals(PageStructure.Role.BYLINE, p.roleOf("By Mara Lindgren and Tom Achebe"));
        assertEquals(PageStructure.Role.BYLINE, p.roleOf("Dana Ruiz/Reuters"));
        assertEquals(PageStructure.Role.TEASER, p.roleOf("Related: Halvard Motors to cut 2,000 jobs"));
        assertEquals(PageStructure.Role.FURNITURE, p.roleOf("We use cookies to improve your experience."));
        assertEquals(PageStructure.Role.FURNITURE, p.roleOf("Share"));
        assertEquals(PageStructure.Role.PROSE, p.roleOf("Share prices fell 4% after the announcement."));
        assertEquals(PageStructure.Role.PROSE, p.roleOf("Watchdogs have opened an inquiry into the deal."));
    }

    @Test
    void aNavigationMenuIsNotWhatTheArticleIsAbout() {
        Extraction x = Extract.of("""
                Grid Weekly

                  • Home
                  • Solar
                  • Storage News
                  • Utilities
                    • Utilities 100
                    • 2024 Utilities 100
                  • Podcast

                Sunmere names new chief

                The Oregon-based company, with former Voltra executive Dana Kim at the helm, plans to double output. \
                Sunmere said Dana Kim took over on Monday.
                """);
        List<io.newsgraph.model.Position> p = x.facts().stream().filter(io.newsgraph.model.Position.class::isInstance)
                .map(io.newsgraph.model.Position.class::cast).toList();
        assertTrue(p.stream().anyMatch(f -> f.person().name().equals("Dana Kim") && f.organization().name().equals("Sunmere")
                && f.title().equals("ceo")), p.toString());
        assertTrue(p.stream().noneMatch(f -> f.organization().name().contains("Utilities")), p.toString());
        java.util.Set<Integer> menu = PageStructure.menuLines("""
                Key takeaways
                • Veltra cuts 2,300 jobs
                • Shares fell 4% on Monday
                • The union objects strongly
                • More cuts may follow soon
                """);
        assertTrue(menu.isEmpty(), "takeaway bullets are prose: " + menu);
    }
}
