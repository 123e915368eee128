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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers a repeated read (SPARQL query, named query, Graph Store read) from memory while the store
 * has not changed since the answer was computed. The store's {@link GraphStore#generation()} moves on
 * every committed write, whichever way it came, so a cached answer is never stale. Answers carry an
 * ETag ({@code If-None-Match} gets 304), are kept while they fit a byte budget (least recently used
 * go first), and only complete 200 answers well inside the query timeout are kept: an answer the
 * timeout may have cut short is never replayed.
 */
final class ResultCache implements Filter {
    private final GraphStore store;
    private final long budget;
    private final long maxEntry;
    private final long timeoutMillis;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    private record Entry(long generation, String contentType, byte[] body) {
    }

    ResultCache(GraphStore store, long budgetBytes, long timeoutMillis) {
        this.store = store;
        this.budget = budgetBytes;
        this.maxEntry = budgetBytes / 4;
        this.timeoutMillis = timeoutMillis;
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
        Entry hit = get(key, generation);
        if (hit != null) {
            response.setStatus(200);
            response.setContentType(hit.contentType());
            response.setContentLengthLong(hit.body().length);
            response.getOutputStream().write(hit.body());
            return;
        }
        Capture capture = new Capture(response, maxEntry);
        long started = System.nanoTime();
        chain.doFilter(request, capture);
        capture.flushBuffer();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        if (response.getStatus() == 200 && !capture.overflowed() && tookMillis < timeoutMillis / 2
                && store.generation() == generation && response.getContentType() != null) {
            put(key, new Entry(generation, response.getContentType(), capture.bytes()));
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
