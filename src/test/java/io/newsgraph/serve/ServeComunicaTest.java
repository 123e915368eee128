package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comunica (npm @comunica/query-sparql), a third-party SPARQL client, queries the running server.
 * .ci/run installs it into src/test/comunica; skipped with a message where node or the package is missing.
 */
class ServeComunicaTest {
    private static final Path DIR = Path.of("src", "test", "comunica");

    @TempDir
    Path tmp;

    @Test
    void comunicaQueriesTheEndpoint() throws Exception {
        assumeTrue(Files.isDirectory(DIR.resolve("node_modules/@comunica/query-sparql")),
                "Comunica is not installed (npm install --prefix src/test/comunica); test skipped");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            SampleArticles.ingestInto(store);
            NewsgraphServer server = NewsgraphServer.create(store).port(0).build().start();
            try {
                String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                        + "SELECT DISTINCT ?target WHERE { ?a a ng:Acquisition ; ng:target/skos:prefLabel ?target }";
                Process node = new ProcessBuilder("node", "query.mjs", server.datasetUrl() + "/sparql", q)
                        .directory(DIR.toFile()).redirectErrorStream(true).start();
                String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(node.waitFor(60, TimeUnit.SECONDS), "comunica finished");
                assertEquals(0, node.exitValue(), out);
                assertTrue(out.contains("\"target\":\"Windsurf\""), out);
                assertTrue(out.contains("\"target\":\"Copperfield Logistics\""), out);
            } finally {
                server.stop();
            }
        }
    }
}
