package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsgraph.store.GraphStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPARQL SERVICE never makes the server call an endpoint nobody allowed: a loopback listener
 * records whether any request reaches it. Federation to an allowed endpoint (a second, real
 * Fuseki on loopback) works.
 */
class ServeServiceGuardTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    HttpServer probe;
    final List<String> probed = new CopyOnWriteArrayList<>();
    FusekiServer other;
    GraphStore store;
    NewsgraphServer server;

    @BeforeEach
    void startProbeAndSecondFuseki() throws Exception {
        probe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        probe.createContext("/", exchange -> {
            probed.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        probe.start();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(SSE.parseQuad("(_ <https://example.org/a> <https://example.org/p> 'federated')"));
        other = FusekiServer.create().loopback(true).port(0).add("/other", dsg).build().start();
        store = GraphStore.open(tmp.resolve("store"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
        other.stop();
        probe.stop(0);
    }

    private HttpResponse<String> query(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newsgraph/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String probeUrl() {
        return "http://127.0.0.1:" + probe.getAddress().getPort() + "/probe";
    }

    @Test
    void serviceIsRefusedByDefaultAndTheListenerSeesNothing() throws Exception {
        server = NewsgraphServer.create(store).port(0).build().start();
        for (String q : List.of(
                "SELECT * WHERE { SERVICE <" + probeUrl() + "> { ?s ?p ?o } } LIMIT 1",
                "SELECT * WHERE { ?x ?y ?z FILTER EXISTS { SERVICE <" + probeUrl() + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + probeUrl() + "> { ?s ?p ?o } } } }",
                "SELECT * WHERE { BIND(<" + probeUrl() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + probeUrl() + "> { ?s ?p ?o } }")) {
            HttpResponse<String> r = query(q);
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
        }
        assertTrue(probed.isEmpty(), "the server called out: " + probed);
    }

    @Test
    void federationReachesOnlyAnAllowedEndpoint() throws Exception {
        String allowed = "http://127.0.0.1:" + other.getHttpPort() + "/other";
        server = NewsgraphServer.create(store).port(0).allowService(List.of(allowed)).allowPrivateUrls(true).build().start();
        HttpResponse<String> ok = query("SELECT ?o WHERE { SERVICE <" + allowed + "/sparql> { ?s ?p ?o } }");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("federated"), ok.body());
        HttpResponse<String> elsewhere = query("SELECT * WHERE { SERVICE <" + probeUrl() + "> { ?s ?p ?o } }");
        assertEquals(400, elsewhere.statusCode(), elsewhere.body());
        assertTrue(elsewhere.body().contains("not an allowed endpoint"), elsewhere.body());
        assertTrue(probed.isEmpty(), "the server called out: " + probed);
    }

    @Test
    void anAllowedPrefixStillPassesThePublicAddressGuard() throws Exception {
        String allowed = "http://127.0.0.1:" + other.getHttpPort() + "/other";
        server = NewsgraphServer.create(store).port(0).allowService(List.of(allowed)).build().start();
        HttpResponse<String> r = query("SELECT ?o WHERE { SERVICE <" + allowed + "/sparql> { ?s ?p ?o } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("private or local address"), r.body());
    }
}
