package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph eval} on the example gold set shipped in docs/, in memory and from a store. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsScoresPerKindAndAnOverallLine() {
        CliTest.Run r = CliTest.run("eval", "--gold", "docs/example-gold");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 gold articles"), r.out());
        assertTrue(r.out().contains("\nposition "), r.out());
        assertTrue(r.out().matches("(?s).*overall P \\d\\.\\d{3} R \\d\\.\\d{3} F1 \\d\\.\\d{3}\\s*"), r.out());
    }

    @Test
    void verboseShowsEachMissWithTheSentencesNamingItsEntitiesAndEachExtraWithItsRule() throws Exception {
        Path gold = tmp.resolve("gold-set");
        Files.createDirectories(gold.resolve("articles"));
        Files.createDirectories(gold.resolve("gold"));
        Files.writeString(gold.resolve("articles/a.txt"), "Tarn Logistics will cut 250 jobs. Pell Bank counts Tarn Logistics among its customers.\n");
        Files.writeString(gold.resolve("gold/a.json"), """
                {"article": "a.txt", "source_url": null, "published": null,
                 "entities": {"tarn": {"type": "Organization", "name": "Tarn Logistics", "aliases": []},
                              "pell": {"type": "Organization", "name": "Pell Bank", "aliases": []}},
                 "facts": [{"kind": "layoff", "organization": "tarn", "count": 300, "percent": null, "worker_type": null, "date": null}]}
                """);
        CliTest.Run r = CliTest.run("eval", "--gold", gold.toString(), "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("MISS  a.txt layoff {organization=Tarn Logistics, count=300}"), r.out());
        assertTrue(r.out().contains("? \"Tarn Logistics will cut 250 jobs.\""), r.out());
        assertTrue(r.out().contains("EXTRA a.txt layoff {count=250, organization=Tarn Logistics, worker_type=employees}"), r.out());
        assertTrue(r.out().contains("[lay-org-verb "), r.out());
        assertTrue(r.out().contains("EXTRA a.txt client"), r.out());
    }

    @Test
    void scoresWhatAStoreHoldsWithFromStore() {
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, "docs/example-gold/articles").code());
        CliTest.Run fromStore = CliTest.run("eval", "--store", store, "--from-store", "--gold", "docs/example-gold");
        CliTest.Run inMemory = CliTest.run("eval", "--gold", "docs/example-gold");
        assertEquals(0, fromStore.code(), fromStore.err());
        assertEquals(inMemory.out(), fromStore.out(), "the store and the extractor give the same facts");
    }

    @Test
    void aMissingGoldFolderIsOneClearLine() {
        CliTest.Run r = CliTest.run("eval", "--gold", tmp.resolve("nope").toString());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no gold folder"), r.err());
        assertTrue(r.code() != 0);
    }
}
