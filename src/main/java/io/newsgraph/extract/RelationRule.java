package io.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One relation rule from {@code relations.rules}: the fact kind it yields, its id (recorded as the
 * evidence's rule), its base confidence, fixed attributes (such as {@code status=failed} or
 * {@code title=founder}) and the compiled pattern over {@link SentenceView} text.
 */
record RelationRule(String kind, String id, double confidence, Map<String, String> attrs, Pattern pattern, String source,
                    List<Set<String>> required, Set<String> startTokens, Set<String> groups) {

    /**
     * True when the pattern has a group of that name: asked before reading a group, as a matcher throws for a name its
     * pattern lacks, and most rules lack most slots.
     */
    boolean hasGroup(String name) {
        return groups.contains(name);
    }

    /** True when a match can only start at a token of {@link #startTokens} (then only those positions are tried). */
    boolean anchored() {
        return startTokens != null;
    }

    /**
     * The most selective requirement: a set of literal words if the rule has one, else the rarest
     * placeholder tags; null when the rule has no requirement. Rules are indexed by it.
     */
    Set<String> trigger() {
        Set<String> best = null;
        Set<String> commonLiteral = null;
        for (Set<String> r : required) {
            boolean literal = r.stream().noneMatch(t -> t.startsWith("<"));
            if (literal && r.stream().noneMatch(COMMON::contains)) {
                return r; // "helm", not "at": a word most sentences lack
            }
            if (literal && commonLiteral == null) {
                commonLiteral = r;
            }
            boolean rare = r.stream().noneMatch(t -> t.startsWith("<org") || t.startsWith("<unk") || t.startsWith("<per"));
            if (!literal && (best == null || rare)) {
                best = r;
            }
        }
        return commonLiteral != null ? commonLiteral : best;
    }

    /** Words so frequent that indexing a rule by them saves nothing. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "in", "at", "to", "by", "with", "for", "and", "'s", ",",
            "on", "as", "is", "was", "from", "its", "that", "who", "which", "has", "have", "had", "be", "been", "will", "it", "they",
            "he", "she", "said", "says", "take", "takes", "took", "taking", "agreed", "agrees");

    String attr(String name) {
        return attrs.get(name);
    }

    boolean has(String flag) {
        return attrs.containsKey(flag);
    }
}
