package io.newsgraph.serve;

import io.newsgraph.rdf.Prefixes;
import io.newsgraph.store.NamedQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's query page with newsgraph's prefixes (ng:, schema:, prov:, ...) in its prefix list and
 * newsgraph's named queries among its example queries. The UI keeps both in its compiled query
 * script, so this serves that script with the two lists extended; if a UI version changes the
 * script's shape, it is served unchanged (and a warning says so), never broken.
 */
final class UiQueryDefaults extends PrefixFilter {
    private static final Logger LOG = LoggerFactory.getLogger(UiQueryDefaults.class);
    static final String PREFIX = "/static/Query-";
    private static final String QUERIES_ANCHOR = "queries:[{value:SELECT_TRIPLES_QUERY,";
    private static final String PREFIXES_ANCHOR = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"}";
    /** Named queries offered as examples, in this order (all without parameters). */
    private static final List<String> EXAMPLES = List.of("investments", "positions", "layoffs", "acquisitions", "clients",
            "who-invested-in-whom", "conflicting-figures", "single-source-facts", "fact-evidence");

    private final Map<String, byte[]> patched = new ConcurrentHashMap<>();

    UiQueryDefaults() {
        super(PREFIX);
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response, String rest) throws IOException {
        if (!rest.matches("[A-Za-z0-9_-]+\\.js")) {
            passThrough(rest, response); // the page's stylesheet "Query-*.css" and the like, as the UI ships them
            return;
        }
        byte[] body = patched.get(rest);
        if (body == null) {
            body = patch(rest);
            if (body.length == 0) {
                send(response, 404, "not found"); // a miss is not remembered: requested names must not grow the map
                return;
            }
            patched.put(rest, body);
        }
        response.setStatus(200);
        response.setContentType("text/javascript; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(body);
    }

    private static void passThrough(String file, HttpServletResponse response) throws IOException {
        if (!file.matches("[A-Za-z0-9_.-]+") || file.contains("..")) {
            send(response, 404, "not found");
            return;
        }
        try (InputStream in = UiQueryDefaults.class.getResourceAsStream("/webapp" + PREFIX + file)) {
            if (in == null) {
                send(response, 404, "not found");
                return;
            }
            response.setStatus(200);
            response.setContentType(file.endsWith(".css") ? "text/css" : file.endsWith(".map") ? "application/json"
                    : "application/octet-stream");
            in.transferTo(response.getOutputStream());
        }
    }

    private static byte[] patch(String file) {
        String script;
        try (InputStream in = UiQueryDefaults.class.getResourceAsStream("/webapp" + PREFIX + file)) {
            if (in == null) {
                return new byte[0];
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new byte[0];
        }
        if (!script.contains(QUERIES_ANCHOR) || !script.contains(PREFIXES_ANCHOR)) {
            LOG.warn("Fuseki UI query script {} has an unknown shape: served without newsgraph's prefixes and examples", file);
            return script.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder examples = new StringBuilder();
        for (String name : EXAMPLES) {
            try {
                examples.append("{value:").append(jsString(NamedQueries.load(name))).append(",text:")
                        .append(jsString("newsgraph: " + name)).append("},");
            } catch (IOException e) {
                // a missing example is just not offered
            }
        }
        StringBuilder prefixes = new StringBuilder();
        java.util.Map<String, String> ours = new java.util.TreeMap<>(Prefixes.standard().getMapping());
        ours.keySet().removeAll(List.of("rdf", "rdfs", "owl", "xsd")); // the UI offers these itself
        prefixes.append("{uri:").append(jsString(ours.remove("ng"))).append(",text:\"ng\"},");
        ours.forEach((p, iri) -> prefixes.append("{uri:").append(jsString(iri)).append(",text:").append(jsString(p)).append("},"));
        script = script.replace(QUERIES_ANCHOR, "queries:[" + examples + QUERIES_ANCHOR.substring("queries:[".length()));
        script = script.replace(PREFIXES_ANCHOR, "prefixes:[" + prefixes + PREFIXES_ANCHOR.substring("prefixes:[".length()));
        return script.getBytes(StandardCharsets.UTF_8);
    }

    /** A JavaScript string literal (JSON string syntax) for any text. */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c"); // never "</script>" in a script
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
