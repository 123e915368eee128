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
 * Who held the role on a date: a chief executive named, then leaving with an interim named, then
 * a successor announced, in three articles months apart. positions-as-of answers each date from
 * the articles published by then, through the CLI and over HTTP.
 */
class AsOfQueryTest {
    private static final String HEADER = "person,organization,title,status,since,last_stated,sources";

    @TempDir
    Path tmp;

    private List<String> asOf(String store, String date) {
        CliTest.Run r = CliTest.run("query", "--store", store, "--format", "csv", "-p", "date=" + date, "positions-as-of");
        assertEquals(0, r.code(), r.err());
        return r.out().lines().toList();
    }

    @Test
    void theRoleInForceOnEachDateFollowsTheArticlesPublishedByThenAndTheDatesTheyGive() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), " date 2025-03-10\nCorvel Grid named Maria Lund as its chief executive.\n");
        Files.writeString(articles.resolve("b.txt"), " date 2025-09-02\nCorvel Grid chief executive Maria Lund stepped down on Tuesday. "
                + "The board named Omar Haddad as interim CEO.\n");
        Files.writeString(articles.resolve("c.txt"), " date 2025-11-20\nCorvel Grid said Jonas Berg will become chief executive on "
                + "Jan. 5, succeeding interim CEO Omar Haddad.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, articles.toString()).code());

        assertEquals(List.of(HEADER), asOf(store, "2025-01-01"));
        assertEquals(List.of(HEADER, "Maria Lund,Corvel Grid,ceo,current,2025-03-10,2025-03-10,1"), asOf(store, "2025-06-01"));
        assertEquals(List.of(HEADER, "Omar Haddad,Corvel Grid,interim ceo,current,2025-09-02,2025-09-02,1"), asOf(store, "2025-10-01"));
        // announced on 20 November for 5 January: until then the interim stays, the successor is incoming
        assertEquals(List.of(HEADER, "Jonas Berg,Corvel Grid,ceo,incoming,2025-11-20,2025-11-20,1",
                "Omar Haddad,Corvel Grid,interim ceo,current,2025-09-02,2025-09-02,1"), asOf(store, "2025-12-01"));
        assertEquals(List.of(HEADER, "Jonas Berg,Corvel Grid,ceo,current,2025-11-20,2025-11-20,1"), asOf(store, "2026-02-01"));

        // a career as intervals, each closed by a stated end or by the next holder of the seat
        CliTest.Run career = CliTest.run("query", "--store", store, "--format", "csv", "-p", "name=Omar Haddad", "person-career");
        assertTrue(career.out().lines().skip(1).allMatch(l -> l.endsWith(",2025-09-02,2026-01-05,succeeded by Jonas Berg")), career.out());
        CliTest.Run lund = CliTest.run("query", "--store", store, "--format", "csv", "-p", "name=Maria Lund", "person-career");
        assertTrue(lund.out().lines().skip(1).allMatch(l -> l.endsWith(",2025-03-10,2025-09-02,succeeded by Omar Haddad")), lund.out());

        // one company on a date: its people then, and its relations with their latest stated value
        Files.writeString(articles.resolve("d.txt"), " date 2025-08-15\nCorvel Grid will cut 220 jobs, the company said.\n");
        assertEquals(0, CliTest.run("ingest", "--store", store, articles.resolve("d.txt").toString()).code());
        CliTest.Run company = CliTest.run("query", "--store", store, "--format", "csv", "-p", "name=corvel grid", "-p", "date=2025-10-01",
                "company-as-of");
        assertEquals(List.of("kind,role,other,detail,since,last_stated,sources",
                "Layoff,organization,,220,2025-08-15,2025-08-15,1",
                "Position,employer,Omar Haddad,interim ceo,2025-09-02,2025-09-02,1"), company.out().lines().toList());
        CliTest.Run before = CliTest.run("query", "--store", store, "--format", "csv", "-p", "name=Corvel Grid", "-p", "date=2025-06-01",
                "company-as-of");
        assertEquals(List.of("kind,role,other,detail,since,last_stated,sources",
                "Position,employer,Maria Lund,ceo,2025-03-10,2025-03-10,1"), before.out().lines().toList());

        CliTest.Run bad = CliTest.run("query", "--store", store, "-p", "date=June 1", "positions-as-of");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("must be a date YYYY-MM-DD"), bad.err());

        try (GraphStore gs = GraphStore.open(Path.of(store))) {
            NewsgraphServer server = NewsgraphServer.create(gs).port(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port() + "/newsgraph/queries/positions-as-of";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "?date=2025-10-01&format=csv")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(List.of(HEADER, "Omar Haddad,Corvel Grid,interim ceo,current,2025-09-02,2025-09-02,1"), r.body().lines().toList());
                // without a date: today, by which the successor is the latest word
                HttpResponse<String> today = http.send(HttpRequest.newBuilder(URI.create(base + "?format=csv")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(List.of(HEADER, "Jonas Berg,Corvel Grid,ceo,current,2025-11-20,2025-11-20,1"), today.body().lines().toList());
                assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(base + "?date=yesterday")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aStatedIntervalAnswersForTheYearsItCoversAndBoundsTheCareer() throws Exception {
        Path a = Files.writeString(tmp.resolve("career.txt"), " date 2025-06-10\nBrava Foods named Tom Reyes chief executive on Monday. "
                + "Jane Roe was Brava Foods CEO from 2019 to 2024. Ana Ortiz has been Brava Foods chair since 2021.\n");
        String store = tmp.resolve("career-store").toString();
        assertEquals(0, CliTest.run("ingest", "--store", store, a.toString()).code());
        assertEquals(List.of(HEADER, "Jane Roe,Brava Foods,ceo,current,2025-06-10,2025-06-10,1",
                "Ana Ortiz,Brava Foods,chairman,current,2025-06-10,2025-06-10,1"), asOf(store, "2022-01-15"));
        assertEquals(List.of(HEADER, "Jane Roe,Brava Foods,ceo,current,2025-06-10,2025-06-10,1"), asOf(store, "2020-01-15"));
        assertTrue(asOf(store, "2025-06-20").contains("Tom Reyes,Brava Foods,ceo,current,2025-06-10,2025-06-10,1"));
        assertTrue(asOf(store, "2025-06-20").stream().noneMatch(l -> l.startsWith("Jane Roe")));
        CliTest.Run career = CliTest.run("query", "--store", store, "--format", "csv", "-p", "name=Jane Roe", "person-career");
        assertTrue(career.out().lines().anyMatch(l -> l.startsWith("Jane Roe,Brava Foods,ceo,former,") && l.endsWith(",2019,2024,stated ended")),
                career.out());
    }
}
