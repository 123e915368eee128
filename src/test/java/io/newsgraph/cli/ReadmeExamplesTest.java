package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples on the bundled samples are what the program prints: the ingest summary's
 * counts, and every {@code ./newsgraph query ...} shown in a console block (paths as the README
 * writes them, under /home/me/newsgraph). A line ending in "..." stands for a longer line that
 * starts the same way; a line "..." alone for any further lines.
 */
class ReadmeExamplesTest {
    private static final String README_ROOT = "/home/me/newsgraph";
    private static final Pattern INGEST_SUMMARY = Pattern.compile(
            "read (\\d+), stored (\\d+) \\((\\d+) facts, (\\d+) triples\\), unchanged (\\d+), failed (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void theReadmeShowsWhatTheSamplesGive() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String store = tmp.resolve("store").toString();
        CliTest.Run ingest = CliTest.run("ingest", "--store", store, "samples");
        assertEquals(0, ingest.code(), ingest.err());

        List<Example> examples = examples(readme);
        Example shownIngest = examples.stream().filter(e -> e.command().equals("ingest samples")).findFirst().orElseThrow();
        Matcher shown = INGEST_SUMMARY.matcher(String.join("\n", shownIngest.output()));
        Matcher actual = INGEST_SUMMARY.matcher(ingest.out());
        assertTrue(shown.find() && actual.find(), ingest.out());
        assertEquals(actual.group(0), shown.group(0), "README's ingest summary");

        String samples = Path.of("samples").toAbsolutePath().toString();
        int checked = 0;
        for (Example e : examples) {
            if (!e.command().startsWith("query ") || e.command().endsWith(".rq")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("query", "--store", store));
            args.addAll(split(e.command().substring("query ".length())));
            CliTest.Run run = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, run.code(), e.command() + ": " + run.err());
            List<String> got = run.out().replace(samples, README_ROOT + "/samples").lines().toList();
            assertMatches(e, got);
            checked++;
        }
        assertTrue(checked >= 3, "README query examples checked: " + checked);

        // the SPARQL shown with curl, run on the same store
        Matcher sparql = Pattern.compile("--data-urlencode 'query=([^']+)'\\n((?:[^`\\n][^\\n]*\\n)+)```").matcher(readme);
        int queries = 0;
        while (sparql.find()) {
            Path rq = tmp.resolve("readme-" + queries + ".rq");
            Files.writeString(rq, sparql.group(1));
            CliTest.Run run = CliTest.run("query", "--store", store, "--format", "csv", rq.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(sparql.group(2).strip().lines().toList(), run.out().strip().lines().toList(), sparql.group(1));
            queries++;
        }
        assertTrue(queries >= 1, "README SPARQL examples checked: " + queries);
    }

    private static void assertMatches(Example e, List<String> got) {
        List<String> want = e.output();
        int g = 0;
        for (String w : want) {
            if (w.equals("...")) {
                return; // anything may follow
            }
            assertTrue(g < got.size(), e.command() + ": README shows more lines than printed: " + w + "\nprinted:\n" + String.join("\n", got));
            if (w.endsWith("...")) {
                String prefix = w.substring(0, w.length() - 3);
                assertTrue(got.get(g).startsWith(prefix), e.command() + ": line " + (g + 1) + "\nREADME:  " + w + "\nprinted: " + got.get(g));
            } else {
                assertEquals(w, got.get(g), e.command() + ": line " + (g + 1) + "\nprinted:\n" + String.join("\n", got));
            }
            g++;
        }
        assertFalse(g < got.size(), e.command() + ": printed more lines than the README shows:\n" + String.join("\n", got));
    }

    /** One "$ ./newsgraph ..." line of a console block and the lines after it, up to the next prompt. */
    record Example(String command, List<String> output) {
    }

    static List<Example> examples(String readme) {
        List<Example> out = new ArrayList<>();
        boolean console = false;
        String command = null;
        List<String> lines = new ArrayList<>();
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```")) {
                if (console && command != null) {
                    out.add(new Example(command, trimTrailingBlank(lines)));
                }
                console = !console && line.equals("```console");
                command = null;
                lines = new ArrayList<>();
                continue;
            }
            if (!console) {
                continue;
            }
            if (line.startsWith("$ ")) {
                if (command != null) {
                    out.add(new Example(command, trimTrailingBlank(lines)));
                }
                String c = line.substring(2).strip();
                command = c.startsWith("./newsgraph ") ? c.substring("./newsgraph ".length()).replaceAll("\\s+#.*$", "") : null;
                lines = new ArrayList<>();
            } else if (command != null) {
                lines.add(line);
            }
        }
        return out;
    }

    private static List<String> trimTrailingBlank(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Splits a command line the way a shell would for these examples: spaces, and name="a b" quoting. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
