package io.newsgraph.document;

import io.newsgraph.source.RawArticle;
import io.newsgraph.source.UnreadableArticleException;
import java.util.Locale;

/** Turns raw bytes into an {@link Article}: decodes, picks HTML or plain text, strips noise, checks there is text. */
public final class ArticleReader {
    /** Fewer letters than this after cleaning: nothing worth extracting, most likely a broken page. */
    private static final int MIN_LETTERS = 20;
    /**
     * Most characters of article text: 300,000 is about 50,000 words, several times the longest
     * long-form feature. Longer text is a book, a log or a dump, not one article; refusing it keeps
     * every input within seconds and a small heap (the whole text and its facts are held at once).
     */
    public static final int MAX_TEXT_CHARS = 300_000;

    /** Reads one article; fails with a reason naming the input when it is empty, binary or has no text. */
    public Article read(RawArticle raw) throws UnreadableArticleException {
        if (raw.bytes().length == 0) {
            throw new UnreadableArticleException(raw.location(), "empty file");
        }
        String decoded = TextDecoder.decode(raw.bytes(), raw.location());
        boolean html = isHtml(raw, decoded);
        if (!html && decoded.length() > MAX_TEXT_CHARS) {
            throw tooLong(raw, decoded.length());
        }
        TextArticleParser.Parsed parsed;
        try {
            parsed = html ? HtmlArticleParser.parse(decoded, raw.location().startsWith("http") ? raw.location() : null)
                    : TextArticleParser.parse(decoded);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableArticleException(raw.location(), "cannot parse " + (html ? "HTML" : "text") + ": " + e, e);
        }
        if (parsed.text().length() > MAX_TEXT_CHARS) {
            throw tooLong(raw, parsed.text().length());
        }
        if (parsed.text().codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            throw new UnreadableArticleException(raw.location(), "no article text found");
        }
        String contentHash = Hashes.sha256(raw.bytes());
        return new Article(idOf(raw, contentHash), raw.location(), parsed.title(), parsed.published(), parsed.publisher(),
                parsed.author(), parsed.text(), contentHash, html ? "html" : "text");
    }

    private static UnreadableArticleException tooLong(RawArticle raw, int chars) {
        return new UnreadableArticleException(raw.location(), String.format(Locale.ROOT,
                "article text too long (%,d characters, limit %,d): split it into articles", chars, MAX_TEXT_CHARS));
    }

    /**
     * The stable id of the article these bytes are: from where it was read, so a changed file keeps
     * its id and replaces its graph; from the content for stdin, which has no location.
     */
    public static String idOf(RawArticle raw, String contentHash) {
        return Hashes.sha256(raw.location().equals("stdin") ? "stdin:" + contentHash : raw.location()).substring(0, 24);
    }

    private static boolean isHtml(RawArticle raw, String decoded) {
        String type = raw.contentType() == null ? "" : raw.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (type.startsWith("text/plain")) {
            return false;
        }
        String name = raw.location().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return false;
        }
        String head = decoded.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<head");
    }
}
