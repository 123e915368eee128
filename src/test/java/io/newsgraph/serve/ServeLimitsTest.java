package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.Inputs;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.Ingestion;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result sizes are bounded; a Fuseki config file adds services beside /newsgraph. */
class ServeLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void resultsAreBoundedAndConfigFilesAddServices() throws Exception {
        Path config = Files.writeString(tmp.resolve("config.ttl"), """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                <#scratch> a fuseki:Service ; fuseki:name "scratch" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset [ a ja:MemoryDataset ] .
                """);
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            try (Ingestion i = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
                i.ingest(Inputs.defaults().expand(List.of("samples/amazon-anthropic.txt")), line -> { });
            }
            NewsgraphServer server = NewsgraphServer.create(store).port(0).maxResults(5).configFile(config).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String all = "SELECT * { ?s ?p ?o }";
                HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                        + URLEncoder.encode(all, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, get.statusCode());
                assertEquals(6, get.body().strip().lines().count(), "header and 5 rows");
                HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/query"))
                        .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(all + " LIMIT 1000")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(6, post.body().strip().lines().count(), post.body());
                HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                        + URLEncoder.encode(all + " LIMIT 2", StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(3, small.body().strip().lines().count(), "a smaller LIMIT is kept");
                HttpResponse<String> scratch = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/scratch/sparql?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, scratch.statusCode(), scratch.body());
                HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(ping.statusCode() == 200, "ping survives a config file");
            } finally {
                server.stop();
            }
        }
    }

    /** Parsed queries are kept by their text; every request still gets its own answer, bound and errors. */
    @Test
    void repeatedQueryTextsAreAnsweredAlikeAndErrorsStayErrors() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            try (Ingestion i = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
                i.ingest(Inputs.defaults().expand(List.of("samples/amazon-anthropic.txt")), line -> { });
            }
            NewsgraphServer server = NewsgraphServer.create(store).port(0).maxResults(3).cacheMegabytes(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String labels = "SELECT ?l { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?l";
                List<String> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    answers.add(csv(http, server, labels));
                    answers.add(csv(http, server, labels + " LIMIT 1"));
                }
                assertEquals("l\nAmazon\nAmazon Web Services\nAnthropic", answers.get(0), "bounded to 3 rows");
                assertEquals("l\nAmazon", answers.get(1), "its own smaller LIMIT");
                assertEquals(List.of(answers.get(0), answers.get(1), answers.get(0), answers.get(1), answers.get(0), answers.get(1)), answers,
                        "the same text gets the same answer every time, whichever was asked between");
                for (int i = 0; i < 2; i++) {
                    HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                            + URLEncoder.encode("SELECT ?x { ?x ?y }", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(400, bad.statusCode());
                    assertTrue(bad.body().contains("Encountered"), bad.body());
                }
            } finally {
                server.stop();
            }
        }
    }

    private static String csv(HttpClient http, NewsgraphServer server, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().strip().replace("\r\n", "\n");
    }
}
