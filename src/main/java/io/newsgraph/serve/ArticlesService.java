package io.newsgraph.serve;

import io.newsgraph.document.Hashes;
import io.newsgraph.extract.Extractor;
import io.newsgraph.model.Extraction;
import io.newsgraph.rdf.ExtractionMapper;
import io.newsgraph.rdf.Prefixes;
import io.newsgraph.source.Limits;
import io.newsgraph.source.RawArticle;
import io.newsgraph.source.UnreadableArticleException;
import io.newsgraph.source.UrlSource;
import io.newsgraph.store.GraphStore;
import io.newsgraph.store.Ingestion;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code POST /newsgraph/articles}: an application sends an article (HTML or plain text in the
 * body, or a URL to fetch: {@code ?url=...} or a JSON body {@code {"url": "..."}}) and gets back
 * the article's graph as JSON-LD (default) or Turtle ({@code Accept: text/turtle}), stored
 * atomically. Posted URLs to loopback or private addresses are refused unless configured.
 */
final class ArticlesService extends ActionService {
    private static final Pattern JSON_URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

    private final GraphStore store;
    private final Ingestion ingestion;
    private final ExtractionMapper mapper;
    private final boolean allowPrivateUrls;

    ArticlesService(GraphStore store, Extractor extractor, boolean allowPrivateUrls) {
        this.store = store;
        this.ingestion = new Ingestion(store, extractor, 1, true);
        this.mapper = new ExtractionMapper(extractor.name());
        this.allowPrivateUrls = allowPrivateUrls;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execDelete(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        // checked in execute: one place decides the status code and the one-line reason
    }

    @Override
    public void execute(HttpAction action) {
        HttpServletResponse response = action.getResponse();
        try {
            if (action.getRequest().getMethod().equals("DELETE")) {
                remove(action.getRequestParameter("source"), response);
                return;
            }
            if (!action.getRequest().getMethod().equals("POST")) {
                reply(response, 405, "POST an article (text/html, text/plain) or {\"url\": ...}; DELETE ?source=... retracts one");
                return;
            }
            long declared = action.getRequest().getContentLengthLong();
            if (declared > Limits.DEFAULT_MAX_BYTES) {
                // refused before a byte of the body is read; the rest is drained after the answer, then the connection closes
                PrefixFilter.refuseUnread(action.getRequest(), response, 413, "request body: too large (" + declared + " bytes, limit " + Limits.DEFAULT_MAX_BYTES + ")");
                return;
            }
            RawArticle raw = read(action);
            Extraction x = ingestion.ingestOne(raw);
            write(action, mapper.toGraph(x));
        } catch (TooLarge e) {
            PrefixFilter.refuseUnread(action.getRequest(), response, 413, e.getMessage());
        } catch (UnreadableArticleException e) {
            reply(response, 400, e.oneLine());
        } catch (IOException e) {
            reply(response, 400, "cannot read the request: " + e.getMessage());
        }
    }

    /** A chunked body that grew past the limit: read no further. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private RawArticle read(HttpAction action) throws IOException, UnreadableArticleException {
        String type = action.getRequest().getContentType() == null ? "" : action.getRequest().getContentType().toLowerCase(Locale.ROOT);
        String url = action.getRequestParameter("url");
        byte[] body;
        try (InputStream in = action.getRequest().getInputStream()) {
            body = in.readNBytes((int) Limits.DEFAULT_MAX_BYTES + 1);
        }
        if (body.length > Limits.DEFAULT_MAX_BYTES) {
            throw new TooLarge("request body: too large (more than " + Limits.DEFAULT_MAX_BYTES + " bytes)");
        }
        if (url == null && type.startsWith("application/json")) {
            Matcher m = JSON_URL.matcher(new String(body, StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new UnreadableArticleException("request body", "JSON body without a \"url\"");
            }
            url = m.group(1);
        }
        if (url != null) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new UnreadableArticleException(url, "not a valid URL");
            }
            return new UrlSource(uri, Limits.DEFAULT_MAX_BYTES, Duration.ofSeconds(20), allowPrivateUrls).read();
        }
        String source = action.getRequestParameter("source");
        String location = source != null && !source.isBlank() ? source : "upload:" + Hashes.sha256(body).substring(0, 24);
        String contentType = type.contains("html") ? "text/html" : type.startsWith("text/plain") ? "text/plain" : null;
        return new RawArticle(location, body, contentType);
    }

    /** {@code DELETE ?source=}: the article read from that source (as stored: a URL, a posted source, a file path, a graph IRI) goes. */
    private void remove(String source, HttpServletResponse response) {
        if (source == null || source.isBlank()) {
            reply(response, 400, "DELETE needs ?source= (the article's source or graph IRI)");
            return;
        }
        java.util.List<String> removed = store.removeSources(java.util.List.of(source)).get(source);
        if (removed.isEmpty()) {
            reply(response, 404, "not stored: " + source);
        } else {
            reply(response, 200, "removed " + removed.size() + " article" + (removed.size() == 1 ? "" : "s") + ": " + String.join(" ", removed));
        }
    }

    private static void write(HttpAction action, Graph g) throws IOException {
        String accept = action.getRequest().getHeader("Accept") == null ? "" : action.getRequest().getHeader("Accept");
        boolean turtle = accept.contains("text/turtle");
        HttpServletResponse response = action.getResponse();
        response.setStatus(200);
        response.setContentType(turtle ? "text/turtle; charset=utf-8" : "application/ld+json; charset=utf-8");
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        PrefixMap pm = Prefixes.standard();
        pm.getMapping().forEach((k, v) -> out.getPrefixMapping().setNsPrefix(k, v));
        try (OutputStream os = response.getOutputStream()) {
            RDFDataMgr.write(os, out, turtle ? RDFFormat.TURTLE_PRETTY : RDFFormat.JSONLD11);
        }
    }

    private static void reply(HttpServletResponse response, int status, String message) {
        try {
            PrefixFilter.send(response, status, message);
        } catch (IOException ignored) {
            // the client went away: nothing left to tell it
        }
    }
}
