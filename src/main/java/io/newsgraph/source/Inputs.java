package io.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns what a user typed (files, folders, URLs, "-") into article sources. Folders are walked
 * recursively for .txt, .text, .html, .htm and .xhtml files in name order; a name that is none of
 * those becomes a source that fails with a clear reason, so one bad input never stops the others.
 */
public final class Inputs {
    /** A URL scheme at the start of an input: "ftp://", "jar:file:" (the group after it is "//" for a hierarchical one). */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^([a-z][a-z0-9+.-]*):(//)?");
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml");

    private final long maxBytes;
    private final Duration urlTimeout;
    private final InputStream stdin;

    public Inputs(long maxBytes, Duration urlTimeout, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.urlTimeout = urlTimeout;
        this.stdin = stdin;
    }

    /** Default limits: 10 MiB per article, 30 s per URL. */
    public static Inputs defaults() {
        return new Inputs(Limits.DEFAULT_MAX_BYTES, Duration.ofSeconds(30), System.in);
    }

    /** The sources the given inputs name, in order. */
    public List<ArticleSource> expand(List<String> inputs) {
        List<ArticleSource> out = new ArrayList<>();
        for (String input : inputs) {
            out.addAll(expand(input));
        }
        return out;
    }

    private List<ArticleSource> expand(String input) {
        if (input.equals("-")) {
            return List.of(new StdinSource(stdin, maxBytes));
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return List.of(new UrlSource(URI.create(input), maxBytes, urlTimeout));
            } catch (IllegalArgumentException e) {
                return List.of(failing(input, "not a valid URL"));
            }
        }
        java.util.regex.Matcher scheme = SCHEME.matcher(lower);
        if (scheme.find() && scheme.group(2) != null && !scheme.group(1).equals("file")) {
            return List.of(failing(input, "unsupported URL scheme " + scheme.group(1) + ": (use http, https or a local file)"));
        }
        Path path;
        try {
            path = Path.of(lower.startsWith("file:") ? URI.create(input).getPath() : input);
        } catch (IllegalArgumentException e) {
            return List.of(failing(input, "not a valid file name or URL"));
        }
        if (Files.isDirectory(path)) {
            return walk(path);
        }
        return List.of(new FileSource(path, maxBytes));
    }

    private List<ArticleSource> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(Inputs::looksLikeArticle)
                    .sorted()
                    .map(p -> (ArticleSource) new FileSource(p, maxBytes))
                    .toList();
        } catch (IOException e) {
            return List.of(failing(dir.toAbsolutePath().toString(), "cannot list folder: " + e.getMessage()));
        }
    }

    private static boolean looksLikeArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static ArticleSource failing(String location, String reason) {
        return new ArticleSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public RawArticle read() throws UnreadableArticleException {
                throw new UnreadableArticleException(location, reason);
            }
        };
    }
}
