package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every name an article joined to an entity is recorded with its rule, and the merges query shows them. */
class MergesQueryTest {
    @TempDir
    Path tmp;

    @Test
    void shortFormsAndListedNamesAreRecordedWithTheirRule() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), " date 2026-02-03\nHalvard Shipping named Ingrid Soltvedt as chief executive on "
                + "Monday. Soltvedt joins from Meta Platforms, where she ran logistics. Halvard said the appointment was unanimous.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, a.toString()).code());
        CliTest.Run r = CliTest.run("query", "--store", store, "--format", "csv", "merges");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals("entity,label,merged_name,rule,source", rows.get(0));
        String source = a.toAbsolutePath().toString();
        assertTrue(rows.contains("https://w3id.org/newsgraph/id/person/ingrid-soltvedt,Ingrid Soltvedt,Soltvedt,surname," + source), rows.toString());
        assertTrue(rows.contains("https://w3id.org/newsgraph/id/org/halvard-shipping,Halvard Shipping,Halvard,leading-words," + source), rows.toString());
        CliTest.Run one = CliTest.run("query", "--store", store, "--format", "csv", "-p", "name=Soltvedt", "merges");
        assertEquals(2, one.out().lines().count(), one.out());
        assertEquals(0, CliTest.run("validate", "--store", store).code());
    }

    @Test
    void anAliasFileForcesAndForbidsMergesAndReIngestHonoursIt() throws Exception {
        Path a = Files.writeString(tmp.resolve("b.txt"), " date 2026-02-04\nCorvel Grid said on Monday it would cut 300 jobs. "
                + "Corvel employs about 4,000 people. Nordlys Kraft, the utility's trading arm, will shed 40 jobs.\n");
        String store = tmp.resolve("store2").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, a.toString()).code());
        assertTrue(merges(store).stream().anyMatch(l -> l.contains(",Corvel Grid,Corvel,leading-words,")), merges(store).toString());

        Path aliases = Files.writeString(tmp.resolve("aliases.csv"), "# corrections\n!Corvel,Corvel Grid\n\"Nordlys Kraft\",Corvel Grid\n");
        CliTest.Run again = CliTest.run("ingest", "--store", store, "--aliases", aliases.toString(), a.toString());
        assertTrue(again.out().startsWith("read 1, stored 1 "), "a new alias file reads the article again: " + again.out());
        List<String> rows = merges(store);
        assertTrue(rows.stream().noneMatch(l -> l.contains(",Corvel,leading-words,")), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.contains(",Corvel Grid,Nordlys Kraft,alias-file,")), rows.toString());
        CliTest.Run layoffs = CliTest.run("query", "--store", store, "--format", "csv", "layoffs");
        assertTrue(layoffs.out().lines().filter(l -> l.startsWith("Corvel Grid,")).count() >= 2, layoffs.out());
        assertTrue(CliTest.run("ingest", "--store", store, "--aliases", aliases.toString(), a.toString()).out().contains("unchanged 1"));

        Path bad = Files.writeString(tmp.resolve("bad.csv"), "Corvel Grid\n");
        CliTest.Run refused = CliTest.run("ingest", "--store", store, "--aliases", bad.toString(), a.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("bad.csv:1: expected 'name,entity'"), refused.err());
        assertEquals(0, CliTest.run("validate", "--store", store).code());
    }

    @Test
    void aPostedArticleIsResolvedWithTheServersAliasFile() throws Exception {
        Path aliases = Files.writeString(tmp.resolve("serve-aliases.csv"), "\"Nordlys Kraft\",Corvel Grid\n");
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        String store = tmp.resolve("served").toString();
        try (io.newsgraph.store.GraphStore gs = io.newsgraph.store.GraphStore.open(Path.of(store))) {
            io.newsgraph.serve.NewsgraphServer server = io.newsgraph.serve.NewsgraphServer.create(gs).port(0).passwordFile(passwd)
                    .extractor(io.newsgraph.extract.RuleBasedExtractor.standard().withAliases(io.newsgraph.extract.Aliases.read(aliases)))
                    .build().start();
            try {
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(server.datasetUrl() + "/articles?source=posted-1"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:s3cret".getBytes()))
                        .header("Content-Type", "text/plain").header("Accept", "text/turtle")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Nordlys Kraft will shed 40 jobs, the company said.")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("\"alias-file\"") && r.body().contains("organization:corvel-grid"), r.body());
            } finally {
                server.stop();
            }
        }
    }

    private List<String> merges(String store) {
        return CliTest.run("query", "--store", store, "--format", "csv", "merges").out().lines().toList();
    }

    @Test
    void aTurtleAliasFileGivesTheSameCorrectionsAsTheCsvOne() throws Exception {
        Path a = Files.writeString(tmp.resolve("t.txt"), " date 2026-02-04\nCorvel Grid said on Monday it would cut 300 jobs. "
                + "Corvel employs about 4,000 people. Nordlys Kraft, the utility's trading arm, will shed 40 jobs.\n");
        String store = tmp.resolve("store-ttl").toString();
        Path aliases = Files.writeString(tmp.resolve("aliases.ttl"), """
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                [] ng:aliasName "Corvel" ; ng:notAliasOf "Corvel Grid" .
                [] ng:aliasName "Nordlys Kraft" ; ng:aliasOf "Corvel Grid" .
                """);
        CliTest.Run run = CliTest.run("ingest", "--store", store, "--aliases", aliases.toString(), a.toString());
        assertEquals(0, run.code(), run.err());
        List<String> rows = merges(store);
        assertTrue(rows.stream().noneMatch(l -> l.contains(",Corvel,leading-words,")), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.contains(",Corvel Grid,Nordlys Kraft,alias-file,")), rows.toString());

        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "this is not turtle");
        CliTest.Run refused = CliTest.run("ingest", "--store", store, "--aliases", bad.toString(), a.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("newsgraph: cannot read aliases") && refused.err().contains("not Turtle"), refused.err());
    }
}
