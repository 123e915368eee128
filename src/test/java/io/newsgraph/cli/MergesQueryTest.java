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
}
