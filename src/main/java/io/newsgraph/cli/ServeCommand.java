package io.newsgraph.cli;

import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.serve.NewsgraphServer;
import io.newsgraph.source.Inputs;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.IngestReport;
import io.newsgraph.store.Ingestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve}: Fuseki with its UI over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP with Fuseki: web UI at /, SPARQL query at /newsgraph/sparql, "
                + "read-only Graph Store Protocol at /newsgraph/data, health at /$/ping, Prometheus metrics at /$/metrics."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", description = "TCP port (default: 3030; 0 for any free port).")
    int port = 3030;

    @Option(names = "--host", description = "Interface: 127.0.0.1 (default, this machine only) or 0.0.0.0 (all, for containers).")
    String host = "127.0.0.1";

    @Option(names = "--timeout", paramLabel = "MS", description = "Query timeout in milliseconds (default: 10000).")
    long timeoutMillis = 10_000;

    @Option(names = "--demo", description = "Ingest the bundled sample articles first.")
    boolean demo;

    /** Corrections to entity resolution for posted (and --demo) articles. */
    @picocli.CommandLine.Mixin
    AliasesOption aliases;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may write (HTTP basic; lines 'user: password'). Enables /newsgraph/update, "
                    + "/newsgraph/store (Graph Store writes) and POST /newsgraph/articles for them; without it the server is read-only.")
    Path passwordFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin browsers may call the service from (repeatable); none by default.")
    java.util.List<String> corsOrigins = new java.util.ArrayList<>();

    @Option(names = "--max-results", paramLabel = "N", description = "Most rows a SPARQL query may return (default: 100000).")
    long maxResults = 100_000;

    @Option(names = "--cache-mb", paramLabel = "MB", description = "Memory for answers to repeated queries while the store is unchanged; 0 turns the cache off (default: 128).")
    long cacheMb = 128;

    @Option(names = "--check", description = "Start, answer a ping and a SPARQL query over HTTP, then stop: a smoke test of the "
            + "store and server (exit 0 when both answered). The launcher also uses it to record a class-data-sharing archive "
            + "that makes later starts faster.")
    boolean check;

    @Option(names = "--config", paramLabel = "FILE", description = "A Fuseki configuration file with more datasets or services to serve.")
    Path config;

    @Option(names = "--allow-private-urls", description = "Let POSTed article URLs (and allowed SERVICE endpoints) reach loopback and private addresses.")
    boolean allowPrivateUrls;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX",
            description = "Let SPARQL SERVICE (federated query) call endpoints whose IRI starts with this prefix (repeatable); "
                    + "without it SERVICE is refused with 400.")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Logging.serverLogging();
        if (!host.equals("127.0.0.1") && !host.equals("0.0.0.0") && !host.equals("localhost")) {
            throw new UserError("--host must be 127.0.0.1 or 0.0.0.0", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleBasedExtractor extractor = aliases.extractor();
        GraphStore gs = store.open(false);
        if (demo) {
            Path samples = Samples.folder();
            try (Ingestion ingestion = new Ingestion(gs, extractor, Runtime.getRuntime().availableProcessors(), false)) {
                IngestReport r = ingestion.ingest(Inputs.defaults().expand(List.of(samples.toString())), line -> out.println("skipped " + line));
                out.println("demo: " + r.summary() + " from " + samples);
            }
        }
        NewsgraphServer server;
        try {
            server = NewsgraphServer.create(gs).port(port).loopback(!host.equals("0.0.0.0")).queryTimeoutMillis(timeoutMillis)
                    .passwordFile(passwordFile).allowPrivateUrls(allowPrivateUrls).allowService(allowService).corsOrigins(corsOrigins)
                    .maxResults(maxResults).cacheMegabytes(cacheMb).configFile(config).extractor(extractor).build().start();
        } catch (RuntimeException e) {
            gs.close();
            throw new UserError("cannot start server on port " + port + ": " + Errors.oneLine(e));
        }
        if (check) {
            try {
                return selfCheck(server, out);
            } finally {
                server.stop();
                gs.close();
            }
        }
        out.println("newsgraph serving " + gs.dir().toAbsolutePath() + " (" + gs.articleCount() + " articles)");
        out.println("  UI:      http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port() + "/");
        out.println("  SPARQL:  http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port() + NewsgraphServer.DATASET + "/sparql");
        out.println("  Ctrl-C to stop");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            gs.close();
        }));
        server.join();
        return 0;
    }

    private static int selfCheck(NewsgraphServer server, PrintWriter out) {
        HttpClient http = HttpClient.newHttpClient();
        String query = "SELECT (COUNT(*) AS ?facts) WHERE { GRAPH ?g { ?f a <https://w3id.org/newsgraph/ontology#Fact> } }";
        try {
            int ping = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            HttpResponse<String> q = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            String facts = q.body().lines().skip(1).findFirst().orElse("?").trim();
            out.println("check: ping " + ping + ", query " + q.statusCode() + " (" + facts + " facts) on port " + server.port());
            out.flush();
            return ping == 200 && q.statusCode() == 200 ? 0 : 1;
        } catch (IOException | InterruptedException e) {
            throw new UserError("check failed: the server did not answer on port " + server.port() + ": " + Errors.oneLine(e));
        }
    }

    /** The bundled sample articles: ./samples when run from the repository, else copied out of the jar. */
    static final class Samples {
        private Samples() {
        }

        static Path folder() throws IOException {
            Path local = Path.of("samples");
            if (Files.isRegularFile(local.resolve("index.list"))) {
                return local.toAbsolutePath();
            }
            Path dir = Files.createTempDirectory("newsgraph-samples");
            for (String name : index()) {
                try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(name));
                    }
                }
            }
            return dir;
        }

        private static List<String> index() throws IOException {
            try (InputStream in = Samples.class.getResourceAsStream("/samples/index.list")) {
                if (in == null) {
                    throw new UserError("the sample articles are not packaged in this build");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }
    }
}
