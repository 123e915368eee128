package io.newsgraph.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Runs a SPARQL query against the store in a read transaction and writes the results in the asked format. */
public final class QueryRunner {
    /** Result formats for SELECT; CONSTRUCT and DESCRIBE always give Turtle (JSON-LD with "json"). */
    public enum Format { CSV, TSV, JSON, TEXT, XML, HTML }

    private final ArticleStore store;

    public QueryRunner(ArticleStore store) {
        this.store = store;
    }

    /** Parses the query text; a syntax error becomes an IllegalArgumentException with a one-line reason. */
    public static Query parse(String text, String name) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("invalid SPARQL in " + name + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Runs the query with the given variable values substituted (never spliced into the text) and writes
     * the results; returns the number of rows (or triples) written.
     */
    public long run(Query query, Map<String, RDFNode> params, Format format, OutputStream out, long timeoutMillis) {
        return store.query(query, params, timeoutMillis, qe -> write(qe, query, format, out));
    }

    /** The results as an HTML table (the body of a page): newsgraph IRIs link to their entity pages. */
    private static void htmlTable(OutputStream out, org.apache.jena.query.ResultSetRewindable r) {
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.println("<table><thead><tr>");
        for (String v : r.getResultVars()) {
            p.println("<th>" + html(v) + "</th>");
        }
        p.println("</tr></thead><tbody>");
        while (r.hasNext()) {
            org.apache.jena.query.QuerySolution row = r.next();
            p.print("<tr>");
            for (String v : r.getResultVars()) {
                RDFNode n = row.get(v);
                String cell;
                if (n == null) {
                    cell = "";
                } else if (n.isURIResource()) {
                    String iri = n.asResource().getURI();
                    String href = iri.startsWith(io.newsgraph.rdf.Iris.BASE) ? "/id/" + iri.substring(io.newsgraph.rdf.Iris.BASE.length()) : iri;
                    cell = "<a href=\"" + html(href) + "\">" + html(iri) + "</a>";
                } else if (n.isLiteral()) {
                    cell = html(n.asLiteral().getLexicalForm());
                } else {
                    cell = html(n.toString());
                }
                p.print("<td>" + cell + "</td>");
            }
            p.println("</tr>");
        }
        p.println("</tbody></table>");
        r.reset();
        p.flush();
    }

    /** Text escaped for HTML content and attribute values. */
    public static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static long write(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            org.apache.jena.query.ResultSetRewindable r = org.apache.jena.query.ResultSetFactory.makeRewindable(rs);
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, r);
                case TSV -> ResultSetFormatter.outputAsTSV(out, r);
                case JSON -> ResultSetFormatter.outputAsJSON(out, r);
                case XML -> ResultSetFormatter.outputAsXML(out, r);
                case TEXT -> ResultSetFormatter.out(out, r, query.getPrologue());
                case HTML -> htmlTable(out, r);
            }
            return r.size();
        }
        if (query.isAskType()) {
            boolean b = qe.execAsk();
            PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
            p.println(b);
            return 1;
        }
        Model m = query.isConstructType() ? qe.execConstruct() : query.isDescribeType() ? qe.execDescribe() : ModelFactory.createDefaultModel();
        RDFDataMgr.write(out, m, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
        return m.size();
    }
}
