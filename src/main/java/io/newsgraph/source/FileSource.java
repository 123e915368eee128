package io.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An article in a local file. */
public final class FileSource implements ArticleSource {
    private final Path path;
    private final long maxBytes;

    public FileSource(Path path, long maxBytes) {
        this.path = path.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    @Override
    public String location() {
        return path.toString();
    }

    /** Why a path that is no regular file cannot be read: missing, a dangling or looping link, or a device, FIFO or socket. */
    private String whyNotAFile() {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "symbolic link to nothing readable (missing target or a loop)";
        }
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return "no such file";
        }
        return "not a regular file (a device, FIFO or socket): articles are read from files only";
    }

    @Override
    public RawArticle read() throws UnreadableArticleException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new UnreadableArticleException(location(), whyNotAFile());
            }
            if (Files.size(path) > maxBytes) {
                throw new UnreadableArticleException(location(),
                        "too large (" + Files.size(path) + " bytes, limit " + maxBytes + ")");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new RawArticle(location(), Limits.readAtMost(in, maxBytes, location()), null);
            }
        } catch (IOException e) {
            throw new UnreadableArticleException(location(), "cannot read: " + e.getMessage(), e);
        }
    }
}
