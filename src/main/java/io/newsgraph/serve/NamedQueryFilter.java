package io.newsgraph.serve;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.NamedQueries;
import io.newsgraph.store.QueryParameters;
import io.newsgraph.store.QueryRunner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.RDFNode;

/**
 * {@code GET /newsgraph/queries/NAME?param=value&format=csv}: the named queries over HTTP. Request
 * parameters bind the query's variables by substitution, never by editing the query text; the
 * format comes from {@code format=} or the Accept header (CSV, TSV, JSON, XML; a browser gets an HTML
 * page with a form for the parameters). {@code /newsgraph/queries/} lists them all.
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
        if (name.isEmpty()) {
            index(request, response);
            return;
        }
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
        if (problem != null && request.getParameter("format") == null && wantsHtml(request)) {
            response.setStatus(given.isEmpty() ? 200 : 400); // a first visit shows the form; a wrong value says why
            response.setContentType("text/html; charset=utf-8");
            page(response, name, text, given, null, query, given.isEmpty() ? null : problem);
            return;
        }
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
            if (format == QueryRunner.Format.HTML) {
                page(response, name, text, given, params, query, null);
                return;
            }
            runner.run(query, params, format, response.getOutputStream(), timeoutMillis);
        } catch (QueryCancelledException e) {
            if (!response.isCommitted()) {
                response.reset();
                send(response, 503, "query " + name + " cut off after " + timeoutMillis + " ms");
            }
        }
    }

    /** A browser's view of one named query: what it answers, a form for its parameters, the rows, other formats. */
    private void page(HttpServletResponse response, String name, String text, Map<String, String> given,
                      Map<String, RDFNode> params, Query query, String problem) throws IOException {
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        long rows = params == null ? -1 : runner.run(query, params, QueryRunner.Format.HTML, table, timeoutMillis);
        java.io.PrintStream out = new java.io.PrintStream(response.getOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + QueryRunner.html(name)
                + " - newsgraph</title>" + STYLE + "</head><body>");
        out.println("<p><a href=\"" + PREFIX + "\">All named queries</a></p><h1>" + QueryRunner.html(name) + "</h1>");
        out.println("<pre>" + QueryRunner.html(NamedQueries.description(text)) + "</pre>");
        List<QueryParameters.Param> declared = QueryParameters.of(text).declared();
        if (!declared.isEmpty()) {
            out.println("<form method=\"get\">");
            for (QueryParameters.Param p : declared) {
                String v = given.getOrDefault(p.name(), "");
                out.println("<label>" + QueryRunner.html(p.name()) + (p.optional() ? " (optional)" : "") + " <input name=\""
                        + QueryRunner.html(p.name()) + "\" value=\"" + QueryRunner.html(v) + "\"></label> ");
            }
            out.println("<button>Run</button></form>");
        }
        if (problem != null) {
            out.println("<p><strong>" + QueryRunner.html(problem) + "</strong></p>");
        }
        if (rows < 0) {
            out.println("</body></html>");
            out.flush();
            return;
        }
        StringBuilder qs = new StringBuilder();
        given.forEach((k, v) -> qs.append('&').append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        out.print("<p>" + rows + " rows. As ");
        for (String f : List.of("csv", "tsv", "json", "xml")) {
            out.print("<a href=\"" + PREFIX + name + "?format=" + f + QueryRunner.html(qs.toString()) + "\">" + f + "</a> ");
        }
        out.println("</p>");
        out.flush();
        table.writeTo(response.getOutputStream());
        out.println("</body></html>");
        out.flush();
    }

    /** {@code /newsgraph/queries/}: every named query with what it answers (HTML for a browser, else one per line). */
    private static void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean html = wantsHtml(request);
        response.setStatus(200);
        response.setContentType(html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        java.io.PrintStream out = new java.io.PrintStream(response.getOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        if (html) {
            out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Named queries - newsgraph</title>"
                    + STYLE + "</head><body><h1>Named queries</h1><p>Each runs on the whole store; parameters bind "
                    + "variables safely. Add <code>?format=csv</code> (tsv, json, xml) for data.</p><table><thead><tr><th>query"
                    + "</th><th>answers</th><th>parameters</th></tr></thead><tbody>");
        }
        for (String name : NamedQueries.BUNDLED) {
            if (name.equals("entity-facts") || name.equals("describe-entity")) {
                continue; // the entity pages' own queries
            }
            String text = NamedQueries.load(name);
            String first = NamedQueries.description(text).lines().findFirst().orElse("").replaceFirst("^" + name + ":\\s*", "");
            String params = String.join(", ", QueryParameters.of(text).declared().stream().map(QueryParameters.Param::name).toList());
            if (html) {
                out.println("<tr><td><a href=\"" + PREFIX + name + "\">" + name + "</a></td><td>" + QueryRunner.html(first)
                        + "</td><td>" + QueryRunner.html(params) + "</td></tr>");
            } else {
                out.println(name + "\t" + first + (params.isEmpty() ? "" : "\t(" + params + ")"));
            }
        }
        if (html) {
            out.println("</tbody></table><p><a href=\"/\">Query the graph</a></p></body></html>");
        }
        out.flush();
    }

    private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
            + "pre{background:#f6f6f6;padding:.5em}</style>";

    /** A browser asks for HTML first; API clients and curl do not. */
    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
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
        if (wantsHtml(request)) {
            return QueryRunner.Format.HTML;
        }
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
            case HTML -> "text/html; charset=utf-8";
        };
    }
}
