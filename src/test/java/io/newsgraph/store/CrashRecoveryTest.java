package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.bench.ArticleGenerator;
import io.newsgraph.cli.Main;
import io.newsgraph.rdf.NG;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite: real ingest and server processes killed with SIGKILL at random moments. After
 * every kill the store opens, validates, and holds only whole articles (each graph in it is the
 * same as a clean run's graph for that article); finishing the job afterwards gives exactly the
 * clean run's articles, no duplicates; every article the server acknowledged survives its kill.
 * CI runs it small; {@code -Dnewsgraph.faults.articles=20000 -Dnewsgraph.faults.kills=10} runs it large,
 * where a run is one transaction and every kill leaves all of it or none.
 */
class CrashRecoveryTest {
    private static final int ARTICLES = Integer.getInteger("newsgraph.faults.articles", 2000);
    private static final int KILLS = Integer.getInteger("newsgraph.faults.kills", 4);
    /** About how long a JVM takes here to start, load the rules and open the store. */
    private static final int STARTUP_MILLIS = 1500;
    private static final String JAVA = ChildProcesses.JAVA;

    @TempDir
    Path tmp;

    @Test
    void ingestKilledAtRandomMomentsLeavesOnlyWholeArticlesAndFinishesExactly() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (ArticleGenerator.GeneratedArticle a : new ArticleGenerator(7, Math.max(50, ARTICLES / 4)).generate(ARTICLES)) {
            Files.writeString(corpus.resolve(a.name()), a.content());
        }
        // the clean run: the same command in its own JVM, uninterrupted; it also tells how long a run lives
        Path referenceStore = tmp.resolve("reference");
        long started = System.nanoTime();
        Process reference = ingest(referenceStore, corpus, tmp.resolve("reference.log"));
        assertTrue(reference.waitFor(300, TimeUnit.SECONDS) && reference.exitValue() == 0, Files.readString(tmp.resolve("reference.log")));
        int runMillis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Map<Node, Graph> clean;
        try (GraphStore gs = GraphStore.open(referenceStore)) {
            clean = graphs(gs.dataset());
        }
        assertEquals(ARTICLES, clean.size());

        Path store = tmp.resolve("store");
        Random random = new Random(20261204);
        int killed = 0;
        int midRun = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = ingest(store, corpus, tmp.resolve("ingest-" + k + ".log"));
            // somewhere in the middle of a whole run; a resumed run skips what is stored, so later kills land further on
            long wait = STARTUP_MILLIS + (long) ((0.25 + 0.6 * random.nextDouble()) * Math.max(1000, runMillis - STARTUP_MILLIS));
            Thread.sleep(wait);
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                killed++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            int whole = assertOnlyWholeArticles(store, clean, "after kill " + k);
            System.out.printf("fault suite: ingest killed after %d ms, store holds %d of %d articles, all whole%n", wait, whole, ARTICLES);
            if (whole > 0 && whole < ARTICLES) {
                midRun++;
            }
            if (ARTICLES >= GraphStore.RUN_GATHERS) {
                // a large run is one transaction: all of it or none
                assertTrue(whole == 0 || whole == ARTICLES, "a gathered run left " + whole + " of " + ARTICLES + " articles after kill " + k);
            }
        }
        assertTrue(killed > 0 && (midRun > 0 || ARTICLES >= GraphStore.RUN_GATHERS),
                "no kill landed while articles were being written: the corpus is too small for this machine");

        Process finish = new ProcessBuilder(JAVA, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", store.toString(), corpus.toString()).redirectErrorStream(true).start();
        String out = new String(finish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finish.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, finish.exitValue(), out);
        assertTrue(out.contains("read " + ARTICLES + ",") && out.contains("failed 0"), out);
        try (GraphStore gs = GraphStore.open(store)) {
            Map<Node, Graph> after = graphs(gs.dataset());
            assertEquals(clean.keySet(), after.keySet(), "exactly the clean run's articles");
            for (Map.Entry<Node, Graph> e : clean.entrySet()) {
                assertTrue(e.getValue().isIsomorphicWith(after.get(e.getKey())), "differs from the clean run: " + e.getKey());
            }
            assertEquals(ARTICLES, gs.articleCount());
        }
    }

    @Test
    void serverKilledWhilePostsAreWrittenKeepsEveryAcknowledgedArticle() throws Exception {
        Path store = tmp.resolve("served");
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        String auth = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        List<String> bodies = new ArrayList<>();
        for (ArticleGenerator.GeneratedArticle a : new ArticleGenerator(11, 60).generate(400)) {
            bodies.add(a.content());
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(4);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int round = 0; round < 2; round++) {
            int port = ChildProcesses.freePort();
            Process server = new ProcessBuilder(JAVA, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "serve", "--store", store.toString(), "--port", Integer.toString(port), "--password-file", passwd.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("serve-" + round + ".log").toFile()).start();
            ChildProcesses.awaitPing(port);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            int offset = round * 200;
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = writer; i < 200 && !stop.get(); i += 4) {
                        String source = "posted:" + (offset + i);
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                            + "/newsgraph/articles?source=" + source)).header("Authorization", auth)
                                    .header("Content-Type", "text/plain").timeout(Duration.ofSeconds(10))
                                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(offset + i))).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                acknowledged.add(source);
                            }
                        } catch (IOException e) {
                            return; // the server is gone
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(1500 + random.nextInt(2000));
            server.destroyForcibly();
            stop.set(true);
            server.waitFor(30, TimeUnit.SECONDS);
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(!acknowledged.isEmpty(), "no post was acknowledged before the kills");
        System.out.printf("fault suite: server killed twice while 4 writers posted; %d articles acknowledged%n", acknowledged.size());
        try (GraphStore gs = GraphStore.open(store)) {
            ShapeValidation.Result valid = new ShapeValidation(gs).validateAll();
            assertEquals(0, valid.failedGraphs(), String.join("\n", valid.problems()));
            Set<String> sources = new java.util.HashSet<>();
            Txn.executeRead(gs.dataset(), () -> gs.dataset().find(Node.ANY, Node.ANY, NG.source, Node.ANY)
                    .forEachRemaining(q -> sources.add(q.getObject().getLiteralLexicalForm())));
            assertTrue(sources.containsAll(acknowledged), "acknowledged but lost: " + diff(acknowledged, sources));
            for (Node g : graphs(gs.dataset()).keySet()) {
                assertWhole(gs.dataset(), g);
            }
        }
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new java.util.TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** The store opens, validates, and every article graph in it equals the clean run's graph for that article. */
    private static int assertOnlyWholeArticles(Path store, Map<Node, Graph> clean, String when) {
        try (GraphStore gs = GraphStore.open(store)) {
            ShapeValidation.Result valid = new ShapeValidation(gs).validateAll();
            assertEquals(0, valid.failedGraphs(), when + ": " + String.join("\n", valid.problems()));
            for (Map.Entry<Node, Graph> e : graphs(gs.dataset()).entrySet()) {
                Graph expected = clean.get(e.getKey());
                assertNotNull(expected, when + ": an article no clean run has: " + e.getKey());
                assertTrue(expected.isIsomorphicWith(e.getValue()), when + ": a partial or different article " + e.getKey());
            }
            return valid.graphs();
        }
    }

    /** One article node with its hash, and every fact stated in a sentence of it. */
    private static void assertWhole(DatasetGraph dsg, Node g) {
        Txn.executeRead(dsg, () -> {
            Graph graph = dsg.getGraph(g);
            assertEquals(1, graph.find(Node.ANY, RDF.type.asNode(), NG.Article).toList().size(), g.getURI());
            assertTrue(graph.contains(Node.ANY, NG.contentHash, Node.ANY), g.getURI());
            for (Triple fact : graph.find(Node.ANY, NG.factKey, Node.ANY).toList()) {
                assertTrue(graph.contains(fact.getSubject(), NG.statedIn, Node.ANY), "fact without its sentence in " + g.getURI());
            }
        });
    }

    /** The article graphs (not the ontology, not the derived consensus graph, which is checked against them). */
    private static Map<Node, Graph> graphs(DatasetGraph dsg) {
        Map<Node, Graph> out = new HashMap<>();
        StoreSnapshot.assertConsensusCurrent(dsg);
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> {
            if (Consensus.isArticle(n)) {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(n).find().forEachRemaining(copy::add);
                out.put(n, copy);
            }
        }));
        return out;
    }

    private static Process ingest(Path store, Path corpus, Path log) throws IOException {
        return new ProcessBuilder(JAVA, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", store.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
