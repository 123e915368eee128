package io.newsgraph.serve;

import io.newsgraph.store.GraphStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;

/**
 * The SPARQL service: Fuseki embedded over the store, dataset {@code /newsgraph} with SPARQL query
 * ({@code /newsgraph/sparql}, {@code /newsgraph/query} and the dataset URL itself), the read-only
 * Graph Store Protocol ({@code /newsgraph/data}), the Fuseki web UI at {@code /}, and
 * {@code /$/ping}, {@code /$/metrics} for health and monitoring. Configuration is fixed once built.
 */
public final class NewsgraphServer {
    /** The dataset name in URLs. */
    public static final String DATASET = "/newsgraph";

    private final FusekiServer server;

    private NewsgraphServer(FusekiServer server) {
        this.server = server;
    }

    /** A builder with the defaults: port 3030, loopback only, 10 s query timeout. */
    public static Builder create(GraphStore store) {
        return new Builder(store);
    }

    /** Starts serving; returns this. */
    public NewsgraphServer start() {
        server.start();
        return this;
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
        server.stop();
    }

    /** Configuration of a {@link NewsgraphServer}. */
    public static final class Builder {
        private final GraphStore store;
        private int port = 3030;
        private boolean loopback = true;
        private long timeoutMillis = 10_000;

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

        public NewsgraphServer build() {
            store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            DataService service = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "")
                    .addEndpoint(Operation.GSP_R, "data")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(true)
                    .add(DATASET, service)
                    .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(uiBase()))
                    .addProcessor("/$/server", new ActionServerStatus())
                    .fusekiModules(FusekiModules.create(FMod_UI.create()));
            return new NewsgraphServer(b.build());
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
