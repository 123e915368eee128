package io.newsgraph.store;

import io.newsgraph.document.Hashes;
import io.newsgraph.rdf.Iris;
import io.newsgraph.rdf.NG;
import io.newsgraph.rdf.Prefixes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;

/**
 * The TDB2 dataset in a folder: one named graph per article, the ontology in its own graph, and
 * the union of all graphs as the default graph for queries. Writes replace whole article graphs
 * inside one transaction, so a graph is never half-written and a failed batch changes nothing.
 */
public final class GraphStore implements ArticleStore {
    /** Where the store lives when the user names none. */
    public static final String DEFAULT_DIR = "newsgraph-store";

    private final Path dir;
    private final DatasetGraph dsg;
    private volatile TransactionCoordinator watched;
    private long epoch;

    private GraphStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the store in the folder and makes sure it holds the current ontology. */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = connect(dir);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + dir + ": " + oneLine(e), e);
        }
        pruneUnusedIndexes(dir);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        GraphStore store = new GraphStore(dir, dsg);
        store.ensureOntology();
        store.ensureConsensus();
        store.ensureSortKeys();
        return store;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("lock")) {
            return "it is in use by another process (a running 'newsgraph serve'?): " + m;
        }
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public String location() {
        return dir.toAbsolutePath().toString();
    }

    @Override
    public <T> T query(Query query, Map<String, RDFNode> params, long timeoutMillis, Function<QueryExecution, T> body) {
        Dataset ds = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dsg, () -> {
            var builder = QueryExecution.dataset(ds).query(params.isEmpty() ? FirstPages.rewrite(query, dsg) : query);
            params.forEach(builder::substitution);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return body.apply(qe);
            }
        });
    }

    /** The folder the store lives in. */
    public Path dir() {
        return dir;
    }

    /** The underlying dataset, with the union of all graphs as its default graph. */
    public DatasetGraph dataset() {
        return dsg;
    }

    private void ensureOntology() {
        Graph ontology = bundledOntology();
        Node name = NodeFactory.createURI(NG.ONTOLOGY);
        Node version = versionOf(ontology);
        boolean current = Txn.calculateRead(dsg, () ->
                dsg.contains(name, name, OWL.versionInfo.asNode(), version) && dsg.getGraph(name).size() == ontology.size());
        boolean prefixed = Txn.calculateRead(dsg, () -> dsg.prefixes().get("ng") != null);
        if (!current || !prefixed) {
            Txn.executeWrite(dsg, () -> {
                replaceGraph(name, ontology);
                dsg.prefixes().putAll(Prefixes.standard());
            });
        }
    }

    /** Version of the consensus graph's layout; a store without it (or with another) has the graph rebuilt once. */
    private static final Node CONSENSUS_VERSION = NodeFactory.createLiteralString("3");
    /** Marks a batch of article graphs whose facts' consensus is still to be refreshed (a bulk load commits before the refresh). */
    private static final Node CONSENSUS_PENDING = NG.term("consensusPending");

    /**
     * Brings the derived consensus graph up to date on opening: built once for a store written before
     * it existed, and refreshed for articles a bulk load stored but a crash kept from summarising.
     */
    private void ensureConsensus() {
        boolean current = Txn.calculateRead(dsg, () -> dsg.contains(Consensus.GRAPH, Consensus.GRAPH, OWL.versionInfo.asNode(), CONSENSUS_VERSION));
        if (!current) {
            Txn.executeWrite(dsg, () -> {
                Consensus.rebuild(dsg);
                dsg.add(Consensus.GRAPH, Consensus.GRAPH, OWL.versionInfo.asNode(), CONSENSUS_VERSION);
            });
        } else {
            settleConsensus();
        }
    }

    /**
     * Gives the facts of a store written before sort keys existed theirs (once; a store made now has
     * them from its first article), so contract queries' first pages can be read in key order.
     */
    private void ensureSortKeys() {
        if (!Txn.calculateRead(dsg, () -> FirstPages.marked(dsg))) {
            long start = System.nanoTime();
            FirstPages.KeyChanges c = Txn.calculateWrite(dsg, () -> {
                FirstPages.KeyChanges changes = FirstPages.keyChanges(dsg);
                FirstPages.apply(dsg, changes);
                return changes;
            });
            if (!c.isEmpty()) {
                org.slf4j.LoggerFactory.getLogger(GraphStore.class).info("brought the sort keys of {} up to date ({} added, {} removed) in {} s",
                        dir, c.add().size(), c.remove().size(), String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicInteger foreignWrites = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.ExecutorService rekeying = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-sort-keys");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closing;

    /**
     * Runs a write that does not come through this store's article paths (a SPARQL Update, a Graph
     * Store Protocol request), which may add facts without their sort keys: the store is first marked
     * as not keyed (contract queries' pages are then computed as written), and once no such write is
     * running any more, the missing keys are added and the mark set again in one transaction, off the
     * caller's thread. A keying that starts while such a write is running leaves the mark off; the
     * write's end schedules another.
     */
    public void foreignWrite(Runnable write) {
        foreignWrites.incrementAndGet();
        try {
            Txn.executeWrite(dsg, () -> FirstPages.unmark(dsg));
            write.run();
        } finally {
            foreignWrites.decrementAndGet();
            try {
                rekeying.execute(this::rekey);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing: the next opening adds the keys
            }
        }
    }

    private void rekey() {
        if (closing) {
            return;
        }
        try {
            // read without holding the writer's lock (a full pass over the facts), then write only if no write came between
            TransactionCoordinator c = TDBInternal.getTransactionCoordinator(dsg);
            long writes = c.countBeginWrite();
            FirstPages.KeyChanges changes = Txn.calculateRead(dsg, () -> FirstPages.marked(dsg) ? null : FirstPages.keyChanges(dsg));
            if (changes == null) {
                return;
            }
            Txn.executeWrite(dsg, () -> {
                if (foreignWrites.get() == 0 && c.countBeginWrite() == writes + 1 && !FirstPages.marked(dsg)) {
                    FirstPages.apply(dsg, changes);
                } else if (foreignWrites.get() == 0 && !closing) {
                    rekeying.execute(this::rekey); // another write came between: read again
                }
            });
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(GraphStore.class).warn("sort keys of {} not brought up to date ({}); the next opening does it", dir, oneLine(e));
        }
    }

    private static Node versionOf(Graph ontology) {
        Node name = NodeFactory.createURI(NG.ONTOLOGY);
        Iterator<Triple> it = ontology.find(name, OWL.versionInfo.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject() : NodeFactory.createLiteralString("unknown");
    }

    /** The ontology shipped in the jar ({@code ontology/newsgraph.ttl}). */
    public static Graph bundledOntology() {
        return bundled("/ontology/newsgraph.ttl");
    }

    /** The SHACL shapes shipped in the jar ({@code ontology/shapes.ttl}). */
    public static Graph bundledShapes() {
        return bundled("/ontology/shapes.ttl");
    }

    private static Graph bundled(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return g;
    }

    @Override
    public Map<String, String> storedHashes(List<String> graphIris) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new HashMap<>();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                Iterator<Quad> it = dsg.find(g, g, NG.contentHash, Node.ANY);
                if (it.hasNext()) {
                    String hash = it.next().getObject().getLiteralLexicalForm();
                    Iterator<Quad> ex = dsg.find(g, g, NG.extractor, Node.ANY);
                    out.put(iri, ArticleStore.version(hash, ex.hasNext() ? ex.next().getObject().getLiteralLexicalForm() : ""));
                }
            }
            return out;
        });
    }

    /**
     * Replaces each named graph with the given triples, all in one write transaction. When none of
     * the graphs exists yet (a first ingest), TDB2's sequential loader writes them instead: one
     * transaction too, and crash-safe, but it fills one index at a time, which is faster.
     */
    @Override
    public void replace(List<Pair<String, Graph>> graphs) {
        if ((graphs.size() > 1 || inRun()) && noneExists(graphs)) {
            load(graphs);
            return;
        }
        if (inRun() && run != null) {
            // joins the run's open transaction; the run's summary can no longer come from its loads alone
            synchronized (sightingsLock) {
                sightingsOff = true;
                sightings = null;
            }
        }
        try {
            Txn.executeWrite(dsg, () -> {
                java.util.Set<Node> facts = new java.util.LinkedHashSet<>();
                for (Pair<String, Graph> p : graphs) {
                    Node name = NodeFactory.createURI(p.getLeft());
                    facts.addAll(Consensus.factsOf(dsg, name)); // what the article said before, and says now
                    facts.addAll(Consensus.factsOf(p.getRight()));
                    replaceGraph(name, p.getRight());
                }
                Consensus.refresh(dsg, facts);
            });
        } catch (RuntimeException e) {
            throw new StoreException("write to store " + dir + " failed, nothing of this batch was stored: " + oneLine(e), e);
        }
    }

    private boolean noneExists(List<Pair<String, Graph>> graphs) {
        return Txn.calculateRead(dsg, () -> {
            for (Pair<String, Graph> p : graphs) {
                Node g = NodeFactory.createURI(p.getLeft());
                if (dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    return false;
                }
            }
            return true;
        });
    }

    private void load(List<Pair<String, Graph>> graphs) {
        if (inRun()) {
            loadIntoRun(graphs);
            return;
        }
        boolean record = startSightings();
        Quad[] written = new Quad[1];
        bulkLoad(stream -> written[0] = streamBatch(graphs, stream),
                "write to store " + dir + " failed, nothing of this batch was stored: ");
        if (record) {
            synchronized (sightingsLock) {
                graphs.forEach(p -> sightings.record(NodeFactory.createURI(p.getLeft()), p.getRight()));
                sightingMarks.add(written[0]);
                sightingsGeneration = generation();
            }
        }
        // the consensus of these articles' facts is written once the run is over (settleConsensus): a fact
        // several batches state is then summarised once, not once per batch
    }

    /** Streams a batch's article graphs and its pending mark into a bulk load; returns the mark. */
    private static Quad streamBatch(List<Pair<String, Graph>> graphs, StreamRDF stream) {
        StringBuilder names = new StringBuilder();
        for (Pair<String, Graph> p : graphs) {
            Node g = NodeFactory.createURI(p.getLeft());
            p.getRight().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
            names.append(p.getLeft()).append('\n');
        }
        // committed with the articles: until the consensus of their facts is written, opening the store
        // finishes it. One mark per batch, naming its article graphs (one per article cost a deletion each)
        String list = names.toString();
        Node mark = NodeFactory.createURI(Iris.BASE + "consensus/pending/" + Hashes.sha256(list).substring(0, 24));
        Quad written = Quad.create(Consensus.GRAPH, mark, CONSENSUS_PENDING, NodeFactory.createLiteralString(list));
        stream.quad(written);
        return written;
    }

    /**
     * A large run's batches of new articles go into one open bulk load, committed when the run ends
     * or once it holds {@link #RUN_TRANSACTION} articles. TDB2 writes a changed index block anew in
     * every transaction and keeps the old one until compaction, so each commit leaves behind about
     * the indexes' size at that time: fifty transactions of 2,048 articles left a 100,000-article
     * store three to four times its compacted size. Readers see the run's articles once committed;
     * a failure or a crash loses only what the open transaction held (a new run reads those
     * articles again, the rest being unchanged). The loader's transaction belongs to the thread
     * that writes, so {@link #beginRun}, the writes and {@link #endRun} all run on that thread.
     */
    private void loadIntoRun(List<Pair<String, Graph>> graphs) {
        if (run == null) {
            runRecord = startSightings();
            run = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
            run.startBulk();
        }
        Quad mark;
        try {
            mark = streamBatch(graphs, run.stream());
        } catch (RuntimeException e) {
            abortRun(e);
            throw runFailed(e);
        }
        if (runRecord) {
            synchronized (sightingsLock) {
                if (sightings == null) {
                    runRecord = false; // a replacement joined the run
                } else {
                    graphs.forEach(p -> sightings.record(NodeFactory.createURI(p.getLeft()), p.getRight()));
                    sightingMarks.add(mark);
                }
            }
        }
        runArticles += graphs.size();
        if (runArticles >= RUN_TRANSACTION) {
            commitRun();
        }
    }

    /** Articles a run gathers into one transaction at most. */
    static final int RUN_TRANSACTION = 200_000;
    /** Runs of at least this many articles gather their batches (smaller ones write one transaction a batch). */
    static final int RUN_GATHERS = 5_000;

    /** The thread writing a run that gathers its batches, or null; other threads (posted articles) write as before. */
    private volatile Thread runThread;
    private DataLoader run;
    private int runArticles;
    private boolean runRecord;

    private boolean inRun() {
        return runThread == Thread.currentThread();
    }

    @Override
    public void beginRun(int articles) {
        runThread = articles >= RUN_GATHERS ? Thread.currentThread() : null;
    }

    @Override
    public long endRun(boolean commit) {
        if (!inRun()) {
            return 0;
        }
        runThread = null;
        if (run == null) {
            return 0;
        }
        long summarising = 0;
        if (commit) {
            long t = System.nanoTime();
            if (summariseIntoRun()) {
                summarising = System.nanoTime() - t;
            }
            commitRun();
        } else {
            abortRun(new StoreException("the run stopped"));
        }
        return summarising;
    }

    /**
     * When every article of the store came in this run and was recorded as it was loaded, the
     * consensus of their facts goes into the run's own transaction, and the run's pending marks
     * out of it: no second transaction (which would copy every index block it touches anew), and
     * nothing left pending if the process stops after the commit.
     */
    private boolean summariseIntoRun() {
        Consensus.Sightings seen;
        List<Quad> marks;
        synchronized (sightingsLock) {
            if (!runRecord || sightings == null || sightingsOff) {
                return false;
            }
            seen = sightings;
            marks = new ArrayList<>(sightingMarks);
            sightings = null;
            sightingMarks.clear();
        }
        StreamRDF stream = run.stream();
        try {
            seen.forEachTriple(t -> stream.quad(Quad.create(Consensus.GRAPH, t)));
            marks.forEach(dsg::delete);
        } catch (RuntimeException e) {
            abortRun(e);
            throw runFailed(e);
        }
        return true;
    }

    private void commitRun() {
        DataLoader l = run;
        run = null;
        runArticles = 0;
        try {
            l.finishBulk();
        } catch (RuntimeException e) {
            if (dsg.isInTransaction()) {
                dsg.abort();
                dsg.end();
            }
            throw runFailed(e);
        }
        if (runRecord) {
            synchronized (sightingsLock) {
                sightingsGeneration = generation();
            }
        }
    }

    private StoreException runFailed(RuntimeException e) {
        return new StoreException("write to store " + dir + " failed, nothing of this run since its last commit was stored: " + oneLine(e), e);
    }

    private void abortRun(Exception cause) {
        DataLoader l = run;
        run = null;
        runArticles = 0;
        runThread = null;
        l.finishException(cause);
    }

    /**
     * Whether this load's graphs are to be recorded in {@link #sightings}: while the run's bulk loads
     * are the only writes to a store that held no articles before them, the consensus at the end of
     * the run is computed from what they stated, without reading the store back. Any other write in
     * between (a replacement, a removal, a SPARQL Update) turns that off for the run, which is then
     * summarised from the store.
     */
    private boolean startSightings() {
        synchronized (sightingsLock) {
            if (sightingsOff) {
                return false;
            }
            if (sightings == null) {
                if (!Txn.calculateRead(dsg, this::holdsNoArticles)) {
                    sightingsOff = true;
                    return false;
                }
                sightings = new Consensus.Sightings();
                sightingsGeneration = generation();
            } else if (generation() != sightingsGeneration) {
                sightingsOff = true;
                sightings = null;
                return false;
            }
            return true;
        }
    }

    /** True when no graph but the ontology and consensus holds anything, and the consensus graph no summary; inside a read transaction. */
    private boolean holdsNoArticles() {
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            if (Consensus.isArticle(it.next())) {
                return false;
            }
        }
        return !dsg.find(Consensus.GRAPH, Node.ANY, NG.consensusOf, Node.ANY).hasNext()
                && !dsg.find(Consensus.GRAPH, Node.ANY, CONSENSUS_PENDING, Node.ANY).hasNext();
    }

    private final Object sightingsLock = new Object();
    /** What this run's bulk loads stated, while they are the only writes since the store held no articles; else null. */
    private Consensus.Sightings sightings;
    /** The pending marks those loads wrote. */
    private final java.util.Set<Quad> sightingMarks = new java.util.HashSet<>();
    /** The store's write generation after the last recorded load: any other write changes it. */
    private long sightingsGeneration;
    /** Set once this run wrote into a store with articles, or something else wrote. */
    private boolean sightingsOff;

    /** The recorded sightings if they cover exactly these pending marks and nothing else wrote since; clears them for the next run either way. */
    private Consensus.Sightings takeSightings(List<Quad> marks) {
        synchronized (sightingsLock) {
            Consensus.Sightings s = sightings;
            boolean whole = s != null && generation() == sightingsGeneration && new java.util.HashSet<>(marks).equals(sightingMarks);
            sightings = null;
            sightingMarks.clear();
            sightingsOff = false;
            return whole ? s : null;
        }
    }

    /**
     * Summarises the facts of the articles bulk loads marked pending and drops the marks; ingest calls
     * it at the end of a run, closing the store and opening it again call it too, so nothing stays
     * pending. One thread reads (the marked articles' facts, then what each chunk of facts changes, in
     * one read transaction) while this one writes the chunks read before: chunks hold different facts,
     * so writing one does not alter what the next reads.
     */
    @Override
    public void settleConsensus() {
        List<Quad> marks = Txn.calculateRead(dsg, () -> {
            List<Quad> out = new ArrayList<>();
            dsg.find(Consensus.GRAPH, Node.ANY, CONSENSUS_PENDING, Node.ANY).forEachRemaining(out::add);
            return out;
        });
        Consensus.Sightings seen = takeSightings(marks);
        if (marks.isEmpty()) {
            return;
        }
        if (seen != null) {
            // every source of every fact was loaded in this run, and is in memory: no reads, one bulk load
            bulkLoad(stream -> seen.forEachTriple(t -> stream.quad(Quad.create(Consensus.GRAPH, t))),
                    "summarising the consensus in " + dir + " failed (it is finished on the next run): ");
            Txn.executeWrite(dsg, () -> marks.forEach(dsg::delete));
            return;
        }
        java.util.concurrent.BlockingQueue<Object> changes = new java.util.concurrent.ArrayBlockingQueue<>(2);
        Object end = new Object();
        Thread reader = new Thread(() -> {
            try {
                Txn.executeRead(dsg, () -> readChanges(marks, changes));
                changes.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the writer gave up
            } catch (RuntimeException e) {
                try {
                    changes.put(e);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "consensus-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = take(changes); next != end; next = take(changes)) {
                if (next instanceof RuntimeException e) {
                    throw new StoreException("summarising the consensus in " + dir + " failed (it is finished on the next run): " + oneLine(e), e);
                }
                Consensus.Change c = (Consensus.Change) next;
                // stale triples go in a transaction, new ones through the bulk loader (far faster for many); a crash
                // in between leaves the marks, and the next settle computes the same change again
                if (!c.removed().isEmpty()) {
                    Txn.executeWrite(dsg, () -> c.removed().forEach(t -> dsg.delete(Consensus.GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
                }
                if (!c.added().isEmpty()) {
                    bulkLoad(stream -> c.added().forEach(t -> stream.quad(Quad.create(Consensus.GRAPH, t))),
                            "summarising the consensus in " + dir + " failed (it is finished on the next run): ");
                }
            }
        } finally {
            reader.interrupt();
        }
        Txn.executeWrite(dsg, () -> marks.forEach(dsg::delete));
    }

    /** The changes of the marked articles' facts, a chunk at a time, into {@code out}; inside a read transaction. */
    private void readChanges(List<Quad> marks, java.util.concurrent.BlockingQueue<Object> out) {
        java.util.Set<Node> seen = new java.util.HashSet<>();
        List<Node> chunk = new ArrayList<>();
        try {
            for (Quad mark : marks) {
                for (Node g : markedGraphs(mark)) {
                    for (Node fact : Consensus.factsOf(dsg, g)) {
                        if (seen.add(fact)) {
                            chunk.add(fact);
                        }
                        // the first chunk (the only one holding every fact seen so far) is the small one
                        if (chunk.size() == (seen.size() == chunk.size() ? FIRST_CHUNK : SETTLE_CHUNK)) {
                            out.put(Consensus.change(dsg, chunk));
                            chunk = new ArrayList<>();
                        }
                    }
                }
            }
            if (!chunk.isEmpty()) {
                out.put(Consensus.change(dsg, chunk));
            }
        } catch (InterruptedException e) {
            // the writer has stopped: end the read transaction, and keep the flag so nothing after this waits on the queue
            Thread.currentThread().interrupt();
            throw new org.apache.jena.shared.JenaException(e);
        }
    }

    /** The article graphs a pending mark names: one per line of a batch's mark, or the graph itself (marks of earlier versions). */
    private static List<Node> markedGraphs(Quad mark) {
        Node o = mark.getObject();
        if (o.isURI()) {
            return List.of(o);
        }
        List<Node> out = new ArrayList<>();
        for (String name : o.getLiteralLexicalForm().split("\n")) {
            if (!name.isBlank()) {
                out.add(NodeFactory.createURI(name));
            }
        }
        return out;
    }

    private static Object take(java.util.concurrent.BlockingQueue<Object> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while summarising the consensus");
        }
    }

    private static final int SETTLE_CHUNK = 8_000;
    /** The first chunk is small, so writing starts soon. */
    private static final int FIRST_CHUNK = 2_000;

    /** Writes the quads {@code quads} sends through TDB2's sequential bulk loader, in one transaction: all or none. */
    private void bulkLoad(java.util.function.Consumer<StreamRDF> quads, String failure) {
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            quads.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException(failure + oneLine(e), e);
        }
    }

    private void replaceGraph(Node name, Graph g) {
        dsg.removeGraph(name);
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Removes the articles read from these sources (each named as ingest named it: a file's absolute
     * path, a URL, a posted article's {@code source}, or the article graph's IRI), all in one write
     * transaction, so a reader sees all of them gone or none. Returns, per source, the graphs removed
     * (empty when nothing of that source is stored).
     */
    public Map<String, List<String>> removeSources(List<String> sources) {
        return Txn.calculateWrite(dsg, () -> {
            Map<String, List<String>> removed = new java.util.LinkedHashMap<>();
            java.util.Set<Node> facts = new java.util.LinkedHashSet<>();
            for (String source : sources) {
                java.util.Set<Node> graphs = new java.util.LinkedHashSet<>();
                dsg.find(Node.ANY, Node.ANY, NG.source, NodeFactory.createLiteralString(source)).forEachRemaining(q -> graphs.add(q.getGraph()));
                if (source.startsWith("http")) {
                    Node asGraph = NodeFactory.createURI(source);
                    if (dsg.find(asGraph, Node.ANY, NG.contentHash, Node.ANY).hasNext()) {
                        graphs.add(asGraph);
                    }
                }
                List<String> names = new ArrayList<>();
                for (Node g : graphs) {
                    facts.addAll(Consensus.factsOf(dsg, g));
                    dsg.removeGraph(g);
                    names.add(g.getURI());
                }
                removed.put(source, names);
            }
            Consensus.refresh(dsg, facts);
            return removed;
        });
    }

    /** Removes an article's graph. */
    public void remove(String graphIri) {
        Txn.executeWrite(dsg, () -> {
            Node g = NodeFactory.createURI(graphIri);
            java.util.Set<Node> facts = Consensus.factsOf(dsg, g);
            dsg.removeGraph(g);
            Consensus.refresh(dsg, facts);
        });
    }

    /**
     * Number of article graphs stored: every article graph states its own content hash once, so this
     * is one scan of the predicate index rather than a walk over every quad's graph name.
     */
    @Override
    public long articleCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /**
     * A number that changes whenever a write transaction starts on this store, whichever way it came
     * (ingest, SPARQL Update, Graph Store writes, posted articles), or -1 while one is running: caches
     * of query answers key on it. A reader that sees the same number before and after its work saw
     * no write happen meanwhile. Compaction swaps TDB2's storage, and with it the transaction
     * coordinator whose counters this reads, so a new coordinator starts a new epoch.
     */
    public long generation() {
        TransactionCoordinator c = TDBInternal.getTransactionCoordinator(dsg);
        long e;
        synchronized (this) {
            if (c != watched) {
                watched = c;
                epoch++;
            }
            e = epoch;
        }
        if (c.countActiveWriter() > 0) {
            return -1;
        }
        return (e << 40) | c.countBeginWrite();
    }

    /**
     * The quad indexes a new store keeps: the primary GSPO (one article graph: its reads, its
     * replacement, its removal) and the three that end in G, which every query over the union of
     * the graphs uses. TDB2's default adds GPOS and GOSP, which serve only a pattern inside one
     * named graph with the subject unknown; an article graph is small enough to scan through GSPO,
     * and the consensus graph's patterns bind a property and a value, which POSG serves. Two
     * indexes fewer make the store a third smaller and its writes a third fewer (README,
     * "Store layout").
     */
    static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");

    /** TDB2's parameters for a new store: its defaults with {@link #QUAD_INDEXES}. */
    public static StoreParams layout() {
        return StoreParams.builder(StoreParams.getDftStoreParams())
                .quadIndexes(QUAD_INDEXES.toArray(String[]::new))
                .build();
    }

    /**
     * Connects to the TDB2 database in the folder. A new one is created with {@link #layout()}
     * (TDB2 writes it to the folder's {@code tdb.cfg}, which later openings read); one that exists
     * keeps the layout it was made with, so stores from earlier builds, with TDB2's six quad
     * indexes, open as they were.
     */
    public static DatasetGraph connect(Path dir) {
        Location location = Location.create(dir.toString());
        return isNewDatabase(dir) ? DatabaseMgr.connectDatasetGraph(location, layout())
                : DatabaseMgr.connectDatasetGraph(location);
    }

    private static boolean isNewDatabase(Path dir) {
        if (Files.exists(dir.resolve("tdb.cfg"))) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.noneMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes the files of quad indexes the store's configuration does not list. TDB2's
     * compaction writes its default six into the new storage whatever the store's layout, and a
     * later opening reads only the configured ones, so the other two would stay on disk unread.
     * Called once the database is connected (no other process can hold it then) and once it is
     * closed (a process that opens it afterwards reads only the configured indexes).
     */
    private static void pruneUnusedIndexes(Path dir) {
        StoreParams params = StoreParamsCodec.read(Location.create(dir.toString()));
        if (params == null) {
            return;
        }
        List<String> used = List.of(params.getQuadIndexes());
        try (var entries = Files.list(dir)) {
            for (Path data : entries.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                try (var files = Files.list(data)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        int dot = name.indexOf('.');
                        String index = dot < 0 ? name : name.substring(0, dot);
                        if (index.matches("[GSPO]{4}") && !used.contains(index)) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // left on disk: unread, and pruned at the next opening
        }
    }

    /** Reclaims the space that replaced graphs leave behind (TDB2 keeps old data until compaction). */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** Runs of at least this many stored articles end with {@link #pack} (the ingest command does it). */
    public static final int PACK_AFTER = RUN_GATHERS;

    /**
     * Rewrites a closed store's indexes with full blocks ({@link IndexPacker}): about half the
     * index space a run of new articles or a compaction leaves. Holds the store's lock meanwhile,
     * so a store another process has open is refused, not touched.
     */
    public static IndexPacker.Result pack(Path dir, java.util.function.Consumer<String> progress) {
        org.apache.jena.dboe.base.file.ProcessFileLock lock =
                org.apache.jena.dboe.base.file.ProcessFileLock.create(dir.resolve("tdb.lock").toString());
        if (!lock.tryLock()) {
            throw new StoreException("cannot pack store " + dir + ": it is in use by another process (a running 'newsgraph serve'?)");
        }
        try {
            return IndexPacker.pack(dir, progress);
        } finally {
            lock.unlock();
            org.apache.jena.dboe.base.file.ProcessFileLock.release(lock);
        }
    }

    @Override
    public void close() {
        closing = true;
        rekeying.shutdown();
        try {
            rekeying.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            settleConsensus();
        } catch (RuntimeException e) {
            // left pending: the next opening of the store finishes it
        }
        dsg.close();
        TDBInternal.expel(dsg);
        pruneUnusedIndexes(dir);
    }
}
