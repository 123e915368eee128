package io.newsgraph.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation, with two changes:
 * <ul>
 * <li>a bound on the size of results: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a
 * larger one, runs with LIMIT {@code max}, so one analyst's query cannot make the server build an
 * unbounded answer;</li>
 * <li>parsed queries are remembered by their text (the most recent {@value #PARSED} of them): the
 * SPARQL parser is the largest single cost of a small query, and applications and dashboards send
 * the same texts again and again. Each request runs on its own structural copy, so the bound (or
 * anything else) set on one execution never reaches another.</li>
 * </ul>
 * Everything else (logging, validation, dataset choice, timeouts, results) is Fuseki's own.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /** Parsed queries kept. */
    static final int PARSED = 512;
    /** Longer texts are parsed every time: they are rarely repeated and would crowd the others out. */
    private static final int LONGEST_KEPT = 16 * 1024;
    /** The base Fuseki resolves relative IRIs in queries against. */
    private static final String BASE = "http://server/unset-base/";

    private final long max;
    private final ServiceGuard services;
    private final Map<String, Query> parsed = new LinkedHashMap<>(PARSED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
            return size() > PARSED;
        }
    };

    BoundedQuery(long max, ServiceGuard services) {
        this.max = max;
        this.services = services;
    }

    /** Fuseki's checks, then: no SERVICE the server's operator has not allowed. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = services.refusal(query);
        if (refusal == null) {
            refusal = RegexGuard.refusal(query);
        }
        if (refusal != null) {
            action.log.warn(String.format("[%d] refused: %s", action.id, refusal));
            ServletOps.errorBadRequest(refusal);
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        }
        String forLog = ServletOps.formatForLog(queryString);
        if (action.log.isInfoEnabled()) {
            action.log.info(String.format("[%d] Query = %s", action.id, forLog));
        }
        Query query = null;
        try {
            query = parse(queryString);
            validateQuery(action, query);
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryParseException e) {
            String msg = e.getCause() instanceof StackOverflowError || String.valueOf(e.getMessage()).contains("StackOverflowError")
                    ? "query nested too deeply to parse (thousands of levels of { } or ( )): flatten it"
                    : SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException e) {
            String msg = SPARQLProtocol.messageForException(e);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> choice = decideDataset(action, query, forLog);
            Query run = choice.getRight() == null ? query : choice.getRight();
            try (QueryExec exec = createQueryExec(action, run, choice.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, forLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** A private copy of the parsed query: from memory when this text was parsed before. */
    private Query parse(String text) {
        if (text.length() > LONGEST_KEPT) {
            return QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        }
        Query known;
        synchronized (parsed) {
            known = parsed.get(text);
        }
        if (known == null) {
            known = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            synchronized (parsed) {
                parsed.put(text, known);
            }
        }
        return known.cloneQuery();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > max)) {
            query.setLimit(max);
        }
        // a contract query's page reads the facts its rows come from, in the store's sort-key order
        return super.createQueryExec(action, io.newsgraph.store.FirstPages.rewrite(query, dataset), dataset);
    }
}
