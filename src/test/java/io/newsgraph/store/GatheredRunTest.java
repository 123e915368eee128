package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.document.Article;
import io.newsgraph.document.ArticleReader;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.rdf.ExtractionMapper;
import io.newsgraph.source.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large run's batches gathered into one transaction: invisible to readers until the run ends,
 * all there after it with the consensus a fresh computation gives, and on failure gone without
 * touching what was stored before the run.
 */
class GatheredRunTest {
    @TempDir
    Path tmp;

    private final Extractor extractor = RuleBasedExtractor.standard();
    private final ExtractionMapper mapper = new ExtractionMapper(extractor.name());
    private final ArticleReader reader = new ArticleReader();
    /** The store's writes of a run happen on one thread, as in ingest. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        writer.shutdownNow();
    }

    private Pair<String, Graph> graph(String name, String text) throws Exception {
        Article a = reader.read(new RawArticle("/written/" + name, text.getBytes(StandardCharsets.UTF_8), null));
        return Pair.create(ExtractionMapper.graphName(a), mapper.toGraph(extractor.extract(a)));
    }

    private void onWriter(Runnable r) throws Exception {
        writer.submit(r).get();
    }

    @Test
    void batchesOfARunAreSeenTogetherWhenItEndsWithTheSummaryComputedAfresh() throws Exception {
        List<Pair<String, Graph>> first = List.of(
                graph("a.txt", " date 2026-05-04\nTarnwell Logistics will cut about 1,400 jobs, or 9% of its staff."),
                graph("b.txt", " date 2026-05-05\nTarnwell Logistics is laying off more than 1,400 workers."));
        List<Pair<String, Graph>> second = List.of(
                graph("c.txt", " date 2026-05-06\nTarnwell Logistics said it would eliminate 1,700 jobs."),
                graph("d.txt", " date 2026-05-07\nBrightline Robotics named Maria Okafor chief executive."));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            onWriter(() -> store.beginRun(GraphStore.RUN_GATHERS));
            onWriter(() -> store.replace(first));
            onWriter(() -> store.replace(second));
            assertEquals(0, store.articleCount(), "a reader sees nothing of the run before it ends");
            onWriter(() -> store.endRun(true));
            assertEquals(4, store.articleCount());
            store.settleConsensus();
            Txn.executeRead(store.dataset(), () -> {
                Graph stored = Consensus.stored(store.dataset());
                assertTrue(stored.isIsomorphicWith(Consensus.expected(store.dataset())), () -> "summary:\n" + stored);
                assertTrue(stored.size() > 0, "the layoff three articles state is summarised");
            });
        }
    }

    @Test
    void aRunThatFailsLeavesWhatWasStoredBeforeItAndNothingOfItsOwn() throws Exception {
        Pair<String, Graph> before = graph("before.txt", " date 2026-05-01\nCorvane Systems raised $40 million from Halden Ventures.");
        Pair<String, Graph> during = graph("during.txt", " date 2026-05-02\nCorvane Systems will cut 120 jobs.");
        Path dir = tmp.resolve("store");
        try (GraphStore store = GraphStore.open(dir)) {
            store.replace(List.of(before));
            onWriter(() -> store.beginRun(GraphStore.RUN_GATHERS));
            onWriter(() -> store.replace(List.of(during)));
            onWriter(() -> store.endRun(false));
            assertEquals(1, store.articleCount());
        }
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(1, store.articleCount(), "after reopening too");
            assertEquals(before.getRight().size(), Txn.calculateRead(store.dataset(), () ->
                    store.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(before.getLeft())).size()));
            // and the store takes writes again, in a run or not
            onWriter(() -> store.beginRun(GraphStore.RUN_GATHERS));
            onWriter(() -> store.replace(List.of(during)));
            onWriter(() -> store.endRun(true));
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void anotherThreadWritingDuringARunWaitsForItAndThenLandsInItsOwnTransaction() throws Exception {
        Pair<String, Graph> gathered = graph("gathered.txt", " date 2026-05-02\nCorvane Systems will cut 120 jobs.");
        Pair<String, Graph> posted = graph("posted.txt", " date 2026-05-03\nHalden Ventures invested $5 million in Pellow Labs.");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            onWriter(() -> store.beginRun(GraphStore.RUN_GATHERS));
            onWriter(() -> store.replace(List.of(gathered)));
            java.util.concurrent.Future<?> post = other.submit(() -> store.replace(List.of(posted)));
            Thread.sleep(300);
            assertFalse(post.isDone(), "one writer at a time: the posted article waits for the run");
            onWriter(() -> store.endRun(false));
            post.get();
            assertEquals(1, store.articleCount(), "the run was dropped, the posted article stored");
            assertEquals(1, Txn.calculateRead(store.dataset(), () ->
                    store.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(posted.getLeft())).isEmpty() ? 0 : 1));
        } finally {
            other.shutdownNow();
        }
    }
}
