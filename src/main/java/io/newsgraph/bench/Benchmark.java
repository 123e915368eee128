package io.newsgraph.bench;

import io.newsgraph.document.Article;
import io.newsgraph.document.ArticleReader;
import io.newsgraph.extract.Extractor;
import io.newsgraph.serve.NewsgraphServer;
import io.newsgraph.source.Inputs;
import io.newsgraph.source.RawArticle;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.IngestReport;
import io.newsgraph.store.Ingestion;
import io.newsgraph.store.NamedQueries;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code newsgraph bench}: generates synthetic articles, then measures
 * extraction throughput (one thread and all cores), end-to-end ingest into TDB2 (articles/s,
 * triples/s, peak heap, store size), re-ingest of unchanged articles, and the latency of the
 * contract queries through the real HTTP endpoint.
 */
public final class Benchmark {
    private static final List<String> QUERIES = List.of("investments", "positions", "clients", "layoffs", "acquisitions",
            "headcounts", "entities");

    private final Extractor extractor;
    private final PrintWriter out;

    public Benchmark(Extractor extractor, PrintWriter out) {
        this.extractor = extractor;
        this.out = out;
    }

    /** Runs every phase on {@code n} generated articles in {@code workDir}; prints as it goes. */
    public void run(int n, int queryRuns, Path workDir, long seed) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "newsgraph bench: %d articles, %d cores, max heap %d MB, Java %s%n", n, cores,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        long t0 = System.nanoTime();
        List<ArticleGenerator.GeneratedArticle> generated = new ArticleGenerator(seed, Math.max(50, n / 4)).generate(n);
        long bytes = generated.stream().mapToLong(g -> g.content().length()).sum();
        out.printf(Locale.ROOT, "generate      %8d articles, avg %.1f KB, %.1f s%n", n, bytes / 1024.0 / n, secs(t0));
        out.flush();

        int sample = Math.min(n, 5000);
        List<Article> articles = parse(generated.subList(0, sample));
        extract(articles, 1);
        extract(articles, 1); // second pass: JIT warm
        double one = extract(articles, 1);
        double all = extract(articles, cores);
        out.printf(Locale.ROOT, "extract       %8.0f articles/s on 1 thread, %.0f articles/s on %d threads (%d articles)%n", one, all, cores, sample);
        out.flush();

        Path articlesDir = Files.createDirectories(workDir.resolve("articles"));
        for (ArticleGenerator.GeneratedArticle g : generated) {
            Files.writeString(articlesDir.resolve(g.name()), g.content());
        }
        Path storeDir = workDir.resolve("store");
        HeapSampler heap = new HeapSampler();
        heap.start();
        double compactSeconds;
        IngestReport r;
        double s1;
        long t1 = System.nanoTime();
        long unpacked;
        try (GraphStore store = GraphStore.open(storeDir)) {
            try (Ingestion ingestion = new Ingestion(store, extractor, cores, false)) {
                r = ingestion.ingest(Inputs.defaults().expand(List.of(articlesDir.toString())), line -> { });
            }
            s1 = secs(t1);
            out.printf(Locale.ROOT, "consensus     %8.1f s of the ingest summarising facts stated by several articles (%.0f%%; %d triples in the consensus graph)%n",
                    r.consensusSeconds(), 100 * r.consensusSeconds() / s1, consensusTriples(store));
        }
        unpacked = size(storeDir);
        // as the ingest command does after a run of PACK_AFTER articles or more: the indexes rewritten with full blocks
        double packSeconds = 0;
        if (r.storedCount() >= GraphStore.PACK_AFTER) {
            long tp = System.nanoTime();
            GraphStore.pack(storeDir, line -> { });
            packSeconds = secs(tp);
        }
        double ingestSeconds = secs(t1);
        out.printf(Locale.ROOT, "ingest        %8.0f articles/s, %.0f triples/s (%d stored, %d facts, %d triples, %d failed) in %.1f s "
                + "(%.1f s writing, %.1f s packing the indexes)%n", r.storedCount() / ingestSeconds, r.tripleCount() / ingestSeconds,
                r.storedCount(), r.factCount(), r.tripleCount(), r.failures().size(), ingestSeconds, s1, packSeconds);
        out.printf(Locale.ROOT, "store size    %8.1f MB on disk after ingest (%.1f MB before packing), peak heap %d MB%n",
                size(storeDir) / 1048576.0, unpacked / 1048576.0, heap.peak() >> 20);
        out.flush();
        try (GraphStore store = GraphStore.open(storeDir)) {
            bulkLoadReference(store, workDir, ingestSeconds);
            long tc = System.nanoTime();
            store.compact();
            compactSeconds = secs(tc);
        } finally {
            heap.stop();
        }
        // as the compact command does: TDB2's compaction copies in index order (blocks half full), then the pack
        long tp2 = System.nanoTime();
        GraphStore.pack(storeDir, line -> { });
        compactSeconds += secs(tp2);
        // measured closed: TDB2's compaction writes its six default quad indexes, and the pack writes only
        // the four this store's layout reads (GraphStore.layout)
        out.printf(Locale.ROOT, "compact       %8.1f s, store %.1f MB on disk after%n", compactSeconds, size(storeDir) / 1048576.0);
        out.flush();
        try (GraphStore store = GraphStore.open(storeDir)) {
            long t2 = System.nanoTime();
            IngestReport again;
            try (Ingestion ingestion = new Ingestion(store, extractor, cores, false)) {
                again = ingestion.ingest(Inputs.defaults().expand(List.of(articlesDir.toString())), line -> { });
            }
            out.printf(Locale.ROOT, "re-ingest     %8.1f s for %d unchanged articles (skipped by content hash)%n", secs(t2), again.unchangedCount());
            out.flush();
        }
        serveReady(storeDir);
        analystQueries(storeDir, queryRuns, seed);
        try (GraphStore store = GraphStore.open(storeDir)) {
            queries(store, queryRuns, workDir);
            throughput(store);
        }
    }

    /**
     * Extraction alone, on one thread, timed in CPU time as well as wall time: eight passes over the
     * same generated articles, the median of the last six. CPU time holds still where other tenants
     * of a virtual machine make wall time vary by a fifth, so two builds can be compared run by run.
     */
    public void extractOnly(int n, long seed) throws Exception {
        List<Article> articles = parse(new ArticleGenerator(seed, Math.max(50, n / 4)).generate(n));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] cpu = new double[8];
        double[] wall = new double[8];
        for (int r = 0; r < 8; r++) {
            long t0 = System.nanoTime();
            cpu[r] = cpuRate(mx, articles.size(), () -> articles.forEach(extractor::extract));
            wall[r] = articles.size() / secs(t0);
        }
        double[] c = Arrays.copyOfRange(cpu, 2, 8);
        double[] w = Arrays.copyOfRange(wall, 2, 8);
        Arrays.sort(c);
        Arrays.sort(w);
        out.printf(Locale.ROOT, "extract       %8.0f articles per CPU-second on 1 thread (median of 6 passes after 2 warm-up passes; %.0f-%.0f), "
                + "%.0f articles/s wall (%d articles)%n", c[3], c[0], c[5], w[3], n);
        out.flush();
    }

    /** Items per CPU-second of this thread while {@code pass} handles {@code items} of them. */
    private static double cpuRate(java.lang.management.ThreadMXBean mx, int items, Runnable pass) {
        long c0 = mx.getCurrentThreadCpuTime();
        pass.run();
        return items / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }

    /**
     * This build's extraction against another build's, in one JVM and on one thread: the other jar is
     * loaded in a class loader of its own, both extract the same generated articles, and their passes
     * alternate (this, other, this, ...), so a busy neighbour on the machine slows both alike. Separate
     * processes on this VM differ by 10-20% from run to run; the per-pass ratio holds within a few.
     */
    public void extractAgainst(Path otherJar, int n, long seed, int passes) throws Exception {
        List<ArticleGenerator.GeneratedArticle> generated = new ArticleGenerator(seed, Math.max(50, n / 4)).generate(n);
        List<Article> mine = parse(generated);
        try (java.net.URLClassLoader loader = new ChildFirstLoader(otherJar.toUri().toURL(), Benchmark.class.getClassLoader())) {
            Class<?> readerType = loader.loadClass("io.newsgraph.document.ArticleReader");
            Class<?> rawType = loader.loadClass("io.newsgraph.source.RawArticle");
            Object reader = readerType.getConstructor().newInstance();
            java.lang.reflect.Method read = readerType.getMethod("read", rawType);
            java.lang.reflect.Constructor<?> raw = rawType.getConstructor(String.class, byte[].class, String.class);
            List<Object> theirs = new ArrayList<>();
            for (ArticleGenerator.GeneratedArticle g : generated) {
                theirs.add(read.invoke(reader, raw.newInstance("/bench/" + g.name(), g.content().getBytes(java.nio.charset.StandardCharsets.UTF_8), null)));
            }
            Class<?> extractorType = loader.loadClass("io.newsgraph.extract.RuleBasedExtractor");
            Object other = extractorType.getMethod("standard").invoke(null);
            java.lang.reflect.Method extract = extractorType.getMethod("extract", loader.loadClass("io.newsgraph.document.Article"));
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] a = new double[passes];
            double[] b = new double[passes];
            for (int r = 0; r < passes; r++) {
                a[r] = cpuRate(mx, mine.size(), () -> mine.forEach(extractor::extract));
                b[r] = cpuRate(mx, theirs.size(), () -> {
                    for (Object x : theirs) {
                        try {
                            extract.invoke(other, x);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("the other build failed to extract: " + e.getCause(), e);
                        }
                    }
                });
            }
            int warm = Math.min(2, passes - 1);
            double[] ratio = new double[passes - warm];
            for (int r = warm; r < passes; r++) {
                ratio[r - warm] = a[r] / b[r];
            }
            double[] am = Arrays.copyOfRange(a, warm, passes);
            double[] bm = Arrays.copyOfRange(b, warm, passes);
            Arrays.sort(am);
            Arrays.sort(bm);
            Arrays.sort(ratio);
            double median = ratio[ratio.length / 2];
            out.printf(Locale.ROOT, "extract       this build %.0f, %s %.0f articles per CPU-second on 1 thread (medians of %d alternating passes "
                    + "after %d warm-up passes, %d articles)%n", am[am.length / 2], otherJar.getFileName(), bm[bm.length / 2], passes - warm, warm, n);
            out.printf(Locale.ROOT, "ratio         this build / other: %.3f median per pass (%.3f-%.3f): %.1f%% %s%n", median,
                    ratio[0], ratio[ratio.length - 1], 100 * Math.abs(median - 1), median >= 1 ? "faster" : "slower");
            out.flush();
        }
    }

    /**
     * Loads the other build's classes and resources from its jar (or classes folder) before this build's,
     * so the two extractors stay apart; what the folder lacks (libraries) comes from this build.
     */
    private static final class ChildFirstLoader extends java.net.URLClassLoader {
        ChildFirstLoader(java.net.URL url, ClassLoader parent) {
            super(new java.net.URL[] {url}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && !name.startsWith("java.") && !name.startsWith("javax.") && !name.startsWith("sun.") && !name.startsWith("jdk.")) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        // a library the folder does not hold
                    }
                }
                if (c == null) {
                    c = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public java.net.URL getResource(String name) {
            java.net.URL mine = findResource(name);
            return mine != null ? mine : super.getResource(name);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            java.net.URL u = getResource(name);
            try {
                return u == null ? null : u.openStream();
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }

    /** The query phases alone, on the store an earlier run left in {@code workDir}. */
    public void queriesOnly(int queryRuns, Path workDir, long seed) throws Exception {
        Path storeDir = workDir.resolve("store");
        out.printf(Locale.ROOT, "newsgraph bench (queries only, existing store %s, %.1f MB): %d cores, max heap %d MB, Java %s%n", storeDir,
                size(storeDir) / 1048576.0, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        serveReady(storeDir);
        analystQueries(storeDir, queryRuns, seed);
        try (GraphStore store = GraphStore.open(storeDir)) {
            queries(store, queryRuns, workDir);
            throughput(store);
        }
    }

    /**
     * Seconds from starting {@code newsgraph serve} in a new JVM on the store to its first answered
     * ping; again with the class-data-sharing archive the launcher records, when it is next to the jar.
     */
    private void serveReady(Path storeDir) throws Exception {
        serveReady(storeDir, List.of(), "plain JVM");
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
        Path jsa = jar.resolveSibling("newsgraph.jsa");
        if (jar.toString().endsWith(".jar") && Files.isRegularFile(jsa)) {
            // an archive recorded from an earlier build is silently ignored by the JVM: do not report it as used
            if (Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                serveReady(storeDir, List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), "with the launcher's CDS archive");
            } else {
                out.printf(Locale.ROOT, "serve ready   (the launcher's CDS archive %s is older than the jar: run ./newsgraph once to record it again)%n", jsa);
            }
        }
    }

    private void serveReady(Path storeDir, List<String> jvmOptions, String how) throws Exception {
        long t = System.nanoTime();
        try (ServerProcess p = ServerProcess.start(storeDir, jvmOptions)) {
            out.printf(Locale.ROOT, "serve ready   %8.2f s from process start to first answered ping (new JVM, existing store; %s)%n", secs(t), how);
            out.flush();
        }
    }

    /** {@code newsgraph serve} on a store in a new JVM ({@code -Xmx1g}), ready once it has answered a ping. */
    private static final class ServerProcess implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        private ServerProcess(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static ServerProcess start(Path storeDir, List<String> jvmOptions, String... serveOptions) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = Files.createTempFile("newsgraph-serve", ".log");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.newsgraph.cli.Main", "serve",
                    "--store", storeDir.toString(), "--port", Integer.toString(port)));
            command.addAll(List.of(serveOptions));
            ServerProcess sp = new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), port, log);
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build();
                while (true) {
                    if (!sp.process.isAlive()) {
                        throw new IllegalStateException("serve exited: " + Files.readString(log));
                    }
                    try {
                        if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            return sp;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                sp.close();
                throw e;
            }
        }

        String sparqlUrl() {
            return "http://127.0.0.1:" + port + "/newsgraph/sparql";
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    /** The analyst query set (bench resources), in order: file name without ".rq". */
    static final List<String> ANALYST_QUERIES = List.of("01-company-by-name", "02-person-roles", "03-investments-over-1b",
            "04-large-layoffs-by-month", "05-failed-acquisitions", "06-single-source-facts", "07-cut-and-raised", "08-count-per-kind",
            "09-who-invested-in-company", "10-company-sentences", "11-top-acquirers", "12-ended-clients", "13-articles-mentioning-person");

    /** An analyst query's text; {@code %ORG%} and {@code %PERSON%} stand for a name the bench fills in. */
    static String analystQuery(String name) throws IOException {
        try (var in = Benchmark.class.getResourceAsStream("analyst/" + name + ".rq")) {
            if (in == null) {
                throw new IOException("no analyst query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Queries as an analyst writes them (issue 12), and the first page of every contract query, each
     * against a server started for it in a new JVM with the answer cache off: the first answer (cold:
     * new process, nothing parsed or computed before; the operating system's file cache is not
     * cleared), then {@code runs} more, each naming a different entity where the query names one.
     */
    private void analystQueries(Path storeDir, int runs, long seed) throws Exception {
        List<String> orgs = new ArrayList<>();
        List<String> people = new ArrayList<>();
        try (GraphStore store = GraphStore.open(storeDir)) {
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
                orgs.addAll(labels(store, "?f <https://w3id.org/newsgraph/ontology#investee> ?x"));
                people.addAll(labels(store, "?f <https://w3id.org/newsgraph/ontology#person> ?x"));
            });
        }
        java.util.Collections.shuffle(orgs, new java.util.Random(seed));
        java.util.Collections.shuffle(people, new java.util.Random(seed));
        int n = Math.max(runs, 10);
        out.printf(Locale.ROOT, "analyst queries over HTTP, each on a new server process (answer cache off): first answer (cold), then %d runs "
                + "(a different entity each run where the query names one)%n", n);
        List<String[]> all = new ArrayList<>();
        for (String name : ANALYST_QUERIES) {
            all.add(new String[] {name.substring(3), analystQuery(name)});
        }
        for (String name : QUERIES) {
            all.add(new String[] {name + " page", NamedQueries.load(name) + "\nLIMIT 100"});
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String[] q : all) {
            boolean namesEntity = q[1].contains("%ORG%") || q[1].contains("%PERSON%");
            try (ServerProcess server = ServerProcess.start(storeDir, List.of(), "--cache-mb", "0", "--timeout", "600000")) {
                long[] ns = new long[n];
                long first = 0;
                int rows = 0;
                for (int i = 0; i <= n; i++) {
                    String text = q[1].replace("%ORG%", literal(orgs, i)).replace("%PERSON%", literal(people, i));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                            .header("Accept", "text/csv").build();
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(q[0] + " failed with HTTP " + r.statusCode() + ": " + r.body());
                    }
                    if (i == 0) {
                        first = took;
                        rows = (int) r.body().lines().count() - 1;
                    } else {
                        ns[i - 1] = took;
                    }
                }
                Arrays.sort(ns);
                String target = q[0].endsWith(" page") ? "< 300 ms" : namesEntity ? "< 50 ms" : "< 1 s";
                double limit = q[0].endsWith(" page") ? 300 : namesEntity ? 50 : 1000;
                out.printf(Locale.ROOT, "  %-27s first %8.1f ms (%5d rows) | p50 %8.1f ms p99 %8.1f ms | target p50 %-8s %s%n", q[0], first / 1e6, rows,
                        pct(ns, 50), pct(ns, 99), target, pct(ns, 50) < limit ? "met" : "NOT met");
                out.flush();
            }
        }
    }

    /**
     * The store's own bulk loader on the same quads, for scale: everything the ingest stored is
     * written out as N-Quads and loaded into a new, empty store by TDB2's phased loader (what
     * {@code tdb2.tdbloader} uses for an empty store; it works only with TDB2's default six quad
     * indexes, so its store has those) and, into another with ingest's layout
     * ({@link GraphStore#layout()}), by its sequential loader (what ingest uses). Ingest's time is
     * then given as a multiple of the faster one.
     * Parsing the file is part of the loaders' time, as it is of {@code tdb2.tdbloader}'s.
     */
    private void bulkLoadReference(GraphStore store, Path workDir, double ingestSeconds) throws IOException {
        Path nq = workDir.resolve("reference.nq");
        long quads;
        try (var os = new java.io.BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
            quads = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
                org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os,
                        org.apache.jena.riot.RDFFormat.NQUADS);
                long n = 0;
                w.start();
                for (var it = store.dataset().find(); it.hasNext(); n++) {
                    w.quad(it.next());
                }
                w.finish();
                return n;
            });
        }
        double best = Double.MAX_VALUE;
        StringBuilder line = new StringBuilder();
        for (String kind : List.of("phased", "sequential")) {
            Path dir = workDir.resolve("reference-" + kind);
            Files.createDirectories(dir);
            var dsg = kind.equals("phased") ? org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.toString())
                    : GraphStore.connect(dir);
            var quiet = org.apache.jena.system.progress.MonitorOutputs.nullOutput();
            var loader = kind.equals("phased") ? org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(dsg, quiet)
                    : org.apache.jena.tdb2.loader.LoaderFactory.sequentialLoader(dsg, quiet);
            long t = System.nanoTime();
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
            double took = secs(t);
            dsg.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
            best = Math.min(best, took);
            line.append(String.format(Locale.ROOT, "%s %.1f s (%.0f quads/s, %.1f MB on disk); ", kind, took, quads / took,
                    size(dir) / 1048576.0));
            deleteTree(dir);
        }
        Files.delete(nq);
        out.printf(Locale.ROOT, "bulk loader   %s for the same %d quads as N-Quads; ingest took %.2fx the faster%n",
                line.toString().replaceAll("; $", ""), quads, ingestSeconds / best);
        out.flush();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long consensusTriples(GraphStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (var it = store.dataset().find(io.newsgraph.store.Consensus.GRAPH, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Up to 500 distinct labels of the entities {@code ?x} in {@code pattern}. */
    private static List<String> labels(GraphStore store, String pattern) {
        List<String> out = new ArrayList<>();
        String q = "SELECT DISTINCT ?l WHERE { GRAPH ?g { " + pattern + " . ?x <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } } LIMIT 500";
        try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(q).build()) {
            qe.execSelect().forEachRemaining(b -> out.add(b.getLiteral("l").getString()));
        }
        return out;
    }

    /** The i-th name as the inside of a SPARQL string literal. */
    private static String literal(List<String> names, int i) {
        return names.isEmpty() ? "nobody" : names.get(i % names.size()).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private List<Article> parse(List<ArticleGenerator.GeneratedArticle> generated) throws Exception {
        ArticleReader reader = new ArticleReader();
        List<Article> out = new ArrayList<>();
        for (ArticleGenerator.GeneratedArticle g : generated) {
            out.add(reader.read(new RawArticle("/bench/" + g.name(), g.content().getBytes(StandardCharsets.UTF_8), null)));
        }
        return out;
    }

    /** Articles per second extracting all articles with {@code threads} threads. */
    private double extract(List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong facts = new AtomicLong();
            long t = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            int chunk = (articles.size() + threads - 1) / threads;
            for (int i = 0; i < threads; i++) {
                List<Article> part = articles.subList(Math.min(articles.size(), i * chunk), Math.min(articles.size(), (i + 1) * chunk));
                fs.add(pool.submit(() -> part.forEach(a -> facts.addAndGet(extractor.extract(a).facts().size()))));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return articles.size() / secs(t);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Contract query latency over HTTP: computed (the answer cache off, so every run evaluates the
     * query), full answer and first page; then repeated (cache on, the store unchanged).
     */
    private void queries(GraphStore store, int runs, Path workDir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        NewsgraphServer computed = NewsgraphServer.create(store).port(0).queryTimeoutMillis(120_000).cacheMegabytes(0).build().start();
        try {
            out.printf(Locale.ROOT, "queries over HTTP, computed (no answer cache), %d runs each after one warm-up: full answer, first page (LIMIT 100)%n", runs);
            for (String name : QUERIES) {
                String q = NamedQueries.load(name);
                long[] full = time(http, computed, q, runs);
                long[] page = time(http, computed, q + "\nLIMIT 100", runs);
                out.printf(Locale.ROOT, "  %-13s full p50 %7.1f ms p99 %7.1f ms | page p50 %6.1f ms p99 %6.1f ms%n", name,
                        pct(full, 50), pct(full, 99), pct(page, 50), pct(page, 99));
                out.flush();
            }
        } finally {
            computed.stop();
        }
        NewsgraphServer cached = NewsgraphServer.create(store).port(0).queryTimeoutMillis(120_000).build().start();
        try {
            int many = Math.max(runs, 20);
            out.printf(Locale.ROOT, "queries over HTTP, repeated while the store is unchanged (answer cache), %d runs each after the first%n", many);
            for (String name : QUERIES) {
                long[] full = time(http, cached, NamedQueries.load(name), many);
                out.printf(Locale.ROOT, "  %-13s full p50 %7.1f ms p99 %7.1f ms%n", name, pct(full, 50), pct(full, 99));
                out.flush();
            }
            // a new article arrives: the answers just read are computed again before anyone asks
            Path posted = Files.createDirectories(workDir.resolve("posted"));
            Files.writeString(posted.resolve("posted.txt"), new ArticleGenerator(20_251_122L, 50).generate(1).get(0).content());
            long tw = System.nanoTime();
            try (Ingestion ingestion = new Ingestion(store, extractor, 1, false)) {
                ingestion.ingest(Inputs.defaults().expand(List.of(posted.toString())), line -> { });
            }
            double write = secs(tw);
            long tr = System.nanoTime();
            boolean fresh = cached.awaitFreshAnswers(600_000);
            out.printf(Locale.ROOT, "queries over HTTP after one more article is stored (%.2f s): answers refreshed ahead of reads in %.1f s%s, %d runs each%n",
                    write, secs(tr), fresh ? "" : " (NOT finished)", many);
            for (String name : QUERIES) {
                String q = NamedQueries.load(name);
                long tf = System.nanoTime();
                send(http, csvRequest(cached, q));
                double first = (System.nanoTime() - tf) / 1e6;
                long[] full = time(http, cached, q, many);
                out.printf(Locale.ROOT, "  %-13s first read %7.1f ms | full p50 %7.1f ms p99 %7.1f ms%n", name, first, pct(full, 50), pct(full, 99));
                out.flush();
            }
        } finally {
            cached.stop();
        }
    }

    /**
     * Simple queries per second from 4 concurrent clients for 10 s, with the answer cache off: each
     * asks for the label and type of a different entity, cycling through the store's entities.
     */
    private void throughput(GraphStore store) throws Exception {
        List<String> iris = new ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            var it = store.dataset().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), org.apache.jena.graph.Node.ANY);
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            while (it.hasNext() && seen.size() < 5000) {
                var q = it.next();
                if (q.getSubject().isURI()) {
                    seen.add(q.getSubject().getURI());
                }
            }
            iris.addAll(seen);
        });
        NewsgraphServer server = NewsgraphServer.create(store).port(0).cacheMegabytes(0).build().start();
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long[][] latencies = new long[clients][];
            long until = System.nanoTime() + 13_000_000_000L;
            long measureFrom = System.nanoTime() + 3_000_000_000L; // the first 3 s warm the JIT and are not counted
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                fs.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    long[] lat = new long[1 << 20];
                    int n = 0;
                    for (int i = client; System.nanoTime() < until && n < lat.length; i += clients) {
                        String q = "SELECT ?label ?type WHERE { <" + iris.get(i % iris.size()) + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ; a ?type }";
                        HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                .header("Accept", "application/sparql-results+json").build();
                        long t = System.nanoTime();
                        boolean ok;
                        try {
                            ok = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (Exception e) {
                            ok = false;
                        }
                        if (t >= measureFrom) {
                            (ok ? done : failed).incrementAndGet();
                            lat[n++] = System.nanoTime() - t;
                        }
                    }
                    latencies[client] = Arrays.copyOf(lat, n);
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double s = 10.0;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            out.printf(Locale.ROOT, "throughput    %8.0f simple queries/s from %d concurrent clients over %.1f s (%d answered, %d failed; latency p50 %.1f ms p99 %.1f ms; no answer cache)%n",
                    done.get() / s, clients, s, done.get(), failed.get(), pct(all, 50), pct(all, 99));
            out.flush();
        } finally {
            pool.shutdown();
            server.stop();
        }
    }

    /** A contract query by GET, answered as CSV. */
    private static HttpRequest csvRequest(NewsgraphServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
    }

    private static void send(HttpClient http, HttpRequest req) throws Exception {
        HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("query failed with HTTP " + r.statusCode());
        }
    }

    private static long[] time(HttpClient http, NewsgraphServer server, String query, int runs) throws Exception {
        HttpRequest req = csvRequest(server, query);
        http.send(req, HttpResponse.BodyHandlers.discarding());
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            send(http, req);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        return ns;
    }

    private static double pct(long[] sorted, int p) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long size(Path dir) {
        return io.newsgraph.store.IndexPacker.sizeOf(dir);
    }

    /** Samples used heap every 50 ms to report the peak. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        long peak() {
            return peak.get();
        }
    }
}
