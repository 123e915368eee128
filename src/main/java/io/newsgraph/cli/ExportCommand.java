package io.newsgraph.cli;

import io.newsgraph.store.Exporter;
import io.newsgraph.store.ArticleStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export}: the store as Turtle, TriG, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store out. ttl and jsonld: the merged graph (entities, facts, provenance, ontology) for "
                + "graph tools such as Protege, GraphDB, RDF4J, rdflib; trig and nq: one graph per article, keeping each "
                + "value paired with the article that states it."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", description = "ttl, trig, nq or jsonld (default: ttl).")
    String format = "ttl";

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Exporter.Format fmt;
        try {
            fmt = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), 2);
        }
        try (ArticleStore gs = store.openAny(true)) {
            Exporter exporter = new Exporter(gs);
            if (out == null) {
                exporter.export(fmt, System.out);
                System.out.flush();
                return 0;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(parent)) {
                throw new UserError(out + ": no such folder " + parent + " (create it first)", 2);
            }
            if (Files.isDirectory(out)) {
                throw new UserError(out + ": is a folder; give a file name", 2);
            }
            Path tmp = Files.createTempFile(parent, ".newsgraph-export", ".tmp");
            setMode(tmp, out);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                exporter.export(fmt, os);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return 0;
    }

    /**
     * A temporary file is created owner-only (0600); the export gets the mode of the file it
     * replaces, else the usual rw-r--r-- of a new file, so that others (a web server, a colleague)
     * can read it as they could any file written by a shell.
     */
    private static void setMode(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, mode);
    }
}
