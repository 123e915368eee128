package io.newsgraph.cli;

import io.newsgraph.store.GraphStore;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph remove}: retract articles, each graph with every fact and provenance it holds. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes the articles read from these sources (files as given to ingest, URLs, posted sources, or "
                + "article graph IRIs) with everything they state, all in one transaction. 'ingest' of the same source "
                + "afterwards stores it again.",
                "Exit code: 0 when every source named was stored and is removed; 1 when any was not stored (the others are removed)."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "A file path, URL, posted source name or article graph IRI.")
    List<String> sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> asStored = new ArrayList<>();
        for (String s : sources) {
            asStored.add(asStored(s));
        }
        Map<String, List<String>> removed;
        try (GraphStore gs = store.open(true)) {
            removed = gs.removeSources(asStored);
        }
        int graphs = 0;
        int missing = 0;
        for (int i = 0; i < sources.size(); i++) {
            List<String> g = removed.get(asStored.get(i));
            if (g == null || g.isEmpty()) {
                err.println("not stored: " + sources.get(i));
                missing++;
            } else {
                graphs += g.size();
            }
        }
        out.printf("removed %d article%s; store %s%n", graphs, graphs == 1 ? "" : "s", store.dir().toAbsolutePath());
        out.flush();
        err.flush();
        return missing == 0 ? 0 : 1;
    }

    /** The source as ingest recorded it: a file by its absolute normalized path, a URL or IRI as given. */
    static String asStored(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return Path.of(URI.create(source)).toAbsolutePath().normalize().toString();
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            return source; // http(s) URLs, article IRIs, upload: and other posted source names
        }
        return Path.of(source).toAbsolutePath().normalize().toString();
    }
}
