package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.bench.ArticleGenerator;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.ArticleSource;
import io.newsgraph.source.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packing a closed store's indexes keeps every quad and every answer, takes less space, leaves a
 * store that takes new articles and packs again; an unfinished packing ("Data-NNNN-tmp", what a
 * crash in the middle leaves) is never what the store opens.
 */
class IndexPackerTest {
    @TempDir
    Path tmp;

    private static List<ArticleSource> generated(long seed, int n) {
        List<ArticleSource> out = new ArrayList<>();
        for (ArticleGenerator.GeneratedArticle a : new ArticleGenerator(seed, 60).generate(n)) {
            out.add(new ArticleSource() {
                @Override
                public String location() {
                    return "generated:" + seed + ":" + a.name();
                }

                @Override
                public RawArticle read() {
                    return new RawArticle(location(), a.content().getBytes(StandardCharsets.UTF_8),
                            a.name().endsWith(".html") ? "text/html" : "text/plain");
                }
            });
        }
        return out;
    }

    private static void ingest(Path dir, List<ArticleSource> articles) throws Exception {
        try (GraphStore store = GraphStore.open(dir);
                Ingestion i = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
            i.ingest(articles, line -> { });
        }
    }

    /** Every quad of the store, one line each, sorted: what packing must keep exactly. */
    private static List<String> everything(Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            return store.query(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"), Map.of(),
                    10_000_000, qe -> {
                        List<String> rows = new ArrayList<>();
                        qe.execSelect().forEachRemaining(r -> rows.add(r.get("g") + " " + r.get("s") + " " + r.get("p") + " " + r.get("o")));
                        return rows;
                    });
        }
    }

    private static List<String> page(Path dir, String query) throws java.io.IOException {
        try (GraphStore store = GraphStore.open(dir)) {
            return store.query(QueryFactory.create(NamedQueries.load(query)), Map.of(), 100_000, qe -> {
                List<String> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(r -> rows.add(r.toString()));
                return rows;
            });
        }
    }

    @Test
    void packingKeepsEveryQuadAndAnswerInLessSpace() throws Exception {
        Path dir = tmp.resolve("store");
        ingest(dir, generated(3, 1200));
        List<String> quads = everything(dir);
        List<String> layoffs = page(dir, "layoffs");
        Path before = IndexPacker.latestDataDir(dir);

        IndexPacker.Result r = GraphStore.pack(dir, line -> { });

        Path after = IndexPacker.latestDataDir(dir);
        assertNotEquals(before, after);
        assertFalse(Files.exists(before), "the old storage folder is deleted");
        assertTrue(r.bytesAfter() < r.bytesBefore(), r.toString());
        assertEquals(quads, everything(dir));
        assertEquals(layoffs, page(dir, "layoffs"));
        try (var files = Files.list(after)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().matches("(GPOS|GOSP)\\..*")), "only the layout's four quad indexes");
        }

        // a packed store takes new articles (full blocks split as any other) and packs again
        ingest(dir, generated(5, 300));
        List<String> more = everything(dir);
        assertTrue(more.size() > quads.size());
        GraphStore.pack(dir, line -> { });
        assertEquals(more, everything(dir));
    }

    @Test
    void anUnfinishedPackingIsNeverOpened() throws Exception {
        Path dir = tmp.resolve("store");
        ingest(dir, generated(7, 200));
        List<String> quads = everything(dir);
        // what a crash in the middle of a packing leaves: a numbered "-tmp" folder with part of the files
        Path stale = Files.createDirectories(dir.resolve("Data-0099-tmp"));
        Files.writeString(stale.resolve("GSPO.dat"), "partial");
        assertEquals(quads, everything(dir));
        GraphStore.pack(dir, line -> { });
        assertEquals(quads, everything(dir));
    }
}
