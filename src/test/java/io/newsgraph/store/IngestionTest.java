package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.Inputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
    @TempDir
    Path tmp;

    private static final Inputs INPUTS = new Inputs(10_000_000, Duration.ofSeconds(5), new ByteArrayInputStream(new byte[0]));

    private IngestReport ingest(GraphStore store, String... inputs) {
        try (Ingestion i = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
            return i.ingest(INPUTS.expand(List.of(inputs)), line -> { });
        }
    }

    private static long count(GraphStore store, String sparql) {
        Dataset ds = DatasetFactory.wrap(store.dataset());
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void reingestingUnchangedArticlesSkipsThemAndChangedOnesReplaceTheirGraph() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "Meta invested $14.3 billion in Scale AI for a 49% stake.");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            assertEquals(1, ingest(store, article.toString()).storedCount());
            IngestReport again = ingest(store, article.toString());
            assertEquals(0, again.storedCount());
            assertEquals(1, again.unchangedCount());
            Files.writeString(article, "Meta invested $15 billion in Scale AI for a 49% stake.");
            assertEquals(1, ingest(store, article.toString()).storedCount());
            String amounts = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> "
                    + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?f ng:amount/schema:value ?v } }";
            assertEquals(1, count(store, amounts), "the old amount must be gone: no duplicates after re-ingest");
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void oneBadArticleDoesNotStopTheOthers() throws Exception {
        Files.writeString(tmp.resolve("good.txt"), "Acme Robotics laid off 35 employees on Tuesday, the company said.");
        Files.write(tmp.resolve("bad.txt"), new byte[0]);
        Files.write(tmp.resolve("binary.html"), new byte[] {0, 1, 2, 3, 0, 5});
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestReport r = ingest(store, tmp.resolve("good.txt").toString(), tmp.resolve("bad.txt").toString(),
                    tmp.resolve("binary.html").toString(), tmp.resolve("missing.txt").toString(), "http://127.0.0.1:9/unreachable");
            assertEquals(5, r.readCount());
            assertEquals(1, r.storedCount());
            assertEquals(4, r.failures().size(), r.failures()::toString);
            r.failures().forEach(f -> assertEquals(1, f.lines().count()));
            assertTrue(r.failures().stream().anyMatch(f -> f.contains("bad.txt") && f.contains("empty")));
            assertTrue(r.failures().stream().anyMatch(f -> f.contains("127.0.0.1:9") && f.contains("unreachable")), r.failures()::toString);
        }
    }

    @Test
    void sampleArticlesConformToTheShapesAndExportParsesWithASecondParser() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestReport r = ingest(store, "samples");
            assertEquals(6, r.storedCount(), r.failures()::toString);
            ShapeValidation.Result v = new ShapeValidation(store).validateAll();
            assertEquals(6, v.graphs());
            assertEquals(0, v.failedGraphs(), () -> String.join("\n", v.problems()));

            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            new Exporter(store).export(Exporter.Format.TTL, ttl);
            Model parsed = Rio.parse(new ByteArrayInputStream(ttl.toByteArray()), "", RDFFormat.TURTLE);
            assertTrue(parsed.size() > 500, "merged Turtle holds the graph: " + parsed.size());

            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            new Exporter(store).export(Exporter.Format.TRIG, trig);
            Model quads = Rio.parse(new ByteArrayInputStream(trig.toByteArray()), "", RDFFormat.TRIG);
            assertEquals(8, quads.contexts().size(), "six article graphs, the ontology and the derived consensus graph");
            assertTrue(new String(trig.toByteArray(), StandardCharsets.UTF_8).contains("#char="));
        }
    }

    @Test
    void twoArticlesStatingOneInvestmentShareTheFactNode() throws Exception {
        Files.writeString(tmp.resolve("one.txt"), "Meta invested $14.3 billion in Scale AI.");
        Files.writeString(tmp.resolve("two.txt"), "Meta Platforms poured $14 billion into Scale AI last month.");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            ingest(store, tmp.toString());
            String facts = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a ng:Investment }";
            assertEquals(1, count(store, facts));
            String statements = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?f a ng:Investment } }";
            assertEquals(2, count(store, statements));
            List<String> conflicts = new ArrayList<>();
            QueryRunner q = new QueryRunner(store);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            q.run(QueryRunner.parse(NamedQueries.load("conflicting-figures"), "conflicting-figures"), java.util.Map.of(),
                    QueryRunner.Format.CSV, out, 10_000);
            out.toString(StandardCharsets.UTF_8).lines().skip(1).forEach(conflicts::add);
            assertEquals(1, conflicts.size(), conflicts::toString);
            assertTrue(conflicts.get(0).contains("14300000000") && conflicts.get(0).contains("14000000000"), conflicts.get(0));
        }
    }

    @Test
    void pendingMarksOfEitherFormAreSummarisedAndDropped() throws Exception {
        Files.writeString(tmp.resolve("one.txt"), "Meta invested $14.3 billion in Scale AI.");
        Files.writeString(tmp.resolve("two.txt"), "Meta Platforms poured $14 billion into Scale AI last month.");
        org.apache.jena.graph.Node pending = io.newsgraph.rdf.NG.term("consensusPending");
        List<org.apache.jena.graph.Node> graphs = new ArrayList<>();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            ingest(store, tmp.toString());
            org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset();
            org.apache.jena.graph.Graph expected = Txn.calculateRead(dsg, () -> Consensus.stored(dsg));
            assertTrue(expected.size() > 0);
            // as a run cut off before its summary leaves it: the summary gone, the articles marked (one batch mark
            // naming the first, and the per-article form of earlier versions for the second)
            Txn.executeWrite(dsg, () -> {
                dsg.find(Consensus.GRAPH, org.apache.jena.graph.Node.ANY, io.newsgraph.rdf.NG.consensusOf, org.apache.jena.graph.Node.ANY)
                        .forEachRemaining(q -> graphs.add(q.getSubject()));
                graphs.forEach(n -> dsg.deleteAny(Consensus.GRAPH, n, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
                List<org.apache.jena.graph.Node> articles = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (Consensus.isArticle(g)) {
                        articles.add(g);
                    }
                });
                assertEquals(2, articles.size());
                org.apache.jena.graph.Node a = articles.get(0);
                org.apache.jena.graph.Node b = articles.get(1);
                dsg.add(Consensus.GRAPH, org.apache.jena.graph.NodeFactory.createURI("urn:test:batch"), pending,
                        org.apache.jena.graph.NodeFactory.createLiteralString(a.getURI() + "\n"));
                dsg.add(Consensus.GRAPH, b, pending, b);
            });
            assertEquals(0, Txn.calculateRead(dsg, () -> Consensus.stored(dsg)).size());
        }
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> {
                assertTrue(Consensus.stored(dsg).isIsomorphicWith(Consensus.expected(dsg)));
                assertTrue(Consensus.stored(dsg).size() > 0);
                assertTrue(!dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, pending, org.apache.jena.graph.Node.ANY).hasNext(),
                        "the marks are dropped once the summary is written");
            });
        }
    }

    /**
     * A first run into an empty store summarises from what it loaded, without reading the store back;
     * a later run into the same store reads it. Both must give the summary computed afresh from the
     * article graphs, disputed figures marked and no others.
     */
    @Test
    void theSummaryOfAFirstRunEqualsTheOneReadBackFromTheStore() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("a.txt"), " date 2026-05-04\nTarnwell Logistics will cut about 1,400 jobs, or 9% of its staff.\n"
                + "Brightline Robotics named Maria Okafor chief executive.");
        Files.writeString(first.resolve("b.txt"), " date 2026-05-05\nTarnwell Logistics is laying off more than 1,400 workers.\n"
                + "Maria Okafor, the chief executive of Brightline Robotics, spoke on Monday.");
        Files.writeString(first.resolve("c.txt"), " date 2026-05-06\nTarnwell Logistics said it would eliminate 1,700 jobs.");
        Path later = Files.createDirectories(tmp.resolve("later"));
        Files.writeString(later.resolve("d.txt"), " date 2026-05-07\nTarnwell Logistics plans to cut 1,700 jobs, about 9% of its workforce.");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset();
            ingest(store, first.toString());
            Txn.executeRead(dsg, () -> {
                org.apache.jena.graph.Graph stored = Consensus.stored(dsg);
                assertTrue(stored.isIsomorphicWith(Consensus.expected(dsg)), () -> "first run:\n" + stored);
                // the count is disputed (1,400 twice, 1,700 once), the percent and the role are not
                assertEquals(2, stored.find(org.apache.jena.graph.Node.ANY, io.newsgraph.rdf.NG.disputed, org.apache.jena.graph.Node.ANY).toList().size());
                assertTrue(stored.find(org.apache.jena.graph.Node.ANY, io.newsgraph.rdf.NG.figure,
                        org.apache.jena.graph.NodeFactory.createLiteralString("status")).hasNext(), "the role two sources state");
            });
            ingest(store, later.toString());
            Txn.executeRead(dsg, () -> assertTrue(Consensus.stored(dsg).isIsomorphicWith(Consensus.expected(dsg)), "second run"));
        }
    }
}
