package io.newsgraph.cli;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: $NEWSGRAPH_STORE, else ./" + GraphStore.DEFAULT_DIR + ")")
    Path store;

    Path dir() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("NEWSGRAPH_STORE");
        return Path.of(env != null && !env.isBlank() ? env : GraphStore.DEFAULT_DIR);
    }

    /** Opens the store; a store that does not exist yet is an error when {@code mustExist}. */
    GraphStore open(boolean mustExist) {
        Path dir = dir();
        if (mustExist && !Files.isDirectory(dir)) {
            throw new UserError("no store at " + dir.toAbsolutePath() + " (run 'newsgraph ingest --store " + dir + " ARTICLES...' first)");
        }
        try {
            return GraphStore.open(dir);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }
}
