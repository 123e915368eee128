package io.newsgraph.model;

import java.util.List;

/** A relation an article states, with the evidence for it. */
public sealed interface Fact permits Investment, Position, ClientRelationship, Layoff, Acquisition, Headcount {

    /** The sentences and rules this fact comes from; never empty. */
    List<Evidence> evidence();

    /** The highest confidence among the evidence. */
    default double confidence() {
        return evidence().stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }

    /** The same fact with more evidence. */
    Fact withEvidence(List<Evidence> more);

    /** The evidence of both lists, in order, each once. */
    static List<Evidence> combine(List<Evidence> a, List<Evidence> b) {
        java.util.ArrayList<Evidence> all = new java.util.ArrayList<>(a);
        for (Evidence e : b) {
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        return all;
    }

    /** Lower-case kind name as used in queries and gold files ("investment", "position", ...). */
    String kind();
}
