package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.SampleArticles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need credentials; posted articles are extracted and stored; private URLs and runaway queries are refused. */
class ServeWriteAccessTest {
    @TempDir
    static Path tmp;

    static GraphStore store;
    static NewsgraphServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        SampleArticles.ingestInto(store);
        Path passwords = Editor.passwordFile(tmp);
        server = NewsgraphServer.create(store).port(0).passwordFile(passwords).queryTimeoutMillis(1500).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> post(String path, String contentType, String body, boolean auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth) {
            b.header("Authorization", Editor.AUTH);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updateWithoutCredentialsIsRefusedAndWithThemAccepted() throws Exception {
        String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"o\" } }";
        assertEquals(401, post("/update", "application/sparql-update", update, false).statusCode());
        int ok = post("/update", "application/sparql-update", update, true).statusCode();
        assertTrue(ok == 200 || ok == 204, "authenticated update: " + ok);
    }

    @Test
    void postedArticleIsExtractedStoredAndReturned() throws Exception {
        long before = store.articleCount();
        String article = "Orbit Labs raised $30 million from Harbor Ventures on Monday, the startup said.";
        assertEquals(401, post("/articles", "text/plain", article, false).statusCode());
        HttpResponse<String> r = post("/articles", "text/plain", article, true);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Investment"), r.body());
        assertTrue(r.body().contains("Harbor Ventures"), r.body());
        assertEquals(before + 1, store.articleCount());
    }

    @Test
    void postedUrlsToPrivateAddressesAreRefused() throws Exception {
        HttpResponse<String> r = post("/articles", "application/json", "{\"url\": \"http://127.0.0.1:" + server.port() + "/\"}", true);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("refused") && r.body().contains("127.0.0.1"), r.body());
        HttpResponse<String> ten = post("/articles?url=" + URLEncoder.encode("http://10.1.2.3/news", StandardCharsets.UTF_8), "text/plain", "", true);
        assertEquals(400, ten.statusCode());
        assertTrue(ten.body().contains("private"), ten.body());
    }

    @Test
    void aRunawayQueryIsCutOff() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ping.statusCode(), "the server stays up");
    }

    @Test
    void aStoppedServerStopsWatchingItsPasswordFile() throws Exception {
        Path dir = Files.createTempDirectory(tmp, "second");
        Path passwords = Editor.passwordFile(dir);
        NewsgraphServer second = NewsgraphServer.create(store).port(0).passwordFile(passwords).build().start();
        second.stop();
        Files.delete(passwords); // what a test's temporary folder, or an operator, does after the server stops
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(seen, true, java.nio.charset.StandardCharsets.UTF_8));
            Thread.sleep(6500); // longer than the password file's 5 s reload interval
        } finally {
            System.setErr(err);
        }
        String log = seen.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!log.contains(passwords.toString()), "the stopped server still scans its password file:\n" + log);
    }

    @Test
    void loadInAnUpdateNeverMakesTheServerFetchForTheCaller() throws Exception {
        for (String update : new String[] {
                "LOAD <file:///etc/passwd> INTO GRAPH <https://example.org/stolen>",
                "LOAD <http://127.0.0.1:9/internal>",
                "LOAD SILENT <ftp://example.org/x>",
                "INSERT { GRAPH <https://example.org/g2> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}) {
            HttpResponse<String> r = post("/update", "application/sparql-update", update, true);
            assertEquals(400, r.statusCode(), update + ": " + r.body());
            assertTrue(r.body().contains("LOAD") || r.body().contains("SERVICE"), r.body());
            // the form encoding goes through the same check
            HttpResponse<String> form = post("/update", "application/x-www-form-urlencoded",
                    "update=" + java.net.URLEncoder.encode(update, java.nio.charset.StandardCharsets.UTF_8), true);
            assertEquals(400, form.statusCode(), update + " (form): " + form.body());
        }
        HttpResponse<String> stolen = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + java.net.URLEncoder.encode("ASK { GRAPH <https://example.org/stolen> { ?s ?p ?o } }", java.nio.charset.StandardCharsets.UTF_8)))
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(stolen.body().contains("false") || stolen.body().contains("no"), stolen.body());
        int ok = post("/update", "application/sparql-update",
                "INSERT DATA { GRAPH <https://example.org/g3> { <https://example.org/s> <https://example.org/p> 1 } }", true).statusCode();
        assertTrue(ok == 200 || ok == 204, "a plain update still runs: " + ok);
    }

    @Test
    void aPostedArticleIsRetractedByItsSourceAndCanBePostedAgain() throws Exception {
        String article = "Quillon Systems laid off 75 workers at its plant in Tulsa on Tuesday, the company said.";
        assertEquals(200, post("/articles?source=retract-me", "text/plain", article, true).statusCode());
        long stored = store.articleCount();
        HttpRequest.Builder delete = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/articles?source=retract-me")).DELETE();
        assertEquals(401, HTTP.send(delete.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> r = HTTP.send(delete.header("Authorization", Editor.AUTH).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("removed 1 article: https://w3id.org/newsgraph/id/article/"), r.body());
        assertEquals(stored - 1, store.articleCount());
        HttpResponse<String> again = HTTP.send(delete.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, again.statusCode());
        assertEquals("not stored: retract-me", again.body().strip());
        assertEquals(200, post("/articles?source=retract-me", "text/plain", article, true).statusCode());
        assertEquals(stored, store.articleCount());
    }
}
