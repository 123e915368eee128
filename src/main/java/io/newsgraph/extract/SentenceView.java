package io.newsgraph.extract;

import java.util.List;

/**
 * A sentence as the relation rules see it: lower-cased tokens separated by single spaces, with each
 * mention replaced by a placeholder such as {@code <org:3>} or {@code <money:1>} whose number indexes
 * {@link #slots()}. Starts and ends with a space so every token is delimited the same way.
 */
record SentenceView(Sentence sentence, String text, List<Slot> slots, int[] tokenStarts, String[] tokenKeys, String[] tokenTexts) {

    SentenceView(Sentence sentence, String text, List<Slot> slots) {
        this(sentence, text, slots, texts(text));
    }

    private SentenceView(Sentence sentence, String text, List<Slot> slots, String[] tokens) {
        this(sentence, text, slots, starts(tokens), keys(tokens), tokens);
    }

    private static String[] texts(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }

    private static int[] starts(String[] t) {
        int[] out = new int[t.length];
        int pos = 1;
        for (int i = 0; i < t.length; i++) {
            out[i] = pos;
            pos += t[i].length() + 1;
        }
        return out;
    }

    /** Per token: its tag for placeholders ("<org"), else the token itself. */
    private static String[] keys(String[] t) {
        String[] out = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            int colon = t[i].indexOf(':');
            out[i] = t[i].startsWith("<") && colon > 0 ? t[i].substring(0, colon) : t[i];
        }
        return out;
    }

    String tokenAt(int i) {
        return tokenTexts[i];
    }

    /** Each token text and placeholder tag with the indices where it stands, for {@link #positionsOf}. */
    java.util.Map<String, java.util.BitSet> tokenIndex() {
        java.util.Map<String, java.util.BitSet> out = new java.util.HashMap<>();
        for (int i = 0; i < tokenTexts.length; i++) {
            out.computeIfAbsent(tokenTexts[i], k -> new java.util.BitSet()).set(i);
            if (!tokenKeys[i].equals(tokenTexts[i])) {
                out.computeIfAbsent(tokenKeys[i], k -> new java.util.BitSet()).set(i);
            }
        }
        return out;
    }

    /**
     * Indices of the tokens that are, or whose placeholder tag is, one of {@code wanted}, from the sentence's
     * {@link #tokenIndex()} (built once per sentence, not once per rule): the smaller side is walked.
     */
    static java.util.BitSet positionsOf(java.util.Set<String> wanted, java.util.Map<String, java.util.BitSet> index) {
        java.util.BitSet out = new java.util.BitSet();
        if (wanted.size() <= index.size()) {
            for (String w : wanted) {
                java.util.BitSet b = index.get(w);
                if (b != null) {
                    out.or(b);
                }
            }
        } else {
            index.forEach((k, b) -> {
                if (wanted.contains(k)) {
                    out.or(b);
                }
            });
        }
        return out;
    }


    Slot slot(int i) {
        return slots.get(i);
    }
}
