package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.document.Article;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code extract --explain} shows the reading extraction uses: the same topic (teasers and bylines do not count) and
 * each sentence's page role where it is not the story's prose.
 */
class ExplainTest {

    @Test
    void explainShowsTheTopicExtractionUsesAndMarksTeasers() {
        String text = "Kelder Motors will cut 900 jobs\n\nKelder Motors said on Monday it would cut 900 jobs.\n\n"
                + "Read more: Orbitron profit rises\nRead more: Orbitron hires new CFO\nRead more: Orbitron opens plant\n"
                + "Read more: Orbitron shares jump\n";
        Article a = new Article("test", "/tmp/test-article.txt", null, "2025-07-18", null, null, text, "0".repeat(64), "text");
        List<String> lines = RuleBasedExtractor.standard().explain(a);
        List<Layoff> l = Extract.layoffs(text);
        assertEquals("Kelder Motors", l.get(0).organization().name());
        assertEquals("topic: Kelder Motors", lines.get(0));
        assertTrue(lines.stream().anyMatch(x -> x.contains("(teaser)") && x.contains("read more")), lines.toString());
    }
}
