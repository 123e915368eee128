package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.rdf.NG;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.NamedQueries;
import io.newsgraph.store.SampleArticles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact written by SPARQL Update (no sort key) is on the contract query's first page over HTTP at once,
 * and the store gives it its key after the update.
 */
class ServeFirstPagesTest {
    @TempDir
    static Path tmp;
    static GraphStore store;
    static NewsgraphServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        SampleArticles.ingestInto(store);
        server = NewsgraphServer.create(store).port(0).passwordFile(Editor.passwordFile(tmp)).cacheMegabytes(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String firstPage() throws Exception {
        String q = NamedQueries.load("investments") + "\nLIMIT 3";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void anUpdatedFactIsOnThePageAndGetsItsKey() throws Exception {
        assertTrue(firstPage().lines().count() > 1);
        String update = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                INSERT DATA { GRAPH <https://example.org/hand-written> {
                  <https://example.org/hand-written> ng:source "hand-written" .
                  <https://example.org/fact/1> a ng:Fact , ng:Investment ; ng:investor <https://example.org/aaa> ;
                      ng:investee <https://example.org/bbb> .
                  <https://example.org/aaa> skos:prefLabel "AAA Early Capital" .
                  <https://example.org/bbb> skos:prefLabel "Bramble Foods" .
                } }""";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", Editor.AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertTrue(firstPage().lines().skip(1).findFirst().orElseThrow().startsWith("AAA Early Capital,Bramble Foods"),
                "right after the update");
        Node g = NodeFactory.createURI("https://example.org/hand-written");
        Node f = NodeFactory.createURI("https://example.org/fact/1");
        long until = System.currentTimeMillis() + 30_000;
        while (!Txn.calculateRead(store.dataset(), () -> store.dataset().find(g, f, io.newsgraph.rdf.SortKeys.PROPERTY.get(NG.Investment), Node.ANY).hasNext())) {
            assertTrue(System.currentTimeMillis() < until, "the store keys the updated fact");
            Thread.sleep(50);
        }
        assertTrue(firstPage().lines().skip(1).findFirst().orElseThrow().startsWith("AAA Early Capital,Bramble Foods"),
                "after its key was added");
    }
}
