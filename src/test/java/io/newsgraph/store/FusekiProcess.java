package io.newsgraph.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;

/**
 * A plain Fuseki server from its command-line arguments, for tests that need a second, separate
 * Fuseki process. Fuseki's own command sets up Log4j2, which this project does not ship (one SLF4J
 * binding: slf4j-simple), so this entry point builds the server the same way without that step.
 */
public final class FusekiProcess {
    private FusekiProcess() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        FusekiServer server = FusekiMain.build(args);
        server.start();
        server.join();
    }
}
