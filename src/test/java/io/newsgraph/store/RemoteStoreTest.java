package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.cli.CliTest;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote store is a second, real Fuseki process on loopback (its own JVM, TDB2 in memory with the
 * union default graph, HTTP basic auth): ingest writes to it over SPARQL Update and the Graph Store
 * Protocol, and every contract query answers exactly as it does over a local store of the same articles.
 */
class RemoteStoreTest {
    @TempDir
    static Path tmp;

    static Process fuseki;
    static String url;
    static String authedUrl;
    static GraphStore local;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = Files.writeString(tmp.resolve("config.ttl"), """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                <#service> a fuseki:Service ;
                    fuseki:name "news" ;
                    fuseki:allowedUsers "editor" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                    fuseki:dataset <#dataset> .
                <#dataset> a tdb2:DatasetTDB2 ; tdb2:location "--mem--" ; tdb2:unionDefaultGraph true .
                """);
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        fuseki = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FusekiProcess.class.getName(), "--localhost", "--port=" + port, "--passwd=" + passwd,
                "--auth=basic", "--conf=" + config)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("fuseki.log").toFile()).start();
        url = "http://127.0.0.1:" + port + "/news";
        authedUrl = "http://editor:s3cret@127.0.0.1:" + port + "/news";
        awaitReady(port);
        local = GraphStore.open(tmp.resolve("local"));
        SampleArticles.ingestInto(local);
    }

    private static void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(url + "/sparql?query=ASK%7B%7D"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8))).build();
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (!fuseki.isAlive()) {
                throw new AssertionError("Fuseki exited: " + Files.readString(tmp.resolve("fuseki.log")));
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Fuseki did not start on port " + port + ": " + Files.readString(tmp.resolve("fuseki.log")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (local != null) {
            local.close();
        }
        if (fuseki != null) {
            fuseki.destroy();
            fuseki.waitFor();
        }
    }

    private static String csv(ArticleStore store, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryRunner.parse(NamedQueries.load(name), name), Map.of(), QueryRunner.Format.CSV, out, 30_000);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestWritesToTheRemoteAndContractQueriesAnswerAsLocally() throws Exception {
        try (RemoteStore remote = RemoteStore.open(authedUrl)) {
            IngestReport first = SampleArticles.ingestInto(remote);
            assertEquals(6, first.storedCount() + first.unchangedCount(), first.summary());
            assertEquals(6, remote.articleCount());
            IngestReport again = SampleArticles.ingestInto(remote);
            assertEquals(6, again.unchangedCount(), "unchanged articles are skipped by the hashes stored remotely: " + again.summary());
            assertEquals(6, remote.articleCount(), "no duplicates");
            for (String q : List.of("investments", "positions", "clients", "layoffs", "acquisitions", "headcounts", "entities")) {
                List<String> remoteRows = sorted(csv(remote, q));
                assertEquals(sorted(csv(local, q)), remoteRows, q);
                assertTrue(remoteRows.size() > 1, q + " has rows");
            }
            assertTrue(csv(remote, "investments").contains("Meta,Scale AI,14300000000,49,"));
        }
    }

    @Test
    void theCliTakesARemoteStoreUrl() {
        CliTest.Run ingest = CliTest.run("ingest", "--store", authedUrl, "samples");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(!ingest.out().contains("s3cret"), "credentials are not printed: " + ingest.out());
        CliTest.Run q = CliTest.run("query", "--store", authedUrl, "--format", "csv", "layoffs");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("Scale AI,200,14,"), ingest.out() + ingest.err() + q.out() + q.err());
        CliTest.Run export = CliTest.run("export", "--store", authedUrl, "--format", "nq");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("<https://w3id.org/newsgraph/ontology#Investment>"));
        CliTest.Run compact = CliTest.run("compact", "--store", authedUrl);
        assertTrue(compact.code() != 0, "compact is for local folders");
        assertTrue(compact.err().contains("needs a local store folder"), compact.err());
    }

    @Test
    void wrongCredentialsFailWithOneLineNamingTheStore() {
        RemoteStore wrong = RemoteStore.open("http://editor:nope@" + url.substring("http://".length()));
        StoreException e = assertThrows(StoreException.class, wrong::articleCount);
        assertTrue(e.getMessage().startsWith("remote store " + url + ": cannot count articles"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("nope"), e.getMessage());
    }

    private static List<String> sorted(String csv) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        java.util.Collections.sort(lines);
        return lines;
    }
}
