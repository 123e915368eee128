package io.newsgraph.store;

import io.newsgraph.rdf.NG;
import io.newsgraph.rdf.SortKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.PeekIterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The first page of a contract query ({@code queries/investments.rq} and the other five fact kinds,
 * with a LIMIT) without sorting every fact. Each fact in an article graph carries a sort key
 * ({@code ng:investmentSortKey}, one property per kind) that never orders against the label its contract
 * query sorts on first, and TDB2 keeps those small integers in numeric order in its POSG index, so the
 * facts that can be on the page are the first ones of that index: the query runs on them alone (a VALUES
 * block of their graphs and facts), with its own ORDER BY, OFFSET and LIMIT, and gives the rows the whole
 * query would give.
 * <p>
 * Why the rows are the same: the facts are gathered in key order until as many as the page's last row are
 * taken and then to the end of the last key, so every fact left out has a greater key than every fact
 * taken, hence a greater first column; every keyed fact gives at least one row ({@link #keyChanges} keeps
 * keys for those alone), so the facts taken give enough rows, and the query sorts them exactly as it sorts
 * all. A store whose facts may lack keys (made by a build before them and not yet opened by this one, or
 * after a foreign write until its keys are brought up to date) has no mark and is queried as written.
 */
public final class FirstPages {
    /** Pages ending past this row are computed as written: the gathering would cost more than the sort. */
    static final long LARGEST = 1_000;
    /** The bookkeeping triple (in the consensus graph) that says every fact of the store carries its key. */
    static final Node MARK = NG.term("sortKeysVersion");
    static final Node VERSION = NodeFactory.createLiteralString("2");
    private static final Var G = Var.alloc("g");
    private static final Var F = Var.alloc("f");

    /** A bundled contract query: its text's parse without slice, and the kind of fact it lists. */
    private record Shape(Query query, Node kind) {
    }

    private static volatile List<Shape> shapes;

    private FirstPages() {
    }

    /**
     * The query to run in place of {@code query} on {@code dsg} (inside a read transaction): the same
     * query restricted to the facts its page can hold when it is a contract query's page of this store,
     * otherwise {@code query} itself.
     */
    public static Query rewrite(Query query, DatasetGraph dsg) {
        long needed = query.getLimit() + Math.max(0, query.getOffset());
        if (!query.isSelectType() || !query.hasLimit() || needed > LARGEST || query.hasValues() || !query.hasOrderBy()) {
            return query;
        }
        Shape shape = shapeOf(query);
        if (shape == null || !dsg.isInTransaction() || !marked(dsg)) {
            return query;
        }
        PeekIterator<Quad> keys = PeekIterator.create(dsg.findNG(Node.ANY, Node.ANY, SortKeys.PROPERTY.get(shape.kind()), Node.ANY));
        List<Binding> taken = new ArrayList<>();
        Node lastKey = null;
        // facts in key order up to the page's end, then to the end of the last one's key
        while (keys.hasNext()) {
            Quad q = keys.peek();
            if (taken.size() >= needed && !q.getObject().equals(lastKey)) {
                break;
            }
            keys.next();
            taken.add(BindingFactory.binding(G, q.getGraph(), F, q.getSubject()));
            lastKey = q.getObject();
        }
        // every keyed fact gives at least one row (keyChanges), so the facts taken give enough rows
        return restricted(query, taken);
    }

    /** {@code query} with a VALUES block of these graphs and facts first in its pattern. */
    private static Query restricted(Query query, List<Binding> taken) {
        Query q = query.cloneQuery();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(G, F), List.copyOf(taken)));
        Element pattern = q.getQueryPattern();
        if (pattern instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else {
            group.addElement(pattern);
        }
        q.setQueryPattern(group);
        return q;
    }

    /** The bundled contract query {@code query} is a page of (same pattern, columns and order), or null. */
    private static Shape shapeOf(Query query) {
        for (Shape s : shapes()) {
            Query q = s.query();
            if (q.getProjectVars().equals(query.getProjectVars()) && q.getOrderBy().equals(query.getOrderBy())
                    && q.isDistinct() == query.isDistinct() && q.isReduced() == query.isReduced()
                    && !query.hasGroupBy() && !query.hasHaving() && q.getProject().equals(query.getProject())
                    && q.getQueryPattern().equals(query.getQueryPattern())) {
                return s;
            }
        }
        return null;
    }

    private static List<Shape> shapes() {
        List<Shape> known = shapes;
        if (known == null) {
            List<Shape> out = new ArrayList<>();
            for (Map.Entry<String, Node> e : KINDS.entrySet()) {
                out.add(new Shape(QueryFactory.create(bundled(e.getKey())), e.getValue()));
            }
            shapes = known = List.copyOf(out);
        }
        return known;
    }

    /** True when every fact of the store's article graphs carries its sort key (in a transaction). */
    static boolean marked(DatasetGraph dsg) {
        return dsg.contains(Consensus.GRAPH, Consensus.GRAPH, MARK, VERSION);
    }

    /** Says the store's facts may lack keys (in a write transaction). */
    static void unmark(DatasetGraph dsg) {
        dsg.delete(Consensus.GRAPH, Consensus.GRAPH, MARK, VERSION);
    }

    /** The contract queries this answers, with the kind of fact each lists. */
    static final Map<String, Node> KINDS = Map.of(
            "investments", NG.Investment, "positions", NG.Position, "clients", NG.ClientRelationship,
            "layoffs", NG.Layoff, "acquisitions", NG.Acquisition, "headcounts", NG.Headcount);

    /** What to remove and add to bring a store's sort keys to what its facts' rows say. */
    record KeyChanges(List<Quad> remove, List<Quad> add) {
        boolean isEmpty() {
            return remove.isEmpty() && add.isEmpty();
        }
    }

    /**
     * The key changes the store needs (read in a transaction of the caller's): every fact that gives a row of its
     * contract query gets the key of its smallest first column, and no other fact has one, so every keyed fact is
     * on some page (which lets {@link #rewrite} trust the count of the facts it takes). Also drops the single-property
     * keys of the first keyed build. Reads each contract query once, without its sort.
     */
    static KeyChanges keyChanges(DatasetGraph dsg) {
        List<Quad> remove = new ArrayList<>();
        List<Quad> add = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, NG.sortKey, Node.ANY).forEachRemaining(remove::add);
        for (Map.Entry<String, Node> e : KINDS.entrySet()) {
            Node property = SortKeys.PROPERTY.get(e.getValue());
            java.util.Set<Quad> want = new java.util.HashSet<>();
            Query rows = QueryFactory.create(firstColumns(e.getKey()));
            try (QueryExec exec = QueryExec.dataset(dsg).query(rows).build()) {
                exec.select().forEachRemaining(b -> {
                    Node label = b.get("label");
                    if (label != null && label.isLiteral()) {
                        want.add(Quad.create(b.get("g"), b.get("f"), property, SortKeys.node(label.getLiteralLexicalForm())));
                    }
                });
            }
            dsg.findNG(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                if (!want.remove(q)) {
                    remove.add(q);
                }
            });
            add.addAll(want);
        }
        return new KeyChanges(remove, add);
    }

    /** The text of a contract query as the jar holds it (the shape a page must have, whatever ./queries holds). */
    private static String bundled(String name) {
        try (var in = FirstPages.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("bundled query " + name + " missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The bundled contract query turned into "each fact's graph, the fact, and its smallest first column". */
    static String firstColumns(String name) {
        String text = bundled(name);
        String first = QueryFactory.create(text).getOrderBy().get(0).getExpression().getVarName();
        return text.replaceFirst("(?m)^SELECT .*$", "SELECT ?g ?f (MIN(?" + first + ") AS ?label)")
                .replaceFirst("(?m)^ORDER BY .*$", "GROUP BY ?g ?f");
    }

    /** Applies the changes and marks the store as keyed (in a write transaction of the caller's). */
    static void apply(DatasetGraph dsg, KeyChanges changes) {
        changes.remove().forEach(dsg::delete);
        changes.add().forEach(dsg::add);
        dsg.deleteAny(Consensus.GRAPH, Consensus.GRAPH, MARK, Node.ANY);
        dsg.add(Consensus.GRAPH, Consensus.GRAPH, MARK, VERSION);
    }
}
