package io.newsgraph.serve;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.NamedQueries;
import io.newsgraph.store.QueryParameters;
import io.newsgraph.store.QueryRunner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.RDFNode;

/**
 * {@code GET /newsgraph/queries/NAME?param=value&format=csv}: the named queries over HTTP. Request
 * parameters bind the query's variables by substitution, never by editing the query text; the
 * format comes from {@code format=} or the Accept header (CSV, TSV, JSON, XML).
 */
final class NamedQueryFilter extends PrefixFilter {
    static final String PREFIX = NewsgraphServer.DATASET + "/queries/";

    private final QueryRunner runner;
    private final long timeoutMillis;

    NamedQueryFilter(GraphStore store, long timeoutMillis) {
        super(PREFIX);
        this.runner = new QueryRunner(store);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            send(response, 404, "no query named '" + name + "'");
            return;
        }
        Query query;
        String text;
        try {
            text = NamedQueries.load(name);
            query = QueryRunner.parse(text, name);
        } catch (IOException e) {
            send(response, 404, e.getMessage());
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format") && v.length > 0) {
                given.put(k, v[0]);
            }
        });
        String problem = QueryParameters.of(text).problem(name, given);
        if (problem != null) {
            send(response, 400, problem);
            return;
        }
        Map<String, RDFNode> params = new LinkedHashMap<>();
        given.forEach((k, v) -> params.put(k, NamedQueries.parameter(v)));
        QueryRunner.Format format = format(request);
        response.setStatus(200);
        response.setContentType(contentType(format));
        response.setHeader("Access-Control-Allow-Methods", "GET");
        try {
            runner.run(query, params, format, response.getOutputStream(), timeoutMillis);
        } catch (QueryCancelledException e) {
            if (!response.isCommitted()) {
                response.reset();
                send(response, 503, "query " + name + " cut off after " + timeoutMillis + " ms");
            }
        }
    }

    private static QueryRunner.Format format(HttpServletRequest request) {
        String f = request.getParameter("format");
        if (f != null) {
            try {
                return QueryRunner.Format.valueOf(f.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return QueryRunner.Format.CSV;
            }
        }
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        if (accept.contains("sparql-results+json") || accept.contains("application/json")) {
            return QueryRunner.Format.JSON;
        }
        if (accept.contains("sparql-results+xml")) {
            return QueryRunner.Format.XML;
        }
        if (accept.contains("tab-separated")) {
            return QueryRunner.Format.TSV;
        }
        return QueryRunner.Format.CSV;
    }

    private static String contentType(QueryRunner.Format f) {
        return switch (f) {
            case CSV -> "text/csv; charset=utf-8";
            case TSV -> "text/tab-separated-values; charset=utf-8";
            case JSON -> "application/sparql-results+json; charset=utf-8";
            case XML -> "application/sparql-results+xml; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
        };
    }
}
