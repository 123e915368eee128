package io.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters a named query declares in its header ({@code # Parameters: name (description), ...}),
 * and the check of what a caller passes: every required one present, no unknown one, numbers and
 * IRIs where the header asks for them. A query without a "Parameters:" line takes none; an ad hoc
 * .rq file is not checked (its variables are the caller's business).
 */
public final class QueryParameters {
    private static final Pattern LINE = Pattern.compile("(?m)^#\\s*Parameters:\\s*(.*)$");
    private static final Pattern ONE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(([^)]*)\\))?");

    /** One declared parameter. */
    public record Param(String name, boolean optional, boolean number, boolean iri, String description) {
    }

    private final Map<String, Param> declared;

    private QueryParameters(Map<String, Param> declared) {
        this.declared = declared;
    }

    /** The parameters the query text's header declares. */
    public static QueryParameters of(String queryText) {
        Map<String, Param> out = new LinkedHashMap<>();
        Matcher line = LINE.matcher(queryText);
        if (line.find()) {
            String decl = line.group(1).replaceFirst(",?\\s*e\\.g\\..*$", "");
            for (String part : splitTopLevel(decl)) {
                Matcher p = ONE.matcher(part.strip());
                if (p.lookingAt()) {
                    String d = p.group(2) == null ? "" : p.group(2).toLowerCase(Locale.ROOT);
                    out.put(p.group(1), new Param(p.group(1), d.contains("optional"), d.contains("number"), d.contains("iri"),
                            p.group(2) == null ? "" : p.group(2)));
                }
            }
        }
        return new QueryParameters(out);
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** The declared parameters, in header order. */
    public List<Param> declared() {
        return List.copyOf(declared.values());
    }

    /**
     * Null when {@code given} suits the declaration, else one line saying what is wrong (a missing
     * required parameter, an unknown one, a value of the wrong kind).
     */
    public String problem(String queryName, Map<String, String> given) {
        for (String k : given.keySet()) {
            if (!declared.containsKey(k)) {
                return "query '" + queryName + "' has no parameter '" + k + "'"
                        + (declared.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", declared.keySet()) + ")");
            }
        }
        for (Param p : declared.values()) {
            String v = given.get(p.name());
            if (v == null || v.isBlank()) {
                if (!p.optional()) {
                    return "query '" + queryName + "' needs parameter '" + p.name() + "' (" + p.description() + ")";
                }
                continue;
            }
            if (p.number() && !v.strip().matches("-?\\d+(?:\\.\\d+)?|-?\\.\\d+")) {
                return "parameter '" + p.name() + "' of query '" + queryName + "' must be a number, not '" + v + "'";
            }
            if (p.description().contains("YYYY-MM-DD") && !v.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return "parameter '" + p.name() + "' of query '" + queryName + "' must be a date YYYY-MM-DD, not '" + v + "'";
            }
            if (p.iri() && !(v.startsWith("<") && v.endsWith(">") || v.matches("https?://\\S+"))) {
                return "parameter '" + p.name() + "' of query '" + queryName + "' must be an IRI such as <https://w3id.org/newsgraph/id/org/scale-ai>, not '" + v + "'";
            }
        }
        return null;
    }
}
