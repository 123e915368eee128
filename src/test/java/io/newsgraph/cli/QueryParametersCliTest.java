package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named-query parameters that are missing, unknown or of the wrong kind are one clear line and exit code 2. */
class QueryParametersCliTest {
    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, "samples").code());
    }

    private static void refused(String expected, String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertTrue(r.out().isBlank(), r.out());
    }

    @Test
    void missingRequiredParameter() {
        refused("needs parameter 'name'", "query", "--store", store, "company");
    }

    @Test
    void unknownParameter() {
        refused("has no parameter 'nmae' (it takes: name)", "query", "--store", store, "--param", "nmae=Scale AI", "company");
        refused("has no parameter 'x' (it takes none)", "query", "--store", store, "--param", "x=1", "investments");
    }

    @Test
    void numberExpected() {
        refused("must be a number, not 'abc'", "query", "--store", store, "--param", "threshold=abc", "low-confidence-facts");
        CliTest.Run ok = CliTest.run("query", "--store", store, "--param", "threshold=0.9", "--format", "csv", "low-confidence-facts");
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void iriExpected() {
        refused("must be an IRI", "query", "--store", store, "--param", "entity=Scale AI", "entity-facts");
    }
}
