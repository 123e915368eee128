package io.newsgraph.eval;

import io.newsgraph.store.ArticleStore;
import io.newsgraph.store.NamedQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** The facts a store holds, read with the contract queries the scorer uses, grouped by source. */
public final class StoreFacts implements GoldEvaluation.ProducedFacts {
    private final ArticleStore store;

    public StoreFacts(ArticleStore store) {
        this.store = store;
    }

    @Override
    public Map<String, List<GoldEvaluation.Row>> rows(String kind, String queryName) {
        String text;
        try {
            text = NamedQueries.load(queryName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store.query(QueryFactory.create(text), Map.of(), 0, qe -> {
            Map<String, List<GoldEvaluation.Row>> out = new HashMap<>();
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new HashMap<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                String src = row.getOrDefault("source", "");
                src = src.startsWith("file://") ? src.substring(7) : src;
                out.computeIfAbsent(src, k -> new ArrayList<>()).add(new GoldEvaluation.Row(row, null));
            }
            return out;
        });
    }
}
