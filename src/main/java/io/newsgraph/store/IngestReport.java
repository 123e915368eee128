package io.newsgraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an ingest run did: how many articles were read, stored, skipped as unchanged, and which failed and why. */
public final class IngestReport {
    private int read;
    private int stored;
    private int unchanged;
    private long facts;
    private long triples;
    private final List<String> failures = new ArrayList<>();
    private long consensusNanos;

    synchronized void read() {
        read++;
    }

    synchronized void stored(int factCount, long tripleCount) {
        stored++;
        facts += factCount;
        triples += tripleCount;
    }

    synchronized void consensusTook(long nanos) {
        consensusNanos += nanos;
    }

    /** Seconds spent summarising the run's facts into the consensus graph, at the end of the run. */
    public synchronized double consensusSeconds() {
        return consensusNanos / 1e9;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void failed(String oneLine) {
        failures.add(oneLine);
    }

    public synchronized int readCount() {
        return read;
    }

    public synchronized int storedCount() {
        return stored;
    }

    public synchronized int unchangedCount() {
        return unchanged;
    }

    public synchronized long factCount() {
        return facts;
    }

    public synchronized long tripleCount() {
        return triples;
    }

    /** One line per failed input: the input and the reason. */
    public synchronized List<String> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    /** "read 7, stored 6, unchanged 0, failed 1". */
    public synchronized String summary() {
        return "read " + read + ", stored " + stored + " (" + facts + " facts, " + triples + " triples), unchanged " + unchanged
                + ", failed " + failures.size();
    }
}
