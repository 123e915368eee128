package io.newsgraph.serve;

import io.newsgraph.store.GraphStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.RuleBasedExtractor;

/**
 * The SPARQL service: Fuseki embedded over the store, dataset {@code /newsgraph} with SPARQL query
 * ({@code /newsgraph/sparql}, {@code /newsgraph/query} and the dataset URL itself), the read-only
 * Graph Store Protocol ({@code /newsgraph/data}), the Fuseki web UI at {@code /}, and
 * {@code /$/ping}, {@code /$/metrics} for health and monitoring. Configuration is fixed once built.
 */
public final class NewsgraphServer {
    /** The dataset name in URLs. */
    public static final String DATASET = "/newsgraph";
    /** The Fuseki operation behind {@code POST /newsgraph/articles}. */
    static final Operation ARTICLES = Operation.alloc("https://w3id.org/newsgraph/ontology#PostArticles", "articles",
            "Extract and store a posted article");

    private final FusekiServer server;
    private final ResultCache cache;
    /** The password file's user store: it watches the file for changes, so it is stopped with the server. */
    private final org.eclipse.jetty.security.UserStore userStore;

    private NewsgraphServer(FusekiServer server, ResultCache cache, org.eclipse.jetty.security.UserStore userStore) {
        this.userStore = userStore;
        this.server = server;
        this.cache = cache;
    }

    /** A builder with the defaults: port 3030, loopback only, 10 s query timeout. */
    public static Builder create(GraphStore store) {
        return new Builder(store);
    }

    /** Starts serving; returns this. */
    public NewsgraphServer start() {
        server.start();
        if (cache != null) {
            cache.startRefreshing(port());
        }
        return this;
    }

    /**
     * Waits until the answers read in the last minutes have been computed again for the store as it
     * is now, so the next reads of them come from memory; true at once without an answer cache,
     * false if it took longer than {@code millis}.
     */
    public boolean awaitFreshAnswers(long millis) throws InterruptedException {
        return cache == null || cache.awaitRefreshed(millis);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** "http://127.0.0.1:PORT/newsgraph". */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port() + DATASET;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public void stop() {
        if (cache != null) {
            cache.stopRefreshing();
        }
        server.stop();
        if (userStore != null) {
            try {
                userStore.stop();
            } catch (Exception e) {
                // stopping a file watcher cannot lose data; nothing to report
            }
        }
    }

    /** Configuration of a {@link NewsgraphServer}. */
    public static final class Builder {
        private final GraphStore store;
        private int port = 3030;
        private boolean loopback = true;
        private long timeoutMillis = 10_000;
        private Path passwordFile;
        private boolean allowPrivateUrls;
        private Extractor extractor = RuleBasedExtractor.standard();
        private List<String> corsOrigins = List.of();
        private List<String> allowedServices = List.of();
        private long maxResults = 100_000;
        private Path configFile;
        private long cacheBytes = 128L << 20;

        private Builder(GraphStore store) {
            this.store = store;
        }

        /** TCP port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** True (the default) to listen on 127.0.0.1 only; false for all interfaces (containers). */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** Longest a query may run before it is cut off with HTTP 503. */
        public Builder queryTimeoutMillis(long millis) {
            this.timeoutMillis = millis;
            return this;
        }

        /**
         * Users allowed to write (HTTP basic, one "user: password" a line). With it the server also
         * offers SPARQL Update ({@code /newsgraph/update}), Graph Store writes ({@code /newsgraph/store})
         * and {@code POST /newsgraph/articles}, all for authenticated users only; without it, no writes.
         */
        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        /**
         * Endpoint IRI prefixes that SPARQL {@code SERVICE} may call (none by default: federated queries are
         * refused). Each call also passes the public-address guard unless private URLs are allowed.
         */
        public Builder allowService(List<String> prefixes) {
            this.allowedServices = List.copyOf(prefixes);
            return this;
        }

        /** Let posted article URLs reach loopback and private addresses (off by default). */
        public Builder allowPrivateUrls(boolean allow) {
            this.allowPrivateUrls = allow;
            return this;
        }

        /** Largest number of rows (or triples) a SPARQL query may return; queries get a LIMIT at most this. */
        public Builder maxResults(long max) {
            this.maxResults = max;
            return this;
        }

        /** Memory for answers to repeated reads while the store is unchanged (0: no cache); 128 MB by default. */
        public Builder cacheMegabytes(long megabytes) {
            this.cacheBytes = megabytes << 20;
            return this;
        }

        /** A Fuseki configuration file with more datasets or services to serve beside /newsgraph. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** Origins (e.g. "https://analytics.example.com") browsers may call the service from; none by default. */
        public Builder corsOrigins(List<String> origins) {
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        /** The extractor for posted articles. */
        public Builder extractor(Extractor extractor) {
            this.extractor = extractor;
            return this;
        }

        public NewsgraphServer build() {
            store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            DataService.Builder service = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "")
                    .addEndpoint(Operation.GSP_R, "data")
                    .addEndpoint(Operation.GSP_R, "get");
            FusekiServer.Builder b = FusekiServer.create();
            org.eclipse.jetty.security.UserStore users = null;
            if (configFile != null) {
                // a fuseki:Server section resets ping, stats and metrics: they are enabled again below
                b.parseConfigFile(configFile.toString());
            }
            if (passwordFile != null) {
                if (!Files.isReadable(passwordFile)) {
                    throw new IllegalArgumentException("cannot read password file " + passwordFile);
                }
                // the same security handler Fuseki builds from a password file, but with a user store we can
                // stop: Fuseki's own keeps a file-watching thread running after the server stops
                users = org.apache.jena.fuseki.main.JettySecurityLib.makeUserStore(passwordFile.toString());
                b.securityHandler(org.apache.jena.fuseki.main.JettySecurityLib.makeSecurityHandler("newsgraph", users, AuthScheme.BASIC))
                        .auth(AuthScheme.BASIC).realm("newsgraph");
                b.registerOperation(ARTICLES, new ArticlesService(store, extractor, allowPrivateUrls));
                service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "store", Auth.ANY_USER)
                        .addEndpoint(ARTICLES, "articles", Auth.ANY_USER);
            }
            if (!corsOrigins.isEmpty()) {
                b.enableCors(true, corsConfig(corsOrigins).toString());
            }
            ServiceGuard services = new ServiceGuard(allowedServices, allowPrivateUrls);
            // backstop: without an allowed endpoint the query engine itself sends no SERVICE request
            store.dataset().getContext().set(ARQ.httpServiceAllowed, services.anyAllowed());
            b.registerOperation(Operation.Query, new BoundedQuery(maxResults, services));
            b.registerOperation(Operation.Update, new GuardedUpdate(services, store));
            b.registerOperation(Operation.GSP_RW, new KeyedGraphStoreWrites(store));
            // first of the filters: nothing reads an oversized request
            b.addFilter(DATASET + "/*", new RequestLimits(DATASET + "/articles"));
            b.addFilter(DATASET, new RequestLimits(DATASET + "/articles"));
            ResultCache cache = null;
            if (cacheBytes > 0) {
                cache = new ResultCache(store, cacheBytes, timeoutMillis);
                for (String endpoint : List.of("", "/sparql", "/query")) {
                    b.addFilter(DATASET + endpoint, cache);
                }
                b.addFilter(NamedQueryFilter.PREFIX + "*", cache);
            }
            try {
                b.addFilter(NamedQueryFilter.PREFIX + "*", new NamedQueryFilter(store, timeoutMillis));
                b.addFilter(ResourcePages.PREFIX + "*", new ResourcePages(store));
                b.addFilter("/static/*", new UiQueryDefaults());
            } catch (IOException e) {
                throw new IllegalStateException("named queries missing from this build", e);
            }
            b
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(true)
                    .add(DATASET, service.build())
                    .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(uiBase()))
                    .addProcessor("/$/server", new ActionServerStatus())
                    .fusekiModules(FusekiModules.create(FMod_UI.create()));
            return new NewsgraphServer(b.build(), cache, users);
        }

        /** Jetty's CrossOriginFilter settings for the allowed origins only (Fuseki reads them from a properties file). */
        private static Path corsConfig(List<String> origins) {
            try {
                Path f = Files.createTempFile("newsgraph-cors", ".properties");
                Files.writeString(f, "allowedOrigins=" + String.join(",", origins) + "\n"
                        + "allowedMethods=GET,POST,OPTIONS\n"
                        + "allowedHeaders=Accept,Authorization,Content-Type,Origin,X-Requested-With\n"
                        + "allowCredentials=false\n");
                f.toFile().deleteOnExit();
                return f;
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the CORS settings", e);
            }
        }

        /** FusekiServerCtl wants a base folder; the UI itself comes from the jena-fuseki-ui jar. */
        private static Path uiBase() {
            try {
                return Files.createTempDirectory("newsgraph-fuseki");
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a temporary folder for the Fuseki UI", e);
            }
        }
    }
}
