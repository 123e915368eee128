package io.newsgraph.store;

import io.newsgraph.rdf.Prefixes;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
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

    /**
     * JSON-LD compacted with the published context ({@code ontology/context.jsonld}, embedded): every
     * prefix, links typed as IRIs and numbers, dates and booleans with their datatypes, so a consumer
     * reads "ng:count": "200" as an xsd:integer without looking at the ontology.
     */
    private static void jsonld(Graph graph, OutputStream out) {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(plain, graph, RDFFormat.JSONLD11);
        try (java.io.InputStream context = Exporter.class.getResourceAsStream("/ontology/context.jsonld")) {
            if (context == null) {
                throw new StoreException("ontology/context.jsonld is missing from the build");
            }
            com.apicatalog.jsonld.document.JsonDocument ctx = com.apicatalog.jsonld.document.JsonDocument.of(context);
            com.apicatalog.jsonld.document.JsonDocument doc = com.apicatalog.jsonld.document.JsonDocument.of(
                    new java.io.ByteArrayInputStream(plain.toByteArray()));
            jakarta.json.JsonObject compacted = com.apicatalog.jsonld.JsonLd.compact(doc, ctx).get();
            jakarta.json.JsonWriterFactory writers = jakarta.json.Json.createWriterFactory(
                    java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true));
            try (jakarta.json.JsonWriter w = writers.createWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8) {
                @Override
                public void close() throws java.io.IOException {
                    flush(); // the caller owns the stream
                }
            })) {
                w.writeObject(compacted);
            }
        } catch (com.apicatalog.jsonld.JsonLdError | java.io.IOException e) {
            throw new StoreException("cannot write JSON-LD: " + e.getMessage(), e);
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
                if (union.size() > PRETTY_LIMIT) {
                    RDFDataMgr.write(out, union, RDFFormat.TURTLE_BLOCKS);
                } else {
                    sortedTurtle(union, pm, out);
                }
            }
            case JSONLD -> jsonld(dsg.getUnionGraph(), out);
            case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
            case NQ -> sortedNQuads(dsg, out);
        }
    }

    /** A node as N-Triples writes it: the sort key of the sorted formats. */
    private static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /**
     * N-Quads in a canonical order: graphs by IRI, each graph's lines sorted. The store's own order
     * follows the order things were written in, so two builds from the same inputs in another order,
     * or with more threads, would list the same quads differently; this order depends on the quads
     * only, and holds one graph in memory at a time.
     */
    private static void sortedNQuads(DatasetGraph dsg, OutputStream out) {
        java.util.List<Node> graphs = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(java.util.Comparator.comparing(Exporter::nt));
        java.io.PrintWriter w = new java.io.PrintWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
        java.util.List<String> lines = new java.util.ArrayList<>();
        dsg.getDefaultGraph().find().forEachRemaining(t -> lines.add(nt(t.getSubject()) + " " + nt(t.getPredicate()) + " " + nt(t.getObject()) + " .\n"));
        writeSorted(lines, w);
        for (Node g : graphs) {
            String name = " " + nt(g) + " .\n";
            dsg.getGraph(g).find().forEachRemaining(t -> lines.add(nt(t.getSubject()) + " " + nt(t.getPredicate()) + " " + nt(t.getObject()) + name));
            writeSorted(lines, w);
        }
        w.flush();
    }

    private static void writeSorted(java.util.List<String> lines, java.io.PrintWriter w) {
        java.util.Collections.sort(lines);
        lines.forEach(w::write);
        lines.clear();
    }

    /**
     * Turtle in a canonical order: prefixes by name; subjects by their N-Triples form, each with its
     * types first, then its other predicates, then objects, all sorted the same way. Two stores with
     * the same triples give the same bytes, whatever order the articles came in.
     */
    private static void sortedTurtle(Graph graph, org.apache.jena.riot.system.PrefixMap pm, OutputStream out) {
        org.apache.jena.atlas.io.AWriter w = org.apache.jena.atlas.io.IO.wrapUTF8(out);
        new java.util.TreeMap<>(pm.getMapping()).forEach((prefix, iri) -> w.write("PREFIX " + prefix + ": <" + iri + ">\n"));
        org.apache.jena.riot.out.NodeFormatterTTL fmt = new org.apache.jena.riot.out.NodeFormatterTTL(null, pm);
        java.util.Map<Node, java.util.List<Triple>> bySubject = new java.util.TreeMap<>(java.util.Comparator.comparing(Exporter::nt));
        graph.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new java.util.ArrayList<>()).add(t));
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        java.util.Comparator<Triple> order = java.util.Comparator.<Triple, Boolean>comparing(t -> !t.getPredicate().equals(type))
                .thenComparing(t -> nt(t.getPredicate())).thenComparing(t -> nt(t.getObject()));
        for (java.util.Map.Entry<Node, java.util.List<Triple>> e : bySubject.entrySet()) {
            java.util.List<Triple> triples = e.getValue();
            triples.sort(order);
            w.write("\n");
            fmt.format(w, e.getKey());
            Node predicate = null;
            for (Triple t : triples) {
                if (t.getPredicate().equals(predicate)) {
                    w.write(" ,\n        ");
                } else {
                    w.write(predicate == null ? "\n    " : " ;\n    ");
                    if (t.getPredicate().equals(type)) {
                        w.write("a");
                    } else {
                        fmt.format(w, t.getPredicate());
                    }
                    w.write(" ");
                    predicate = t.getPredicate();
                }
                fmt.format(w, t.getObject());
            }
            w.write(" .\n");
        }
        w.flush();
    }
}
