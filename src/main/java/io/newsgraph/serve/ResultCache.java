package io.newsgraph.serve;

import io.newsgraph.document.Hashes;
import io.newsgraph.store.GraphStore;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers a repeated read (SPARQL query, named query, Graph Store read) from memory while the store
 * has not changed since the answer was computed. The store's {@link GraphStore#generation()} moves on
 * every committed write, whichever way it came, so a cached answer is never stale. Answers carry an
 * ETag ({@code If-None-Match} gets 304), are kept while they fit a byte budget (least recently used
 * go first), and only complete 200 answers well inside the query timeout are kept: an answer the
 * timeout may have cut short is never replayed.
 * <p>
 * After a write, the answers read in the last {@value #RECENT_MINUTES} minutes are computed again
 * ahead of the next read (refresh-ahead: most used first, once the store has been quiet for
 * {@value #QUIET_MILLIS} ms, and never spending more than half the time refreshing), so dashboards
 * that repeat the contract queries keep getting them from memory while articles arrive. Identical
 * reads that arrive while one of them is being computed wait for it instead of computing it again.
 * Each answer says where it came from in {@code X-Newsgraph-Cache} ({@code hit} or {@code miss}).
 */
final class ResultCache implements Filter {
    /** How recently an answer must have been read to be refreshed after a write. */
    static final int RECENT_MINUTES = 15;
    /** How long the store must be free of writes before refreshing starts. */
    static final int QUIET_MILLIS = 500;
    /** Most answers refreshed after one write. */
    private static final int MOST_REFRESHED = 32;
    /** The header marking the server's own refresh requests. */
    static final String REFRESH_HEADER = "X-Newsgraph-Refresh";

    private final GraphStore store;
    private final long budget;
    private final long maxEntry;
    private final long timeoutMillis;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long used;
    /** How to ask again for answers that were read, by cache key (bounded, least recently read go first). */
    private final Map<String, Recipe> recipes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recipe> eldest) {
            return size() > 4 * MOST_REFRESHED;
        }
    };
    /** Reads being computed now, by key and generation. */
    private final ConcurrentHashMap<String, CompletableFuture<Void>> computing = new ConcurrentHashMap<>();
    private volatile Refresher refresher;

    private record Entry(long generation, String contentType, byte[] body) {
    }

    /** A read as it came: enough to send it again. {@code form} is the body of a form POST, else null. */
    private record Recipe(String pathAndQuery, String accept, String form, AtomicLong lastRead, AtomicLong reads) {
    }

    ResultCache(GraphStore store, long budgetBytes, long timeoutMillis) {
        this.store = store;
        this.budget = budgetBytes;
        this.maxEntry = budgetBytes / 4;
        this.timeoutMillis = timeoutMillis;
    }

    /** Starts refreshing answers ahead of reads after writes, asking the server on {@code port} (loopback). */
    void startRefreshing(int port) {
        Refresher r = new Refresher(port);
        refresher = r;
        r.start();
    }

    void stopRefreshing() {
        Refresher r = refresher;
        if (r != null) {
            r.stop();
        }
    }

    /**
     * Waits until the answers read recently have been refreshed for the store as it is now (or
     * there is nothing to refresh); false if that took longer than {@code millis}.
     */
    boolean awaitRefreshed(long millis) throws InterruptedException {
        Refresher r = refresher;
        return r == null || r.awaitCurrent(millis);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String key = key(request);
        if (key == null) {
            chain.doFilter(req, res);
            return;
        }
        long generation = store.generation();
        if (generation < 0) {
            chain.doFilter(req, res);
            return;
        }
        String etag = "\"ng" + generation + "-" + Hashes.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "\"";
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim).anyMatch(etag::equals)) {
            response.setStatus(304);
            response.setHeader("ETag", etag);
            return;
        }
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        boolean refreshing = request.getHeader(REFRESH_HEADER) != null;
        if (serve(key, generation, request, response, refreshing)) {
            return;
        }
        String flight = key + "\u0000" + generation;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = computing.putIfAbsent(flight, mine);
        if (other != null) {
            // the same read is being computed for this very store: wait for it rather than repeat the work
            try {
                other.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // compute it here instead
            }
            if (serve(key, generation, request, response, refreshing)) {
                return;
            }
            compute(key, generation, request, response, chain, refreshing);
            return;
        }
        try {
            compute(key, generation, request, response, chain, refreshing);
        } finally {
            computing.remove(flight, mine);
            mine.complete(null);
        }
    }

    /** Sends the kept answer, if there is one for this generation, and notes the read unless it is a refresh. */
    private boolean serve(String key, long generation, HttpServletRequest request, HttpServletResponse response, boolean refreshing)
            throws IOException {
        Entry hit = get(key, generation);
        if (hit == null) {
            return false;
        }
        if (!refreshing) {
            noteRead(key, request);
        }
        response.setStatus(200);
        response.setHeader("X-Newsgraph-Cache", "hit");
        response.setContentType(hit.contentType());
        response.setContentLengthLong(hit.body().length);
        response.getOutputStream().write(hit.body());
        return true;
    }

    /**
     * Computes the answer and keeps it when it may be replayed. Only reads whose answers are kept
     * are remembered for refreshing: one too large, too slow or failing (a download of the whole
     * store, say) is never computed again in the background.
     */
    private void compute(String key, long generation, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            boolean refreshing) throws IOException, ServletException {
        response.setHeader("X-Newsgraph-Cache", "miss");
        Capture capture = new Capture(response, maxEntry);
        long started = System.nanoTime();
        chain.doFilter(request, capture);
        capture.flushBuffer();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        if (response.getStatus() == 200 && !capture.overflowed() && tookMillis < timeoutMillis / 2
                && store.generation() == generation && response.getContentType() != null) {
            put(key, new Entry(generation, response.getContentType(), capture.bytes()));
            if (!refreshing) {
                noteRead(key, request);
            }
        } else if (store.generation() == generation) {
            synchronized (recipes) {
                recipes.remove(key);
            }
        }
    }

    /** Remembers how to ask this read again, and that it was just read. */
    private void noteRead(String key, HttpServletRequest request) {
        long now = System.nanoTime();
        Recipe r;
        synchronized (recipes) {
            r = recipes.get(key);
            if (r == null) {
                String form = "POST".equals(request.getMethod()) ? formBody(request.getParameterMap()) : null;
                String path = request.getRequestURI() + (form == null && request.getQueryString() != null ? "?" + request.getQueryString() : "");
                r = new Recipe(path, request.getHeader("Accept"), form, new AtomicLong(), new AtomicLong());
                recipes.put(key, r);
            }
        }
        r.lastRead().set(now);
        r.reads().incrementAndGet();
    }

    private static String formBody(Map<String, String[]> params) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(params).forEach((k, vs) -> {
            for (String v : vs) {
                b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    /** The reads worth refreshing now: read recently, most read first. */
    private List<Recipe> recentRecipes() {
        long since = System.nanoTime() - TimeUnit.MINUTES.toNanos(RECENT_MINUTES);
        List<Recipe> out = new ArrayList<>();
        synchronized (recipes) {
            for (Recipe r : recipes.values()) {
                if (r.lastRead().get() - since > 0) {
                    out.add(r);
                }
            }
        }
        out.sort(Comparator.comparingLong((Recipe r) -> r.reads().get()).reversed());
        return out.size() > MOST_REFRESHED ? out.subList(0, MOST_REFRESHED) : out;
    }

    /**
     * The background thread that asks the server again for recent reads once a write has
     * committed and the store has been quiet for a moment. It spends at most half its time
     * refreshing, and starts over when another write lands meanwhile.
     */
    private final class Refresher {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final Thread thread;
        private volatile boolean running = true;
        /** The generation whose recent reads are all refreshed. */
        private volatile long current = Long.MIN_VALUE;

        Refresher(int port) {
            this.base = "http://127.0.0.1:" + port;
            this.thread = new Thread(this::run, "newsgraph-refresh");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        synchronized boolean awaitCurrent(long millis) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (true) {
                long g = store.generation();
                if (g >= 0 && g == current) {
                    return true;
                }
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(left))));
            }
        }

        private synchronized void refreshed(long generation) {
            current = generation;
            notifyAll();
        }

        private void run() {
            long seen = Long.MIN_VALUE;
            long seenAt = System.nanoTime();
            try {
                while (running) {
                    Thread.sleep(100);
                    long g = store.generation();
                    if (g < 0 || g == current) {
                        continue;
                    }
                    if (g != seen) {
                        seen = g;
                        seenAt = System.nanoTime();
                        continue;
                    }
                    if (System.nanoTime() - seenAt < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                        continue;
                    }
                    long started = System.nanoTime();
                    if (refreshAll(g)) {
                        refreshed(g);
                    }
                    // at most half of the time goes to refreshing
                    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Asks again for each recent read; false when a write landed meanwhile. */
        private boolean refreshAll(long generation) throws InterruptedException {
            for (Recipe r : recentRecipes()) {
                if (!running || store.generation() != generation) {
                    return false;
                }
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.pathAndQuery()))
                        .timeout(Duration.ofMillis(timeoutMillis + 5_000)).header(REFRESH_HEADER, "1");
                if (r.accept() != null) {
                    b.header("Accept", r.accept());
                }
                if (r.form() != null) {
                    b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(r.form()));
                }
                try {
                    http.send(b.build(), HttpResponse.BodyHandlers.discarding());
                } catch (IOException e) {
                    // the server is stopping, or the read failed: the next reader computes it
                }
            }
            return store.generation() == generation;
        }
    }

    /** What identifies the answer, or null when the request is not a cacheable read. */
    private static String key(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = String.valueOf(request.getHeader("Accept"));
        if ("GET".equals(request.getMethod())) {
            return "GET " + path + "?" + request.getQueryString() + "\n" + accept;
        }
        String type = request.getContentType() == null ? "" : request.getContentType();
        if ("POST".equals(request.getMethod()) && type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String[]> params = request.getParameterMap();
            if (!params.containsKey("query")) {
                return null;
            }
            StringBuilder b = new StringBuilder("POST ").append(path);
            new TreeMap<>(params).forEach((k, v) -> b.append('\n').append(k).append('=').append(String.join("\u0000", v)));
            return b.append('\n').append(accept).toString();
        }
        return null;
    }

    private synchronized Entry get(String key, long generation) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.generation() != generation) {
            entries.remove(key);
            used -= e.body().length;
            return null;
        }
        return e;
    }

    private synchronized void put(String key, Entry e) {
        Entry old = entries.put(key, e);
        if (old != null) {
            used -= old.body().length;
        }
        used += e.body().length;
        var it = entries.entrySet().iterator();
        while (used > budget && it.hasNext()) {
            Entry oldest = it.next().getValue();
            it.remove();
            used -= oldest.body().length;
        }
    }

    /** Passes everything written on to the client and keeps a copy of up to {@code max} bytes. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final long max;
        private boolean overflowed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response, long max) {
            super(response);
            this.max = max;
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] bytes() {
            return copy.toByteArray();
        }

        private void keep(byte[] b, int off, int len) {
            if (overflowed) {
                return;
            }
            if (copy.size() + (long) len > max) {
                overflowed = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs.equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8
                        : java.nio.charset.Charset.forName(cs)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        /** Anything but a plain 200 is neither kept nor given the ETag that would let a client skip it next time. */
        private void notCacheable() {
            overflowed = true;
            setHeader("ETag", null);
            setHeader("Cache-Control", null);
        }

        @Override
        public void setStatus(int sc) {
            if (sc != 200) {
                notCacheable();
            }
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            notCacheable();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            notCacheable();
            super.sendError(sc);
        }
    }
}
