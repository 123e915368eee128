package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.SampleArticles;
import io.newsgraph.store.NamedQueries;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki UI in a real browser: headless Chromium (Debian's, installed by .ci/run) loads the
 * query page, runs the named query "investments" through the UI and must show its results. Driven
 * over the Chrome DevTools Protocol; skipped with a message where Chromium is not installed.
 * Leaves a screenshot in target/ui-query.png.
 */
class FusekiUiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void uiRunsANamedQueryAndShowsResults() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium); browser test skipped");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            SampleArticles.ingestInto(store);
            NewsgraphServer server = NewsgraphServer.create(store).port(0).build().start();
            int debugPort = freePort();
            Process chrome = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + tmp.resolve("chrome"), "--remote-debugging-port=" + debugPort, "about:blank")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("chrome.log").toFile()).start();
            try (Cdp cdp = Cdp.connect(debugPort)) {
                cdp.call("Page.enable", "{}");
                cdp.call("Page.navigate", "{\"url\":\"http://127.0.0.1:" + server.port() + "/#/dataset/newsgraph/query\"}");
                String offered = cdp.evaluate("(async () => {"
                        + " for (let i = 0; i < 100 && !document.querySelector('.CodeMirror'); i++) await new Promise(r => setTimeout(r, 100));"
                        + " const leaves = Array.from(document.querySelectorAll('*')).filter(e => e.children.length === 0).map(e => e.textContent.trim());"
                        + " return 'examples=' + leaves.includes('newsgraph: investments') + ';ng=' + leaves.includes('ng')"
                        + "   + ';rdfs=' + leaves.filter(t => t === 'rdfs').length; })()");
                assertTrue(offered.contains("examples=true"), "newsgraph examples on the query page: " + offered);
                assertTrue(offered.contains("ng=true"), "ng: among the prefixes: " + offered);
                assertTrue(offered.contains("rdfs=1"), "each prefix offered once: " + offered);
                String query = NamedQueries.load("investments");
                String js = "(async () => {"
                        + " for (let i = 0; i < 100 && !document.querySelector('.CodeMirror'); i++) await new Promise(r => setTimeout(r, 100));"
                        + " const cm = document.querySelector('.CodeMirror').CodeMirror; cm.setValue(" + JSON.toString(new JsonString(query)) + ");"
                        + " document.querySelector('.yasqe_queryButton').click();"
                        + " for (let i = 0; i < 100; i++) { await new Promise(r => setTimeout(r, 100));"
                        + "   const t = document.querySelector('.yasr'); if (t && t.innerText.includes('Scale AI')) return t.innerText; }"
                        + " return 'no results: ' + (document.querySelector('.yasr') || document.body).innerText; })()";
                String shown = cdp.evaluate(js);
                byte[] png = Base64.getDecoder().decode(cdp.screenshot());
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "ui-query.png"), png);
                assertTrue(shown.contains("Scale AI") && shown.contains("Meta") && shown.contains("14300000000"), shown);
            } finally {
                chrome.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                server.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A minimal Chrome DevTools Protocol client over Java's WebSocket. */
    private static final class Cdp implements AutoCloseable, WebSocket.Listener {
        private static final Pattern WS = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/page/[^\"]+)\"");
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String list = null;
            for (int i = 0; i < 100 && (list == null || !WS.matcher(list).find()); i++) {
                try {
                    list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException e) {
                    Thread.sleep(100); // Chromium still starting
                }
            }
            Matcher m = WS.matcher(list == null ? "" : list);
            if (!m.find()) {
                throw new IllegalStateException("no page target from Chromium: " + list);
            }
            Cdp cdp = new Cdp();
            cdp.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(m.group(1)), cdp).get(10, TimeUnit.SECONDS);
            return cdp;
        }

        JsonObject call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonObject> f = new CompletableFuture<>();
            pending.put(id, f);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).get(10, TimeUnit.SECONDS);
            return f.get(30, TimeUnit.SECONDS);
        }

        String evaluate(String expression) throws Exception {
            JsonObject r = call("Runtime.evaluate", "{\"expression\":" + JSON.toString(new JsonString(expression))
                    + ",\"awaitPromise\":true,\"returnByValue\":true}");
            return r.get("result").getAsObject().get("result").getAsObject().get("value").getAsString().value();
        }

        String screenshot() throws Exception {
            return call("Page.captureScreenshot", "{\"format\":\"png\"}").get("result").getAsObject().get("data").getAsString().value();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject msg = JSON.parse(partial.toString());
                partial.setLength(0);
                if (msg.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(msg);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
