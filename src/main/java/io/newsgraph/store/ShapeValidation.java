package io.newsgraph.store;

import io.newsgraph.rdf.NG;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;

/**
 * Validates article graphs one at a time against the bundled SHACL shapes (cardinalities hold per
 * article), and the derived consensus graph the same way.
 */
public final class ShapeValidation {
    private final GraphStore store;
    private final Shapes shapes = Shapes.parse(GraphStore.bundledShapes());

    public ShapeValidation(GraphStore store) {
        this.store = store;
    }

    /** Outcome: how many graphs, how many failed, and one line per violation. */
    public record Result(int graphs, int failedGraphs, List<String> problems) {
    }

    public Result validateAll() {
        return Txn.calculateRead(store.dataset(), () -> {
            int graphs = 0;
            int failed = 0;
            List<String> problems = new ArrayList<>();
            for (Iterator<Node> it = store.dataset().listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (g.getURI().equals(NG.ONTOLOGY)) {
                    continue;
                }
                if (Consensus.isArticle(g)) {
                    graphs++; // the derived consensus graph is checked too, but is no article
                }
                ValidationReport report = validate(store.dataset().getGraph(g));
                if (!report.conforms()) {
                    failed++;
                    report.getEntries().forEach(e -> problems.add(g.getURI() + ": " + e.focusNode() + " " + e.resultPath() + ": " + e.message()));
                }
            }
            return new Result(graphs, failed, problems);
        });
    }

    /** Validates one graph. */
    public ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(shapes, g);
    }
}
