package io.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.document.ArticleReader;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.FileSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Whole articles written for this test in the shape real pages have (section labels, bylines,
 * share bars, "Key Takeaways", tickers, side stories, teasers, sign-up boxes), other companies and
 * other wordings than the dev set, scored with the gold evaluation. A stand-in for unseen news.
 */
class WrittenArticlesEvaluationTest {
    private static final Path SET = Path.of("src", "test", "resources", "io", "newsgraph", "eval", "written");

    @Test
    void writtenArticlesScoreHigh() throws Exception {
        ExtractedFacts facts = new ExtractedFacts();
        ArticleReader reader = new ArticleReader();
        for (String path : GoldEvaluation.readGold(SET.resolve("gold")).keySet()) {
            facts.add(RuleBasedExtractor.standard().extract(reader.read(new FileSource(Path.of(path), 1 << 24).read())));
        }
        GoldEvaluation.Report r = new GoldEvaluation().evaluate(SET.resolve("gold"), facts);
        assertTrue(r.overallF1() >= 0.95, "overall F1 " + r.overallF1() + "\n" + r.format(true));
        assertTrue(r.attributeAccuracy() >= 0.95, "attributes " + r.attributeAccuracy() + "\n" + r.format(true));
    }
}
