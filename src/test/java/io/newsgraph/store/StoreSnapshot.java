package io.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Copies of a store's named graphs, to prove later that what was stored before is unchanged. */
public final class StoreSnapshot {
    private final Map<Node, Graph> graphs;

    private StoreSnapshot(Map<Node, Graph> graphs) {
        this.graphs = graphs;
    }

    /** Every named graph of the dataset as it is now. */
    public static StoreSnapshot of(DatasetGraph dsg) {
        Map<Node, Graph> out = new HashMap<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> {
            if (n.equals(Consensus.GRAPH)) {
                return; // derived from the others: checked against them instead (assertStillIn)
            }
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(n).find().forEachRemaining(copy::add);
            out.put(n, copy);
        }));
        return new StoreSnapshot(out);
    }

    public int size() {
        return graphs.size();
    }

    /**
     * Asserts every graph of this snapshot is still in the dataset, with the same triples, and that the
     * derived consensus graph is exactly what the dataset's article graphs give.
     */
    public void assertStillIn(DatasetGraph dsg) {
        StoreSnapshot now = of(dsg);
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            Graph after = now.graphs.get(e.getKey());
            assertNotNull(after, "graph gone: " + e.getKey());
            assertTrue(e.getValue().isIsomorphicWith(after), "graph changed: " + e.getKey());
        }
        assertConsensusCurrent(dsg);
    }

    /** Asserts the stored consensus graph equals one computed afresh from the article graphs. */
    public static void assertConsensusCurrent(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> {
            Graph expected = Consensus.expected(dsg);
            Graph stored = Consensus.stored(dsg);
            assertTrue(expected.isIsomorphicWith(stored), "the consensus graph is not what the articles give: stored "
                    + stored.size() + " triples, expected " + expected.size());
        });
    }
}
