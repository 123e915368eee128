package io.newsgraph.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Size limits shared by every source, so a huge input fails early instead of exhausting memory. */
public final class Limits {
    /** Default largest article accepted: 10 MiB, far beyond any news page. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private Limits() {
    }

    static byte[] readAtMost(InputStream in, long maxBytes, String location)
            throws IOException, UnreadableArticleException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new UnreadableArticleException(location, "too large (more than " + maxBytes + " bytes)");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
