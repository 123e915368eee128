package io.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.TDB2StorageBuilder;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * Rewrites a closed store's quad indexes and node index with full blocks, the way TDB2's bulk
 * index builder writes a B+tree bottom up from sorted records. TDB2 splits a full block in the
 * middle, and ingest appends new node ids at an index's end, so every split leaves a half-empty
 * block behind: a store written by ingest (or copied by TDB2's compaction, which inserts in
 * index order) holds its records in blocks about half full. Each index is already in its own
 * order, so it is read in order and packed into a new storage folder; the node data file and
 * everything else is copied as it is, so node ids do not change. The new folder is written as
 * {@code Data-NNNN-tmp} and renamed to the next {@code Data-NNNN} only when complete (TDB2 opens
 * the highest number), then the old folder is deleted: a crash at any point leaves a whole store.
 * Replaced graphs' old blocks are not read, so this reclaims their space too, as compaction does.
 */
public final class IndexPacker {
    private static final Pattern DATA_DIR = Pattern.compile("Data-(\\d{4})");

    private IndexPacker() {
    }

    /** Sizes of the store's storage folder before and after, in bytes. */
    public record Result(long bytesBefore, long bytesAfter, long records) {
    }

    /** Packs the store in {@code dir}, which no process may have open; {@code progress} hears one line per index. */
    public static Result pack(Path dir, Consumer<String> progress) {
        Path old = latestDataDir(dir);
        if (old == null) {
            return new Result(0, 0, 0);
        }
        int next = Integer.parseInt(nameOf(old).substring(5)) + 1;
        Path tmp = dir.resolve(String.format(Locale.ROOT, "Data-%04d-tmp", next));
        Path done = dir.resolve(String.format(Locale.ROOT, "Data-%04d", next));
        StoreParams params = StoreParamsCodec.read(Location.create(dir.toString()));
        if (params == null) {
            params = StoreParams.getDftStoreParams();
        }
        Set<String> packed = new HashSet<>(List.of(params.getQuadIndexes()));
        packed.add(params.getNodeTableBaseName());
        long before = sizeOf(old);
        long records = 0;
        try {
            deleteTree(tmp);
            Files.createDirectories(tmp);
            try (var files = Files.list(old)) {
                for (Path f : files.toList()) {
                    String name = nameOf(f);
                    int dot = name.indexOf('.');
                    String base = dot < 0 ? name : name.substring(0, dot);
                    if (!packed.contains(base) && !name.equals("tdb.lock") && !name.startsWith("journal")) {
                        Files.copy(f, tmp.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            DatasetGraphTDB from = TDB2StorageBuilder.build(Location.create(old.toString()), params, null);
            DatasetGraphTDB to = TDB2StorageBuilder.build(Location.create(tmp.toString()), params, null);
            long[] total = {0};
            try {
                Txn.executeRead(from, () -> {
                    TupleIndex[] target = to.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
                    for (TupleIndex source : from.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                        TupleIndex into = null;
                        for (TupleIndex t : target) {
                            if (t.getName().equals(source.getName())) {
                                into = t;
                            }
                        }
                        if (into == null) {
                            throw new IllegalStateException("no index " + source.getName() + " in the new storage");
                        }
                        long n = copyPacked(LoaderOps.idxBTree(source), LoaderOps.idxBTree(into));
                        total[0] += n;
                        progress.accept(String.format(Locale.ROOT, "packed %s: %,d records", source.getName(), n));
                    }
                    long n = copyPacked(LoaderOps.ntBPTree(from.getTripleTable().getNodeTupleTable().getNodeTable()),
                            LoaderOps.ntBPTree(to.getTripleTable().getNodeTupleTable().getNodeTable()));
                    total[0] += n;
                    progress.accept(String.format(Locale.ROOT, "packed node index: %,d records", n));
                });
                records = total[0];
            } finally {
                to.shutdown();
                from.shutdown();
            }
            Files.move(tmp, done, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the store's indexes in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // the unfinished folder stays; TDB2 never opens a "-tmp" one, and the next packing replaces it
            }
            throw e;
        }
        return new Result(before, sizeOf(done), records);
    }

    /** Writes the records of {@code from}, in its order, into the empty {@code to} with full blocks; returns how many. */
    private static long copyPacked(BPlusTree from, BPlusTree to) {
        long[] count = {0};
        java.util.Iterator<org.apache.jena.dboe.base.record.Record> source = from.iterator();
        java.util.Iterator<org.apache.jena.dboe.base.record.Record> counted = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public org.apache.jena.dboe.base.record.Record next() {
                count[0]++;
                return source.next();
            }
        };
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        coordinator.add(to);
        coordinator.start();
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            BPlusTreeRewriter.packIntoBPlusTree(counted, to.getParams(), to.getRecordFactory(), to.getStateManager().getBufferChannel(),
                    to.getNodeManager().getBlockMgr(), to.getRecordsMgr().getBlockMgr());
            txn.commit();
        } catch (RuntimeException e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
        return count[0];
    }

    /** The storage folder TDB2 opens: the highest-numbered {@code Data-NNNN}; null when there is none. */
    static Path latestDataDir(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> DATA_DIR.matcher(nameOf(p)).matches() && Files.isDirectory(p))
                    .max(Comparator.comparing(IndexPacker::nameOf)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String nameOf(Path p) {
        return p.getFileName().toString();
    }

    /** Bytes of the files in a folder (their lengths, as the bench counts a store). */
    public static long sizeOf(Path dir) {
        long total = 0;
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
