package io.newsgraph.document;

import io.newsgraph.source.RawArticle;
import io.newsgraph.source.UnreadableArticleException;
import java.util.Locale;

/** Turns raw bytes into an {@link Article}: decodes, picks HTML or plain text, strips noise, checks there is text. */
public final class ArticleReader {
    /** Fewer letters than this after cleaning: nothing worth extracting, most likely a broken page. */
    private static final int MIN_LETTERS = 20;

    /** Reads one article; fails with a reason naming the input when it is empty, binary or has no text. */
    public Article read(RawArticle raw) throws UnreadableArticleException {
        if (raw.bytes().length == 0) {
            throw new UnreadableArticleException(raw.location(), "empty file");
        }
        String decoded = TextDecoder.decode(raw.bytes(), raw.location());
        boolean html = isHtml(raw, decoded);
        TextArticleParser.Parsed parsed;
        try {
            parsed = html ? HtmlArticleParser.parse(decoded, raw.location().startsWith("http") ? raw.location() : null)
                    : TextArticleParser.parse(decoded);
        } catch (RuntimeException e) {
            throw new UnreadableArticleException(raw.location(), "cannot parse " + (html ? "HTML" : "text") + ": " + e, e);
        }
        if (parsed.text().codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            throw new UnreadableArticleException(raw.location(), "no article text found");
        }
        String contentHash = Hashes.sha256(raw.bytes());
        return new Article(idOf(raw, contentHash), raw.location(), parsed.title(), parsed.published(), parsed.publisher(),
                parsed.author(), parsed.text(), contentHash, html ? "html" : "text");
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
