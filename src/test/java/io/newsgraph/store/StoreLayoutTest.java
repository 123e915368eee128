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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store keeps four quad indexes (GSPO and the three ending in G), keeps them through
 * reopening and compaction, and answers the same queries; a store made with TDB2's default six
 * (an earlier build's) opens with its six untouched.
 */
class StoreLayoutTest {
    @TempDir
    Path tmp;

    private final Extractor extractor = RuleBasedExtractor.standard();
    private final ExtractionMapper mapper = new ExtractionMapper(extractor.name());
    private final ArticleReader reader = new ArticleReader();

    private Pair<String, Graph> graph(String name, String text) throws Exception {
        Article a = reader.read(new RawArticle("/written/" + name, text.getBytes(StandardCharsets.UTF_8), null));
        return Pair.create(ExtractionMapper.graphName(a), mapper.toGraph(extractor.extract(a)));
    }

    /** The quad indexes whose files the store's current storage folder holds. */
    private static Set<String> quadIndexFiles(Path store) throws IOException {
        Path data;
        try (Stream<Path> s = Files.list(store)) {
            data = s.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(data)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("[GSPO]{4}\\.dat"))
                    .forEach(n -> names.add(n.substring(0, 4)));
        }
        return names;
    }

    private static List<String> layoffs(GraphStore store) {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?org ?count ?g WHERE { GRAPH ?g { ?f a ng:Layoff ; ng:organization ?o ; ng:count ?count . "
                + "?o skos:prefLabel ?org } } ORDER BY ?g";
        return store.query(QueryFactory.create(q), java.util.Map.of(), 10_000, qe -> {
            List<String> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(r -> rows.add(r.get("org") + " " + r.get("count").asLiteral().getLong()));
            return rows;
        });
    }

    /** Quads of one article graph, read through the pattern GPOS would have served (graph and property known). */
    private static long sourcesInGraph(GraphStore store, String graph) {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph
                + "> { ?a ng:source ?s } }";
        return store.query(QueryFactory.create(q), java.util.Map.of(), 10_000,
                qe -> qe.execSelect().next().get("n").asLiteral().getLong());
    }

    @Test
    void aNewStoreKeepsFourQuadIndexesThroughReopeningAndCompaction() throws Exception {
        Path dir = tmp.resolve("store");
        var a = graph("a.txt", " date 2026-05-04\nTarnwell Logistics will cut about 1,400 jobs, or 9% of its staff.");
        var b = graph("b.txt", " date 2026-05-05\nBrackenridge Foods is laying off 250 workers.");
        try (GraphStore store = GraphStore.open(dir)) {
            store.replace(List.of(a));
            assertEquals(Set.of("GSPO", "SPOG", "POSG", "OSPG"), quadIndexFiles(dir));
            assertEquals(List.of("Tarnwell Logistics 1400"), layoffs(store));
        }
        try (GraphStore store = GraphStore.open(dir)) {
            store.replace(List.of(b));
            store.compact();
            // TDB2's compaction writes its default six into the new storage ...
            assertTrue(quadIndexFiles(dir).contains("GPOS"), quadIndexFiles(dir).toString());
            assertEquals(2, layoffs(store).size());
        }
        try (GraphStore store = GraphStore.open(dir)) {
            // ... which the next opening prunes to the configured four, with nothing lost.
            assertEquals(Set.of("GSPO", "SPOG", "POSG", "OSPG"), quadIndexFiles(dir));
            assertEquals(List.of("Tarnwell Logistics 1400", "Brackenridge Foods 250").stream().sorted().toList(),
                    layoffs(store).stream().sorted().toList());
            assertEquals(1, sourcesInGraph(store, a.getLeft()));
            store.remove(a.getLeft());
            assertEquals(List.of("Brackenridge Foods 250"), layoffs(store));
            assertEquals(0, sourcesInGraph(store, a.getLeft()));
        }
    }

    @Test
    void aStoreMadeWithTheDefaultSixIndexesKeepsThem() throws Exception {
        Path dir = tmp.resolve("old");
        Files.createDirectories(dir);
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(plain, () -> { });
        plain.close();
        TDBInternal.expel(plain);
        Set<String> six = Set.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
        assertEquals(six, quadIndexFiles(dir));
        try (GraphStore store = GraphStore.open(dir)) {
            store.replace(List.of(graph("a.txt", " date 2026-05-04\nTarnwell Logistics will cut about 1,400 jobs.")));
            assertEquals(List.of("Tarnwell Logistics 1400"), layoffs(store));
        }
        assertEquals(six, quadIndexFiles(dir));
        assertFalse(Files.exists(dir.resolve("tdb.cfg")));
    }
}
