package io.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher builds with {@code mvn package}; a user (or CI) then runs {@code mvn verify} in the same
 * tree. The second build must not shade the already shaded jar again (it once produced a 39 MB
 * "original" jar and a thousand overlap warnings). The project's build files are copied to a
 * scratch folder and packaged twice by a real Maven, as a user would.
 */
class RepeatedBuildTest {

    @Test
    void aSecondPackageDoesNotShadeTheShadedJarAgain(@TempDir Path dir) throws Exception {
        copyBuildInputs(Path.of("").toAbsolutePath(), dir);
        String first = mavenPackage(dir);
        long thin = Files.size(dir.resolve("target/original-newsgraph.jar"));
        long shaded = Files.size(dir.resolve("target/newsgraph.jar"));
        String second = mavenPackage(dir);

        long thinAgain = Files.size(dir.resolve("target/original-newsgraph.jar"));
        assertTrue(thinAgain < 5_000_000, "the thin jar of the second build holds dependencies: " + thinAgain + " bytes");
        assertEquals(thin, thinAgain, 200_000, "the thin jar changed size between builds");
        assertEquals(shaded, Files.size(dir.resolve("target/newsgraph.jar")), 200_000, "the shaded jar changed size between builds");
        assertEquals(warnings(first), warnings(second), "the second build warns about more overlapping classes:\n" + second);
        try (ZipFile jar = new ZipFile(dir.resolve("target/newsgraph.jar").toFile())) {
            assertTrue(jar.stream().noneMatch(e -> e.getName().endsWith(".jar")), "a jar nested in the shaded jar");
            assertTrue(jar.getEntry("io/newsgraph/cli/Main.class") != null, "the application is in the shaded jar");
        }
    }

    /** What {@code mvn package} reads: the pom, the main sources and resources, the ontology and the named queries. */
    private static void copyBuildInputs(Path from, Path to) throws IOException {
        Files.copy(from.resolve("pom.xml"), to.resolve("pom.xml"));
        for (String folder : List.of("src/main", "ontology", "queries")) {
            try (Stream<Path> files = Files.walk(from.resolve(folder))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static String mavenPackage(Path dir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-Dstyle.color=never", "-Dmaven.test.skip=true", "package"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "maven did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The shade plugin's warnings about classes and resources found in more than one jar. */
    private static long warnings(String mavenOutput) {
        return mavenOutput.lines().filter(l -> l.startsWith("[WARNING]")).count();
    }
}
