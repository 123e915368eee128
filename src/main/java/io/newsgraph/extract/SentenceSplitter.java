package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into sentences. Every line is at least its own sentence (headlines, list
 * items and captions rarely end with a full stop); within a line, a sentence ends at ".", "!" or
 * "?" followed by space and a capital, digit or quote, unless the word before is an abbreviation
 * ("Inc.", "Dr.", "U.S.") or an initial. Very long runs are cut at semicolons so one broken
 * paragraph cannot join unrelated facts.
 */
public final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"')\\]\u201d\u2019]*(\\s+)(?=[\"'(\\[\u201c\u2018]?[\\p{Lu}\\p{N}])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "vs", "no", "gen", "bros",
            "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "dept", "mt", "ft", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "etc", "rev", "lt", "ph", "ph.d",
            "m.d", "d.phil",
            "col", "capt", "sgt", "hon", "messrs", "mmes", "op", "vol", "pp", "al");
    private static final int MAX_SENTENCE = 600;

    /** The sentences of the text, in order, with offsets into it. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        Matcher m = BOUNDARY.matcher(line);
        int start = 0;
        while (m.find()) {
            if (isAbbreviation(line, m.start()) && !(endsCompanyName(line, m.start()) && opensSentence(line, m.end()))) {
                continue;
            }
            add(text, from + start, from + m.start(1), out);
            start = m.end();
        }
        add(text, from + start, to, out);
    }

    /** "Inc.", "Corp.", "Ltd." end a name, and often a sentence too: "... TikTok owner ByteDance Ltd. The deal ..." */
    private static final Set<String> COMPANY_ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "llc", "plc");
    /** Words that open a sentence far more often than they continue a company name. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she",
            "they", "we", "i", "in", "on", "at", "but", "and", "however", "meanwhile", "shares", "his", "her", "their", "our",
            "there", "as", "after", "while", "earlier", "last", "since", "under", "according", "analysts", "both");

    private static boolean endsCompanyName(String line, int periodAt) {
        int i = periodAt;
        while (i > 0 && Character.isLetter(line.charAt(i - 1))) {
            i--;
        }
        return COMPANY_ABBREVIATIONS.contains(line.substring(i, periodAt).toLowerCase(Locale.ROOT));
    }

    private static boolean opensSentence(String line, int at) {
        int j = at;
        while (j < line.length() && Character.isLetter(line.charAt(j))) {
            j++;
        }
        return j > at && OPENERS.contains(line.substring(at, j).toLowerCase(Locale.ROOT));
    }

    private static boolean isAbbreviation(String line, int periodAt) {
        if (line.charAt(periodAt) != '.') {
            return false;
        }
        int i = periodAt;
        while (i > 0 && !Character.isWhitespace(line.charAt(i - 1)) && line.charAt(i - 1) != '(') {
            i--;
        }
        String word = line.substring(i, periodAt).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word) || Rx.matches(word, "(?:[a-z]\\.)+[a-z]");
    }

    private void add(String text, int begin, int end, List<Sentence> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - begin < 2) {
            return;
        }
        if (end - begin > MAX_SENTENCE) {
            int cut = text.lastIndexOf("; ", begin + MAX_SENTENCE);
            if (cut > begin + 40) {
                add(text, begin, cut + 1, out);
                add(text, cut + 1, end, out);
                return;
            }
        }
        out.add(new Sentence(out.size(), begin, end, text.substring(begin, end)));
    }
}
