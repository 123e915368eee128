package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.bench.ArticleGenerator;
import io.newsgraph.document.Article;
import io.newsgraph.document.ArticleReader;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.rdf.ExtractionMapper;
import io.newsgraph.rdf.NG;
import io.newsgraph.rdf.SortKeys;
import io.newsgraph.source.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract query's page, read from the facts first in sort-key order, has the rows the whole query's
 * sort puts on it; keys order as labels do; a store whose facts lack keys gets them when it is opened.
 */
class FirstPagesTest {
    @TempDir
    static Path tmp;
    static GraphStore store;

    private static final Extractor EXTRACTOR = RuleBasedExtractor.standard();
    private static final ExtractionMapper MAPPER = new ExtractionMapper(EXTRACTOR.name());
    private static final ArticleReader READER = new ArticleReader();

    /** Articles of our own whose first parties' labels share prefixes and reach past the basic plane. */
    private static final List<String> OWN = List.of(
            "Zeta Capital invested $40 million in Bright Labs, taking a 10% stake.",
            "Zeta Capitol invested $12 million in Orbit Foods.",
            "Zeta Cap Partners invested $9 million in Luma Health.",
            "Ærø Ventures invested $15 million in Kelp Robotics.",
            "Acme Robotics said it would cut 300 jobs, about 12% of its staff.",
            "Acme Robot Works said it would lay off 40 employees.",
            "Abe Holdings agreed to buy Corin Tools for $80 million.",
            "Abe Holding Group agreed to buy Delta Paints for $30 million.");

    @BeforeAll
    static void fill() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        List<Pair<String, Graph>> graphs = new ArrayList<>();
        for (ArticleGenerator.GeneratedArticle a : new ArticleGenerator(7, 60).generate(400)) {
            graphs.add(graph(a.name(), a.content()));
        }
        for (int i = 0; i < OWN.size(); i++) {
            graphs.add(graph("own-" + i + ".txt", " date 2025-07-18\n" + OWN.get(i)));
        }
        store.replace(graphs);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Pair<String, Graph> graph(String name, String text) throws Exception {
        Article a = READER.read(new RawArticle("/first-pages/" + name, text.getBytes(StandardCharsets.UTF_8), null));
        return Pair.create(ExtractionMapper.graphName(a), MAPPER.toGraph(EXTRACTOR.extract(a)));
    }

    private static List<Map<String, String>> rows(String text) {
        return store.query(QueryFactory.create(text), Map.of(), 60_000, qe -> {
            List<Map<String, String>> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> out.add(row(s)));
            return out;
        });
    }

    private static Map<String, String> row(QuerySolution s) {
        Map<String, String> m = new java.util.TreeMap<>();
        s.varNames().forEachRemaining(v -> m.put(v, String.valueOf(s.get(v))));
        return m;
    }

    /** The columns a query's ORDER BY names, in order (the rows' order on anything else is the engine's). */
    private static List<String> orderColumns(String text) {
        List<String> out = new ArrayList<>();
        QueryFactory.create(text).getOrderBy().forEach(c -> out.add(c.getExpression().getVarName()));
        return out;
    }

    @Test
    void everyContractPageHasTheRowsOfTheWholeQuerysSort() throws Exception {
        for (String name : FirstPages.KINDS.keySet()) {
            String whole = NamedQueries.load(name);
            List<Map<String, String>> all = rows(whole);
            assertTrue(all.size() > 30, name + " has rows to page through: " + all.size());
            List<String> order = orderColumns(whole);
            for (int[] page : new int[][] {{100, 0}, {1, 0}, {7, 0}, {10, 25}, {50, all.size() - 20}}) {
                String text = whole + "\nLIMIT " + page[0] + (page[1] > 0 ? " OFFSET " + page[1] : "");
                Query query = QueryFactory.create(text);
                Query run = Txn.calculateRead(store.dataset(), () -> FirstPages.rewrite(query, store.dataset()));
                assertNotSame(query, run, name + " page " + page[0] + "+" + page[1] + " is read in key order");
                List<Map<String, String>> got = rows(text);
                List<Map<String, String>> want = all.subList(Math.min(page[1], all.size()), Math.min(page[1] + page[0], all.size()));
                assertEquals(want.size(), got.size(), name + " page " + page[0] + "+" + page[1]);
                for (int i = 0; i < got.size(); i++) {
                    for (String col : order) {
                        assertEquals(want.get(i).get(col), got.get(i).get(col), name + " row " + (page[1] + i) + " " + col);
                    }
                    assertTrue(all.contains(got.get(i)), name + " row " + got.get(i) + " is a row of the whole query");
                }
            }
        }
    }

    @Test
    void otherQueriesRunAsWritten() throws Exception {
        String investments = NamedQueries.load("investments");
        for (String text : List.of(investments, investments + "\nLIMIT 5000", NamedQueries.load("company") + "\nLIMIT 10",
                investments.replace("ORDER BY ?investor ?investee ?source", "ORDER BY ?investee") + "\nLIMIT 10")) {
            Query query = QueryFactory.create(text);
            assertSame(query, Txn.calculateRead(store.dataset(), () -> FirstPages.rewrite(query, store.dataset())));
        }
    }

    @Test
    void keysComeInTheOrderOfTheLabelsTheyAreMadeFrom() {
        Random r = new Random(3);
        char[] alphabet = "aAbB zZ0.&\u00e6\u00c6\u00e9\u4e2d\ud800\udc00\ud83d\ude00\ue000\uffee".toCharArray();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(7); n > 0; n--) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            labels.add(b.toString());
        }
        for (Comparator<String> order : List.<Comparator<String>>of(String::compareTo,
                (a, b) -> java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()))) {
            labels.sort(order);
            for (int i = 1; i < labels.size(); i++) {
                assertTrue(SortKeys.of(labels.get(i - 1)) <= SortKeys.of(labels.get(i)),
                        labels.get(i - 1) + " before " + labels.get(i));
            }
        }
        assertTrue(SortKeys.of("\uffff\uffff\uffff\uffff\uffff\uffff\uffff") < (1L << 55), "fits TDB2's inline integers");
        assertTrue(SortKeys.of("Zeta C") < SortKeys.of("Zeta D"), "six characters tell labels apart");
        assertEquals(SortKeys.of("Zeta Capital"), SortKeys.of("Zeta Capitol"));
    }

    @Test
    void theStoreHoldsKeysInNumericOrder() {
        Txn.executeRead(store.dataset(), () -> {
            int n = 0;
            for (Node kind : FirstPages.KINDS.values()) {
                long last = -1;
                long facts = 0;
                for (var it = store.dataset().findNG(Node.ANY, Node.ANY, SortKeys.PROPERTY.get(kind), Node.ANY); it.hasNext(); n++) {
                    Quad q = it.next();
                    long key = Long.parseLong(q.getObject().getLiteralLexicalForm());
                    assertTrue(key >= last, "index order is key order");
                    assertTrue(store.dataset().contains(q.getGraph(), q.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), kind));
                    last = key;
                }
                for (var it = store.dataset().findNG(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), kind); it.hasNext(); it.next()) {
                    facts++;
                }
                assertEquals(facts, countKeys(kind), "every " + kind.getLocalName() + " has its key");
            }
            assertTrue(n > 500, "keys: " + n);
        });
    }

    private static long countKeys(Node kind) {
        long n = 0;
        for (var it = store.dataset().findNG(Node.ANY, Node.ANY, SortKeys.PROPERTY.get(kind), Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static Set<Quad> keysOf(org.apache.jena.sparql.core.DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        SortKeys.PROPERTY.values().forEach(p -> dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(out::add));
        return out;
    }

    @Test
    void aStoreWithoutKeysGetsThemWhenOpened() throws Exception {
        Path dir = tmp.resolve("old");
        GraphStore old = GraphStore.open(dir);
        old.replace(List.of(graph("a.txt", " date 2025-07-18\n" + OWN.get(0)), graph("b.txt", " date 2025-07-18\n" + OWN.get(4))));
        Set<Quad> keys = new HashSet<>();
        Txn.executeWrite(old.dataset(), () -> {
            keys.addAll(keysOf(old.dataset()));
            keys.forEach(old.dataset()::delete);
            FirstPages.unmark(old.dataset());
            // what the first keyed build wrote: one property for every kind, and its mark
            keys.forEach(q -> old.dataset().add(q.getGraph(), q.getSubject(), NG.sortKey, q.getObject()));
            old.dataset().add(Consensus.GRAPH, Consensus.GRAPH, FirstPages.MARK, org.apache.jena.graph.NodeFactory.createLiteralString("1"));
        });
        assertFalse(keys.isEmpty());
        String page = NamedQueries.load("investments") + "\nLIMIT 10";
        Query query = QueryFactory.create(page);
        assertSame(query, Txn.calculateRead(old.dataset(), () -> FirstPages.rewrite(query, old.dataset())),
                "an unmarked store is queried as written");
        old.close();
        GraphStore reopened = GraphStore.open(dir);
        try {
            Set<Quad> again = new HashSet<>();
            Txn.executeRead(reopened.dataset(), () -> {
                again.addAll(keysOf(reopened.dataset()));
                assertTrue(FirstPages.marked(reopened.dataset()));
                assertFalse(reopened.dataset().findNG(Node.ANY, Node.ANY, NG.sortKey, Node.ANY).hasNext(), "the first build's keys are gone");
                assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(reopened.dataset().find(Consensus.GRAPH, Consensus.GRAPH, FirstPages.MARK, Node.ANY)));
                assertNotSame(query, FirstPages.rewrite(query, reopened.dataset()));
            });
            assertEquals(keys, again, "the keys the articles were written with");
        } finally {
            reopened.close();
        }
    }

    @Test
    void onlyFactsThatGiveARowKeepAKey() {
        Path dir = tmp.resolve("rows");
        GraphStore s = GraphStore.open(dir);
        try {
            Node g = org.apache.jena.graph.NodeFactory.createURI("https://example.org/hand");
            Node f = org.apache.jena.graph.NodeFactory.createURI("https://example.org/fact");
            Node e = org.apache.jena.graph.NodeFactory.createURI("https://example.org/investor");
            Node key = SortKeys.node("Aa");
            Txn.executeWrite(s.dataset(), () -> {
                // an investment without an investee: no row of the contract query, so its key must go
                s.dataset().add(g, g, NG.source, org.apache.jena.graph.NodeFactory.createLiteralString("hand"));
                s.dataset().add(g, f, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Investment);
                s.dataset().add(g, f, NG.investor, e);
                s.dataset().add(g, e, io.newsgraph.rdf.Vocab.prefLabel, org.apache.jena.graph.NodeFactory.createLiteralString("Aa"));
                s.dataset().add(g, f, SortKeys.PROPERTY.get(NG.Investment), key);
            });
            FirstPages.KeyChanges c = Txn.calculateRead(s.dataset(), () -> FirstPages.keyChanges(s.dataset()));
            assertEquals(List.of(Quad.create(g, f, SortKeys.PROPERTY.get(NG.Investment), key)), c.remove());
            assertTrue(c.add().isEmpty(), c.add().toString());
            Node investee = org.apache.jena.graph.NodeFactory.createURI("https://example.org/investee");
            Txn.executeWrite(s.dataset(), () -> {
                s.dataset().add(g, f, NG.investee, investee);
                s.dataset().add(g, investee, io.newsgraph.rdf.Vocab.prefLabel, org.apache.jena.graph.NodeFactory.createLiteralString("Bb"));
            });
            assertTrue(Txn.calculateRead(s.dataset(), () -> FirstPages.keyChanges(s.dataset())).isEmpty(), "with its row, the key stays");
        } finally {
            s.close();
        }
    }
}
