package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.cli.Main;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load while writing, against a real server process on loopback: 50 readers mixing named queries
 * and SPARQL while 8 writers post 100 articles. Zero errors, all 100 stored, and no reader ever
 * sees an answer older than the last write it knew was acknowledged (the answer cache stays
 * coherent). Prints requests/s, p50/p99 and the server's resident memory.
 */
class ServeLoadTest {
    private static final int READERS = 50;
    private static final int WRITERS = 8;
    private static final int ARTICLES = 100;
    private static final String JAVA = io.newsgraph.store.ChildProcesses.JAVA;
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/newsgraph/ontology#Article> } }";

    @TempDir
    Path tmp;

    @Test
    void readersNeverSeeStaleAnswersWhileWritersPost() throws Exception {
        Path store = tmp.resolve("store");
        Process ingest = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", store.toString(), "samples").redirectErrorStream(true).redirectOutput(tmp.resolve("ingest.log").toFile()).start();
        assertTrue(ingest.waitFor(120, TimeUnit.SECONDS) && ingest.exitValue() == 0);
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        int port = io.newsgraph.store.ChildProcesses.freePort();
        Process server = new ProcessBuilder(JAVA, "-Xmx512m", "-XX:+UseZGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", Integer.toString(port), "--password-file", passwd.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        try {
            run(port, server.pid());
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private void run(int port, long pid) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        io.newsgraph.store.ChildProcesses.awaitPing(port);
        int before = count(http, base);
        int layoffsBefore = rows(http, base + "/newsgraph/queries/layoffs?format=csv");
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong requests = new AtomicLong();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        String[] named = {"investments", "positions", "layoffs", "acquisitions", "clients", "headcounts", "entities",
                "company?name=" + URLEncoder.encode("Scale AI", StandardCharsets.UTF_8), "single-source-facts", "layoffs-by-month"};
        String[] sparql = {COUNT, "SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?l <https://w3id.org/newsgraph/ontology#organization> ?o } } GROUP BY ?o ORDER BY DESC(?n) LIMIT 10",
                "SELECT ?label WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } } LIMIT 50"};
        ExecutorService pool = Executors.newFixedThreadPool(READERS + WRITERS);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(60);
        List<Future<?>> writers = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < ARTICLES && System.nanoTime() < deadline; ) {
                    String body = "Loadtest Works " + i + " Ltd laid off " + (50 + i) + " workers at its plant in Derby on Monday, the company said.";
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/articles?source=load:" + i))
                                .header("Authorization", auth).header("Content-Type", "text/plain").timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            acknowledged.incrementAndGet();
                        } else {
                            errors.add("post " + i + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        errors.add("post " + i + ": " + e);
                    }
                }
            }));
        }
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            Random random = new Random(r);
            readers.add(pool.submit(() -> {
                // readers go on a little after the last write, so fresh answers are checked too
                long stopAfter = Long.MAX_VALUE;
                while (System.nanoTime() < Math.min(deadline, stopAfter)) {
                    if (!writing.get() && stopAfter == Long.MAX_VALUE) {
                        stopAfter = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                    }
                    int seen = acknowledged.get(); // writes known to be done before this request is sent
                    int kind = random.nextInt(4);
                    long t = System.nanoTime();
                    try {
                        if (kind == 0) {
                            int n = count(http, base);
                            if (n < before + seen) {
                                errors.add("stale SPARQL answer: " + n + " articles after " + (before + seen) + " were acknowledged");
                            }
                        } else if (kind == 1) {
                            int n = rows(http, base + "/newsgraph/queries/layoffs?format=csv");
                            if (n < layoffsBefore + seen) {
                                errors.add("stale named-query answer: " + n + " layoffs after " + (layoffsBefore + seen) + " were known");
                            }
                        } else if (kind == 2) {
                            get(http, base + "/newsgraph/queries/" + named[random.nextInt(named.length)] + (random.nextBoolean() ? "" : "&format=json").replaceFirst("^&", "?"));
                        } else {
                            get(http, base + "/newsgraph/sparql?query=" + URLEncoder.encode(sparql[random.nextInt(sparql.length)], StandardCharsets.UTF_8));
                        }
                        latencies.add(System.nanoTime() - t);
                        requests.incrementAndGet();
                    } catch (Exception e) {
                        errors.add("read: " + e);
                    }
                }
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        writing.set(false);
        for (Future<?> f : readers) {
            f.get();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long rss = rssKb(pid);
        System.out.printf("load: %d readers, %d writers, %d articles posted in %.1f s; %d reads, %.0f requests/s, p50 %.1f ms, p99 %.1f ms; "
                        + "server RSS %d MB; errors %d%n", READERS, WRITERS, acknowledged.get(), secs, requests.get(), requests.get() / secs,
                percentile(sorted, 50), percentile(sorted, 99), rss / 1024, errors.size());
        assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + errors.peek());
        assertEquals(ARTICLES, acknowledged.get());
        assertEquals(before + ARTICLES, count(http, base));
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + ": " + r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
        }
        return r.body();
    }

    private static int count(HttpClient http, String base) throws Exception {
        String csv = get(http, base + "/newsgraph/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
        return Integer.parseInt(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static int rows(HttpClient http, String url) throws Exception {
        return (int) get(http, url).lines().skip(1).filter(l -> !l.isBlank()).count();
    }
}
