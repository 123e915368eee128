package io.newsgraph.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles. A first line starting " date YYYY-MM-DD" gives the publication date (the rest
 * of that line is text); a short first line without a full stop is taken as the headline.
 */
final class TextArticleParser {
    private static final Pattern DATE_LINE = Pattern.compile("^\\uFEFF?\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

    private TextArticleParser() {
    }

    static Parsed parse(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        String published = null;
        Matcher m = DATE_LINE.matcher(text);
        if (m.find()) {
            published = m.group(1);
            text = text.substring(m.end());
        }
        return new Parsed(headline(text), published, null, null, text.strip());
    }

    private static String headline(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty() || first.length() > 160 || first.endsWith(".") && first.length() > 100) {
            return null;
        }
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    record Parsed(String title, String published, String publisher, String author, String text) {
    }
}
