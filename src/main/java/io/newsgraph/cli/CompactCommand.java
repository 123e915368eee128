package io.newsgraph.cli;

import io.newsgraph.store.GraphStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph compact}: reclaim the space replaced graphs leave in TDB2. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the store: TDB2 keeps replaced data until compaction, so re-ingesting changed articles grows it.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore gs = store.open(true)) {
            gs.compact();
        }
        // TDB2's compaction copies the data in index order, which leaves index blocks half full: rewritten full
        GraphStore.pack(store.dir(), line -> { });
        spec.commandLine().getOut().println("compacted " + store.dir().toAbsolutePath());
        return 0;
    }
}
