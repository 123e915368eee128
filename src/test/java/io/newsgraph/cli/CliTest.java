package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line, run in-process, on the sample articles. */
public class CliTest {
    @TempDir
    Path tmp;

    public record Run(int code, String out, String err) {
    }

    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void ingestThenQueryGivesTheContractColumns() {
        String store = tmp.resolve("store").toString();
        Run ingest = run("ingest", "--store", store, "samples");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().startsWith("read 6, stored 6"), ingest.out());

        Run inv = run("query", "--store", store, "--format", "csv", "investments");
        assertEquals(0, inv.code(), inv.err());
        String[] lines = inv.out().split("\r?\n");
        assertEquals("investor,investee,amount_usd,stake_percent,date,source", lines[0]);
        String source = Path.of("samples", "meta-scale-deal.html").toAbsolutePath().toString();
        String metaScale = java.util.Arrays.stream(lines).filter(l -> l.startsWith("Meta,Scale AI,") && l.endsWith(source))
                .findFirst().orElseThrow(() -> new AssertionError(inv.out()));
        assertTrue(metaScale.contains(",14300000000,49,"), metaScale);

        assertEquals("person,organization,title,status,source", header("positions", store));
        assertEquals("client,supplier,status,value_usd,source", header("clients", store));
        assertEquals("organization,count,percent,worker_type,date,source", header("layoffs", store));
        assertEquals("acquirer,target,amount_usd,status,source", header("acquisitions", store));
        assertEquals("organization,count,source", header("headcounts", store));
        assertEquals("entity,label,type", header("entities", store));
    }

    private String header(String query, String store) {
        Run r = run("query", "--store", store, "--format", "csv", query);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().split("\r?\n").length > 1, query + " returned no rows");
        return r.out().split("\r?\n")[0];
    }

    @Test
    void everyBundledQueryParsesAndRuns() {
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, "samples").code());
        java.util.Map<String, String> examples = java.util.Map.of("name", "Scale AI",
                "entity", "<https://w3id.org/newsgraph/id/org/scale-ai>", "threshold", "0.6", "date", "2025-06-01");
        for (String name : io.newsgraph.store.NamedQueries.BUNDLED) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("query", "--store", store, "--format", "csv"));
            try {
                // each query gets the parameters its header declares
                for (var p : io.newsgraph.store.QueryParameters.of(io.newsgraph.store.NamedQueries.load(name)).declared()) {
                    args.addAll(java.util.List.of("-p", p.name() + "=" + examples.get(p.name())));
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            args.add(name);
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), name + ": " + r.err());
        }
        Run company = run("query", "--store", store, "--format", "csv", "-p", "name=scale ai", "company");
        assertTrue(company.out().contains("Investment,investee,Meta"), company.out());
    }

    @Test
    void badInputGivesOneLineAndANonZeroExit() throws Exception {
        String store = tmp.resolve("store").toString();
        Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Run r = run("ingest", "--store", store, tmp.resolve("empty.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());

        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE { ?s ?p }");
        assertEquals(0, run("ingest", "--store", store, "samples/amazon-anthropic.txt").code());
        Run q = run("query", "--store", store, bad.toString());
        assertEquals(1, q.code());
        assertEquals(1, q.err().strip().lines().count(), q.err());
        assertTrue(q.err().contains("invalid SPARQL in " + bad), q.err());

        Run missing = run("query", "--store", tmp.resolve("nowhere").toString(), "investments");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no store at"), missing.err());
        assertEquals(0, run("query", "--store", store, "--format", "csv", "articles").code(), "the store is intact after the failures");
    }

    @Test
    void benchExtractOnlyPrintsCpuAndWallRates() {
        Run r = run("bench", "--extract-only", "--articles", "40");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)extract\\s+\\d+ articles per CPU-second on 1 thread .*\\d+ articles/s wall \\(40 articles\\)\\s*"), r.out());
    }

    @Test
    void benchAgainstAnotherBuildAlternatesPassesInOneJvmAndPrintsTheRatio() throws Exception {
        // the other build here is this one's own classes, loaded apart: the same code, so a ratio near 1
        java.nio.file.Path classes = java.nio.file.Path.of(io.newsgraph.extract.RuleBasedExtractor.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        Run r = run("bench", "--extract-only", "--articles", "40", "--passes", "3", "--against", classes.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("medians of 1 alternating passes after 2 warm-up passes, 40 articles"), r.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("this build / other: (\\d+\\.\\d+) median").matcher(r.out());
        assertTrue(m.find(), r.out());
        double ratio = Double.parseDouble(m.group(1));
        assertTrue(ratio > 0.2 && ratio < 5, r.out());

        Run missing = run("bench", "--extract-only", "--against", tmp.resolve("nothing.jar").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("nothing.jar: no such jar"), missing.err());
    }

    @Test
    void benchQueriesOnlyNeedsAnEarlierRunsStore() {
        Run r = run("bench", "--queries-only", "--dir", tmp.resolve("no-bench-here").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--queries-only needs --dir DIR holding the store of an earlier bench run"), r.err());
    }

    @Test
    void extractPrintsTrigWithoutStoring() {
        Run r = run("extract", "samples/amazon-anthropic.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ng:Investment"), r.out());
        assertTrue(r.out().contains("ng:rule"), r.out());
    }

    @Test
    void exportWritesTurtleAtomicallyToAFile() throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, "samples").code());
        Path out = tmp.resolve("graph.ttl");
        assertEquals(0, run("export", "--store", store, "--format", "ttl", "--out", out.toString()).code());
        assertTrue(Files.readString(out).contains("ng:Investment"));
        Run bad = run("export", "--store", store, "--format", "xml");
        assertEquals(2, bad.code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"ingest", "extract", "query", "export", "serve", "validate", "eval", "compact"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: newsgraph " + cmd), r.out());
        }
    }

    @Test
    void aRunawayQueryIsCutAtTheTimeoutWithOneLine() throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, "samples").code());
        Path cartesian = Files.writeString(tmp.resolve("cartesian.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } GRAPH ?c { ?u ?v ?w } }\n");
        long t = System.nanoTime();
        Run r = run("query", "--store", store, "--timeout", "500", cartesian.toString());
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(r.code() != 0, r.out());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("cut off after 500 ms"), r.err());
        assertTrue(ms < 5000, "took " + ms + " ms");
    }

    @Test
    void removeRetractsAnArticleInOneGoAndIngestStoresItAgain() throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, "samples").code());
        Path windsurf = java.util.Arrays.stream(new java.io.File("samples").listFiles()).map(java.io.File::toPath)
                .filter(p -> p.getFileName().toString().contains("windsurf")).findFirst().orElseThrow();
        io.newsgraph.store.StoreSnapshot before;
        try (io.newsgraph.store.GraphStore gs = io.newsgraph.store.GraphStore.open(Path.of(store))) {
            before = io.newsgraph.store.StoreSnapshot.of(gs.dataset());
        }
        Run removed = run("remove", "--store", store, windsurf.toString(), "samples/no-such-article.txt");
        assertEquals(1, removed.code(), removed.err());
        assertTrue(removed.out().startsWith("removed 1 article;"), removed.out());
        assertEquals("not stored: samples/no-such-article.txt", removed.err().strip());
        Run acquisitions = run("query", "--store", store, "--format", "csv", "acquisitions");
        assertTrue(!acquisitions.out().contains(windsurf.toAbsolutePath().toString()), acquisitions.out());
        Run again = run("ingest", "--store", store, "samples");
        assertTrue(again.out().startsWith("read 6, stored 1 ") && again.out().contains("unchanged 5"), again.out());
        try (io.newsgraph.store.GraphStore gs = io.newsgraph.store.GraphStore.open(Path.of(store))) {
            assertEquals(6, gs.articleCount());
            assertEquals(before.size(), io.newsgraph.store.StoreSnapshot.of(gs.dataset()).size());
        }
    }

    @Test
    void twoCutsByOneCompanyInOneArticleStayTwoValidFacts() throws Exception {
        Path a = Files.writeString(tmp.resolve("two-cuts.txt"), " date 2026-03-02\nBrannock Freight will cut 300 jobs at its hubs, "
                + "the company said on Monday. Separately, Brannock Freight will shed 40 jobs at its Leeds depot.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, a.toString()).code());
        Run layoffs = run("query", "--store", store, "--format", "csv", "layoffs");
        assertTrue(layoffs.out().contains("Brannock Freight,300,") && layoffs.out().contains("Brannock Freight,40,"), layoffs.out());
        Run valid = run("validate", "--store", store);
        assertEquals(0, valid.code(), valid.out() + valid.err());
    }
}
