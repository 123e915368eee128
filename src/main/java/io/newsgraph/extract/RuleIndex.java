package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the rules that may match a sentence view without trying them all: each rule is indexed
 * by its most selective required token, so a sentence only looks up its own tokens; then every
 * requirement of a rule is checked as a bit-set intersection with the view's tokens (each token a
 * rule mentions has a number). The rules come back in their original order.
 */
final class RuleIndex {
    private final List<RelationRule> rules;
    private final BitSet always = new BitSet();
    /** Number of each token that some rule requires. */
    private final Map<String, Integer> tokenIds = new HashMap<>();
    /** Per token a rule requires or is triggered by: its number (-1 if none) and the rules it triggers: one lookup per token of a sentence. */
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(int id, BitSet triggers) {
    }
    /** Per rule, per requirement: the tokens that meet it. */
    private final BitSet[][] requirements;

    RuleIndex(List<RelationRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> build = new HashMap<>();
        requirements = new BitSet[rules.size()][];
        for (int i = 0; i < rules.size(); i++) {
            RelationRule rule = rules.get(i);
            Set<String> trigger = rule.trigger();
            if (trigger == null) {
                always.set(i);
            } else {
                for (String t : trigger) {
                    build.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
            List<Set<String>> req = rule.required();
            requirements[i] = new BitSet[req.size()];
            for (int k = 0; k < req.size(); k++) {
                BitSet b = new BitSet();
                for (String t : req.get(k)) {
                    b.set(tokenIds.computeIfAbsent(t, x -> tokenIds.size()));
                }
                requirements[i][k] = b;
            }
        }
        java.util.Set<String> all = new java.util.HashSet<>(build.keySet());
        all.addAll(tokenIds.keySet());
        for (String t : all) {
            BitSet triggers = new BitSet();
            build.getOrDefault(t, List.of()).forEach(triggers::set);
            tokens.put(t, new Token(tokenIds.getOrDefault(t, -1), triggers.isEmpty() ? null : triggers));
        }
    }

    List<RelationRule> all() {
        return rules;
    }

    /** The rules whose every requirement the view's tokens meet, in rule order. */
    List<RelationRule> candidates(SentenceView view) {
        String[] texts = view.tokenTexts();
        String[] keys = view.tokenKeys();
        BitSet present = new BitSet(tokenIds.size());
        BitSet hit = (BitSet) always.clone();
        for (int i = 0; i < texts.length; i++) {
            note(texts[i], present, hit);
            if (keys[i] != texts[i]) {
                note(keys[i], present, hit);
            }
        }
        List<RelationRule> out = new ArrayList<>();
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            boolean all = true;
            for (BitSet req : requirements[i]) {
                if (!req.intersects(present)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(rules.get(i));
            }
        }
        return out;
    }

    private void note(String token, BitSet present, BitSet hit) {
        Token t = tokens.get(token);
        if (t == null) {
            return;
        }
        if (t.id() >= 0) {
            present.set(t.id());
        }
        if (t.triggers() != null) {
            hit.or(t.triggers());
        }
    }
}
