package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
    private static final Pattern MACRO = Pattern.compile("\\{(ORG|PER|ANY|UNK|ORGS|PERS|ANYS|MONEY|PCT|STAFF|NUM|DATE|TITLE)(?::(\\w+))?}");
    private static final Pattern GAP = Pattern.compile("\\{([WX])(\\d+)-(\\d+)}");
    private static final String ORG = "<(?:org|unk|orgp):\\d+>";
    /**
     * One token a {W..} gap skips: not a named entity, not an organization pronoun or descriptor other than a possessive's or an
     * apposition's ("... Magnum, and comes weeks after the company said it would shed 7,500 jobs": the company, not Magnum;
     * "Affinity Partners, the investment firm run by X": one company).
     */
    private static final String W_TOKEN = "(?:(?!<(?:org|unk|per):|(?<!, )<orgp:\\d+> (?!'s ))\\S+)";
    private static final String AUX = "(?:(?:" + Trie.of(new String[] {"has", "have", "had", "is", "are", "was", "were", "will",
            "would", "be", "been", "being", "also", "reportedly", "recently", "most", "formerly", "just", "now", "already", "previously", "further",
            "finally", "officially", "quietly", "significantly", "since", "then", "earlier", "later", "initially", "itself",
            "jointly", "together", "last", "this", "week", "month", "year", "on", "friday", "monday", "tuesday", "wednesday",
            "thursday", "saturday", "sunday", "today", "yesterday", "'re", "'ve", "agreed", "agrees", "to", "set", "even", "first",
            "once", "subsequently", "ultimately", "partly", "in", "which", "who", "that", "meanwhile", "however", "separately",
            "instead", "too", "currently", "still", "eventually", "effectively", "formally", "publicly", "quickly", "scheduled", "slated",
            "due", "poised", "expected"}).regex() + "|\\d{4}|<date:\\d+>|,) )*";

    private final Map<String, String> defines = new LinkedHashMap<>();

    /** Parses every rule of the text; {@code define} lines add macros for the lines after them. */
    List<RelationRule> compileAll(List<String> lines) {
        List<RelationRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith("define ")) {
                String[] kv = line.substring(7).split("=", 2);
                defines.put(kv[0].strip(), kv[1].strip());
                continue;
            }
            RelationRule rule = compile(line);
            if (!ids.add(rule.id())) {
                // every fact names the rule that made it: two rules under one id would make that name ambiguous
                throw new IllegalArgumentException("rule id " + rule.id() + " is used twice");
            }
            rules.add(rule);
        }
        return rules;
    }

    /** Every literal word the compiled rules' patterns (with their macros expanded) contain. */
    Set<String> literalWords(List<RelationRule> rules) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("(?<![{\\w])[a-z][a-z'-]*").matcher("");
        for (RelationRule r : rules) {
            // words inside a lookaround only keep a rule from matching; they are not words the rule reads
            String expanded = withoutLookarounds(expandDefines(r.source())).replaceAll("\\{[A-Z]+(?::\\w+)?}|\\{[WX]\\d+-\\d+}", " ");
            m.reset(expanded);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The pattern text without its lookahead and lookbehind groups ("(?!...)", "(?=...)", "(?<=...)", "(?<!...)"). */
    static String withoutLookarounds(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("(?!", i) || source.startsWith("(?=", i) || source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) {
                i = closingBracket(source, i) + 1;
                out.append(' ');
                continue;
            }
            out.append(source.charAt(i++));
        }
        return out.toString();
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
            String regex = toRegex(source);
            return new RelationRule(head[0], head[1], Double.parseDouble(head[2]), Map.copyOf(attrs),
                    Pattern.compile(regex), source, requirements(source), startTokens(source), groupNames(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + head[1] + " does not compile: " + e.getDescription(), e);
        }
    }

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** The names of the regex's named groups ("(?<investee>", not the lookbehinds "(?<=" and "(?<!"). */
    private static Set<String> groupNames(String regex) {
        Set<String> names = new java.util.HashSet<>();
        for (java.util.regex.Matcher g = NAMED_GROUP.matcher(regex); g.find(); ) {
            names.add(g.group(1));
        }
        return Set.copyOf(names);
    }

    String toRegex(String source) {
        // a placeholder always starts a token; a word needs the space before it ("cut", not "shortcut")
        StringBuilder re = new StringBuilder(expandDefines(source).startsWith("{") && !source.startsWith("{W") && !source.startsWith("{X")
                && !source.startsWith("{AUX") ? "" : "(?<= )");
        String spaced = expandDefines(source).replaceAll("(\\{[WX]\\d+-\\d+}|\\{AUX})", " $1 ");
        for (String element : elements(spaced)) {
            boolean optional = element.length() > 1 && element.endsWith("?") && !element.endsWith("\\?");
            String body = optional ? element.substring(0, element.length() - 1) : element;
            Matcher gap = GAP.matcher(body);
            if (gap.matches()) {
                // {W..} never skips a named entity (the nearest one fills the slot), nor the subject of a "that"
                // clause ("... to Flexport, and that it is laying off": "it", not Flexport); {X..} may
                String token = gap.group(1).equals("W") ? "(?:" + W_TOKEN + " )" : "(?:\\S+ )";
                re.append(token).append('{').append(gap.group(2)).append(',').append(gap.group(3)).append("}?");
                continue;
            }
            if (body.startsWith("(?!") || body.startsWith("(?=") || body.startsWith("(?<")) {
                re.append(body); // a lookahead at the next token: consumes nothing, so no separator
                continue;
            }
            if (body.equals("{AUX}")) {
                re.append(AUX);
                continue;
            }
            String r = expandMacros(withPossessivePronouns(trimAlternatives(body)));
            re.append(optional ? "(?:" + r + " )?" : r + " ");
        }
        return re.toString();
    }

    private static final Set<String> ORG_TAGS = Set.of("<org", "<unk", "<orgp");
    private static final Set<String> PER_TAGS = Set.of("<per", "<perp");
    private static final Pattern LITERAL = Pattern.compile("[a-z0-9'-]+");

    /**
     * What a view must contain for the rule to possibly match: one requirement per mandatory
     * element that is a macro, a literal word, or a group of alternatives each starting with one.
     */
    List<Set<String>> requirements(String source) {
        List<Set<String>> out = new ArrayList<>();
        String spaced = expandDefines(source).replaceAll("(\\{[WX]\\d+-\\d+}|\\{AUX})", " $1 ");
        for (String element : elements(spaced)) {
            if (element.endsWith("?") || element.startsWith("(?") || GAP.matcher(element).matches() || element.equals("{AUX}")) {
                continue;
            }
            Set<String> any = new HashSet<>();
            boolean ok;
            if (element.startsWith("(") && element.endsWith(")")) {
                // "(stake )?(of|in)" is two groups, the first optional: nothing can be required of it cheaply
                ok = oneGroup(element);
                for (String alt : ok ? splitAlternatives(element.substring(1, element.length() - 1)) : List.<String>of()) {
                    Set<String> first = requiredToken(alt.strip());
                    if (first == null) {
                        ok = false;
                        break;
                    }
                    any.addAll(first);
                }
            } else {
                Set<String> first = firstToken(element);
                ok = first != null && element.indexOf(' ') < 0;
                if (ok) {
                    any.addAll(first);
                }
            }
            if (ok && !any.isEmpty()) {
                if (any.stream().anyMatch(POSSESSIVE_PRONOUNS::contains)) {
                    any.add("<orgp"); // as the pattern: a view writes "its" as "<orgp:N> 's" (withPossessivePronouns)
                }
                out.add(Set.copyOf(any));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The tokens a match can start with, or null when that cannot be told cheaply (a gap or an
     * auxiliary first). A lookaround consumes nothing and is passed over; an optional element adds
     * its own first tokens to those of what follows it.
     */
    Set<String> startTokens(String source) {
        String spaced = expandDefines(source).replaceAll("(\\{[WX]\\d+-\\d+}|\\{AUX})", " $1 ");
        Set<String> any = new HashSet<>();
        for (String element : elements(spaced)) {
            if (element.startsWith("(?!") || element.startsWith("(?=") || element.startsWith("(?<")) {
                continue;
            }
            boolean optional = element.length() > 1 && element.endsWith("?") && !element.endsWith("\\?");
            String body = optional ? element.substring(0, element.length() - 1) : element;
            Set<String> first = elementStart(body);
            if (first == null) {
                return null;
            }
            any.addAll(first);
            if (!optional) {
                return Set.copyOf(any);
            }
        }
        return null; // every element optional: the rule may match anywhere
    }

    /** The tokens one (non-optional) element can start with, or null. */
    private static Set<String> elementStart(String element) {
        if (element.startsWith("(?") || GAP.matcher(element).matches() || element.equals("{AUX}")) {
            return null;
        }
        if (element.startsWith("{PERS") || element.startsWith("{ANYS")) {
            // a list of people may open with a title, "former" or the title's organization
            Set<String> out = new HashSet<>(Set.of("former", "ex-", "current", "then", "<title", "<org", "<unk", "<per", "<perp"));
            if (element.startsWith("{ANYS")) {
                out.add("<orgp");
            }
            return out;
        }
        if (element.startsWith("(") && element.endsWith(")")) {
            element = withoutTrailingLookarounds(element);
            if (!oneGroup(element)) {
                return null;
            }
            Set<String> any = new HashSet<>();
            for (String alt : splitAlternatives(element.substring(1, element.length() - 1))) {
                Set<String> f = firstToken(alt.strip());
                if (f == null) {
                    return null;
                }
                any.addAll(f);
            }
            return any;
        }
        return element.indexOf(' ') < 0 ? firstToken(element) : null;
    }

    /** Words too common to tell a sentence apart: "to" of "to supply" is in almost every sentence, "supply" is not. */
    private static final Set<String> COMMON = Set.of("to", "the", "a", "an", "of", "in", "on", "for", "with", "and", "or", "is", "are",
            "was", "were", "will", "would", "has", "have", "had", "be", "been", "by", "at", "as", "from", "its", "their", "his", "her",
            "it", "that", "which", "who", "agreed", "also", "not", "up", "out", "off", "into", "over");

    /**
     * A token this alternative needs: of an alternative of plain words ("to supply", "agreed to provide"), its first uncommon
     * one, since every word of it must be in the sentence; otherwise the tokens it can start with.
     */
    private static Set<String> requiredToken(String alt) {
        String[] words = alt.split(" ");
        if (words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> LITERAL.matcher(w).matches())) {
            for (String w : words) {
                if (!COMMON.contains(w)) {
                    return Set.of(w);
                }
            }
        }
        return firstToken(alt);
    }

    /** The tokens that can start this piece of pattern, or null when that cannot be told cheaply. */
    private static Set<String> firstToken(String piece) {
        String first = piece.split(" ", 2)[0];
        Matcher m = MACRO.matcher(first);
        if (m.lookingAt() && m.end() == first.length()) {
            return switch (m.group(1)) {
                case "ORG", "ORGS" -> ORG_TAGS;
                case "PERS" -> Set.of("<per", "<perp", "<unk"); // an unknown name in a list of people is one
                case "UNK" -> Set.of("<unk");
                case "PER" -> PER_TAGS;
                case "ANY", "ANYS" -> Set.of("<org", "<unk", "<orgp", "<per", "<perp");
                default -> Set.of("<" + m.group(1).toLowerCase(java.util.Locale.ROOT));
            };
        }
        if (first.endsWith("s?") && LITERAL.matcher(first.substring(0, first.length() - 2)).matches()) {
            String stem = first.substring(0, first.length() - 2);
            return Set.of(stem, stem + "s");
        }
        return LITERAL.matcher(first).matches() ? Set.of(first) : null;
    }

    /**
     * A group with lookarounds glued behind it ("{LAYOFF}(?<!before the cuts)") starts where the group starts: the
     * lookarounds consume nothing.
     */
    private static String withoutTrailingLookarounds(String element) {
        int end = closingBracket(element, 0);
        for (int at = end + 1; at < element.length(); ) {
            if (!(element.startsWith("(?<!", at) || element.startsWith("(?<=", at) || element.startsWith("(?!", at)
                    || element.startsWith("(?=", at))) {
                return element;
            }
            at = closingBracket(element, at) + 1;
        }
        return element.substring(0, end + 1);
    }

    /**
     * "(in the round |in the financing )" as written: the separator after the element is added here, so a space ending an
     * alternative would ask for two; one group's alternatives lose their trailing spaces.
     */
    static String trimAlternatives(String element) {
        List<String> alts = groupAlternatives(element);
        if (alts == null || alts.stream().noneMatch(a -> a.endsWith(" "))) {
            return element;
        }
        return "(" + String.join("|", alts.stream().map(String::stripTrailing).toList()) + ")";
    }

    /** A backer described before its name in a list of companies ("returning backer Breega", "previous backers Accel and ..."). */
    static final String DESCRIBED_BACKER = "(?:returning|existing|new|earlier|previous) (?:backers?|investors?|shareholders?) ";
    /** The possessive pronouns a view writes as the company they stand for. */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "our");
    /** What a possessive pronoun becomes in a view: "its", "their", "our" stand as "<orgp:N> 's" where they name a company. */
    private static final String PRONOUN_POSSESSIVE = "<orgp:\\d{1,3}> 's";

    /**
     * "(a|an|its)" as written: a view writes "its" as the company it stands for ("<orgp:4> 's"), so an alternative "its",
     * "their" or "our" also accepts that form.
     */
    static String withPossessivePronouns(String element) {
        if (POSSESSIVE_PRONOUNS.contains(element)) {
            return "(" + element + "|" + PRONOUN_POSSESSIVE + ")";
        }
        List<String> alts = groupAlternatives(element);
        if (alts == null || alts.stream().noneMatch(POSSESSIVE_PRONOUNS::contains)) {
            return element;
        }
        List<String> out = new ArrayList<>(alts);
        out.add(PRONOUN_POSSESSIVE);
        return "(" + String.join("|", out) + ")";
    }

    /** The alternatives of an element that is one plain bracketed group ("(a|an|its)"); null for any other element. */
    private static List<String> groupAlternatives(String element) {
        if (!element.startsWith("(") || element.startsWith("(?") || !element.endsWith(")") || !oneGroup(element)) {
            return null;
        }
        return splitAlternatives(element.substring(1, element.length() - 1));
    }

    /** True when the element is one bracketed group: its first bracket closes at its last character. */
    private static boolean oneGroup(String element) {
        return closingBracket(element, 0) == element.length() - 1;
    }

    /** Where the bracket opened at {@code open} closes (escaped brackets skipped); the text's length when it never does. */
    private static int closingBracket(String s, int open) {
        int depth = 0;
        int j = open;
        for (; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return j;
    }

    private static List<String> splitAlternatives(String inner) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        out.add(inner.substring(start));
        return out;
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

    private static final Pattern LITERAL_GROUP = Pattern.compile("\\(([a-z0-9' -]+(?:s\\?)?(?:\\|[a-z0-9' -]+(?:s\\?)?)+)\\)");

    /**
     * Long alternations of literal words ("(cut|cuts|laid off|...)") compile to a trie
     * ("(?:cut(?:s|ting)?|laid off|...)"): Java tries alternatives one by one, so a trie is much faster.
     */
    static String compressLiteralGroups(String body) {
        Matcher m = LITERAL_GROUP.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> expanded = new ArrayList<>();
            for (String alt : m.group(1).split("\\|")) {
                if (alt.endsWith("s?")) {
                    expanded.add(alt.substring(0, alt.length() - 2));
                    expanded.add(alt.substring(0, alt.length() - 1));
                } else {
                    expanded.add(alt);
                }
            }
            String[] alts = expanded.toArray(new String[0]);
            String r = alts.length >= 4 ? "(?:" + Trie.of(alts).regex() + ")" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A character trie of literal alternatives, written back as a regular expression. */
    static final class Trie {
        private final java.util.TreeMap<Character, Trie> next = new java.util.TreeMap<>();
        private boolean end;

        static Trie of(String[] words) {
            Trie root = new Trie();
            for (String w : words) {
                Trie t = root;
                for (char c : w.toCharArray()) {
                    t = t.next.computeIfAbsent(c, k -> new Trie());
                }
                t.end = true;
            }
            return root;
        }

        String regex() {
            return regex(" ");
        }

        /** The trie as a regular expression, with spaces written as {@code space} (e.g. "\\s+"). */
        String regex(String space) {
            List<String> branches = new ArrayList<>();
            for (java.util.Map.Entry<Character, Trie> e : next.entrySet()) {
                char c = e.getKey();
                String ch = c == ' ' ? space : Character.isLetterOrDigit(c) || c == '\'' ? String.valueOf(c) : "\\" + c;
                branches.add(ch + e.getValue().regex(space));
            }
            if (branches.isEmpty()) {
                return "";
            }
            String alt = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return end ? "(?:" + alt + ")?" : alt;
        }
    }

    private static final Pattern INNER_GAP = Pattern.compile("\\s*\\{([WX])(\\d+)-(\\d+)}\\s*");

    private static String expandMacros(String body) {
        // a gap inside a group ("(of {W0-4})?") takes the space before each token it skips, so the group keeps its spacing
        Matcher g = INNER_GAP.matcher(body);
        StringBuilder gaps = new StringBuilder();
        while (g.find()) {
            String token = g.group(1).equals("W") ? "(?: " + W_TOKEN + ")" : "(?: \\S+)";
            g.appendReplacement(gaps, Matcher.quoteReplacement(token + "{" + g.group(2) + "," + g.group(3) + "}?"));
        }
        g.appendTail(gaps);
        body = gaps.toString();
        String s = compressLiteralGroups(body).replaceAll("\\((?!\\?)", "(?:");
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
            if (m.group(1).equals("ORGS") || m.group(1).equals("PERS") || m.group(1).equals("ANYS")) {
                // a list item may carry a relative clause: "Microsoft , which has invested $13 billion in the startup , and Nvidia"
                // "returning backer Breega", "BNP Paribas' climate fund": a backer so described, an owner's fund or arm
                String company = "(?:" + DESCRIBED_BACKER + ")?" + ORG
                        + "(?: 's (?:[a-z-]+ ){0,2}(?:fund|arm))?";
                String item = switch (m.group(1)) {
                    case "ORGS" -> company;
                    // a person may carry a title: "figures like former president Barack Obama and Prince Harry"
                    // an unknown name in a list of people is one ("co-founded by Amara Okoye and Tom Becker")
                    case "PERS" -> "(?:(?:former |ex- |current |then )?(?:<(?:org|unk):\\d+> )?<title:\\d+> )?<(?:per|perp|unk):\\d+>";
                    default -> "(?:(?:(?:former |ex- |current |then )?(?:<(?:org|unk):\\d+> )?<title:\\d+> )?<(?:per|perp):\\d+>|" + company + ")";
                };
                // or an apposition with a title: "Rob Palumbo , co-managing partner of Accel-KKR , and Vince Carter"
                String one = item + "(?: , (?:(?:which|who) (?:[^ ,]+ ){1,14}?|(?:the |a |an )?<title:\\d+> (?:[^ ,]+ ){0,4}?),(?= and))?";
                // "A , B and C", "A , B , C and others", "A and B": a final "and others" or "among others" closes the list
                String list = one + "(?: , (?:the )?" + one + ")*(?:(?: ,)? (?:and|&|or) (?:the )?" + one + "(?: and " + one + ")?"
                        + "|(?: ,)? (?:and|among) others)?";
                // a name with "'s" after it owns what follows and ends no list: "investors including A, which took a stake,
                // and its chief executive" lists A alone
                r = (name == null ? "(?:" + list + ")" : "(?<" + name + ">" + list + ")") + "(?! 's)";
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
