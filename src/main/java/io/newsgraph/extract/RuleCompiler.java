package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the rule language of {@code relations.rules} into regular expressions over sentence views.
 *
 * <p>A rule line is {@code kind id confidence [attr=value ...] : pattern}. A pattern is a sequence of
 * space-separated elements, each a word (a regular expression over one view token), a group
 * {@code (a|b c)} whose alternatives may span several tokens, or a macro; an element ending in
 * {@code ?} is optional. Macros: {@code {ORG:name}}, {@code {PER:name}}, {@code {ANY:name}} (an
 * organization or a person), {@code {ORGS:name}} (a list "A, B and C"), {@code {MONEY:name}},
 * {@code {PCT:name}}, {@code {STAFF:name}}, {@code {NUM:name}}, {@code {DATE:name}},
 * {@code {TITLE:name}}; {@code {W0-3}} skips zero to three tokens but never a named entity, {@code {X0-3}} any tokens; {@code {AUX}} skips auxiliaries
 * and adverbs ("has also reportedly"); {@code {NAME}} macros defined with {@code define NAME = ...}
 * lines stand for their expansion.
 */
final class RuleCompiler {
    private static final Pattern MACRO = Pattern.compile("\\{(ORG|PER|ANY|UNK|ORGS|MONEY|PCT|STAFF|NUM|DATE|TITLE)(?::(\\w+))?}");
    private static final Pattern GAP = Pattern.compile("\\{([WX])(\\d+)-(\\d+)}");
    private static final String ORG = "<(?:org|unk|orgp):\\d+>";
    private static final String AUX = "(?:(?:has|have|had|is|are|was|were|will|would|be|been|being|also|reportedly|recently|just|now|"
            + "already|previously|further|finally|officially|quietly|significantly|since|then|earlier|later|initially|"
            + "itself|jointly|together|last|this|week|month|year|on|friday|monday|tuesday|wednesday|thursday|saturday|sunday|"
            + "today|yesterday|'re|'ve|agreed|agrees|to|set|even|first|once|subsequently|ultimately|partly|in|\\d{4}|<date:\\d+>|,) )*";

    private final Map<String, String> defines = new LinkedHashMap<>();

    /** Parses every rule of the text; {@code define} lines add macros for the lines after them. */
    List<RelationRule> compileAll(List<String> lines) {
        List<RelationRule> rules = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("define ")) {
                String[] kv = line.substring(7).split("=", 2);
                defines.put(kv[0].strip(), kv[1].strip());
                continue;
            }
            rules.add(compile(line));
        }
        return rules;
    }

    RelationRule compile(String line) {
        int colon = line.indexOf(" : ");
        if (colon < 0) {
            throw new IllegalArgumentException("rule without ' : ' separator: " + line);
        }
        String[] head = line.substring(0, colon).strip().split("\\s+");
        if (head.length < 3) {
            throw new IllegalArgumentException("rule needs kind, id and confidence: " + line);
        }
        Map<String, String> attrs = new HashMap<>();
        for (int i = 3; i < head.length; i++) {
            String[] kv = head[i].split("=", 2);
            attrs.put(kv[0], kv.length > 1 ? kv[1].replace('_', ' ') : "true");
        }
        String source = line.substring(colon + 3).strip();
        try {
            return new RelationRule(head[0], head[1], Double.parseDouble(head[2]), Map.copyOf(attrs),
                    Pattern.compile(toRegex(source)), source);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + head[1] + " does not compile: " + e.getDescription(), e);
        }
    }

    String toRegex(String source) {
        StringBuilder re = new StringBuilder("(?<= )");
        String spaced = expandDefines(source).replaceAll("(\\{[WX]\\d+-\\d+}|\\{AUX})", " $1 ");
        for (String element : elements(spaced)) {
            boolean optional = element.length() > 1 && element.endsWith("?") && !element.endsWith("\\?");
            String body = optional ? element.substring(0, element.length() - 1) : element;
            Matcher gap = GAP.matcher(body);
            if (gap.matches()) {
                // {W..} never skips a named entity (the nearest one fills the slot); {X..} may
                String token = gap.group(1).equals("W") ? "(?:(?!<(?:org|unk|per):)\\S+ )" : "(?:\\S+ )";
                re.append(token).append('{').append(gap.group(2)).append(',').append(gap.group(3)).append("}?");
                continue;
            }
            if (body.startsWith("(?!") || body.startsWith("(?=")) {
                re.append(body); // a lookahead at the next token: consumes nothing, so no separator
                continue;
            }
            if (body.equals("{AUX}")) {
                re.append(AUX);
                continue;
            }
            String r = expandMacros(body);
            re.append(optional ? "(?:" + r + " )?" : r + " ");
        }
        return re.toString();
    }

    private String expandDefines(String source) {
        String s = source;
        for (int round = 0; round < 5; round++) {
            String before = s;
            for (Map.Entry<String, String> d : defines.entrySet()) {
                s = s.replace("{" + d.getKey() + "}", d.getValue());
            }
            if (s.equals(before)) {
                break;
            }
        }
        return s;
    }

    private static String expandMacros(String body) {
        String s = body.replaceAll("\\((?!\\?)", "(?:");
        Matcher m = MACRO.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String inner = switch (m.group(1)) {
                case "ORG" -> "(?:org|unk|orgp)";
                case "UNK" -> "unk";
                case "PER" -> "(?:per|perp)";
                case "ANY" -> "(?:org|unk|per|orgp|perp)";
                case "MONEY" -> "money";
                case "PCT" -> "pct";
                case "STAFF" -> "staff";
                case "NUM" -> "num";
                case "DATE" -> "date";
                case "TITLE" -> "title";
                default -> null;
            };
            String r;
            if (m.group(1).equals("ORGS")) {
                String list = ORG + "(?: , (?:the )?" + ORG + ")*(?: ,)? (?:and|&|or) (?:the )?" + ORG + "|" + ORG;
                r = name == null ? "(?:" + list + ")" : "(?<" + name + ">" + list + ")";
            } else {
                r = "<" + inner + ":" + (name == null ? "\\d+" : "(?<" + name + ">\\d+)") + ">";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits at spaces outside parentheses and braces. */
    private static List<String> elements(String source) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : source.toCharArray()) {
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
