package io.newsgraph.store;

import io.newsgraph.rdf.NG;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.OWL;

/**
 * A store that is a remote SPARQL 1.1 service: a Fuseki (or Fuseki cluster behind RDF Delta),
 * GraphDB, Virtuoso or Neptune dataset. Reads go to its query endpoint; a batch of article graphs is
 * written as one SPARQL Update request (DROP SILENT GRAPH and INSERT DATA for each graph), which
 * Fuseki and the other stores above run as one transaction, so a batch is stored whole or not at
 * all; the ontology graph is put with the Graph Store Protocol.
 *
 * <p>The location is the dataset URL, e.g. {@code http://db.example.com:3030/newsgraph}; endpoint
 * names default to Fuseki's ({@code sparql}, {@code update}, {@code data}) and can be changed in
 * the fragment: {@code ...#query=repositories/news&update=repositories/news/statements}. Credentials
 * for HTTP basic come from the URL's user info or from {@code NEWSGRAPH_STORE_USER} and
 * {@code NEWSGRAPH_STORE_PASSWORD}. The queries in {@code queries/} name graphs explicitly where
 * they must; the few that read the default graph expect it to be the union of the named graphs
 * (Fuseki with TDB2: {@code tdb2:unionDefaultGraph true}).
 */
public final class RemoteStore implements ArticleStore {
    private static final int HASH_LOOKUP_CHUNK = 200;

    private final String base;
    private final String queryUrl;
    private final HttpClient http;
    private final RDFConnection conn;
    private boolean ontologyChecked;

    private RemoteStore(String base, String queryUrl, String updateUrl, String gspUrl, HttpClient http) {
        this.base = base;
        this.queryUrl = queryUrl;
        this.http = http;
        this.conn = RDFConnectionRemote.newBuilder().queryEndpoint(queryUrl).updateEndpoint(updateUrl).gspEndpoint(gspUrl)
                .httpClient(http).build();
    }

    /** Whether a {@code --store} value names a remote service rather than a folder. */
    public static boolean isRemote(String location) {
        String l = location.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** Connects to the dataset at the URL (nothing is sent until the first read or write). */
    public static RemoteStore open(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new StoreException("not a store URL: " + location + " (" + e.getReason() + ")", e);
        }
        Map<String, String> endpoints = new HashMap<>(Map.of("query", "sparql", "update", "update", "data", "data"));
        if (uri.getRawFragment() != null) {
            for (String kv : uri.getRawFragment().split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    endpoints.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String user = System.getenv("NEWSGRAPH_STORE_USER");
        String password = System.getenv("NEWSGRAPH_STORE_PASSWORD");
        if (uri.getRawUserInfo() != null) {
            String[] up = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(up[0], StandardCharsets.UTF_8);
            password = up.length > 1 ? URLDecoder.decode(up[1], StandardCharsets.UTF_8) : "";
        }
        String base;
        try {
            base = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString().replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new StoreException("not a store URL: " + location, e);
        }
        HttpClient.Builder hb = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (user != null && password != null) {
            String u = user;
            char[] p = password.toCharArray();
            hb.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, p);
                }
            });
        }
        return new RemoteStore(base, endpoint(base, endpoints.get("query")), endpoint(base, endpoints.get("update")),
                endpoint(base, endpoints.get("data")), hb.build());
    }

    private static String endpoint(String base, String name) {
        return isRemote(name) ? name : name.isEmpty() ? base : base + "/" + name;
    }

    @Override
    public String location() {
        return base;
    }

    @Override
    public Map<String, String> storedHashes(List<String> graphIris) {
        Map<String, String> out = new HashMap<>();
        for (int from = 0; from < graphIris.size(); from += HASH_LOOKUP_CHUNK) {
            StringBuilder values = new StringBuilder();
            for (String iri : graphIris.subList(from, Math.min(graphIris.size(), from + HASH_LOOKUP_CHUNK))) {
                values.append(" <").append(NodeFactory.createURI(iri).getURI()).append('>');
            }
            String q = "SELECT ?g ?h ?x WHERE { VALUES ?g {" + values + " } GRAPH ?g { ?g <" + NG.contentHash.getURI() + "> ?h "
                    + "OPTIONAL { ?g <" + NG.extractor.getURI() + "> ?x } } }";
            remote("read content hashes", () -> conn.querySelect(q, (QuerySolution s) ->
                    out.put(s.getResource("g").getURI(), ArticleStore.version(s.getLiteral("h").getLexicalForm(),
                            s.contains("x") ? s.getLiteral("x").getLexicalForm() : ""))));
        }
        return out;
    }

    @Override
    public void replace(List<Pair<String, Graph>> graphs) {
        ensureOntology();
        UpdateRequest request = new UpdateRequest();
        for (Pair<String, Graph> p : graphs) {
            Node g = NodeFactory.createURI(p.getLeft());
            request.add(new UpdateDrop(g, true));
            QuadDataAcc quads = new QuadDataAcc();
            p.getRight().find().forEachRemaining(t -> quads.addQuad(Quad.create(g, t)));
            request.add(new UpdateDataInsert(quads));
        }
        remote("write " + graphs.size() + " article graphs (nothing of this batch was stored)", () -> conn.update(request));
    }

    private synchronized void ensureOntology() {
        if (ontologyChecked) {
            return;
        }
        Graph ontology = GraphStore.bundledOntology();
        Node name = NodeFactory.createURI(NG.ONTOLOGY);
        Node version = ontology.find(name, OWL.versionInfo.asNode(), Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
        boolean current = version != null && remote("check the ontology graph", () -> conn.queryAsk(
                "ASK { GRAPH <" + NG.ONTOLOGY + "> { <" + NG.ONTOLOGY + "> <" + OWL.versionInfo.getURI() + "> "
                        + org.apache.jena.riot.out.NodeFmtLib.strNT(version) + " } }"));
        if (!current) {
            remote("put the ontology graph", () -> conn.put(NG.ONTOLOGY, org.apache.jena.rdf.model.ModelFactory.createModelForGraph(ontology)));
        }
        ontologyChecked = true;
    }

    @Override
    public long articleCount() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g <" + NG.contentHash.getURI() + "> ?h } }";
        long[] n = {0};
        remote("count articles", () -> conn.querySelect(q, s -> n[0] = s.getLiteral("n").getLong()));
        return n[0];
    }

    @Override
    public <T> T query(Query query, Map<String, RDFNode> params, long timeoutMillis, Function<QueryExecution, T> body) {
        QueryExecutionHTTPBuilder b = QueryExecutionHTTPBuilder.service(queryUrl).httpClient(http).query(query);
        params.forEach(b::substitution);
        if (timeoutMillis > 0) {
            b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return remote("query", () -> {
            try (QueryExecution qe = b.build()) {
                return body.apply(qe);
            }
        });
    }

    /** Every named graph of the remote dataset, read into memory (one SELECT over all quads, which any SPARQL 1.1 store answers). */
    public DatasetGraph fetchAll() {
        DatasetGraph out = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        remote("read the dataset", () -> conn.querySelect("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", row ->
                out.add(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
        return out;
    }

    private <T> T remote(String what, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new StoreException("remote store " + base + ": cannot " + what + ": " + m, e);
        }
    }

    private void remote(String what, Runnable call) {
        remote(what, () -> {
            call.run();
            return null;
        });
    }

    @Override
    public void close() {
        conn.close();
    }
}
