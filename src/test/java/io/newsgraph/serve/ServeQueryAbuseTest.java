package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.bench.ArticleGenerator;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.ArticleSource;
import io.newsgraph.source.RawArticle;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.Ingestion;
import io.newsgraph.store.SampleArticles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query abuse against a store of a thousand articles: each runaway query is cut at the timeout
 * (503) or refused (4xx) with a short reason, bounded ones stay bounded, the server keeps
 * answering {@code /$/ping} within 100 ms throughout, and answers normally afterwards.
 */
class ServeQueryAbuseTest {
    private static final long TIMEOUT_MS = 2000;
    private static final String P = "<https://w3id.org/newsgraph/ontology#statedIn>";

    @TempDir
    static Path tmp;
    static Process server;
    static int port;
    static String datasetUrl;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        GraphStore store = GraphStore.open(tmp.resolve("store"));
        SampleArticles.ingestInto(store);
        List<ArticleSource> generated = new ArrayList<>();
        for (ArticleGenerator.GeneratedArticle a : new ArticleGenerator(3, 200).generate(1000)) {
            generated.add(new ArticleSource() {
                @Override
                public String location() {
                    return "generated:" + a.name();
                }

                @Override
                public RawArticle read() {
                    return new RawArticle(location(), a.content().getBytes(StandardCharsets.UTF_8), a.name().endsWith(".html") ? "text/html" : "text/plain");
                }
            });
        }
        try (Ingestion i = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
            i.ingest(generated, line -> { });
        }
        store.close();
        port = io.newsgraph.store.ChildProcesses.freePort();
        datasetUrl = "http://127.0.0.1:" + port + "/newsgraph";
        // a server process of its own, started the way the launcher starts one (its garbage collector included),
        // so the ping latency measured is the server's, not this test JVM's
        server = new ProcessBuilder(io.newsgraph.store.ChildProcesses.JAVA, "-Xmx1g", "-XX:+UseZGC",
                "-cp", System.getProperty("java.class.path"), io.newsgraph.cli.Main.class.getName(), "serve", "--store", tmp.resolve("store").toString(),
                "--port", Integer.toString(port), "--timeout", Long.toString(TIMEOUT_MS), "--max-results", "20000", "--cache-mb", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        io.newsgraph.store.ChildProcesses.awaitPing(port);
    }

    @AfterAll
    static void stop() throws Exception {
        server.destroy();
        server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The abusive queries, by what they try, with the statuses each may end in. */
    static Map<String, String> abuses() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("cartesian count", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?x ?y ?z } }");
        q.put("cartesian rows", "SELECT * WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } }");
        q.put("cartesian sorted", "SELECT * WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } } ORDER BY RAND() LIMIT 10");
        q.put("regex per pair", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?t ?q ?r } "
                + "FILTER regex(str(?o), substr(str(?r), 1, 3), \"i\") }");
        q.put("catastrophic regex", "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER regex(str(?o), \"^(\\\\w+\\\\s?)+$\") }");
        q.put("catastrophic regex in BIND", "SELECT ?m WHERE { GRAPH ?g { ?s ?p ?o } BIND(replace(str(?o), \"(a*)*b\", \"x\") AS ?m) }");
        q.put("any path", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s (" + P + "|!" + P + ")* ?o } }");
        q.put("any path over the union", "SELECT (COUNT(*) AS ?n) WHERE { ?s (" + P + "|!" + P + ")* ?o }");
        q.put("construct everything", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.put("describe everything", "DESCRIBE ?s WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.put("deeply nested groups", "SELECT * WHERE " + "{ ".repeat(20_000) + "?s ?p ?o" + " }".repeat(20_000));
        q.put("deeply nested expression", "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }");
        q.put("ten megabyte query", "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(10 << 20) + "\") }");
        return q;
    }

    @Test
    void runawayQueriesAreCutOrRefusedWhilePingKeepsAnswering() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong worstPingNanos = new AtomicLong();
        AtomicLong pings = new AtomicLong();
        List<Long> pingTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        // pings over a socket of their own, not through the HTTP client streaming the abusive answers
        Thread pinger = new Thread(() -> {
            while (!done.get()) {
                long t = System.nanoTime();
                try {
                    String status = ping();
                    if (!status.startsWith("HTTP/1.1 200")) {
                        throw new IllegalStateException(status);
                    }
                    long took = System.nanoTime() - t;
                    worstPingNanos.accumulateAndGet(took, Math::max);
                    pingTimes.add(took);
                    pings.incrementAndGet();
                    Thread.sleep(50);
                } catch (Exception e) {
                    worstPingNanos.set(Long.MAX_VALUE);
                    return;
                }
            }
        });
        // warm the ping path first, so the worst case measures the server, not the client's first connection
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(), HttpResponse.BodyHandlers.discarding());
        pinger.setPriority(Thread.MAX_PRIORITY);
        pinger.start();
        StringBuilder report = new StringBuilder();
        try {
            for (Map.Entry<String, String> abuse : abuses().entrySet()) {
                long worstBefore = worstPingNanos.getAndSet(0);
                long t = System.nanoTime();
                HttpResponse<java.io.InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql"))
                        .header("Content-Type", "application/sparql-query").header("Accept", "text/tab-separated-values, text/turtle;q=0.9").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(abuse.getValue())).build(), HttpResponse.BodyHandlers.ofInputStream());
                // the answer is read and counted, not kept: this JVM's own garbage must not delay its pings
                String firstLine;
                long size = 0;
                try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    firstLine = String.valueOf(in.readLine());
                    char[] buf = new char[8192];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        size += n;
                    }
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                Thread.sleep(60); // a ping after the answer, so each line's worst ping covers the whole query
                long worst = worstPingNanos.get();
                worstPingNanos.accumulateAndGet(worstBefore, Math::max);
                report.append(String.format("%-28s %d in %5d ms, worst ping %5.1f ms  %s%n", abuse.getKey(), r.statusCode(), ms, worst / 1e6,
                        firstLine.substring(0, Math.min(90, firstLine.length()))));
                System.out.print(report.substring(report.lastIndexOf("\n", report.length() - 2) + 1));
                int s = r.statusCode();
                assertTrue(s == 200 || s == 503 || s >= 400 && s < 500, abuse.getKey() + ": " + s + " " + firstLine);
                assertTrue(ms < TIMEOUT_MS + 3000, abuse.getKey() + " took " + ms + " ms");
                if (abuse.getKey().startsWith("deeply nested")) {
                    assertTrue(s == 400 && firstLine.contains("nested too deeply"), abuse.getKey() + ": " + firstLine);
                }
                if (s == 200) {
                    assertTrue(size < 64 << 20, abuse.getKey() + ": " + size + " characters");
                }
            }
        } finally {
            done.set(true);
            pinger.join();
        }
        List<Long> sortedPings = new ArrayList<>(pingTimes);
        java.util.Collections.sort(sortedPings);
        double p99 = sortedPings.get(sortedPings.size() * 99 / 100) / 1e6;
        System.out.printf("ping: %d answered, p50 %.1f ms, p99 %.1f ms, worst %.1f ms%n", pings.get(),
                sortedPings.get(sortedPings.size() / 2) / 1e6, p99, worstPingNanos.get() / 1e6);
        assertTrue(pings.get() > 10, report.toString());
        // 99 in 100 pings within 100 ms; the very worst bounded too (the test's own JVM shares the machine's two cores
        // with the server, and a scheduling hiccup of either shows up here)
        assertTrue(p99 < 100, "ping p99 " + p99 + " ms\n" + report);
        assertTrue(worstPingNanos.get() < 250_000_000L, "ping took " + worstPingNanos.get() / 1e6 + " ms\n" + report);
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/newsgraph/ontology#Article> } }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("1006"), after.body());
    }

    /**
     * A client that sends a whole refused body before reading reads the 413 every time: the server
     * drains the body after its answer instead of closing on it unread (which let the client's system
     * reset the connection and drop the answer, about one post in twenty).
     */
    @Test
    void aRefusedTenMegabyteQueryIsAnsweredEveryTime() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(10 << 20) + "\") }";
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql"))
                        .header("Content-Type", "application/sparql-query").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 413 || !r.body().startsWith("request too large")) {
                    failures.add(i + ": " + r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
                }
            } catch (java.io.IOException e) {
                failures.add(i + ": " + e);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of 60 posts not answered 413: " + failures);
    }

    @Test
    void oversizedRequestsAndParameterFloodsGetA4xx() throws Exception {
        StringBuilder params = new StringBuilder("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        for (int i = 0; i < 10_000; i++) {
            params.append("&p").append(i).append('=').append(i);
        }
        String select = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        requests.put("10,000 parameters in the URL", HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql?" + params)).build());
        requests.put("10,000 form parameters", form(params.toString()));
        for (Map.Entry<String, HttpRequest> e : requests.entrySet()) {
            long t = System.nanoTime();
            HttpResponse<String> r = HTTP.send(e.getValue(), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            String firstLine = r.body().lines().findFirst().orElse("");
            System.out.printf("%-30s %d in %5d ms  %s%n", e.getKey(), r.statusCode(), ms, firstLine.substring(0, Math.min(90, firstLine.length())));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, e.getKey() + ": " + r.statusCode() + " " + firstLine);
            assertTrue(ms < 5000, e.getKey() + " took " + ms + " ms");
        }
        // ten megabytes announced, 64 KB sent: the answer must come without the rest of the body
        String pad = "x".repeat(10 << 20);
        for (String[] big : new String[][] {{"/sparql", "application/x-www-form-urlencoded", "query=ASK%7B%7D&pad=" + pad},
                {"/sparql", "application/sparql-query", "ASK { FILTER(\"" + pad + "\" != 1) }"},
                {"/update", "application/sparql-update", "INSERT DATA { <x:a> <x:b> \"" + pad + "\" }"},
                {"/sparql", "application/sparql-query; chunked", "ASK { FILTER(\"" + pad + "\" != 1) }"}}) {
            String status = statusOfLargePost(big[0], big[1], big[2].getBytes(StandardCharsets.UTF_8));
            System.out.printf("10 MB %-40s %s%n", big[1], status);
            assertTrue(status.matches("HTTP/1.1 4\\d\\d.*"), big[1] + ": " + status);
        }
    }

    /**
     * Posts {@code body} over a raw socket, stopping after 64 KB (chunked when the type says so, then
     * the whole body in 64 KB chunks until the server answers), and returns the status line.
     */
    private static String statusOfLargePost(String path, String type, byte[] body) throws Exception {
        boolean chunked = type.endsWith("; chunked");
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(8000);
            java.io.OutputStream out = s.getOutputStream();
            out.write(("POST /newsgraph" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type.replace("; chunked", "") + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            if (chunked) {
                try {
                    for (int off = 0; off < body.length; off += 65536) {
                        int n = Math.min(65536, body.length - off);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, off, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException closed) {
                    // the server stopped reading and closed: its answer is waiting
                }
            } else {
                out.write(body, 0, 65536);
            }
            out.flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** One kept-alive connection for the pings, as a monitor would hold it. */
    private static java.net.Socket pingSocket;

    private static String ping() throws java.io.IOException {
        if (pingSocket == null || pingSocket.isClosed()) {
            pingSocket = new java.net.Socket("127.0.0.1", port);
            pingSocket.setSoTimeout(5000);
            pingSocket.setTcpNoDelay(true);
        }
        pingSocket.getOutputStream().write("GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        java.io.InputStream in = pingSocket.getInputStream();
        String status = line(in);
        int length = 0;
        for (String h; !(h = line(in)).isEmpty(); ) {
            if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).strip());
            }
        }
        in.readNBytes(length);
        return status;
    }

    private static String line(java.io.InputStream in) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static HttpRequest form(String body) {
        return HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
