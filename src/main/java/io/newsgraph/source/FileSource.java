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

    @Override
    public RawArticle read() throws UnreadableArticleException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new UnreadableArticleException(location(), "no such file");
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
