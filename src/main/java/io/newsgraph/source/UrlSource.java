package io.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** An article fetched over http(s), with timeouts and the size limit. */
public final class UrlSource implements ArticleSource {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final int MAX_REDIRECTS = 5;

    private final URI uri;
    private final long maxBytes;
    private final Duration timeout;
    private final boolean allowPrivate;

    public UrlSource(URI uri, long maxBytes, Duration timeout) {
        this(uri, maxBytes, timeout, true);
    }

    /**
     * A URL source; with {@code allowPrivate} false (for URLs that reach the server from outside),
     * loopback, private, link-local and other non-public addresses are refused, also behind redirects.
     */
    public UrlSource(URI uri, long maxBytes, Duration timeout, boolean allowPrivate) {
        this.uri = uri;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.allowPrivate = allowPrivate;
    }

    @Override
    public String location() {
        return uri.toString();
    }

    /** Fetches the URL, following up to five redirects by hand so each hop can be checked. */
    @Override
    public RawArticle read() throws UnreadableArticleException {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || current.getHost() == null) {
                // also behind a redirect: a page may send the fetcher on to file:, ftp: or jar:
                throw new UnreadableArticleException(location(), (scheme.isEmpty() ? "not an absolute URL"
                        : "unsupported URL scheme " + scheme + ":") + " (use http or https)");
            }
            if (!allowPrivate) {
                refuseNonPublic(current);
            }
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(timeout)
                    .header("User-Agent", "newsgraph/0.1")
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                    .GET().build();
            try {
                HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                        current = current.resolve(response.headers().firstValue("Location").get());
                        continue;
                    }
                    if (status >= 400) {
                        throw new UnreadableArticleException(location(), "HTTP " + status);
                    }
                    String type = response.headers().firstValue("Content-Type").orElse(null);
                    return new RawArticle(location(), Limits.readAtMost(body, maxBytes, location()), type);
                }
            } catch (HttpTimeoutException e) {
                throw new UnreadableArticleException(location(), "timed out after " + timeout.toSeconds() + " s", e);
            } catch (IOException e) {
                throw new UnreadableArticleException(location(), "unreachable: " + describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnreadableArticleException(location(), "interrupted", e);
            }
        }
        throw new UnreadableArticleException(location(), "more than " + MAX_REDIRECTS + " redirects");
    }

    static void refuseNonPublic(URI u) throws UnreadableArticleException {
        AddressGuard.refuseNonPublic(u);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
