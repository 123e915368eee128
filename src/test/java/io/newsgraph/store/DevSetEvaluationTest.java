package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsgraph.eval.GoldEvaluation;
import io.newsgraph.eval.StoreFacts;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.Inputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality on the real articles of the shared dev set, read from ../shared/eval/dev where it exists
 * (a fresh clone has no ../shared: the test is then skipped). The bar is the issue's: F1 >= 0.85.
 */
class DevSetEvaluationTest {
    private static final Path DEV = Path.of("..", "shared", "eval", "dev");

    @TempDir
    Path tmp;

    @Test
    void devSetScoresAtLeastTheTarget() {
        assumeTrue(Files.isDirectory(DEV.resolve("gold")), "no shared dev set at " + DEV.toAbsolutePath() + "; skipped");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"));
             Ingestion ingestion = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
            ingestion.ingest(Inputs.defaults().expand(List.of(DEV.resolve("articles").toString())), line -> { });
            GoldEvaluation.Report report = new GoldEvaluation().evaluate(DEV.resolve("gold"), new StoreFacts(store));
            System.out.print(report.format(false));
            assertTrue(report.overallF1() >= 0.85, "overall F1 " + report.overallF1());
        }
    }
}
