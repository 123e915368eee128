package io.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.serve.NewsgraphServer;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.SampleArticles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's analyst queries (issue 12) are valid SPARQL that the real server answers over HTTP,
 * and on the bundled samples the ones that can have answers do: a query that silently returns
 * nothing would time nothing.
 */
class AnalystQueriesTest {
    /** Queries the samples give no rows for: no layoff above 1,000, no failed deal, no ended client in them. */
    private static final Set<String> EMPTY_ON_SAMPLES = Set.of("04-large-layoffs-by-month", "05-failed-acquisitions");

    @TempDir
    Path tmp;

    @Test
    void everyAnalystQueryAnswersOnTheSamples() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            SampleArticles.ingestInto(store);
            NewsgraphServer server = NewsgraphServer.create(store).port(0).cacheMegabytes(0).build().start();
            try {
                for (String name : Benchmark.ANALYST_QUERIES) {
                    String q = Benchmark.analystQuery(name).replace("%ORG%", "Scale AI").replace("%PERSON%", "Alexandr Wang");
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), name + ": " + r.body());
                    long rows = r.body().lines().count() - 1;
                    assertTrue(EMPTY_ON_SAMPLES.contains(name) || rows > 0, name + " answered no rows");
                    assertTrue(q.startsWith("# " + name.substring(3) + ":"), name + " starts with a comment header naming it");
                }
            } finally {
                server.stop();
            }
        }
    }
}
