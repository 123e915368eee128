package io.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A servlet filter that answers the requests under one path prefix itself and passes the rest on. */
abstract class PrefixFilter implements Filter {
    private final String prefix;

    PrefixFilter(String prefix) {
        this.prefix = prefix;
    }

    /** Answers a request whose path is the prefix followed by {@code rest}. */
    abstract void handle(HttpServletRequest request, HttpServletResponse response, String rest) throws IOException;

    @Override
    public final void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(prefix)) {
            chain.doFilter(req, res);
            return;
        }
        handle(request, (HttpServletResponse) res, path.substring(prefix.length()));
    }

    /** A plain-text answer: status and one line. */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes of a refused body read and dropped after the answer, so the client can read the answer. */
    static final long DRAIN_BYTES = 64L << 20;

    /** How long a refused body is drained at most. */
    static final long DRAIN_MILLIS = 5_000;

    /**
     * Refuses a request whose body is not read, the way RFC 9112 (section 9.6) asks: the answer goes out
     * at once, then the rest of the body is read and dropped (up to {@link #DRAIN_BYTES}, for at most
     * {@link #DRAIN_MILLIS}) before the connection closes. Closing with the body unread makes the
     * client's system reset the connection, and a reset may destroy the answer before the client has
     * read it (seen as "received no bytes" by about one 10 MB post in twenty over loopback).
     */
    static void refuseUnread(HttpServletRequest request, HttpServletResponse response, int status, String message) {
        try {
            response.setHeader("Connection", "close");
            send(response, status, message);
            response.flushBuffer();
            long declared = request.getContentLengthLong();
            if (declared > DRAIN_BYTES) {
                return; // more than is worth reading: close now
            }
            long until = System.currentTimeMillis() + DRAIN_MILLIS;
            byte[] buf = new byte[64 * 1024];
            java.io.InputStream in = request.getInputStream();
            long read = 0;
            for (int n; read < DRAIN_BYTES && System.currentTimeMillis() < until && (n = in.read(buf)) >= 0; ) {
                read += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the body cannot be read: the connection closes either way
        }
    }
}
