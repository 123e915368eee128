package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.store.GraphStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Browsers may call the service only from the configured origins. */
class ServeCorsTest {
    @TempDir
    Path tmp;

    @Test
    void onlyConfiguredOriginsAreAllowed() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            NewsgraphServer server = NewsgraphServer.create(store).port(0).corsOrigins(List.of("https://analytics.example.com")).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String q = server.datasetUrl() + "/sparql?query=ASK%7B%7D";
                HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(URI.create(q))
                        .header("Origin", "https://analytics.example.com").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, allowed.statusCode());
                assertEquals("https://analytics.example.com", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
                HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(q))
                        .header("Origin", "https://evil.example.net").build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                        "no CORS grant for other origins: " + other.headers().map());
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(q))
                        .header("Origin", "https://analytics.example.com").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals("https://analytics.example.com", again.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                        "an answer repeated from the cache keeps its CORS grant");
            } finally {
                server.stop();
            }
        }
    }
}
