package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.SampleArticles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated reads come from the cache while the store is unchanged, and never once it has changed. */
class ServeCacheTest {
    @TempDir
    static Path tmp;

    static GraphStore store;
    static NewsgraphServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a <https://w3id.org/newsgraph/ontology#Investment> } }";

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        SampleArticles.ingestInto(store);
        Path passwords = Editor.passwordFile(tmp);
        server = NewsgraphServer.create(store).port(0).passwordFile(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.datasetUrl() + pathAndQuery)).header("Accept", "text/csv");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void repeatedQueryIsAnsweredAgainWithTheSameBodyAndAnETag() throws Exception {
        HttpResponse<String> first = get(sparql(COUNT), null);
        HttpResponse<String> second = get(sparql(COUNT), null);
        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertEquals(first.headers().firstValue("ETag").orElseThrow(), etag);
        assertEquals(304, get(sparql(COUNT), etag).statusCode(), "a client holding the current answer is told so");
    }

    @Test
    void namedQueriesAreCachedToo() throws Exception {
        HttpResponse<String> first = get("/queries/investments", null);
        HttpResponse<String> second = get("/queries/investments", null);
        assertEquals(200, second.statusCode());
        assertTrue(second.body().startsWith("investor,investee,amount_usd"), second.body());
        assertEquals(first.body(), second.body());
    }

    @Test
    void aWriteMakesTheNextAnswerFresh() throws Exception {
        HttpResponse<String> before = get(sparql(COUNT), null);
        get(sparql(COUNT), null);
        String article = "Quillfeather Robotics raised $12 million from Lanternfish Capital, the company said on Tuesday.";
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/articles"))
                .header("Content-Type", "text/plain").header("Authorization", Editor.AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> after = get(sparql(COUNT), null);
        assertNotEquals(before.body(), after.body(), "the count includes the posted investment");
        assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
        assertEquals(200, get(sparql(COUNT), before.headers().firstValue("ETag").orElseThrow()).statusCode(),
                "an ETag from before the write no longer matches");
    }

    @Test
    void errorsAreNeitherCachedNorTagged() throws Exception {
        HttpResponse<String> bad = get(sparql("SELECT WHERE {"), null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("ETag").isEmpty(), bad.headers().map().toString());
        assertEquals(400, get(sparql("SELECT WHERE {"), null).statusCode());
    }

    @Test
    void answersReadRecentlyAreComputedAgainAheadOfTheNextReadAfterAWrite() throws Exception {
        String articles = sparql("SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> }");
        HttpResponse<String> first = get(articles, null);
        assertEquals("miss", first.headers().firstValue("X-Newsgraph-Cache").orElseThrow());
        assertEquals("hit", get(articles, null).headers().firstValue("X-Newsgraph-Cache").orElseThrow());
        String article = "Brackenridge Foods cut 40 jobs at its Ohio plant, the company said on Thursday.";
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/articles"))
                .header("Content-Type", "text/plain").header("Authorization", Editor.AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(server.awaitFreshAnswers(20_000), "recent reads refreshed after the write");
        HttpResponse<String> after = get(articles, null);
        assertEquals("hit", after.headers().firstValue("X-Newsgraph-Cache").orElseThrow(), "computed before this read asked");
        long before = Long.parseLong(first.body().strip().lines().skip(1).findFirst().orElseThrow());
        assertEquals(before + 1, Long.parseLong(after.body().strip().lines().skip(1).findFirst().orElseThrow()),
                "and it counts the posted article");
        assertNotEquals(first.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
    }
}
