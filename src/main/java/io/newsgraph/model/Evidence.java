package io.newsgraph.model;

/**
 * Why a fact is believed: the sentence that states it (with its character offsets in the article
 * text, counted in code points), the rule that fired and a confidence in [0, 1].
 */
public record Evidence(String sentence, int begin, int end, String rule, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
