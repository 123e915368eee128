package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.source.HostileInputs;
import io.newsgraph.source.HostileInputs.Kind;
import io.newsgraph.source.Limits;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.SampleArticles;
import io.newsgraph.store.StoreSnapshot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus posted to {@code POST /newsgraph/articles}: each body is stored (when
 * readable) or refused with a 4xx and one line naming the reason, within 10 s; URLs the server
 * must not fetch are refused; an oversized body is refused from its Content-Length before it is
 * read, and an unauthenticated request before its body is read; what was stored stays unchanged.
 */
class ServeHostileInputTest {
    @TempDir
    static Path tmp;
    static GraphStore store;
    static NewsgraphServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        SampleArticles.ingestInto(store);
        server = NewsgraphServer.create(store).port(0).passwordFile(Editor.passwordFile(tmp)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> post(String query, String contentType, byte[] body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/articles" + query))
                .header("Content-Type", contentType).header("Authorization", Editor.AUTH)
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyHostileBodyIsStoredOrRefusedOnOneLine() throws Exception {
        StoreSnapshot before = StoreSnapshot.of(store.dataset());
        long articles = store.articleCount();
        List<Kind> kinds = HostileInputs.generate(Files.createDirectories(tmp.resolve("corpus")));
        int bodies = 0;
        int stored = 0;
        for (Kind kind : kinds) {
            if (kind.body() == null || kind.body().length > Limits.DEFAULT_MAX_BYTES) {
                continue;
            }
            bodies++;
            String type = kind.name().endsWith(".html") ? "text/html" : "text/plain";
            String source = "?source=" + URLEncoder.encode("hostile:" + kind.name(), StandardCharsets.UTF_8);
            HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> post(source, type, kind.body()), kind.name());
            if (kind.stored()) {
                assertEquals(200, r.statusCode(), kind.name() + ": " + r.body());
                stored++;
            } else {
                assertEquals(400, r.statusCode(), kind.name() + ": " + r.body());
                assertEquals(1, r.body().strip().lines().count(), kind.name() + ": " + r.body());
                assertTrue(r.body().startsWith("hostile:" + kind.name() + ": ") && r.body().contains(kind.reason()),
                        kind.name() + ": " + r.body());
            }
        }
        assertTrue(bodies >= 20, "bodies posted: " + bodies);
        assertEquals(articles + stored, store.articleCount());
        before.assertStillIn(store.dataset());
    }

    @Test
    void urlsTheServerMustNotFetchAreRefused() throws Exception {
        for (String url : List.of("file:///etc/passwd", "ftp://ftp.example.com/a.txt", "jar:file:/tmp/x.jar!/a.txt",
                "http://127.0.0.1:" + server.port() + "/$/ping", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
                "http://exa mple.com/", "//no-scheme.example/a", "http://newsgraph-test.invalid/a")) {
            HttpResponse<String> r = post("", "application/json", ("{\"url\": \"" + url + "\"}").getBytes(StandardCharsets.UTF_8));
            assertEquals(400, r.statusCode(), url + ": " + r.body());
            assertEquals(1, r.body().strip().lines().count(), url + ": " + r.body());
        }
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsSent() throws Exception {
        long size = 50L << 20;
        String status = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> statusAfterHeaders("POST /newsgraph/articles HTTP/1.1", size, true));
        assertTrue(status.startsWith("HTTP/1.1 413"), status);
    }

    @Test
    void anUnauthenticatedPostIsRefusedBeforeItsBodyIsRead() throws Exception {
        String status = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> statusAfterHeaders("POST /newsgraph/articles HTTP/1.1", 5L << 20, false));
        assertTrue(status.startsWith("HTTP/1.1 401"), status);
    }

    /**
     * Sends the request line and headers announcing {@code length} bytes, then only the first 64 KB
     * of the body, and reads the status line: a server that waited for the whole body would time out.
     */
    private static String statusAfterHeaders(String requestLine, long length, boolean auth) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(8000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n"
                    + (auth ? "Authorization: " + Editor.AUTH + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
