package io.newsgraph.store;

import io.newsgraph.document.Article;
import io.newsgraph.document.ArticleReader;
import io.newsgraph.document.Hashes;
import io.newsgraph.extract.Extractor;
import io.newsgraph.model.Extraction;
import io.newsgraph.rdf.ExtractionMapper;
import io.newsgraph.rdf.Iris;
import io.newsgraph.source.ArticleSource;
import io.newsgraph.source.RawArticle;
import io.newsgraph.source.UnreadableArticleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;

/**
 * The ingest pipeline: read each source, skip it when its content hash matches what is stored,
 * extract, map to its article graph, and write batches of graphs, each batch in one transaction.
 * Reading and extraction run in parallel; one bad article is reported and never stops the others.
 */
public final class Ingestion implements AutoCloseable {
    /** Articles per write transaction: small runs stay responsive, large ones make fewer TDB2 transactions (each leaves space behind until compaction). */
    private static final int SMALL_BATCH = 256;
    private static final int LARGE_BATCH = 2048;
    private static final int LARGE_RUN = 5000;

    private final ArticleStore store;
    private final Extractor extractor;
    private final ExtractionMapper mapper;
    private final ArticleReader reader = new ArticleReader();
    private final ExecutorService pool;
    private final boolean force;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-write");
        t.setDaemon(true);
        return t;
    });

    public Ingestion(ArticleStore store, Extractor extractor, int threads, boolean force) {
        this.store = store;
        this.extractor = extractor;
        this.mapper = new ExtractionMapper(extractor.name());
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        this.force = force;
    }

    /**
     * Ingests every source; {@code progress} hears one line per failed article as it happens.
     * Batches are pipelined: while one batch is written (one writer, one transaction per batch),
     * the next is read and extracted.
     */
    public IngestReport ingest(List<ArticleSource> sources, Consumer<String> progress) {
        return ingest(sources, progress, new IngestReport());
    }

    /** Like {@link #ingest(List, Consumer)}, counting into {@code report}, which others may read while it runs. */
    public IngestReport ingest(List<ArticleSource> sources, Consumer<String> progress, IngestReport report) {
        Future<?> writing = writer.submit(() -> store.beginRun(sources.size()));
        boolean done = false;
        try {
            int size = sources.size() >= LARGE_RUN ? LARGE_BATCH : SMALL_BATCH;
            for (int from = 0; from < sources.size(); from += size) {
                List<ArticleSource> batch = sources.subList(from, Math.min(sources.size(), from + size));
                Prepared prepared = prepareBatch(batch, report, progress, writing);
                await(writing);
                writing = prepared.toWrite().isEmpty() ? null : writer.submit(() -> write(prepared, report));
            }
            await(writing);
            done = true;
            long inRun = await(writer.submit(() -> store.endRun(true)));
            long settle = System.nanoTime();
            store.settleConsensus(); // the run's articles summarised once, not once per batch
            report.consensusTook(inRun + System.nanoTime() - settle);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted", e);
        } finally {
            if (!done) {
                endRunUncommitted();
            }
        }
        return report;
    }

    /** After a failed write: drops what the run's open transaction held, on the thread that opened it. */
    private void endRunUncommitted() {
        try {
            writer.submit(() -> store.endRun(false)).get();
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            // the store reports the write that failed; this only closes its transaction
        }
    }

    private static <T> T await(Future<T> f) throws InterruptedException {
        if (f == null) {
            return null;
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("write failed: " + e.getCause(), e.getCause());
        }
    }

    private record Prepared(List<Pair<String, Graph>> toWrite, List<Outcome> outcomes) {
    }

    private void write(Prepared p, IngestReport report) {
        store.replace(p.toWrite());
        for (Outcome o : p.outcomes()) {
            report.stored(o.facts(), o.triples().size());
        }
    }

    /** Ingests one article given as text or HTML bytes, for the HTTP endpoint; returns what was extracted. */
    public Extraction ingestOne(RawArticle raw) throws UnreadableArticleException {
        Article article = reader.read(raw);
        Extraction x = extractor.extract(article);
        Graph g = mapper.toGraph(x);
        store.replace(List.of(Pair.create(ExtractionMapper.graphName(article), g)));
        return x;
    }

    private record Outcome(String graph, Graph triples, int facts, String failure, boolean unchanged) {
    }

    private Prepared prepareBatch(List<ArticleSource> batch, IngestReport report, Consumer<String> progress, Future<?> writing)
            throws InterruptedException {
        List<Future<RawArticle>> reads = new ArrayList<>();
        for (ArticleSource s : batch) {
            reads.add(pool.submit(s::read));
        }
        List<RawArticle> raws = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> graphs = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            report.read();
            try {
                RawArticle raw = reads.get(i).get();
                String hash = Hashes.sha256(raw.bytes());
                raws.add(raw);
                hashes.add(hash);
                graphs.add(Iris.article(ArticleReader.idOf(raw, hash)));
            } catch (ExecutionException e) {
                fail(report, progress, batch.get(i).location(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(report, progress, batch.get(i).location(), e);
            }
        }
        // the previous batch may still be writing; it holds other articles, so this check does not wait for it
        Map<String, String> stored = force ? Map.of() : store.storedHashes(graphs);
        List<Future<Outcome>> work = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            RawArticle raw = raws.get(i);
            String graph = graphs.get(i);
            // unchanged: the same bytes, read by the same extractor (a new alias file re-reads them)
            boolean same = Objects.equals(stored.get(graph), ArticleStore.version(hashes.get(i), extractor.name()));
            work.add(pool.submit(() -> same ? new Outcome(graph, null, 0, null, true) : process(raw)));
        }
        List<Pair<String, Graph>> toWrite = new ArrayList<>();
        List<Outcome> written = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            Outcome o;
            try {
                o = work.get(i).get();
            } catch (ExecutionException | InterruptedException e) {
                o = new Outcome(null, null, 0, raws.get(i).location() + ": extraction failed: " + e.getCause(), false);
            }
            if (o.unchanged()) {
                report.unchanged();
            } else if (o.failure() != null) {
                report.failed(o.failure());
                progress.accept(o.failure());
            } else {
                toWrite.add(Pair.create(o.graph(), o.triples()));
                written.add(o);
            }
        }
        return new Prepared(toWrite, written);
    }

    private Outcome process(RawArticle raw) {
        try {
            Article article = reader.read(raw);
            Extraction x = extractor.extract(article);
            return new Outcome(ExtractionMapper.graphName(article), mapper.toGraph(x), x.facts().size(), null, false);
        } catch (UnreadableArticleException e) {
            return new Outcome(null, null, 0, e.oneLine(), false);
        } catch (RuntimeException e) {
            return new Outcome(null, null, 0, raw.location() + ": extraction failed: " + e, false);
        }
    }

    private static void fail(IngestReport report, Consumer<String> progress, String location, Throwable e) {
        String line = e instanceof UnreadableArticleException u ? u.oneLine() : location + ": " + e.getMessage();
        report.failed(line);
        progress.accept(line);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        writer.shutdown();
    }
}
