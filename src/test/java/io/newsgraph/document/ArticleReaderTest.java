package io.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.source.RawArticle;
import io.newsgraph.source.UnreadableArticleException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private static RawArticle raw(String location, byte[] bytes) {
        return new RawArticle(location, bytes, null);
    }

    @Test
    void readsMetadataAndMainTextFromHtml() throws Exception {
        byte[] html;
        try (InputStream in = getClass().getResourceAsStream("noisy-page.html")) {
            html = in.readAllBytes();
        }
        Article a = reader.read(raw("/x/noisy-page.html", html));
        assertEquals("html", a.format());
        assertEquals("Acme raises $10 million", a.title());
        assertEquals("2025-02-03", a.published());
        assertEquals("Fixture Times", a.publisher());
        assertEquals("Rosa Quint", a.author());
        assertTrue(a.text().contains("Acme Robotics has raised $10 million"));
        assertTrue(a.text().contains("employs 45 people"));
        for (String noise : new String[] {"Menu item", "advertisement", "Caption text", "script text", "Footer links"}) {
            assertFalse(a.text().contains(noise), "noise left in text: " + noise);
        }
    }

    @Test
    void aLineBreakInsideAParagraphEndsALine() throws Exception {
        String html = "<html><body><article><p>Acme cut 40 jobs.</p><p><strong>About Acme</strong><br>Acme makes pumps and employs "
                + "about 900 people.<br/><br>Contact: press@acme.example</p></article></body></html>";
        Article a = reader.read(raw("/x/release.html", html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.text().contains("About Acme\nAcme makes pumps and employs about 900 people.\n"), a.text());
        assertFalse(a.text().contains("Acme About"), a.text());
    }

    @Test
    void readsTheDateLineOfPlainText() throws Exception {
        Article a = reader.read(raw("/x/a.txt", " date 2025-07-18 Scale AI cut 200 jobs this week, the company said.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("2025-07-18", a.published());
        assertTrue(a.text().startsWith("Scale AI cut 200 jobs"));
    }

    @Test
    void idIsStableForTheSameSourceAndHashFollowsContent() throws Exception {
        Article a = reader.read(raw("/x/a.txt", "Acme Robotics hired forty engineers in Leeds this year.".getBytes(StandardCharsets.UTF_8)));
        Article b = reader.read(raw("/x/a.txt", "Acme Robotics hired fifty engineers in Leeds this year.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(a.id(), b.id());
        assertFalse(a.contentHash().equals(b.contentHash()));
    }

    @Test
    void refusesEmptyBinaryAndTextlessInput() {
        UnreadableArticleException empty = assertThrows(UnreadableArticleException.class, () -> reader.read(raw("/x/empty.txt", new byte[0])));
        assertEquals("/x/empty.txt: empty file", empty.oneLine());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertTrue(assertThrows(UnreadableArticleException.class, () -> reader.read(raw("/x/pic.html", png))).getMessage().contains("a PNG image, not a text or HTML article"));
        assertThrows(UnreadableArticleException.class, () -> reader.read(raw("/x/n.html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void decodesLegacyEncodings() throws Exception {
        byte[] cp1252 = "Nestlé’s café unit cut 40 jobs in Zürich, the company said.".getBytes(Charset.forName("windows-1252"));
        Article a = reader.read(raw("/x/legacy.txt", cp1252));
        assertTrue(a.text().contains("Nestlé’s café"), a.text());
    }

    @Test
    void malformedHtmlStillGivesText() throws Exception {
        String html = "<html><body><div><p>Acme Robotics acquired Beta Labs for $5 million<div><p>unclosed <b>tags everywhere";
        Article a = reader.read(raw("/x/broken.html", html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.text().contains("Acme Robotics acquired Beta Labs"));
    }
}
