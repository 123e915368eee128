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
}
