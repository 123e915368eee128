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
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the samples, starts the real server on a free loopback port and talks to it over HTTP. */
class ServeEndToEndTest {
    @TempDir
    static Path tmp;

    static GraphStore store;
    static NewsgraphServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        SampleArticles.ingestInto(store);
        server = NewsgraphServer.create(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSparqlOverHttp() throws Exception {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?investee WHERE { ?f a ng:Investment ; ng:investor/skos:prefLabel \"Meta\" ; ng:investee/skos:prefLabel ?investee }";
        HttpResponse<String> r = get("/newsgraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Scale AI"), r.body());

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
        assertTrue(post.body().contains("\"bindings\""));
    }

    @Test
    void servesArticleGraphsReadOnly() throws Exception {
        HttpResponse<String> union = get("/newsgraph/data?graph=urn:x-arq:UnionGraph", "text/turtle");
        assertEquals(200, union.statusCode());
        assertTrue(union.body().contains("Investment"));
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "writes are refused: " + put.statusCode());
        try {
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "SPARQL Update is refused: " + update.statusCode());
        } catch (java.io.IOException refusedByClosing) {
            // Jetty may answer a refused request by closing before reading its body; the store check below decides
        }
        assertEquals(6, store.articleCount(), "nothing was dropped");
    }

    @Test
    void servesTheUiAndHealth() throws Exception {
        HttpResponse<String> ui = get("/", null);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("fuseki"), ui.body());
        assertEquals(200, get("/$/ping", null).statusCode());
        HttpResponse<String> status = get("/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/newsgraph"), status.body());
        assertEquals(200, get("/$/metrics", null).statusCode());
    }

    @Test
    void namedQueriesAnswerOverHttpWithBoundParameters() throws Exception {
        HttpResponse<String> r = get("/newsgraph/queries/company?name=" + URLEncoder.encode("Scale AI", StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("kind,role,other,detail,sentence,source"), r.body());
        assertTrue(r.body().contains("Investment,investee,Meta"), r.body());
        // a value that would break a query built by string concatenation is just a name that matches nothing
        HttpResponse<String> inj = get("/newsgraph/queries/company?name=" + URLEncoder.encode("x\" } ; DROP ALL ; {\"", StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, inj.statusCode());
        assertEquals(1, inj.body().strip().lines().count(), inj.body());
        assertEquals(404, get("/newsgraph/queries/no-such-query", null).statusCode());
        HttpResponse<String> json = get("/newsgraph/queries/investments", "application/sparql-results+json");
        assertTrue(json.body().contains("\"investor\""), json.body());
    }

    @Test
    void wrongNamedQueryParametersAreA400NamingTheProblem() throws Exception {
        HttpResponse<String> missing = get("/newsgraph/queries/company", "text/csv");
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("needs parameter 'name'"), missing.body());
        HttpResponse<String> unknown = get("/newsgraph/queries/investments?nmae=x", "text/csv");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("has no parameter 'nmae'"), unknown.body());
        HttpResponse<String> notNumber = get("/newsgraph/queries/low-confidence-facts?threshold=abc", "text/csv");
        assertEquals(400, notNumber.statusCode(), notNumber.body());
        assertTrue(notNumber.body().contains("must be a number"), notNumber.body());
        assertEquals(200, get("/newsgraph/queries/low-confidence-facts?threshold=0.9", "text/csv").statusCode());
    }

    @Test
    void entityIrisResolveToPagesAndRdf() throws Exception {
        HttpResponse<String> html = get("/id/org/scale-ai", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<h1>Scale AI</h1>"), html.body());
        assertTrue(html.body().contains("href=\"/id/org/meta\""), "links to related entities");
        assertTrue(html.body().contains("Scale AI counts OpenAI, Google and Microsoft"), "sentences as evidence");
        assertTrue(html.body().contains("Meta takes 49% of Scale AI in $14.3 billion deal"), "articles by their headline");
        assertTrue(html.body().contains("backed by") && html.body().contains("supplier to"), "relations in words");
        assertTrue(!html.body().contains(">organization<") && !html.body().contains(">/"), "no bare role names or local paths");
        HttpResponse<String> person = get("/id/person/alexandr-wang", "text/html");
        assertTrue(person.body().contains("Person") && person.body().contains("co-founder"), person.body());
        HttpResponse<String> ttl = get("/id/org/scale-ai", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(ttl.body(), org.apache.jena.riot.Lang.TURTLE).parse(m);
        assertTrue(m.size() > 10);
        assertEquals(404, get("/id/org/nobody-knows-this", "text/html").statusCode());
    }

    @Test
    void jenaRemoteQueryToolsWork() {
        try (org.apache.jena.sparql.exec.http.QueryExecutionHTTP qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP
                .service(server.datasetUrl() + "/sparql")
                .query("PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(?f) AS ?n) { ?f a ng:Layoff }").build()) {
            assertTrue(qe.execSelect().next().getLiteral("n").getInt() >= 3);
        }
    }

    @Test
    void aBrowserGetsNamedQueriesAsPagesAndAnIndex() throws Exception {
        String html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"; // what a browser sends
        HttpResponse<String> index = get("/newsgraph/queries/", html);
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("href=\"/newsgraph/queries/investments\"") && index.body().contains("company"), index.body());
        HttpResponse<String> plain = get("/newsgraph/queries/", null);
        assertTrue(plain.body().lines().anyMatch(l -> l.startsWith("investments\t")), plain.body());

        HttpResponse<String> page = get("/newsgraph/queries/company?name=" + URLEncoder.encode("Scale AI", StandardCharsets.UTF_8), html);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<form") && page.body().contains("value=\"Scale AI\""), page.body());
        assertTrue(page.body().contains("<table>") && page.body().contains("<td>"), page.body());
        assertTrue(page.body().contains("format=csv&amp;name=Scale+AI"), "links to the data formats");

        HttpResponse<String> form = get("/newsgraph/queries/company", html);
        assertEquals(200, form.statusCode(), "a first visit shows the form");
        assertTrue(form.body().contains("<form") && !form.body().contains("<table>"), form.body());
        HttpResponse<String> csv = get("/newsgraph/queries/investments", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), "data clients still get data");
    }
}
