package io.newsgraph.store;

import io.newsgraph.rdf.Prefixes;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * Writes the store out. Turtle and JSON-LD give the merged graph (entities, facts, provenance and
 * the ontology, each triple once) for graph tools; TriG and N-Quads keep one graph per article, so
 * each value stays paired with the article that states it.
 */
public final class Exporter {
    /** Export formats. */
    public enum Format {
        TTL, TRIG, NQ, JSONLD;

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "ttl", "turtle" -> TTL;
                case "trig" -> TRIG;
                case "nq", "nquads", "n-quads" -> NQ;
                case "jsonld", "json-ld" -> JSONLD;
                default -> throw new IllegalArgumentException("unknown export format '" + s + "' (ttl, trig, nq, jsonld)");
            };
        }
    }

    /** Above this many triples Turtle is written in streaming blocks rather than pretty-printed in memory. */
    private static final long PRETTY_LIMIT = 500_000;

    private final ArticleStore store;

    public Exporter(ArticleStore store) {
        this.store = store;
    }

    /** Writes the whole store in the format. */
    public void export(Format format, OutputStream out) {
        if (store instanceof GraphStore local) {
            Txn.executeRead(local.dataset(), () -> write(local.dataset(), format, out));
        } else {
            DatasetGraph all = ((RemoteStore) store).fetchAll();
            all.prefixes().putAll(Prefixes.standard());
            write(all, format, out);
        }
    }

    private static void write(DatasetGraph stored, Format format, OutputStream out) {
        // the prefixes of this version, whatever the store was created with
        org.apache.jena.riot.system.PrefixMap pm = Prefixes.standard();
        DatasetGraph dsg = new org.apache.jena.sparql.core.DatasetGraphWrapper(stored) {
            @Override
            public org.apache.jena.riot.system.PrefixMap prefixes() {
                return pm;
            }

            @Override
            public Graph getUnionGraph() {
                Graph union = super.getUnionGraph();
                org.apache.jena.shared.PrefixMapping mapping = org.apache.jena.riot.system.Prefixes.adapt(pm);
                return new org.apache.jena.graph.impl.WrappedGraph(union) {
                    @Override
                    public org.apache.jena.shared.PrefixMapping getPrefixMapping() {
                        return mapping;
                    }
                };
            }
        };
        switch (format) {
            case TTL -> {
                Graph union = dsg.getUnionGraph();
                RDFDataMgr.write(out, union, union.size() > PRETTY_LIMIT ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TURTLE_PRETTY);
            }
            case JSONLD -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.JSONLD11);
            case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
            case NQ -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
        }
    }
}
