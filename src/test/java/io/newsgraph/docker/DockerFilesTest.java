package io.newsgraph.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine on the build machines, so the Docker files are checked statically:
 * what the Dockerfile copies exists, the exec-form instructions are valid JSON, the runtime runs
 * as a non-root user the jar the build stage made, and the compose file builds that Dockerfile.
 */
class DockerFilesTest {
    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");

    /** Instructions with backslash continuations joined and comments dropped. */
    private static List<String> instructions() throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String t = line.strip();
            if (t.startsWith("#") || t.isEmpty() && current.length() == 0) {
                continue;
            }
            if (t.endsWith("\\")) {
                current.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            current.append(t);
            out.add(current.toString().strip());
            current.setLength(0);
        }
        return out;
    }

    @Test
    void copiedSourcesExistAndExecFormsAreJson() throws Exception {
        List<String> ins = instructions();
        assertTrue(ins.get(0).matches("FROM \\S+ AS build"), ins.get(0));
        for (String i : ins) {
            Matcher copy = Pattern.compile("^COPY (\\S+) ").matcher(i);
            if (copy.find() && !i.contains("--from=")) {
                assertTrue(Files.exists(Path.of(copy.group(1))), "Dockerfile copies " + copy.group(1) + ", which is not in the repository");
            }
            if (i.matches("^(ENTRYPOINT|CMD) \\[.*")) {
                JsonArray a = JSON.parseAny(i.substring(i.indexOf('['))).getAsArray();
                assertTrue(a.size() > 0, i);
            }
        }
    }

    @Test
    void runtimeRunsTheBuiltJarAsNonRoot() throws Exception {
        List<String> ins = instructions();
        int runtime = -1;
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).startsWith("FROM ")) {
                runtime = i;
            }
        }
        List<String> stage = ins.subList(runtime, ins.size());
        String copy = stage.stream().filter(i -> i.startsWith("COPY --from=build")).findFirst().orElseThrow();
        assertTrue(copy.contains("/src/target/newsgraph.jar"), copy);
        String jar = copy.substring(copy.lastIndexOf(' ') + 1);
        String entry = stage.stream().filter(i -> i.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        assertTrue(entry.contains("\"" + jar + "\""), "ENTRYPOINT runs " + jar + ": " + entry);
        String user = stage.stream().filter(i -> i.startsWith("USER ")).findFirst().orElseThrow();
        assertTrue(!user.endsWith("root") && stage.indexOf(user) < stage.indexOf(entry), user);
        String cmd = stage.stream().filter(i -> i.startsWith("CMD [")).findFirst().orElseThrow();
        assertTrue(cmd.contains("\"0.0.0.0\""), "serves on all interfaces in the container: " + cmd);
        assertTrue(stage.stream().anyMatch(i -> i.startsWith("VOLUME") && i.contains("/data")));
    }

    @Test
    void composeBuildsThisDockerfile() throws Exception {
        String compose = Files.readString(Path.of("docker", "compose.yaml"));
        assertTrue(compose.contains("dockerfile: docker/Dockerfile"), compose);
        assertTrue(compose.contains("context: .."), compose);
        assertEquals(-1, compose.indexOf('\t'), "YAML forbids tabs for indentation");
    }
}
