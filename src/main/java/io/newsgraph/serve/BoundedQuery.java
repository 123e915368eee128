package io.newsgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with a bound on the size of results: a SELECT, CONSTRUCT or
 * DESCRIBE without a LIMIT, or with a larger one, runs with LIMIT {@code max}, so one analyst's
 * query cannot make the server build an unbounded answer. The bound is set on the query Fuseki
 * has already parsed (parsing is the largest cost of a small query, so it is done once).
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    private final long max;

    BoundedQuery(long max) {
        this.max = max;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > max)) {
            query.setLimit(max);
        }
        return super.createQueryExec(action, query, dataset);
    }
}
