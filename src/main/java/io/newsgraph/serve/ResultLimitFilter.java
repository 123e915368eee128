package io.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Bounds the size of SPARQL results: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a
 * larger one, is given LIMIT {@code max} before Fuseki runs it, so one analyst's query cannot make
 * the server build an unbounded answer. Queries that do not parse are passed on for Fuseki to reject.
 */
final class ResultLimitFilter implements Filter {
    private final long max;

    ResultLimitFilter(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String type = request.getContentType() == null ? "" : request.getContentType();
        if ("POST".equals(request.getMethod()) && type.startsWith("application/sparql-query")) {
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            chain.doFilter(new BodyRequest(request, bounded(body).getBytes(StandardCharsets.UTF_8)), res);
            return;
        }
        String query = request.getParameter("query");
        if (query == null) {
            chain.doFilter(req, res);
            return;
        }
        Map<String, String[]> params = new HashMap<>(request.getParameterMap());
        params.put("query", new String[] {bounded(query)});
        chain.doFilter(new ParamRequest(request, params), res);
    }

    String bounded(String text) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            return text;
        }
        if (q.isAskType() || q.hasLimit() && q.getLimit() <= max) {
            return text;
        }
        q.setLimit(max);
        return q.serialize();
    }

    private static final class ParamRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        ParamRequest(HttpServletRequest request, Map<String, String[]> params) {
            super(request);
            this.params = Collections.unmodifiableMap(params);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }
    }

    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
