package io.newsgraph.cli;

import io.newsgraph.store.ArticleStore;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.RemoteStore;
import io.newsgraph.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "TDB2 store folder, or the URL of a remote SPARQL 1.1 dataset (Query, Update, Graph Store Protocol; "
                    + "credentials in the URL or $NEWSGRAPH_STORE_USER/$NEWSGRAPH_STORE_PASSWORD) (default: $NEWSGRAPH_STORE, else ./"
                    + GraphStore.DEFAULT_DIR + ")")
    String store;

    String location() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("NEWSGRAPH_STORE");
        return env != null && !env.isBlank() ? env : GraphStore.DEFAULT_DIR;
    }

    Path dir() {
        String l = location();
        if (RemoteStore.isRemote(l)) {
            throw new UserError("this command needs a local store folder, not the remote store " + l);
        }
        return Path.of(l);
    }

    /** Opens a local folder or a remote store; a local store that does not exist yet is an error when {@code mustExist}. */
    ArticleStore openAny(boolean mustExist) {
        String l = location();
        if (!RemoteStore.isRemote(l)) {
            return open(mustExist);
        }
        try {
            return RemoteStore.open(l);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
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
