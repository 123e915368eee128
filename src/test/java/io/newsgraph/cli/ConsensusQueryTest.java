package io.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.serve.NewsgraphServer;
import io.newsgraph.store.GraphStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where sources agree and where they conflict: three articles give one layoff two figures, two
 * give one investment two amounts. The consensus and disputed queries answer the same through the
 * CLI and over HTTP, and follow the store when an article is removed or changed.
 */
class ConsensusQueryTest {
    private static final String LAYOFF = "layoff|org/tarnwell-logistics|employees|2026-05";

    @TempDir
    Path tmp;

    private List<String> csv(String store, String query) {
        CliTest.Run r = CliTest.run("query", "--store", store, "--format", "csv", query);
        assertEquals(0, r.code(), r.err());
        return r.out().lines().toList();
    }

    @Test
    void consensusCountsAgreeingSourcesAndDisputedListsTheConflicts() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), " date 2026-05-04\nTarnwell Logistics said on Monday it would cut about 1,400 jobs.\n");
        Files.writeString(articles.resolve("b.txt"), " date 2026-05-05\nTarnwell Logistics is laying off more than 1,400 employees, the company confirmed.\n");
        Files.writeString(articles.resolve("c.txt"), " date 2026-05-06\nTarnwell Logistics will eliminate 1,700 jobs, according to a union official.\n");
        Files.writeString(articles.resolve("d.txt"), " date 2026-05-05\nOrbit Labs raised $30 million from Harbor Ventures on Monday.\n");
        Files.writeString(articles.resolve("e.txt"), " date 2026-05-07\nHarbor Ventures invested $30.2 million in Orbit Labs, the startup said.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, articles.toString()).code());

        List<String> consensus = csv(store, "consensus");
        assertEquals("key,figure,value,agreeing,stating,share,disputed,earliest,latest", consensus.get(0));
        // "about 1,400" and "more than 1,400" agree; 1,700 does not; the agreed value comes first
        assertTrue(consensus.contains(LAYOFF + ",count,1400,2,3,0.67,true,2026-05-04,2026-05-05"), consensus.toString());
        assertTrue(consensus.contains(LAYOFF + ",count,1700,1,3,0.33,true,2026-05-06,2026-05-06"), consensus.toString());
        assertTrue(consensus.indexOf(LAYOFF + ",count,1400,2,3,0.67,true,2026-05-04,2026-05-05")
                < consensus.indexOf(LAYOFF + ",count,1700,1,3,0.33,true,2026-05-06,2026-05-06"));
        // $30 million and $30.2 million are within 2%: one agreed amount, stated both ways
        assertTrue(consensus.stream().filter(l -> l.startsWith("investment|org/harbor-ventures|org/orbit-labs,amount,"))
                .allMatch(l -> l.contains(",2,2,1.0,false,")), consensus.toString());

        List<String> disputed = csv(store, "disputed");
        assertEquals(List.of("key,figure,values,stating,earliest,latest",
                LAYOFF + ",count,1400 (2); 1700 (1),3,2026-05-04,2026-05-06"), disputed);

        // the same answers over HTTP
        try (GraphStore gs = GraphStore.open(Path.of(store))) {
            NewsgraphServer server = NewsgraphServer.create(gs).port(0).build().start();
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.datasetUrl() + "/../newsgraph/queries/disputed?format=csv").normalize()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(disputed, r.body().lines().toList());
            } finally {
                server.stop();
            }
        }

        // retracting the dissenting source ends the dispute; changing another one starts a new one
        assertEquals(0, CliTest.run("remove", "--store", store, articles.resolve("c.txt").toString()).code());
        assertEquals(List.of("key,figure,values,stating,earliest,latest"), csv(store, "disputed"));
        assertTrue(csv(store, "consensus").contains(LAYOFF + ",count,1400,2,2,1.0,false,2026-05-04,2026-05-05"));
        Files.writeString(articles.resolve("b.txt"), " date 2026-05-05\nTarnwell Logistics is laying off 2,000 employees, the company confirmed.\n");
        assertEquals(0, CliTest.run("ingest", "--store", store, articles.resolve("b.txt").toString()).code());
        assertEquals(List.of("key,figure,values,stating,earliest,latest",
                LAYOFF + ",count,1400 (1); 2000 (1),2,2026-05-04,2026-05-05"), csv(store, "disputed"));
    }
}
