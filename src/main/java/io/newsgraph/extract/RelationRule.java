package io.newsgraph.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One relation rule from {@code relations.rules}: the fact kind it yields, its id (recorded as the
 * evidence's rule), its base confidence, fixed attributes (such as {@code status=failed} or
 * {@code title=founder}) and the compiled pattern over {@link SentenceView} text.
 */
record RelationRule(String kind, String id, double confidence, Map<String, String> attrs, Pattern pattern, String source) {

    String attr(String name) {
        return attrs.get(name);
    }

    boolean has(String flag) {
        return attrs.containsKey(flag);
    }
}
