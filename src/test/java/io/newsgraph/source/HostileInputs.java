package io.newsgraph.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of hostile inputs, generated on the fly (nothing binary is committed): each kind is
 * something a real user or a broken crawler will one day hand to {@code ingest} or POST to the
 * server. Each says what must happen: stored (the text is readable after all) or skipped with a
 * reason containing the given words.
 */
public final class HostileInputs {
    /** What a kind must give: stored, or skipped with a reason containing {@code reason}. */
    public record Kind(String name, String input, byte[] body, String reason) {
        public boolean stored() {
            return reason == null;
        }
    }

    private HostileInputs() {
    }

    private static final String SENTENCE = "Qorvane Freight laid off 120 workers at its depot in Leeds on Monday. ";

    /** Every kind, written under {@code dir}; {@code body} is null for kinds that are not bytes (paths, URLs). */
    public static List<Kind> generate(Path dir) throws IOException {
        List<Kind> out = new ArrayList<>();
        Random random = new Random(42);
        out.add(file(dir, "empty.txt", new byte[0], "empty file"));
        out.add(file(dir, "whitespace.txt", " \n\t \r\n   \n".getBytes(StandardCharsets.UTF_8), "no article text"));
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        out.add(file(dir, "binary.txt", noise, "binary"));
        out.add(file(dir, "picture.html", png(random), "PNG"));
        out.add(file(dir, "archive.txt", gzip(SENTENCE.repeat(50)), "gzip"));
        out.add(file(dir, "document.txt", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1), "PDF"));
        out.add(big(dir, "fifty-megabytes.txt", 50L << 20, "\n", "too large"));
        out.add(big(dir, "one-long-line.txt", 5L << 20, " ", "too long"));
        out.add(file(dir, "long-word.txt", (SENTENCE + "x".repeat(1 << 20) + " The end.").getBytes(StandardCharsets.UTF_8), "too long"));
        out.add(file(dir, "sentences.txt", sentences(200_000), "too long"));
        StringBuilder malformed = new StringBuilder("<html><head><title>Broken");
        for (int i = 0; i < 2000; i++) {
            malformed.append("<p>Qorvane <b>laid <i>off</p> 120 </div></span>workers.<p<p<<>>&&&;<table><tr><td>x");
        }
        out.add(file(dir, "malformed.html", bytes(malformed + "<p>" + SENTENCE), null));
        out.add(file(dir, "nested.html", bytes("<html><body>" + "<div>".repeat(50_000) + "<p>" + SENTENCE + "</p>"
                + "</div>".repeat(50_000) + "</body></html>"), null));
        out.add(file(dir, "unclosed.html", bytes("<html><body>" + "<div><span><table><tr><td><ul><li>".repeat(20_000) + SENTENCE), null));
        out.add(file(dir, "script-only.html", bytes("<html><head><script>" + "var x = 1;".repeat(20_000)
                + "</script></head><body><script>document.write('Qorvane Freight laid off 120 workers.')</script></body></html>"), "no article text"));
        out.add(file(dir, "utf16-bom.txt", withBom(SENTENCE + "The company said so in Zürich."), null));
        out.add(file(dir, "latin1.txt", ("Société Générale cut 300 jobs in Zürich, the bank said. " + SENTENCE).getBytes(StandardCharsets.ISO_8859_1), null));
        ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.writeBytes(bytes(SENTENCE));
        invalid.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, (byte) 0xe2, (byte) 0x82});
        invalid.writeBytes(bytes(" Its staff now numbers 900."));
        out.add(file(dir, "invalid-utf8.txt", invalid.toByteArray(), null));
        out.add(file(dir, "nul-bytes.txt", bytes((SENTENCE + "\0\0\0").repeat(40)), "binary"));
        out.add(file(dir, "control-characters.txt", bytes("\u0007\u001b[31m" + SENTENCE + "\u200b\u202e\ufeff\u0008" + SENTENCE.repeat(3)), null));
        out.add(file(dir, "word-salad.txt", bytes("the of and to in is it that was for on are as with ".repeat(3000)), null));
        out.add(file(dir, "only-numbers.txt", bytes("1234 5678, 9.10; 11-12 (13) 14/15 ".repeat(500)), "no article text"));
        out.add(new Kind("missing path", dir.resolve("no-such-article.txt").toString(), null, "no such file"));
        Path fifo = dir.resolve("pipe.txt");
        if (mkfifo(fifo)) {
            out.add(new Kind("FIFO", fifo.toString(), null, "not a regular file"));
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            out.add(new Kind("/dev/zero", "/dev/zero", null, "not a regular file"));
        }
        Path loopA = dir.resolve("loop-a.txt");
        Files.createSymbolicLink(loopA, dir.resolve("loop-b.txt"));
        Files.createSymbolicLink(dir.resolve("loop-b.txt"), loopA);
        out.add(new Kind("symlink loop", loopA.toString(), null, "symbolic link"));
        out.add(new Kind("unreachable URL", "http://newsgraph-test.invalid/article", null, "unreachable"));
        out.add(new Kind("refused URL", "http://127.0.0.1:" + closedPort() + "/article", null, "unreachable"));
        out.add(new Kind("ftp: URL", "ftp://ftp.example.com/article.txt", null, "unsupported URL scheme"));
        out.add(new Kind("file: URL to nothing", dir.resolve("absent.txt").toUri().toString(), null, "no such file"));
        out.add(new Kind("malformed URL", "http://exa mple.com/a b", null, "not a valid URL"));
        return out;
    }

    /** A folder of {@code n} tiny articles, each one fact. */
    public static Path tinyArticles(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("tiny-" + i + ".txt"), "Tiny Works " + i + " Ltd laid off " + (i % 90 + 10)
                    + " workers at its plant in Bristol on Monday, the company said.\n");
        }
        return dir;
    }

    private static Kind file(Path dir, String name, byte[] content, String reason) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return new Kind(name, p.toString(), content, reason);
    }

    /** A text file of about {@code size} bytes, sentences separated by {@code separator}; written in pieces, never held whole. */
    private static Kind big(Path dir, String name, long size, String separator, String reason) throws IOException {
        Path p = dir.resolve(name);
        String piece = SENTENCE.strip() + separator;
        try (Writer w = Files.newBufferedWriter(p)) {
            for (long written = 0; written < size; written += piece.length()) {
                w.write(piece);
            }
        }
        byte[] head = size <= (16 << 20) ? Files.readAllBytes(p) : null; // a body to POST, when it is not absurd
        return new Kind(name, p.toString(), head, reason);
    }

    private static byte[] sentences(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("Firm").append(i).append(" hired staff. ");
        }
        return bytes(sb.toString());
    }

    private static byte[] png(Random random) {
        byte[] b = new byte[50_000];
        random.nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(bytes(text));
        }
        return bytes.toByteArray();
    }

    private static byte[] withBom(String text) {
        return text.getBytes(StandardCharsets.UTF_16); // Java's UTF-16 encoder writes the big-endian BOM first
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A loopback port nothing listens on (bound, then closed). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
