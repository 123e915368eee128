package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user gets from {@code export --out}: readable files, abbreviated IRIs, clear errors, plain numbers in summaries. */
class ExportCommandTest {
    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void ingestSamples() {
        store = tmp.resolve("store").toString();
        CliTest.Run r = CliTest.run("ingest", "--store", store, "samples");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void turtleAbbreviatesFactsArticlesAndDeclaresEveryPrefixItUses() throws Exception {
        Path out = tmp.resolve("graph.ttl");
        CliTest.Run r = CliTest.run("export", "--store", store, "--format", "ttl", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String ttl = Files.readString(out);
        assertTrue(ttl.contains("PREFIX investment:") && ttl.contains("\ninvestment:"), "fact IRIs abbreviated");
        assertTrue(ttl.contains("PREFIX owl:") && ttl.contains("owl:Ontology"), "owl: declared and used");
        String body = String.join("\n", ttl.lines().filter(l -> !l.startsWith("PREFIX")).toList());
        assertFalse(body.contains("<https://w3id.org/newsgraph/id/fact/"), "no fact IRI left in full");
        assertFalse(body.contains("<http://www.w3.org/2002/07/owl#"), "no owl IRI left in full");
        Model m = RDFDataMgr.loadModel(out.toString());
        assertTrue(m.size() > 500, "the file parses back: " + m.size());
    }

    @Test
    void anExportIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path out = tmp.resolve("shared.nq");
        CliTest.Run r = CliTest.run("export", "--store", store, "--format", "nq", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    @Test
    void aMissingFolderIsAnErrorNotCreatedSilently() {
        Path out = tmp.resolve("no-such-folder").resolve("graph.ttl");
        CliTest.Run r = CliTest.run("export", "--store", store, "--out", out.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("no such folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void summariesPrintAmountsAndSharesAsPeopleWriteThem() {
        CliTest.Run r = CliTest.run("query", "--store", store, "--format", "csv", "--param", "name=Scale AI", "company");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("$14.3 billion 49% stake"), r.out());
        assertFalse(r.out().contains("14300000000.0") || r.out().contains("49.0%"), r.out());
    }

    @Test
    void statusLabelsAreFoundInsideAnArticlesGraph() throws Exception {
        Path rq = tmp.resolve("status-labels.rq");
        Files.writeString(rq, """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?label WHERE { GRAPH ?g { ?f ng:positionStatus|ng:clientStatus|ng:dealStatus ?s . ?s rdfs:label ?label } }
                ORDER BY ?label
                """);
        CliTest.Run r = CliTest.run("query", "--store", store, "--format", "csv", rq.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("current") && r.out().contains("ended"), r.out());
    }

    @Test
    void factEvidenceGivesOneRowPerSentenceWithAllItsRules() {
        CliTest.Run r = CliTest.run("query", "--store", store, "--format", "tsv", "fact-evidence");
        assertEquals(0, r.code(), r.err());
        java.util.List<String> rows = r.out().lines().skip(1).toList();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String row : rows) {
            String[] c = row.split("\t");
            assertTrue(keys.add(c[0] + "|" + c[5] + "|" + c[8]), "one row per fact, sentence and source: " + row);
        }
        assertTrue(rows.stream().anyMatch(x -> x.split("\t")[3].contains(", ")), "several rules on one sentence share a row");
    }

    @Test
    void jsonLdCarriesTermDefinitionsAndRoundTripsToTheSameGraph() throws Exception {
        Path ttl = tmp.resolve("rt.ttl");
        Path jsonld = tmp.resolve("rt.jsonld");
        assertEquals(0, CliTest.run("export", "--store", store, "--format", "ttl", "--out", ttl.toString()).code());
        assertEquals(0, CliTest.run("export", "--store", store, "--format", "jsonld", "--out", jsonld.toString()).code());
        String json = Files.readString(jsonld);
        assertTrue(json.contains("\"ng:count\"") && json.contains("\"@type\": \"xsd:integer\""), "typed terms in the context");
        assertTrue(json.contains("\"organization:scale-ai\"") && json.contains("\"investment:"), "IRIs compacted with the data prefixes");
        Model fromTurtle = RDFDataMgr.loadModel(ttl.toString());
        Model fromJsonLd = RDFDataMgr.loadModel(jsonld.toString());
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonLd), "JSON-LD and Turtle exports hold the same graph");
        org.apache.jena.rdf.model.Property count = fromJsonLd.createProperty("https://w3id.org/newsgraph/ontology#count");
        fromJsonLd.listObjectsOfProperty(count).forEachRemaining(n ->
                assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger, n.asLiteral().getDatatype(), n.toString()));
    }

    @Test
    void theSameInputsInAnotherOrderAndThreadCountExportToTheSameBytes() throws Exception {
        java.util.List<String> files = new java.util.ArrayList<>();
        for (java.io.File f : java.util.Objects.requireNonNull(new java.io.File("samples").listFiles())) {
            if (f.getName().endsWith(".txt") || f.getName().endsWith(".html")) {
                files.add(f.getPath());
            }
        }
        java.util.Collections.sort(files);
        java.util.List<String> reversed = new java.util.ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        String a = tmp.resolve("in-order").toString();
        String b = tmp.resolve("reversed").toString();
        java.util.List<String> first = new java.util.ArrayList<>(java.util.List.of("ingest", "--store", a, "--threads", "1"));
        first.addAll(files);
        java.util.List<String> second = new java.util.ArrayList<>(java.util.List.of("ingest", "--store", b, "--threads", "4"));
        second.addAll(reversed);
        assertEquals(0, CliTest.run(first.toArray(String[]::new)).code());
        assertEquals(0, CliTest.run(second.toArray(String[]::new)).code());
        for (String format : java.util.List.of("ttl", "nq")) {
            Path outA = tmp.resolve("a." + format);
            Path outB = tmp.resolve("b." + format);
            assertEquals(0, CliTest.run("export", "--store", a, "--format", format, "--out", outA.toString()).code());
            assertEquals(0, CliTest.run("export", "--store", b, "--format", format, "--out", outB.toString()).code());
            assertTrue(Files.size(outA) > 10_000, format);
            assertEquals(-1L, Files.mismatch(outA, outB), format + " differs between the two builds");
        }
    }
}
