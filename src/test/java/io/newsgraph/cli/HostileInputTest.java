package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.source.HostileInputs;
import io.newsgraph.source.HostileInputs.Kind;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.StoreSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus through the real command line: every kind gets one line naming the
 * input and the reason (or is stored, when its text is readable after all), within 10 s each; the
 * good article given beside it is stored; the store's earlier content is unchanged; and the whole
 * corpus in one batch runs in a separate JVM with a 256 MB heap.
 */
public class HostileInputTest {
    @TempDir
    static Path tmp;
    private static List<Kind> kinds;

    @BeforeAll
    static void corpus() throws Exception {
        kinds = HostileInputs.generate(Files.createDirectories(tmp.resolve("corpus")));
    }

    @Test
    void everyKindIsNamedOnOneLineAndTheGoodArticleBesideItIsStored() throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, "samples").code());
        StoreSnapshot before;
        try (GraphStore gs = GraphStore.open(Path.of(store))) {
            before = StoreSnapshot.of(gs.dataset());
        }
        assertTrue(kinds.size() >= 25, "kinds: " + kinds.size());
        int i = 0;
        for (Kind kind : kinds) {
            Path good = tmp.resolve("good-" + i++ + ".txt");
            Files.writeString(good, "Brennock Tools laid off " + (100 + i) + " workers at its plant in Ohio on Friday, the company said.\n");
            CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> CliTest.run("ingest", "--store", store, kind.input(), good.toString()), kind.name());
            assertEquals(0, r.code(), kind.name() + ": " + r.err());
            String[] errLines = r.err().isBlank() ? new String[0] : r.err().strip().split("\r?\n");
            if (kind.stored()) {
                assertTrue(r.out().startsWith("read 2, stored 2"), kind.name() + ": " + r.out() + r.err());
                assertEquals(0, errLines.length, kind.name() + ": " + r.err());
            } else {
                assertTrue(r.out().startsWith("read 2, stored 1") && r.out().contains("failed 1"), kind.name() + ": " + r.out() + r.err());
                assertEquals(1, errLines.length, kind.name() + ": one line, not " + r.err());
                String line = errLines[0];
                assertTrue(line.startsWith("skipped ") && line.contains(displayed(kind.input())), kind.name() + " names its input: " + line);
                assertTrue(line.contains(kind.reason()), kind.name() + " gives its reason: " + line);
                assertTrue(line.length() < 300, kind.name() + ": " + line);
            }
        }
        Path tiny = HostileInputs.tinyArticles(tmp.resolve("tiny"), 5000);
        CliTest.Run many = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliTest.run("ingest", "--store", store, tiny.toString()));
        assertTrue(many.out().startsWith("read 5000, stored 5000"), many.out() + many.err());

        try (GraphStore gs = GraphStore.open(Path.of(store))) {
            before.assertStillIn(gs.dataset());
        }
        CliTest.Run valid = CliTest.run("validate", "--store", store);
        assertEquals(0, valid.code(), valid.out() + valid.err());
    }

    @Test
    void theWholeCorpusInOneBatchFitsIn256MegabytesOfHeap() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(io.newsgraph.store.ChildProcesses.JAVA,
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", tmp.resolve("batch-store").toString()));
        kinds.forEach(k -> cmd.add(k.input()));
        cmd.add("-"); // empty standard input
        cmd.add(Path.of("samples").toAbsolutePath().toString());
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(false).start();
        // drain both streams while it runs: a full pipe would stall the child
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the batch took more than 120 s");
        String stdout = out.get();
        String stderr = err.get();
        assertEquals(0, p.exitValue(), stdout + stderr);
        assertFalse(stderr.contains("OutOfMemoryError") || stderr.contains("Exception in"), stderr);
        long skipped = kinds.stream().filter(k -> !k.stored()).count() + 1; // + empty stdin
        long stored = kinds.stream().filter(Kind::stored).count() + 6;
        assertTrue(stdout.contains("stored " + stored + " ") && stdout.contains("failed " + skipped + " "), stdout + stderr);
        assertTrue(stderr.contains("skipped stdin: empty"), stderr);
        assertEquals(skipped, stderr.lines().filter(l -> l.startsWith("skipped ")).count(), stderr);
    }

    /** How the CLI names an input: a file by its absolute path, a URL as given. */
    private static String displayed(String input) {
        if (input.contains("://") && !input.startsWith("file:")) {
            return input;
        }
        return input.startsWith("file:") ? Path.of(java.net.URI.create(input)).toString() : Path.of(input).toAbsolutePath().normalize().toString();
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
