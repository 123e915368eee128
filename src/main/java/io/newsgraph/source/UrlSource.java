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
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final URI uri;
    private final long maxBytes;
    private final Duration timeout;

    public UrlSource(URI uri, long maxBytes, Duration timeout) {
        this.uri = uri;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    @Override
    public String location() {
        return uri.toString();
    }

    @Override
    public RawArticle read() throws UnreadableArticleException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "newsgraph/0.1 (+https://github.com/newsgraph)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .GET().build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() >= 400) {
                    throw new UnreadableArticleException(location(), "HTTP " + response.statusCode());
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

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
