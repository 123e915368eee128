package io.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The one user tests give write access to: a password file naming it, and its HTTP basic credentials. */
final class Editor {
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    private Editor() {
    }

    /** Writes a password file for the editor in {@code dir}. */
    static Path passwordFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
    }
}
