package io.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Size limits on SPARQL requests, applied before anything reads them: a query or update body
 * larger than {@link #MAX_BODY} (by its Content-Length) gets 413 at once, and the body is then
 * drained before the connection closes ({@link PrefixFilter#refuseUnread}); a query string (GET)
 * longer than that is refused too. Article posts have their own, larger limit in
 * {@link ArticlesService}. Jetty itself caps form keys (1,000) and header size.
 */
final class RequestLimits implements Filter {
    /** Half a megabyte: thousands of IRIs in a VALUES block; a longer text is data, not a query. */
    static final long MAX_BODY = 512 * 1024;

    /** Parameters in a URL: the protocol needs a handful (query, default-graph-uri and named-graph-uri, format). */
    static final int MAX_PARAMETERS = 200;

    private final String articlesPath;

    private static int parameters(String queryString) {
        int n = 1;
        for (int i = 0; i < queryString.length(); i++) {
            if (queryString.charAt(i) == '&') {
                n++;
            }
        }
        return n;
    }

    RequestLimits(String articlesPath) {
        this.articlesPath = articlesPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(articlesPath)) {
            long length = request.getContentLengthLong();
            String queryString = request.getQueryString();
            if (length > MAX_BODY || queryString != null && queryString.length() > MAX_BODY) {
                PrefixFilter.refuseUnread(request, response, 413, "request too large (" + Math.max(length, queryString == null ? 0 : queryString.length())
                        + " bytes, limit " + MAX_BODY + "): a SPARQL request is a query, not data; load data with 'newsgraph ingest'");
                return;
            }
            int count = queryString == null ? 0 : parameters(queryString);
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
            if ("POST".equals(request.getMethod()) && type.startsWith("application/x-www-form-urlencoded")) {
                try {
                    // parsed here, once (the servlet container keeps it), so a form Jetty refuses is the client's 400, not a 500
                    count = request.getParameterMap().values().stream().mapToInt(v -> v.length).sum();
                } catch (RuntimeException e) {
                    Throwable cause = e;
                    while (cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    PrefixFilter.send(response, 400, "cannot read the form: " + cause.getMessage());
                    return;
                }
            }
            if (count > MAX_PARAMETERS) {
                PrefixFilter.send(response, 400, "too many parameters (" + count + ", limit " + MAX_PARAMETERS
                        + "): SPARQL takes a query, graph names and a format");
                return;
            }
            if (length < 0 && "POST".equals(request.getMethod()) && !type.startsWith("application/x-www-form-urlencoded")) {
                // a chunked body announces no length: read up to the limit here, and hand the servlet the bytes read
                byte[] body = request.getInputStream().readNBytes((int) MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    PrefixFilter.refuseUnread(request, response, 413, "request too large (more than " + MAX_BODY
                            + " bytes): a SPARQL request is a query, not data; load data with 'newsgraph ingest'");
                    return;
                }
                chain.doFilter(new Buffered(request, body), res);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /** A request whose body was read already: its stream replays the bytes. */
    private static final class Buffered extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buf, int off, int len) {
                    return in.read(buf, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
            String enc = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), enc));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
