package io.newsgraph.cli;

import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.ArticleSource;
import io.newsgraph.source.Inputs;
import io.newsgraph.store.ArticleStore;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.RemoteStore;
import io.newsgraph.store.IngestReport;
import io.newsgraph.store.Ingestion;
import io.newsgraph.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph ingest}: read articles, extract, store one graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (files, folders, http(s) URLs, '-' for stdin), extracts their facts and stores one "
                + "named graph per article. Unchanged articles (same content hash) are skipped; changed ones replace "
                + "their graph. One bad article is reported and does not stop the others.",
                "Exit code: 0 when at least one article was stored or already up to date; 1 when none could be, or the store failed."})
final class IngestCommand implements Callable<Integer> {
    private static final int PROGRESS_FROM = 500;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, folders (recursive), http(s) URLs, or '-'.")
    List<String> inputs;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Re-extract even articles whose content has not changed.")
    boolean force;

    @Option(names = "--compact", description = "Compact the store afterwards, reclaiming space left by replaced graphs.")
    boolean compact;

    @Mixin
    AliasesOption aliases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleSource> sources = Inputs.defaults().expand(inputs);
        if (sources.isEmpty()) {
            throw new UserError("no articles found in " + String.join(", ", inputs) + " (looked for .txt, .html, .htm)");
        }
        if (compact && RemoteStore.isRemote(store.location())) {
            throw new UserError("--compact works on a local store folder; a remote store compacts itself");
        }
        RuleBasedExtractor extractor = aliases.extractor(); // before any progress thread: a bad file ends the command here
        IngestReport report = new IngestReport();
        long start = System.nanoTime();
        // a progress line every few seconds on long runs, on stderr so stdout keeps the one summary line
        java.util.concurrent.ScheduledExecutorService ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        if (sources.size() >= PROGRESS_FROM) {
            ticker.scheduleAtFixedRate(() -> {
                double secs = (System.nanoTime() - start) / 1e9;
                err.printf("ingest: %d/%d read, %d written, %d unchanged, %d failed, %.0f articles/s%n", report.readCount(), sources.size(),
                        report.storedCount(), report.unchangedCount(), report.failures().size(), report.readCount() / Math.max(secs, 1e-9));
                err.flush();
            }, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
        }
        String where;
        boolean local;
        boolean intoArticles;
        try (ArticleStore gs = store.openAny(false); Ingestion ingestion = new Ingestion(gs, extractor, threads, force)) {
            local = gs instanceof GraphStore;
            // a large run into a store without articles is one transaction and leaves little behind; into one
            // with articles it replaces graphs and leaves their old copies
            intoArticles = local && gs.articleCount() > 0;
            ingestion.ingest(sources, line -> err.println("skipped " + line), report);
            if (compact && local) {
                ((GraphStore) gs).compact();
            }
            where = gs.location(); // a remote store's URL without its credentials
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        } finally {
            ticker.shutdownNow();
        }
        if (local && (compact || report.storedCount() >= GraphStore.PACK_AFTER)) {
            // a large run leaves its index blocks half full (and a compaction copies them so): rewritten full, about half
            // the space, once the store is closed
            long p0 = System.nanoTime();
            try {
                var packed = GraphStore.pack(store.dir(), line -> { });
                err.printf("packed the store's indexes in %.1f s: %.1f MB -> %.1f MB%n", (System.nanoTime() - p0) / 1e9,
                        packed.bytesBefore() / 1048576.0, packed.bytesAfter() / 1048576.0);
            } catch (RuntimeException e) {
                err.println("store left unpacked (its data is whole): " + e.getMessage());
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf("%s in %.1f s; store %s%n", report.summary(), secs, where);
        if (!compact && report.storedCount() >= GraphStore.PACK_AFTER && intoArticles) {
            err.println("hint: the replaced articles' node data stays until 'newsgraph compact'");
        }
        out.flush();
        return report.storedCount() + report.unchangedCount() > 0 ? 0 : 1;
    }
}
