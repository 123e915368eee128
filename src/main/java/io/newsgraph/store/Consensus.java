package io.newsgraph.store;

import io.newsgraph.document.Hashes;
import io.newsgraph.rdf.Iris;
import io.newsgraph.rdf.NG;
import io.newsgraph.rdf.Vocab;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The derived consensus graph: for every fact that two or more articles state, and every figure of
 * it (amount, stake, count, percent, status), one node per value a source gives, with how many
 * sources agree with it (numbers within 2%, so "about 1,400" and "more than 1,400" agree), how many
 * give the figure at all, whether the figure is disputed, and the first and last publication dates
 * of the agreeing sources. It is kept current by the writes that change article graphs (ingest,
 * posted articles, removal), for just the facts those articles state, inside the same transaction;
 * nothing in it is written by hand, and the same article graphs always give the same nodes.
 */
public final class Consensus {
    /** The name of the graph the summaries live in. */
    public static final String GRAPH_IRI = Iris.BASE + "graph/consensus";
    public static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);
    private static final Node ONTOLOGY = NodeFactory.createURI(NG.ONTOLOGY);
    private static final List<Node> STATUS = List.of(NG.positionStatus, NG.dealStatus, NG.clientStatus);
    /** The predicates whose values are summarised. */
    private static final List<Node> FIGURES = List.of(NG.amount, NG.positionStatus, NG.dealStatus, NG.clientStatus,
            NG.stakePercent, NG.count, NG.percent);
    /** Figures, in the order the named queries sort them (alphabetical). */
    private static final Map<String, Node> NUMBERS = Map.of("stake_percent", NG.stakePercent, "count", NG.count, "percent", NG.percent);
    private static final double TOLERANCE = 0.02;
    /** Marks a graph without a publication date in the per-refresh cache. */
    private static final Node NONE = NodeFactory.createBlankNode("none");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private Consensus() {
    }

    /** The facts an article graph states (the subjects of its {@code ng:statedIn} triples: every fact has one, naming the article). */
    public static Set<Node> factsOf(Graph g) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(Node.ANY, NG.statedIn, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** The facts a stored article graph states (read by ng:statedIn, which names the graph itself: no fact key to decode). */
    public static Set<Node> factsOf(DatasetGraph dsg, Node graph) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(graph, Node.ANY, NG.statedIn, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** Recomputes the summaries of these facts from every article graph stating them; call inside a write transaction. */
    public static void refresh(DatasetGraph dsg, Collection<Node> facts) {
        Map<Node, Node> dates = new java.util.HashMap<>();
        for (Node f : new LinkedHashSet<>(facts)) {
            if (f.isURI()) {
                update(dsg, f, dates);
            }
        }
    }

    /** Rebuilds the whole graph from the article graphs (a store written before the graph existed). */
    public static void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(GRAPH);
        Set<Node> facts = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, NG.statedIn, Node.ANY).forEachRemaining(q -> facts.add(q.getSubject()));
        refresh(dsg, facts);
    }

    /**
     * Brings the fact's summary nodes to what its sources now say, touching only the triples that
     * change (a new source mostly moves the counts): writes cost far more than reads in the store.
     */
    private static void update(DatasetGraph dsg, Node fact, Map<Node, Node> dates) {
        Change c = change(dsg, List.of(fact), dates);
        c.removed().forEach(t -> dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        c.added().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The triples of the consensus graph to remove and to add for these facts. */
    public record Change(List<org.apache.jena.graph.Triple> removed, List<org.apache.jena.graph.Triple> added) {
    }

    /** What the consensus graph must lose and gain for these facts; reads only (inside a read or write transaction). */
    public static Change change(DatasetGraph dsg, Collection<Node> facts) {
        return change(dsg, facts, new java.util.HashMap<>());
    }

    private static Change change(DatasetGraph dsg, Collection<Node> facts, Map<Node, Node> dates) {
        List<org.apache.jena.graph.Triple> removed = new ArrayList<>();
        List<org.apache.jena.graph.Triple> added = new ArrayList<>();
        for (Node fact : new LinkedHashSet<>(facts)) {
            if (!fact.isURI()) {
                continue;
            }
            Set<org.apache.jena.graph.Triple> want = new java.util.HashSet<>();
            write(dsg, fact, dates, want);
            Set<org.apache.jena.graph.Triple> have = new java.util.HashSet<>();
            dsg.find(GRAPH, Node.ANY, NG.consensusOf, fact).forEachRemaining(q ->
                    dsg.find(GRAPH, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(t -> have.add(t.asTriple())));
            have.stream().filter(t -> !want.contains(t)).forEach(removed::add);
            want.stream().filter(t -> !have.contains(t)).forEach(added::add);
        }
        return new Change(removed, added);
    }

    /** One value a source gives for a figure of the fact. */
    private record Stated(String figure, Node graph, String value, Double number, String currency) {
    }

    /** The summary triples the fact's sources give, into {@code out}. */
    private static void write(DatasetGraph dsg, Node fact, Map<Node, Node> dates, Set<org.apache.jena.graph.Triple> out) {
        // only the quads a summary needs, each predicate looked up on its own: every node the store decodes
        // (a fact's key, its derivations) costs a node-table lookup under a lock the writer on the other
        // thread needs too. Most facts have one source and stop after the first lookup.
        int sources = 0;
        for (Iterator<Quad> it = dsg.find(Node.ANY, fact, NG.statedIn, Node.ANY); it.hasNext(); ) {
            if (isArticle(it.next().getGraph())) {
                sources++;
            }
        }
        if (sources < 2) {
            return;
        }
        List<Stated> stated = new ArrayList<>();
        for (Node p : FIGURES) {
            dsg.find(Node.ANY, fact, p, Node.ANY).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (isArticle(g)) {
                    addStated(stated, g, p, q.getObject(), (s, pp) -> first(dsg, g, s, pp));
                }
            });
        }
        summarise(fact, stated, g -> dates.computeIfAbsent(g, x -> {
            Node found = first(dsg, x, x, Vocab.datePublished);
            return found == null ? NONE : found;
        }), out);
    }

    /** The value graph {@code g} gives by {@code p (o)}, if it is a summarised figure; {@code lookup} reads the graph's other triples. */
    private static void addStated(List<Stated> out, Node g, Node p, Node o, java.util.function.BiFunction<Node, Node, Node> lookup) {
        if (p.equals(NG.amount)) {
            Double v = number(lookup.apply(o, Vocab.value));
            Node cur = lookup.apply(o, Vocab.currency);
            if (v != null && cur != null) {
                String c = cur.getLiteralLexicalForm();
                out.add(new Stated("amount", g, plain(v) + " " + c, v, c));
            }
        } else if (STATUS.contains(p) && o.isURI()) {
            // status terms are named for their labels: ng:Former is "former"
            out.add(new Stated("status", g, o.getLocalName().toLowerCase(java.util.Locale.ROOT), null, null));
        } else {
            for (Map.Entry<String, Node> n : NUMBERS.entrySet()) {
                Double v = p.equals(n.getValue()) ? number(o) : null;
                if (v != null) {
                    out.add(new Stated(n.getKey(), g, plain(v), v, null));
                }
            }
        }
    }

    /** The summary triples of one fact from what its sources state; {@code dateOf} gives a source's publication date (or NONE). */
    private static void summarise(Node fact, List<Stated> stated, java.util.function.Function<Node, Node> dateOf,
                                  Set<org.apache.jena.graph.Triple> out) {
        Map<String, List<Stated>> byFigure = new TreeMap<>();
        stated.forEach(st -> byFigure.computeIfAbsent(st.figure(), k -> new ArrayList<>()).add(st));
        for (Map.Entry<String, List<Stated>> e : byFigure.entrySet()) {
            writeFigure(fact, e.getKey(), e.getValue(), dateOf, out);
        }
    }

    /**
     * What the article graphs a run loads into a store without articles state about their facts, kept
     * as they go by, so that the summaries at the end of the run need no reads: every source of every
     * fact is among them. Holds a few small values per fact.
     */
    public static final class Sightings {
        private final Map<Node, Object> byFact = new java.util.HashMap<>();
        private final Map<Node, Node> dates = new java.util.HashMap<>();

        /** Notes what the article graph {@code name} states. */
        public void record(Node name, Graph g) {
            Node date = first(g, name, Vocab.datePublished);
            dates.put(name, date == null ? NONE : date);
            for (Node fact : factsOf(g)) {
                List<Stated> stated = new ArrayList<>(2);
                for (Node p : FIGURES) {
                    g.find(fact, p, Node.ANY).forEachRemaining(t ->
                            addStated(stated, name, p, t.getObject(), (s, pp) -> first(g, s, pp)));
                }
                // one source: its values, or its graph alone (a fact stated without figures)
                Object entry = stated.isEmpty() ? name : stated;
                byFact.merge(fact, entry, Sightings::join);
            }
        }

        private static Object join(Object a, Object b) {
            Multi m = a instanceof Multi x ? x : new Multi(a);
            m.add(b);
            return m;
        }

        /** The triples of the consensus graph for every fact two or more of the recorded graphs state, one fact at a time. */
        public void forEachTriple(java.util.function.Consumer<org.apache.jena.graph.Triple> sink) {
            Set<org.apache.jena.graph.Triple> out = new java.util.LinkedHashSet<>();
            for (Map.Entry<Node, Object> e : byFact.entrySet()) {
                if (e.getValue() instanceof Multi m) {
                    out.clear();
                    summarise(e.getKey(), m.stated, dates::get, out);
                    out.forEach(sink);
                }
            }
        }

        /** A fact stated by several of the recorded graphs. */
        private static final class Multi {
            final List<Stated> stated = new ArrayList<>();

            Multi(Object first) {
                add(first);
            }

            @SuppressWarnings("unchecked")
            void add(Object entry) {
                if (entry instanceof List<?> l) {
                    stated.addAll((List<Stated>) l);
                }
            }
        }
    }

    private static Node first(Graph g, Node s, Node p) {
        Iterator<org.apache.jena.graph.Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static void writeFigure(Node fact, String figure, List<Stated> stated, java.util.function.Function<Node, Node> dateOf,
                                    Set<org.apache.jena.graph.Triple> out) {
        Set<Node> stating = new TreeSet<>(Comparator.comparing(Node::getURI));
        stated.forEach(s -> stating.add(s.graph()));
        if (stating.size() < 2) {
            return;
        }
        Map<String, Stated> values = new TreeMap<>();
        stated.forEach(s -> values.putIfAbsent(s.value(), s));
        Map<String, Set<Node>> agreeingByValue = new TreeMap<>();
        for (Stated v : values.values()) {
            Set<Node> agreeing = new TreeSet<>(Comparator.comparing(Node::getURI));
            for (Stated s : stated) {
                if (agrees(v, s)) {
                    agreeing.add(s.graph());
                }
            }
            agreeingByValue.put(v.value(), agreeing);
        }
        for (Map.Entry<String, Set<Node>> a : agreeingByValue.entrySet()) {
            Set<Node> agreeing = a.getValue();
            Node n = NodeFactory.createURI(Iris.BASE + "consensus/"
                    + Hashes.sha256(fact.getURI() + "|" + figure + "|" + a.getKey()).substring(0, 24));
            add(out, n, RDF.type.asNode(), NG.ConsensusValue);
            add(out, n, NG.consensusOf, fact);
            add(out, n, NG.figure, NodeFactory.createLiteralString(figure));
            add(out, n, NG.statedValue, NodeFactory.createLiteralString(a.getKey()));
            add(out, n, NG.agreeingSources, integer(agreeing.size()));
            add(out, n, NG.statingSources, integer(stating.size()));
            // a status moves on (incoming, then current, then former): sources giving different ones are no dispute;
            // only a disputed value says so (most values are not, and every triple here is written on each ingest)
            if (agreeing.size() < stating.size() && !figure.equals("status")) {
                add(out, n, NG.disputed, TRUE);
            }
            Node earliest = null;
            Node latest = null;
            for (Node g : agreeing) {
                Node d = dateOf.apply(g);
                if (d != NONE && d.isLiteral()) {
                    earliest = earliest == null || d.getLiteralLexicalForm().compareTo(earliest.getLiteralLexicalForm()) < 0 ? d : earliest;
                    latest = latest == null || d.getLiteralLexicalForm().compareTo(latest.getLiteralLexicalForm()) > 0 ? d : latest;
                }
            }
            if (earliest != null) {
                add(out, n, NG.earliestSource, earliest);
                add(out, n, NG.latestSource, latest);
            }
        }
    }

    private static boolean agrees(Stated a, Stated b) {
        if (a.number() == null || b.number() == null) {
            return a.value().equals(b.value());
        }
        if (a.currency() != null && b.currency() != null && !a.currency().equals(b.currency())) {
            return false;
        }
        return Math.abs(a.number() - b.number()) <= TOLERANCE * Math.max(Math.abs(a.number()), Math.abs(b.number()));
    }

    /** True for an article's graph: neither the ontology nor this derived graph. */
    public static boolean isArticle(Node g) {
        return g.isURI() && !g.equals(GRAPH) && !g.equals(ONTOLOGY);
    }

    /**
     * The consensus graph the article graphs of {@code dsg} give, computed afresh in memory: what the
     * stored graph must equal (leaving out its bookkeeping triples) after any sequence of writes.
     */
    public static Graph expected(DatasetGraph dsg) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(copy, () -> {
            dsg.find().forEachRemaining(q -> {
                if (isArticle(q.getGraph())) {
                    copy.add(q);
                }
            });
            rebuild(copy);
        });
        return org.apache.jena.system.Txn.calculateRead(copy, () -> {
            Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            copy.getGraph(GRAPH).find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The stored consensus graph without its bookkeeping (layout version, pending marks). */
    public static Graph stored(DatasetGraph dsg) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getGraph(GRAPH).find().forEachRemaining(t -> {
            if (!t.getSubject().equals(GRAPH) && !t.getPredicate().getURI().endsWith("#consensusPending")) {
                out.add(t);
            }
        });
        return out;
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Double number(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number as the named queries print it: whole numbers without a fraction ("1400"), others as they are ("12.5"). */
    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e18 ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Set<org.apache.jena.graph.Triple> out, Node s, Node p, Node o) {
        out.add(org.apache.jena.graph.Triple.create(s, p, o));
    }
}
