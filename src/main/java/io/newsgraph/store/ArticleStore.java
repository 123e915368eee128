package io.newsgraph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Where article graphs are kept: a TDB2 folder on this machine ({@link GraphStore}) or a remote
 * SPARQL 1.1 service ({@link RemoteStore}). Ingest, queries and evaluation work against either.
 */
public sealed interface ArticleStore extends AutoCloseable permits GraphStore, RemoteStore {
    /** The folder or URL, for messages. */
    String location();

    /**
     * What each of the given article graphs that exists was built from: its content hash and the
     * extractor that read it, as {@code "HASH EXTRACTOR"} (see {@link #version}).
     */
    Map<String, String> storedHashes(List<String> graphIris);

    /** The form {@link #storedHashes} gives: an article graph is up to date when both match. */
    static String version(String contentHash, String extractor) {
        return contentHash + " " + extractor;
    }

    /** Replaces each named graph with the given triples, all or nothing. */
    void replace(List<Pair<String, Graph>> graphs);

    /**
     * A run of about {@code articles} articles begins: the store may gather its batches into fewer,
     * larger transactions until {@link #endRun}. Called on the thread that then writes the batches.
     */
    default void beginRun(int articles) {
    }

    /**
     * The run is over: commits what it gathered, or drops it when {@code commit} is false. On the
     * writing thread. Returns the nanoseconds spent summarising the run's facts into the consensus
     * within its transaction (0 when that is left to {@link #settleConsensus}).
     */
    default long endRun(boolean commit) {
        return 0;
    }

    /** Brings derived data (the consensus graph) up to date after a run of writes; a no-op where there is none. */
    default void settleConsensus() {
    }

    /** Number of article graphs stored. */
    long articleCount();

    /**
     * Runs a query with variables bound by substitution (never spliced into the text) and hands the
     * execution to {@code body}, inside a read transaction where the store has them.
     */
    <T> T query(Query query, Map<String, RDFNode> params, long timeoutMillis, Function<QueryExecution, T> body);

    @Override
    void close();

    /** Opens a store: an http(s) URL is a remote SPARQL service, anything else a TDB2 folder. */
    static ArticleStore open(String location) {
        return RemoteStore.isRemote(location) ? RemoteStore.open(location) : GraphStore.open(java.nio.file.Path.of(location));
    }
}
