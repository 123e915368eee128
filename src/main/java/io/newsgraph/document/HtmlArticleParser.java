package io.newsgraph.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * HTML news pages: headline, date, publisher and author from meta tags, JSON-LD and {@code <time>};
 * main text from the article body with navigation, scripts, ads, captions and share widgets removed.
 */
final class HtmlArticleParser {
    private static final String NOISE_TAGS =
            "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, figure, figcaption, select, dialog";
    private static final Pattern NOISE_ATTR = Pattern.compile(
            "(?i)(^|[\\s_-])(ad|ads|advert\\w*|banner|sponsor\\w*|promo\\w*|sidebar|related|recommend\\w*|share|social|"
                    + "newsletter|subscri\\w*|cookie\\w*|comment\\w*|menu|breadcrumbs?|nav\\w*|footer|header|popup|modal|"
                    + "caption|credit|byline|tags?|outbrain|taboola|paywall|signup|read-?more|also-?read)($|[\\s_-])");
    private static final Pattern JSON_STRING = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]{1,300})\"");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private HtmlArticleParser() {
    }

    static TextArticleParser.Parsed parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String jsonLd = String.join("\n", jsonLdData(doc));
        String title = first(
                meta(doc, "property", "og:title"),
                jsonField(jsonLd, "headline"),
                text(doc.selectFirst("h1")),
                doc.title());
        String published = isoDate(first(
                meta(doc, "property", "article:published_time"),
                meta(doc, "name", "article:published_time"),
                meta(doc, "itemprop", "datePublished"),
                jsonField(jsonLd, "datePublished"),
                meta(doc, "name", "pubdate"),
                meta(doc, "name", "publish-date"),
                meta(doc, "name", "date"),
                meta(doc, "name", "DC.date.issued"),
                meta(doc, "name", "dc.date"),
                attr(doc.selectFirst("time[datetime]"), "datetime")));
        String publisher = first(
                meta(doc, "property", "og:site_name"),
                publisherFromJsonLd(jsonLd),
                meta(doc, "name", "publisher"));
        String author = first(
                meta(doc, "name", "author"),
                meta(doc, "property", "article:author"),
                authorFromJsonLd(jsonLd),
                text(doc.selectFirst("[rel=author]")),
                text(doc.selectFirst("[itemprop=author]")));
        String headline = withoutSiteName(first(meta(doc, "property", "og:title"), jsonField(jsonLd, "headline"), text(doc.selectFirst("h1"))));
        String text = mainText(doc);
        if (headline != null && !headline.isBlank() && !text.contains(headline.strip())) {
            text = headline.strip() + "\n\n" + text; // the headline often holds the figure: read it even when the page keeps it apart
        }
        return new TextArticleParser.Parsed(clean(title), published, clean(publisher), clean(author), text);
    }

    /** "Wayve raises $1.05 billion | Mobility Now" without " | Mobility Now": a site's name after a bar or dash, at most four words. */
    private static String withoutSiteName(String title) {
        return title == null ? null : title.replaceFirst("\\s+[|\u2013\u2014-]\\s+(?:\\S+\\s+){0,3}\\S+$", "");
    }

    private static List<String> jsonLdData(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("script[type=application/ld+json]")) {
            out.add(e.data());
        }
        return out;
    }

    /** Deeper or bigger than any real page: the block-by-block reading below would take time quadratic in it. */
    private static final int MAX_DEPTH = 256;
    private static final int MAX_ELEMENTS = 60_000;

    private static String mainText(Document doc) {
        doc.select(NOISE_TAGS).remove();
        // a site's header is page furniture; an article's own header holds its headline and standfirst
        doc.select("header").not("article header, main header").remove();
        if (pathological(doc)) {
            // broken or generated markup (thousands of unclosed tags): its text, read once, in document order
            return flatText(doc.body());
        }
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            if (e.parent() != null && e != doc.body() && isNoise(e)) {
                e.remove();
            }
        }
        Element body = chooseBody(doc);
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select("h1, h2, h3, h4, p, li, blockquote, pre, td")) {
            if (!block.children().select("p, li, blockquote").isEmpty() && !block.is("li, td")) {
                continue; // a container of other blocks: its children are taken one by one
            }
            if (block.is("li, td") && block.parents().is("li, td")) {
                continue;
            }
            // "<strong>About Harlow</strong><br>Harlow makes pumps": a line break inside a block ends a line of text
            block.select("br").forEach(br -> br.after(new TextNode(LINE_BREAK)));
            String t = block.text().replaceAll(" ?" + LINE_BREAK + " ?", "\n").strip();
            if (!t.isBlank()) {
                blocks.add(t);
            }
        }
        if (blocks.isEmpty()) {
            return flatText(body);
        }
        return String.join("\n\n", blocks);
    }

    /** A private-use character marking a {@code <br>} while a block's text is read (its own whitespace is collapsed). */
    private static final String LINE_BREAK = "\uE000";

    private static String flatText(Element body) {
        return body.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
    }

    /** True when the element tree is deeper than {@link #MAX_DEPTH} or larger than {@link #MAX_ELEMENTS}; walks it once. */
    private static boolean pathological(Document doc) {
        int[] count = {0};
        boolean[] tooDeep = {false};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element && (++count[0] > MAX_ELEMENTS || depth > MAX_DEPTH)) {
                    tooDeep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return tooDeep[0];
    }

    private static boolean isNoise(Element e) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("complementary") || role.equals("contentinfo")) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || e.attr("style").replace(" ", "").contains("display:none")) {
            return true;
        }
        String marks = e.className() + " " + e.id();
        return !marks.isBlank() && NOISE_ATTR.matcher(marks).find() && !e.is("article, main, body");
    }

    /** The article element, schema.org articleBody or main; else the element holding the most paragraph text. */
    private static Element chooseBody(Document doc) {
        for (String css : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Elements found = doc.select(css);
            Optional<Element> biggest = found.stream().max((a, b) -> Integer.compare(pText(a), pText(b)));
            if (biggest.isPresent() && pText(biggest.get()) > 80) {
                return biggest.get();
            }
        }
        Element best = doc.body();
        int bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = pText(parent);
            if (score > bestScore) {
                best = parent;
                bestScore = score;
            }
        }
        return bestScore > 200 ? best : doc.body();
    }

    private static int pText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static String meta(Document doc, String attr, String value) {
        Element e = doc.selectFirst("meta[" + attr + "=" + value + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String jsonField(String json, String field) {
        Matcher m = Pattern.compile(String.format(JSON_STRING.pattern(), Pattern.quote(field))).matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String publisherFromJsonLd(String json) {
        Matcher m = Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String authorFromJsonLd(String json) {
        Matcher m = Pattern.compile("\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (m.find()) {
            return m.group(1);
        }
        return jsonField(json, "author");
    }

    @SafeVarargs
    private static <T extends String> String first(T... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** ISO date from "2025-07-18", "2025-07-18T09:30:00+02:00" and the like; null when none. */
    static String isoDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toLocalDate().toString();
        } catch (DateTimeParseException ignored) {
            // not a full timestamp: look for the date part alone
        }
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1)).toString();
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
