package io.newsgraph.extract;

/**
 * The tokens of lower-cased text between two mentions, as a rule sees them, found by a hand-written
 * scan that gives exactly what {@link #REGEX} (with "n't", {@link #CONTRACTED}) finds in the same
 * region: the expression ran on every gap of every sentence and was 4% of extraction time. A token
 * is a clitic ("'s", "'re", "n't"), a word that may go on after '-', '.', '&amp;' or an apostrophe
 * that starts no clitic ("o'brien"), or any other single character that is not white space.
 */
final class GapTokens {
    /** What the scan finds, as a regular expression; kept for the test that compares the two. */
    static final String REGEX = "'(?:s|re|ve|ll|d|m)\\b|[\\p{L}\\p{N}]+(?:[-.&][\\p{L}\\p{N}]+|'(?!(?:s|re|ve|ll|d|m|t)\\b)[\\p{L}\\p{N}]+)*"
            + "|[^\\s\\p{L}\\p{N}]";
    /** The same with "n't" a token of its own ("don't" is "do" and "n't"). */
    static final String CONTRACTED = "'(?:s|re|ve|ll|d|m)\\b|n't\\b|\\p{L}+(?=n't\\b)|[\\p{L}\\p{N}]+(?:[-.&][\\p{L}\\p{N}]+|"
            + "'(?!(?:s|re|ve|ll|d|m|t)\\b)[\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]";

    private static final String[] CLITICS = {"s", "re", "ve", "ll", "d", "m"};
    private static final String[] CLITICS_T = {"s", "re", "ve", "ll", "d", "m", "t"};

    private final String s;
    private final int to;
    private final boolean contracted;
    private int start;
    private int end;

    /** The tokens of {@code s} from {@code from} to {@code to}, which ends the text for every look-ahead. */
    GapTokens(String s, int from, int to) {
        this.s = s;
        this.to = to;
        this.contracted = hasContraction(s, from, to);
        this.end = from;
    }

    GapTokens(String s) {
        this(s, 0, s.length());
    }

    private static boolean hasContraction(String s, int from, int to) {
        int nt = s.indexOf("n't", from);
        return nt >= 0 && nt + 3 <= to;
    }

    /** Moves to the next token; false at the end of the region. */
    boolean find() {
        int i = end;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        if (i >= to) {
            start = to;
            end = to;
            return false;
        }
        start = i;
        end = token(i);
        return true;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String group() {
        return s.substring(start, end);
    }

    private int token(int i) {
        char c = s.charAt(i);
        if (c == '\'') {
            int k = clitic(i + 1, CLITICS);
            if (k > 0) {
                return k;
            }
        }
        if (contracted) {
            if (c == 'n' && s.startsWith("n't", i) && i + 3 <= to && boundary(i + 3)) {
                return i + 3;
            }
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                // letters up to an "n't" that ends them: "do" of "don't" (the longest run of letters the look-ahead allows)
                int r = i;
                while (r < to && Character.isLetter(s.codePointAt(r))) {
                    r += Character.charCount(s.codePointAt(r));
                }
                if (r - 1 > i && s.charAt(r - 1) == 'n' && r + 2 <= to && s.charAt(r) == '\'' && s.charAt(r + 1) == 't' && boundary(r + 2)) {
                    return r - 1;
                }
            }
        }
        int cp = s.codePointAt(i);
        if (letterOrNumber(cp)) {
            return word(i);
        }
        return i + Character.charCount(cp);
    }

    private int word(int i) {
        int j = run(i);
        while (j < to) {
            char c = s.charAt(j);
            if ((c == '-' || c == '.' || c == '&') && j + 1 < to && letterOrNumber(s.codePointAt(j + 1))) {
                j = run(j + 1);
            } else if (c == '\'' && j + 1 < to && clitic(j + 1, CLITICS_T) < 0 && letterOrNumber(s.codePointAt(j + 1))) {
                j = run(j + 1);
            } else {
                break;
            }
        }
        return j;
    }

    /** The end of the run of letters and numbers from {@code i}. */
    private int run(int i) {
        int j = i;
        while (j < to && letterOrNumber(s.codePointAt(j))) {
            j += Character.charCount(s.codePointAt(j));
        }
        return j;
    }

    /** The end of a clitic of {@code set} at {@code i} that ends where a word does, or -1. */
    private int clitic(int i, String[] set) {
        for (String c : set) {
            if (i + c.length() <= to && s.startsWith(c, i) && boundary(i + c.length())) {
                return i + c.length();
            }
        }
        return -1;
    }

    /** A word boundary after a letter, the region's end counting as the text's. */
    private boolean boundary(int i) {
        return NameTokens.boundary(s, i, to);
    }

    /** {@code \s}: the ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean letterOrNumber(int cp) {
        return NameTokens.letterOrNumber(cp);
    }
}
