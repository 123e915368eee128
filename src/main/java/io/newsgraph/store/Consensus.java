package io.newsgraph.store;

import io.newsgraph.document.Hashes;
import io.newsgraph.rdf.Iris;
import io.newsgraph.rdf.NG;
import io.newsgraph.rdf.Vocab;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.apache.jena.vocabulary.RDFS;

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
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final List<Node> STATUS = List.of(NG.positionStatus, NG.dealStatus, NG.clientStatus);
    /** Figures, in the order the named queries sort them (alphabetical). */
    private static final Map<String, Node> NUMBERS = Map.of("stake_percent", NG.stakePercent, "count", NG.count, "percent", NG.percent);
    private static final double TOLERANCE = 0.02;

    private Consensus() {
    }

    /** The facts an article graph states (the subjects of its {@code ng:factKey} triples). */
    public static Set<Node> factsOf(Graph g) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(Node.ANY, NG.factKey, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** The facts a stored article graph states. */
    public static Set<Node> factsOf(DatasetGraph dsg, Node graph) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(graph, Node.ANY, NG.factKey, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** Recomputes the summaries of these facts from every article graph stating them; call inside a write transaction. */
    public static void refresh(DatasetGraph dsg, Collection<Node> facts) {
        for (Node f : new TreeSet<>(facts.stream().filter(Node::isURI).map(Node::getURI).toList()).stream()
                .map(NodeFactory::createURI).toList()) {
            remove(dsg, f);
            write(dsg, f);
        }
    }

    /** Rebuilds the whole graph from the article graphs (a store written before the graph existed). */
    public static void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(GRAPH);
        Set<Node> facts = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, NG.factKey, Node.ANY).forEachRemaining(q -> facts.add(q.getSubject()));
        refresh(dsg, facts);
    }

    private static void remove(DatasetGraph dsg, Node fact) {
        List<Node> nodes = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, NG.consensusOf, fact).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node n : nodes) {
            dsg.deleteAny(GRAPH, n, Node.ANY, Node.ANY);
        }
    }

    /** One value a source gives for a figure of the fact. */
    private record Stated(Node graph, String value, Double number, String currency) {
    }

    private static void write(DatasetGraph dsg, Node fact) {
        String key = null;
        Set<Node> sources = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, fact, NG.factKey, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (isArticle(q.getGraph())) {
                sources.add(q.getGraph());
                key = q.getObject().getLiteralLexicalForm();
            }
        }
        if (sources.size() < 2) {
            return;
        }
        Map<String, List<Stated>> byFigure = new TreeMap<>();
        for (Node g : sources) {
            dsg.find(g, fact, NG.amount, Node.ANY).forEachRemaining(q -> {
                Double v = number(first(dsg, g, q.getObject(), Vocab.value));
                Node cur = first(dsg, g, q.getObject(), Vocab.currency);
                if (v != null && cur != null) {
                    String c = cur.getLiteralLexicalForm();
                    byFigure.computeIfAbsent("amount", k -> new ArrayList<>()).add(new Stated(g, plain(v) + " " + c, v, c));
                }
            });
            NUMBERS.forEach((figure, p) -> dsg.find(g, fact, p, Node.ANY).forEachRemaining(q -> {
                Double v = number(q.getObject());
                if (v != null) {
                    byFigure.computeIfAbsent(figure, k -> new ArrayList<>()).add(new Stated(g, plain(v), v, null));
                }
            }));
            for (Node p : STATUS) {
                dsg.find(g, fact, p, Node.ANY).forEachRemaining(q -> {
                    Node label = first(dsg, g, q.getObject(), RDFS.label.asNode());
                    if (label != null) {
                        byFigure.computeIfAbsent("status", k -> new ArrayList<>()).add(new Stated(g, label.getLiteralLexicalForm(), null, null));
                    }
                });
            }
        }
        for (Map.Entry<String, List<Stated>> e : byFigure.entrySet()) {
            writeFigure(dsg, fact, key, e.getKey(), e.getValue());
        }
    }

    private static void writeFigure(DatasetGraph dsg, Node fact, String key, String figure, List<Stated> stated) {
        Set<Node> stating = new TreeSet<>(Comparator.comparing(Node::getURI));
        stated.forEach(s -> stating.add(s.graph()));
        if (stating.size() < 2) {
            return;
        }
        Map<String, Stated> values = new TreeMap<>();
        stated.forEach(s -> values.putIfAbsent(s.value(), s));
        String best = null;
        int bestAgreeing = -1;
        Map<String, Set<Node>> agreeingByValue = new TreeMap<>();
        for (Stated v : values.values()) {
            Set<Node> agreeing = new TreeSet<>(Comparator.comparing(Node::getURI));
            for (Stated s : stated) {
                if (agrees(v, s)) {
                    agreeing.add(s.graph());
                }
            }
            agreeingByValue.put(v.value(), agreeing);
            if (agreeing.size() > bestAgreeing) {
                best = v.value();
                bestAgreeing = agreeing.size();
            }
        }
        for (Map.Entry<String, Set<Node>> a : agreeingByValue.entrySet()) {
            Set<Node> agreeing = a.getValue();
            Node n = NodeFactory.createURI(Iris.BASE + "consensus/"
                    + Hashes.sha256(fact.getURI() + "|" + figure + "|" + a.getKey()).substring(0, 24));
            add(dsg, n, RDF.type.asNode(), NG.ConsensusValue);
            add(dsg, n, NG.consensusOf, fact);
            add(dsg, n, NG.consensusKey, NodeFactory.createLiteralString(key));
            add(dsg, n, NG.figure, NodeFactory.createLiteralString(figure));
            add(dsg, n, NG.statedValue, NodeFactory.createLiteralString(a.getKey()));
            add(dsg, n, NG.agreeingSources, integer(agreeing.size()));
            add(dsg, n, NG.statingSources, integer(stating.size()));
            add(dsg, n, NG.share, share(agreeing.size(), stating.size()));
            // a status moves on (incoming, then current, then former): sources giving different ones are no dispute
            boolean disputed = agreeing.size() < stating.size() && !figure.equals("status");
            add(dsg, n, NG.disputed, NodeFactory.createLiteralDT(Boolean.toString(disputed), XSDDatatype.XSDboolean));
            add(dsg, n, NG.mostStated, NodeFactory.createLiteralDT(Boolean.toString(a.getKey().equals(best)), XSDDatatype.XSDboolean));
            Node earliest = null;
            Node latest = null;
            for (Node g : agreeing) {
                add(dsg, n, WAS_DERIVED_FROM, g);
                Node d = first(dsg, g, g, Vocab.datePublished);
                if (d != null && d.isLiteral()) {
                    earliest = earliest == null || d.getLiteralLexicalForm().compareTo(earliest.getLiteralLexicalForm()) < 0 ? d : earliest;
                    latest = latest == null || d.getLiteralLexicalForm().compareTo(latest.getLiteralLexicalForm()) > 0 ? d : latest;
                }
            }
            if (earliest != null) {
                add(dsg, n, NG.earliestSource, earliest);
                add(dsg, n, NG.latestSource, latest);
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

    /** agreeing / stating to two places, as a decimal ("0.67", "1.0"). */
    private static Node share(int agreeing, int stating) {
        BigDecimal s = BigDecimal.valueOf(Math.round(100.0 * agreeing / stating)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String lex = s.scale() <= 0 ? s.setScale(1).toPlainString() : s.toPlainString();
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }
}
