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
}
