package io.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;

/** An article piped on standard input ("-"). */
public final class StdinSource implements ArticleSource {
    private final InputStream in;
    private final long maxBytes;

    public StdinSource(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    @Override
    public String location() {
        return "stdin";
    }

    @Override
    public RawArticle read() throws UnreadableArticleException {
        try {
            return new RawArticle(location(), Limits.readAtMost(in, maxBytes, location()), null);
        } catch (IOException e) {
            throw new UnreadableArticleException(location(), "cannot read: " + e.getMessage(), e);
        }
    }
}
