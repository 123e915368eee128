package io.newsgraph.extract;

import io.newsgraph.model.Fact;

/**
 * A fact as one rule match gives it, before the article-level reasoner merges candidates.
 *
 * @param fact           the fact, with one evidence
 * @param weak           its title is inferred from a verb ("hired to lead") rather than stated
 * @param explicitStatus its status comes from words in the text, not a default
 * @param sentence       index of the sentence it comes from
 * @param earlierEvent   an earlier event told in passing ("after several rounds of layoffs"), not
 *                       to be merged into the one the article reports
 */
record Candidate(Fact fact, boolean weak, boolean explicitStatus, int sentence, boolean earlierEvent) {
    Candidate(Fact fact, boolean weak, boolean explicitStatus, int sentence) {
        this(fact, weak, explicitStatus, sentence, false);
    }
}
