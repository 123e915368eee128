package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written word scans (of names, and of the text between mentions) find exactly what their regular expressions find. */
class NameTokensTest {
    private static final Pattern REGEX = Pattern.compile(NameTokens.REGEX);

    private static List<String> byRegex(String s) {
        List<String> out = new ArrayList<>();
        for (Matcher m = REGEX.matcher(s); m.find(); ) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byScan(String s) {
        List<String> out = new ArrayList<>();
        for (NameTokens t = new NameTokens(s); t.find(); ) {
            out.add(t.start() + ":" + t.group());
        }
        return out;
    }

    private static final Pattern GAP = Pattern.compile(GapTokens.REGEX);
    private static final Pattern GAP_CONTRACTED = Pattern.compile(GapTokens.CONTRACTED);

    /** The old way: the expression with "n't" only where the region holds one, the region's bounds opaque. */
    private static List<String> gapsByRegex(String s, int from, int to) {
        int nt = s.indexOf("n't", from);
        Pattern p = nt >= 0 && nt + 3 <= to ? GAP_CONTRACTED : GAP;
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(s).region(from, to); m.find(); ) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> gapsByScan(String s, int from, int to) {
        List<String> out = new ArrayList<>();
        for (GapTokens t = new GapTokens(s, from, to); t.find(); ) {
            out.add(t.start() + ":" + t.group());
        }
        return out;
    }

    @Test
    void namesAbbreviationsAndCliticsAreSplitAsTheExpressionSplitsThem() {
        for (String s : new String[] {"Meta's $14.3 billion stake in Scale AI", "U.S. regulators and the U.K.'s CMA", "O'Brien isn't at AT&T",
                "Mercedes-Benz, Rolls-Royce plc and Jones&Co.", "A.I", "e.g. x", "l'Oréal’s deal", "D'Angelo'S 'ss' 'rex", "Ægis ǅemal Ⅻ ½"}) {
            assertEquals(byRegex(s), byScan(s), s);
        }
    }

    @Test
    void everyWrittenArticleIsSplitAsTheExpressionSplitsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("samples")),
                Files.walk(Path.of("src/test/resources/io/newsgraph/eval/written/articles")))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertEquals(byRegex(text), byScan(text), p.toString());
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertEquals(gapsByRegex(lower, 0, lower.length()), gapsByScan(lower, 0, lower.length()), p.toString());
        }
    }

    @Test
    void randomTextOfTheTrickyCharactersIsSplitAsTheExpressionSplitsIt() {
        // letters, digits, marks, other numbers, surrogate pairs, the joiners and the clitics' letters in both cases
        String[] pieces = {"a", "B", "s", "S", "re", "Ve", "ll", "d", "M", "t", "x", "1", "\u0301", "\u20dd", "\u0903", "\u00bd", "\u2167",
                "\ud835\udc00", "\ud801\udc00", "\u017f", "\u212a", "_", ".", "&", "-", "'", "\u2019", " ", ",", "..", "é", "ß",
                "n't", "n", "\t", "\u00a0", "ve", ":", "Run:ai"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertEquals(byRegex(s), byScan(s), s);
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            int from = random.nextInt(lower.length() + 1);
            int to = from + random.nextInt(lower.length() - from + 1);
            if (from > 0 && from < lower.length() && Character.isLowSurrogate(lower.charAt(from)) || to < lower.length() && Character.isLowSurrogate(lower.charAt(to))) {
                continue; // mentions never begin or end inside a character
            }
            assertEquals(gapsByRegex(lower, from, to), gapsByScan(lower, from, to), lower + " [" + from + "," + to + ")");
        }
    }
}
