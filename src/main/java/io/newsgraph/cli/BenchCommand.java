package io.newsgraph.cli;

import io.newsgraph.bench.Benchmark;
import io.newsgraph.extract.RuleBasedExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph bench}: throughput and latency on generated articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates synthetic articles and measures extraction (1 thread, all cores), end-to-end ingest into a "
                + "fresh TDB2 store (articles/s, triples/s, peak heap, store size), re-ingest of unchanged articles, and the "
                + "latency of the contract queries over HTTP. Run with the heap you deploy with, e.g. java -Xmx1g -jar newsgraph.jar bench."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Number of articles to generate (default: 10000).")
    int articles = 10_000;

    @Option(names = "--query-runs", description = "Timed runs per query (default: 20).")
    int queryRuns = 20;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder for articles and store (default: a temporary folder, deleted afterwards).")
    Path dir;

    @Option(names = "--seed", description = "Generator seed (default: 42).")
    long seed = 42;

    @Option(names = "--queries-only", description = "Time only the queries (serve start-up, analyst queries, contract queries, "
            + "throughput) on the store an earlier run left in --dir: no generating, extracting or ingesting.")
    boolean queriesOnly;

    @Option(names = "--extract-only", description = "Time only extraction on one thread, in CPU time and wall time (eight passes "
            + "over --articles generated articles, default 5000 here): the figure to compare two builds by.")
    boolean extractOnly;

    @Option(names = "--against", paramLabel = "JAR", description = "With --extract-only: time this build's extraction against another "
            + "build's jar (or classes folder) in the same JVM, passes alternating, and print the ratio (the fair way to compare two builds on a shared machine).")
    Path against;

    @Option(names = "--passes", description = "With --against: alternating passes per build (default: 12; the first two are warm-up).")
    int passes = 12;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (extractOnly) {
            int n = spec.commandLine().getParseResult().hasMatchedOption("--articles") ? articles : 5000;
            if (against != null) {
                if (!Files.isRegularFile(against) && !Files.isDirectory(against)) {
                    throw new UserError(against + ": no such jar (bench --against needs another build's newsgraph.jar or classes folder)");
                }
                if (passes < 3) {
                    throw new UserError("--passes must be at least 3 (two warm-up passes and one timed)");
                }
                new Benchmark(RuleBasedExtractor.standard(), spec.commandLine().getOut()).extractAgainst(against, n, seed, passes);
                return 0;
            }
            new Benchmark(RuleBasedExtractor.standard(), spec.commandLine().getOut()).extractOnly(n, seed);
            return 0;
        }
        if (queriesOnly) {
            if (dir == null || !Files.isDirectory(dir.resolve("store"))) {
                throw new UserError("bench --queries-only needs --dir DIR holding the store of an earlier bench run (DIR/store)");
            }
            new Benchmark(RuleBasedExtractor.standard(), spec.commandLine().getOut()).queriesOnly(queryRuns, dir, seed);
            return 0;
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("newsgraph-bench");
        try {
            new Benchmark(RuleBasedExtractor.standard(), spec.commandLine().getOut()).run(articles, queryRuns, work, seed);
        } finally {
            if (dir == null) {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }
}
