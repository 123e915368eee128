package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the rules that may match a sentence view without trying them all: each rule is indexed
 * by its most selective required token, so a sentence only looks up its own tokens. The rules
 * come back in their original order.
 */
final class RuleIndex {
    private final List<RelationRule> rules;
    private final Map<String, int[]> byToken = new HashMap<>();
    private final BitSet always = new BitSet();

    RuleIndex(List<RelationRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> build = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Set<String> trigger = rules.get(i).trigger();
            if (trigger == null) {
                always.set(i);
                continue;
            }
            for (String t : trigger) {
                build.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        build.forEach((k, v) -> byToken.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    List<RelationRule> all() {
        return rules;
    }

    /** The rules whose every requirement the view's tokens meet, in rule order. */
    List<RelationRule> candidates(Set<String> viewTokens) {
        BitSet hit = (BitSet) always.clone();
        for (String t : viewTokens) {
            int[] rs = byToken.get(t);
            if (rs != null) {
                for (int r : rs) {
                    hit.set(r);
                }
            }
        }
        List<RelationRule> out = new ArrayList<>();
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            RelationRule r = rules.get(i);
            if (r.mayMatch(viewTokens)) {
                out.add(r);
            }
        }
        return out;
    }
}
