package io.newsgraph.serve;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Decides whether a query's {@code SERVICE} clauses (federated query: the server sending HTTP
 * requests on behalf of whoever sent the query) may run. None may unless the server was started
 * with endpoint prefixes to allow; then each must be a constant http(s) IRI under one of them,
 * and (unless private addresses are allowed) resolve to a public address, the guard posted
 * article URLs get. {@code SERVICE} inside sub-queries, {@code EXISTS} and {@code BIND} is found too.
 */
final class ServiceGuard {
    private final List<String> allowedPrefixes;
    private final boolean allowPrivate;

    ServiceGuard(List<String> allowedPrefixes, boolean allowPrivate) {
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
        this.allowPrivate = allowPrivate;
    }

    /** True when some endpoint is allowed at all (the store's context then lets SERVICE run). */
    boolean anyAllowed() {
        return !allowedPrefixes.isEmpty();
    }

    /** Null when the query may run, else why not (one line, for a 400). */
    String refusal(Query query) {
        List<Node> services = new ArrayList<>();
        collect(Algebra.compile(query), services);
        for (Node s : services) {
            String why = refusal(s);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /**
     * Null when the update may run, else why not: a LOAD reads from the server's side like SERVICE,
     * so its source follows the same allow-list (and is never a {@code file:} IRI); SERVICE inside an
     * update's WHERE is checked as in a query.
     */
    String refusal(org.apache.jena.update.UpdateRequest request) {
        for (org.apache.jena.update.Update u : request.getOperations()) {
            if (u instanceof org.apache.jena.sparql.modify.request.UpdateLoad load) {
                String why = loadRefusal(load.getSource());
                if (why != null) {
                    return why;
                }
            } else if (u instanceof org.apache.jena.sparql.modify.request.UpdateModify modify && modify.getWherePattern() != null) {
                List<Node> services = new ArrayList<>();
                collect(Algebra.compile(modify.getWherePattern()), services);
                for (Node s : services) {
                    String why = refusal(s);
                    if (why != null) {
                        return why;
                    }
                }
            }
        }
        return null;
    }

    private String loadRefusal(String source) {
        String scheme = source.substring(0, Math.max(0, source.indexOf(':'))).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "LOAD <" + source + "> is refused: the server never reads its own files or non-http(s) sources";
        }
        if (allowedPrefixes.isEmpty()) {
            return "LOAD is not allowed on this server (the server would fetch <" + source + "> itself); post articles to "
                    + "/newsgraph/articles, or an operator can allow named sources with --allow-service URL-PREFIX";
        }
        String why = refusal(NodeFactory.createURI(source));
        return why == null ? null : why.replaceFirst("^SERVICE", "LOAD");
    }

    private String refusal(Node service) {
        if (allowedPrefixes.isEmpty()) {
            return "SERVICE (federated query) is not allowed on this server; an operator can allow named endpoints with --allow-service URL-PREFIX";
        }
        if (!service.isURI()) {
            return "SERVICE needs a constant endpoint IRI here, not " + service;
        }
        String iri = service.getURI();
        if (allowedPrefixes.stream().noneMatch(iri::startsWith)) {
            return "SERVICE <" + iri + "> is not an allowed endpoint (allowed: " + String.join(", ", allowedPrefixes) + ")";
        }
        String scheme = iri.substring(0, Math.max(0, iri.indexOf(':'))).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "SERVICE <" + iri + "> is not an http(s) endpoint";
        }
        if (!allowPrivate) {
            try {
                io.newsgraph.source.AddressGuard.refuseNonPublic(URI.create(iri));
            } catch (io.newsgraph.source.UnreadableArticleException | IllegalArgumentException e) {
                return "SERVICE <" + iri + ">: " + e.getMessage();
            }
        }
        return null;
    }

    private static void collect(Op op, List<Node> out) {
        ExprVisitorBase inExpressions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
                if (f.getGraphPattern() != null) {
                    collect(f.getGraphPattern(), out); // FILTER EXISTS { SERVICE <...> { } }, BIND(EXISTS {...})
                }
            }
        };
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                out.add(s.getService());
            }
        }, inExpressions);
    }
}
