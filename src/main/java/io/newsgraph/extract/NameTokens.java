package io.newsgraph.extract;

/**
 * The words a name is built from, found by a hand-written scan that gives exactly what the regular
 * expression {@link #REGEX} finds: the expression ran once per word of every sentence and was 5% of
 * extraction time. Either an abbreviation with full stops ("U.S.", "A.I") or a word of letters,
 * marks and digits that may go on after '.', '&amp;' or '-' ("Jones&amp;Co", "Mercedes-Benz"), after a colon before letters
 * ("Run:ai"), or after
 * an apostrophe that starts no clitic ("O'Brien", but not "Meta's" or "don't").
 */
final class NameTokens {
    /** What the scan finds, as a regular expression; kept for the test that compares the two. */
    static final String REGEX = "\\p{L}(?:\\.\\p{L})+\\.?|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*"
            + "(?:[.&-][\\p{L}\\p{N}]+|/\\p{Lu}[\\p{L}\\p{N}]*|:\\p{L}+|['\u2019](?!(?i:s|re|ve|ll|d|m|t)\\b)\\p{L}+)*";

    private static final String[] CLITICS = {"s", "re", "ve", "ll", "d", "m", "t"};

    private final String s;
    private int start = -1;
    private int end;

    NameTokens(String s) {
        this.s = s;
    }

    /** Moves to the next word; false at the end of the text. */
    boolean find() {
        int i = start < 0 ? 0 : end;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isLetter(cp) || isNumber(cp)) {
                int e = abbreviation(i);
                end = e >= 0 ? e : word(i);
                start = i;
                return true;
            }
            i += Character.charCount(cp);
        }
        start = n;
        end = n;
        return false;
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

    /** "U.S.", "A.I": a letter, then one or more of '.' and a letter, then perhaps a '.'; -1 when there is none. */
    private int abbreviation(int i) {
        int cp = s.codePointAt(i);
        if (!isLetter(cp)) {
            return -1;
        }
        int j = i + Character.charCount(cp);
        int pairs = 0;
        while (j + 1 < s.length() && s.charAt(j) == '.' && isLetter(s.codePointAt(j + 1))) {
            j += 1 + Character.charCount(s.codePointAt(j + 1));
            pairs++;
        }
        if (pairs == 0) {
            return -1;
        }
        return j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
    }

    private int word(int i) {
        int n = s.length();
        int j = i + Character.charCount(s.codePointAt(i));
        while (j < n) {
            int cp = s.codePointAt(j);
            if (!isLetter(cp) && !isMark(cp) && !isNumber(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        while (j < n) {
            char c = s.charAt(j);
            if ((c == '.' || c == '&' || c == '-') && j + 1 < n && letterOrNumber(s.codePointAt(j + 1))) {
                j++;
                while (j < n && letterOrNumber(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else if (c == '/' && j + 1 < n && Character.isUpperCase(s.codePointAt(j + 1))) {
                j++; // "Turn/River Capital": a slash before a capital joins a name
                while (j < n && letterOrNumber(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else if (c == ':' && j + 1 < n && isLetter(s.codePointAt(j + 1))) {
                j++; // "Run:ai": a colon between letters joins a name
                while (j < n && isLetter(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else if ((c == '\'' || c == '\u2019') && j + 1 < n && !clitic(j + 1) && isLetter(s.codePointAt(j + 1))) {
                j++;
                while (j < n && isLetter(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** "'s", "'re", "'ll", ... at {@code i}: a clitic ending where a word does ({@code (?i:s|re|ve|ll|d|m|t)\b}). */
    private boolean clitic(int i) {
        for (String c : CLITICS) {
            if (s.regionMatches(true, i, c, 0, c.length()) && asciiCase(i, c.length()) && boundary(i + c.length())) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive matching without Unicode case folds only folds ASCII: "ſ" is not "s", nor "K" (Kelvin) "k". */
    private boolean asciiCase(int i, int len) {
        for (int k = i; k < i + len; k++) {
            if (s.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    private boolean boundary(int i) {
        return boundary(s, i, s.length());
    }

    /**
     * A word boundary after a letter at {@code i} of {@code s}, {@code end} ending the text: the end, or a character that is
     * not part of a word as {@code \b} sees it.
     */
    static boolean boundary(String s, int i, int end) {
        if (i >= end) {
            return true;
        }
        int cp = s.codePointAt(i);
        return !(cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    /** {@code [\p{L}\p{N}]}. */
    static boolean letterOrNumber(int cp) {
        return isLetter(cp) || isNumber(cp);
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(cp);
    }

    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
