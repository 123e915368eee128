package io.newsgraph.serve;

import io.newsgraph.rdf.Iris;
import io.newsgraph.rdf.Prefixes;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.NamedQueries;
import io.newsgraph.store.QueryRunner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * Linked data: {@code /id/...} resolves the graph's entity IRIs ({@code https://w3id.org/newsgraph/id/...}
 * with the host part replaced by this server). HTML for people (name, type, facts with their
 * sentences and sources, links to the other parties), Turtle or JSON-LD by content negotiation.
 */
final class ResourcePages extends PrefixFilter {
    static final String PREFIX = "/id/";

    private final GraphStore store;
    private final Query facts;
    private final Query describe;

    ResourcePages(GraphStore store) throws IOException {
        super(PREFIX);
        this.store = store;
        this.facts = QueryRunner.parse(NamedQueries.load("entity-facts"), "entity-facts");
        this.describe = QueryRunner.parse(NamedQueries.load("describe-entity"), "describe-entity");
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response, String local) throws IOException {
        if (!local.matches("[a-z]+/[a-z0-9-]+")) {
            send(response, 404, "no such resource " + PREFIX + local);
            return;
        }
        Resource entity = ResourceFactory.createResource(Iris.BASE + local);
        Dataset ds = DatasetFactory.wrap(store.dataset());
        Model model = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(describe).substitution("entity", entity).build()) {
                return qe.execConstruct();
            }
        });
        if (model.isEmpty()) {
            send(response, 404, "nothing known about " + entity.getURI());
            return;
        }
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        response.setHeader("Vary", "Accept");
        if (accept.contains("text/turtle") || accept.contains("application/ld+json")) {
            boolean turtle = accept.contains("text/turtle");
            response.setStatus(200);
            response.setContentType(turtle ? "text/turtle; charset=utf-8" : "application/ld+json; charset=utf-8");
            Prefixes.standard().getMapping().forEach(model::setNsPrefix);
            try (OutputStream os = response.getOutputStream()) {
                RDFDataMgr.write(os, model, turtle ? RDFFormat.TURTLE_PRETTY : RDFFormat.JSONLD11);
            }
            return;
        }
        html(response, entity, model, ds);
    }

    private void html(HttpServletResponse response, Resource entity, Model model, Dataset ds) throws IOException {
        String label = model.listObjectsOfProperty(entity, model.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel"))
                .toList().stream().map(n -> n.asLiteral().getString()).sorted().findFirst().orElse(entity.getURI());
        boolean person = entity.getURI().startsWith(Iris.BASE + "person/");
        response.setStatus(200);
        response.setContentType("text/html; charset=utf-8");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(label) + " - newsgraph</title>");
        out.println("<link rel=\"alternate\" type=\"text/turtle\" href=\"\"><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;"
                + "padding:0 1rem}td,th{border-bottom:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}q{color:#444}</style></head><body>");
        out.println("<h1>" + esc(label) + "</h1><p>" + (person ? "Person" : "Organization") + " &middot; <code>" + esc(entity.getURI()) + "</code></p>");
        out.println("<h2>Facts</h2><table><tr><th>what</th><th>with</th><th>detail</th><th>stated in</th></tr>");
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(facts).substitution("entity", entity).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    RDFNode other = s.get("other");
                    String with = other == null ? "" : "<a href=\"" + esc(localLink(other.asResource().getURI())) + "\">"
                            + esc(str(s, "other_label")) + "</a>";
                    out.println("<tr><td>" + esc(relation(str(s, "kind"), str(s, "role"))) + "</td><td>" + with + "</td><td>"
                            + esc(str(s, "detail")) + "</td><td><q>" + esc(str(s, "sentence")) + "</q><br><small>"
                            + article(str(s, "headline"), str(s, "publisher"), str(s, "published"), str(s, "source")) + "</small></td></tr>");
                }
            }
        });
        out.println("</table><p><a href=\"/\">Query the graph</a></p></body></html>");
        out.flush();
    }

    /** What the fact says about this page's entity, in words: "invested in", "acquired by", "employs". */
    static String relation(String kind, String role) {
        return switch (kind + "/" + role) {
            case "Investment/investor" -> "invested in";
            case "Investment/investee" -> "backed by";
            case "Acquisition/acquirer" -> "acquisition of";
            case "Acquisition/target" -> "acquired by";
            case "ClientRelationship/client" -> "client of";
            case "ClientRelationship/supplier" -> "supplier to";
            case "Position/person" -> "role at";
            case "Position/organization" -> "employs";
            case "Layoff/organization" -> "job cuts";
            case "Headcount/organization" -> "workforce";
            default -> kind + " (" + role + ")";
        };
    }

    /** The article a fact is stated in: headline, publisher and date, linked when it was read from the web. */
    static String article(String headline, String publisher, String published, String source) {
        String title = !headline.isEmpty() ? headline : source.substring(source.lastIndexOf('/') + 1);
        boolean web = source.startsWith("http://") || source.startsWith("https://");
        StringBuilder b = new StringBuilder(web ? "<a href=\"" + esc(source) + "\">" + esc(title) + "</a>" : esc(title));
        if (!publisher.isEmpty()) {
            b.append(" &middot; ").append(esc(publisher));
        }
        if (!published.isEmpty()) {
            b.append(" &middot; ").append(esc(published));
        }
        if (!web) {
            b.append(" &middot; <span title=\"").append(esc(source)).append("\">file</span>");
        }
        return b.toString();
    }

    private static String localLink(String iri) {
        return iri.startsWith(Iris.BASE) ? PREFIX + iri.substring(Iris.BASE.length()) : iri;
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String esc(String s) {
        return io.newsgraph.store.QueryRunner.html(s);
    }
}
