package io.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Scores produced facts against gold annotations in the gold format (one JSON file per article,
 * see {@code docs/gold-format.md}), the same way the project's scorer does: a produced fact matches
 * a gold fact when its entity fields match by name or alias (case and legal suffixes ignored),
 * count-keyed kinds also by count, and positions also by title; numbers must be within 2%.
 * The facts come from a {@link ProducedFacts}: the store's contract queries, or the extractor run
 * in memory, which can also say which sentence and rule each fact came from.
 */
public final class GoldEvaluation {
    static final Map<String, String[]> KINDS = new LinkedHashMap<>();
    private static final Map<String, String[]> ATTRS = new HashMap<>();
    static final Map<String, String> QUERY = new HashMap<>();
    private static final Map<String, String> NUM_KEY = new HashMap<>();
    private static final Map<String, String> TITLE_SYNONYMS = new LinkedHashMap<>();

    static {
        kind("investment", "investments", null, new String[] {"investor", "investee"}, "amount_usd", "stake_percent");
        kind("position", "positions", null, new String[] {"person", "organization"}, "title", "status");
        kind("client", "clients", null, new String[] {"client", "supplier"}, "status", "value_usd");
        kind("layoff", "layoffs", "count", new String[] {"organization"}, "percent", "worker_type");
        kind("acquisition", "acquisitions", null, new String[] {"acquirer", "target"}, "amount_usd", "status");
        kind("headcount", "headcounts", "count", new String[] {"organization"});
        String[][] syn = {{"chief executive officer", "ceo"}, {"chief executive", "ceo"}, {"chief financial officer", "cfo"},
                {"chief technology officer", "cto"}, {"chief operating officer", "coo"},
                {"chief artificial intelligence officer", "chief ai officer"}, {"chairwoman", "chairman"},
                {"chairperson", "chairman"}, {"chair", "chairman"}, {"cofounder", "co-founder"}, {"co founder", "co-founder"},
                {"spokesman", "spokesperson"}, {"spokeswoman", "spokesperson"}};
        List<String[]> sorted = new ArrayList<>(List.of(syn));
        sorted.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] s : sorted) {
            TITLE_SYNONYMS.put(s[0], s[1]);
        }
    }

    private static void kind(String kind, String query, String numKey, String[] entityFields, String... attrs) {
        KINDS.put(kind, entityFields);
        ATTRS.put(kind, attrs);
        QUERY.put(kind, query);
        if (numKey != null) {
            NUM_KEY.put(kind, numKey);
        }
    }

    /** One produced fact as a contract query row (column name to value), with where it came from when known. */
    public record Row(Map<String, String> values, String why) {
        String get(String column) {
            return values.get(column);
        }
    }

    /** Where the facts to score come from: for one fact kind, its rows grouped by source path. */
    public interface ProducedFacts {
        Map<String, List<Row>> rows(String kind, String queryName);
    }

    /** Per-kind counts, attribute accuracy and the list of misses. */
    public static final class Report {
        final Map<String, int[]> prf = new LinkedHashMap<>();
        final Map<String, int[]> attrs = new TreeMap<>();
        final List<String> misses = new ArrayList<>();
        int articles;

        /** F1 over all kinds. */
        public double overallF1() {
            int[] t = totals();
            return f1(t[0], t[1], t[2]);
        }

        /** F1 of one kind, or NaN when the kind has neither gold nor produced facts. */
        public double f1(String kind) {
            int[] c = prf.get(kind);
            return c == null || c[0] + c[1] + c[2] == 0 ? Double.NaN : f1(c[0], c[1], c[2]);
        }

        /** Number of gold facts of one kind. */
        public int goldCount(String kind) {
            int[] c = prf.get(kind);
            return c == null ? 0 : c[0] + c[2];
        }

        /** Share of scored attribute values that were right, over all kinds. */
        public double attributeAccuracy() {
            int ok = 0;
            int n = 0;
            for (int[] a : attrs.values()) {
                ok += a[0];
                n += a[1];
            }
            return n == 0 ? 1 : (double) ok / n;
        }

        /** The missed and extra facts, one entry each (with their evidence lines). */
        public List<String> misses() {
            return List.copyOf(misses);
        }

        private int[] totals() {
            int[] t = new int[3];
            for (int[] c : prf.values()) {
                t[0] += c[0];
                t[1] += c[1];
                t[2] += c[2];
            }
            return t;
        }

        private static double f1(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The report as the scorer prints it; verbose adds every missed and extra fact with its evidence. */
        public String format(boolean verbose) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d gold articles%n%-12s %5s %5s %5s  %6s %6s %6s%n", articles, "kind", "tp", "fp", "fn", "P", "R", "F1"));
            for (Map.Entry<String, int[]> e : prf.entrySet()) {
                int[] c = e.getValue();
                double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
                b.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d  %6.3f %6.3f %6.3f%n", e.getKey(), c[0], c[1], c[2], p, r, f1(c[0], c[1], c[2])));
            }
            for (Map.Entry<String, int[]> e : attrs.entrySet()) {
                int[] c = e.getValue();
                b.append(String.format(Locale.ROOT, "attr %-24s %3d/%-3d %.3f%n", e.getKey(), c[0], c[1], c[1] == 0 ? 0 : (double) c[0] / c[1]));
            }
            if (verbose) {
                misses.forEach(m -> b.append(m).append('\n'));
            }
            int[] t = totals();
            double p = t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
            double r = t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
            b.append(String.format(Locale.ROOT, "overall P %.3f R %.3f F1 %.3f%n", p, r, f1(t[0], t[1], t[2])));
            return b.toString();
        }
    }

    /** The gold files of a folder: absolute article path to its gold object, in name order. */
    public static Map<String, JsonObject> readGold(Path goldDir) {
        Map<String, JsonObject> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject g;
                try {
                    g = JSON.read(f.toString());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("cannot read gold file " + f + ": " + e.getMessage(), e);
                }
                if (!g.hasKey("article") || !g.hasKey("facts") || !g.hasKey("entities")) {
                    throw new IllegalArgumentException("gold file " + f + " lacks 'article', 'entities' or 'facts'");
                }
                String article = g.get("article").getAsString().value();
                Path articlePath = goldDir.toAbsolutePath().getParent().resolve("articles").resolve(article);
                gold.put(articlePath.normalize().toString(), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gold;
    }

    /** Scores what {@code produced} holds for the articles of {@code goldDir}. */
    public Report evaluate(Path goldDir, ProducedFacts produced) {
        Map<String, JsonObject> gold = readGold(goldDir);
        Report report = new Report();
        report.articles = gold.size();
        for (String kind : KINDS.keySet()) {
            Map<String, List<Row>> bySource = produced.rows(kind, QUERY.get(kind));
            int[] c = report.prf.computeIfAbsent(kind, k -> new int[3]);
            for (Map.Entry<String, JsonObject> g : gold.entrySet()) {
                score(kind, g.getValue(), bySource.getOrDefault(g.getKey(), List.of()), c, report, g.getKey());
            }
        }
        return report;
    }

    private void score(String kind, JsonObject g, List<Row> rows, int[] c, Report report, String path) {
        String[] fields = KINDS.get(kind);
        String numKey = NUM_KEY.get(kind);
        List<Row> uniq = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Row r : rows) {
            List<Object> key = new ArrayList<>();
            for (String f : fields) {
                key.add(normName(r.get(f)));
            }
            if (numKey != null) {
                key.add(num(r.get(numKey)));
            }
            if (kind.equals("position")) {
                key.add(normTitle(r.get("title")));
            }
            if (seen.add(key)) {
                uniq.add(r);
            }
        }
        Set<Integer> used = new HashSet<>();
        JsonObject entities = g.get("entities").getAsObject();
        String file = Path.of(path).getFileName().toString();
        for (JsonValue fv : g.get("facts").getAsArray()) {
            JsonObject gf = fv.getAsObject();
            if (!gf.get("kind").getAsString().value().equals(kind)) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < uniq.size() && best < 0; i++) {
                if (used.contains(i)) {
                    continue;
                }
                Row r = uniq.get(i);
                boolean ok = true;
                for (String f : fields) {
                    ok &= names(entities, str(gf.get(f))).contains(normName(r.get(f)));
                }
                if (ok && numKey != null && gf.get(numKey) != null && !gf.get(numKey).isNull()
                        && !Boolean.TRUE.equals(numMatch(gf.get(numKey), r.get(numKey)))) {
                    ok = false;
                }
                if (ok && kind.equals("position") && !titleMatch(str(gf.get("title")), r.get("title"))) {
                    ok = false;
                }
                if (ok) {
                    best = i;
                }
            }
            if (best < 0) {
                c[2]++;
                report.misses.add("MISS  " + file + " " + kind + " " + describe(gf, entities) + sentencesNaming(path, gf, fields, entities));
                continue;
            }
            used.add(best);
            c[0]++;
            Row r = uniq.get(best);
            for (String attr : ATTRS.get(kind)) {
                JsonValue gv = gf.get(attr);
                if (gv == null || gv.isNull()) {
                    continue;
                }
                int[] a = report.attrs.computeIfAbsent(kind + "." + attr, k -> new int[2]);
                a[1]++;
                boolean ok = gv.isNumber() ? Boolean.TRUE.equals(numMatch(gv, r.get(attr)))
                        : attr.equals("title") ? titleMatch(str(gv), r.get(attr)) : normTitle(str(gv)).equals(normTitle(r.get(attr)));
                a[0] += ok ? 1 : 0;
                if (!ok) {
                    report.misses.add("WRONG " + file + " " + kind + "." + attr + " gold " + str(gv) + ", got "
                            + (r.get(attr) == null || r.get(attr).isEmpty() ? "(none)" : r.get(attr)) + " in " + describe(r)
                            + (r.why() == null ? "" : "\n      " + r.why()));
                }
            }
        }
        for (int i = 0; i < uniq.size(); i++) {
            if (!used.contains(i)) {
                c[1]++;
                Row r = uniq.get(i);
                report.misses.add("EXTRA " + file + " " + kind + " " + describe(r) + (r.why() == null ? "" : "\n      " + r.why()));
            }
        }
    }

    private static String describe(Row r) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : new TreeMap<>(r.values()).entrySet()) {
            if (e.getKey().equals("source") || e.getValue() == null || e.getValue().isEmpty()) {
                continue;
            }
            b.append(b.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(e.getValue());
        }
        return b.append('}').toString();
    }

    /** A gold fact with its entity keys replaced by the entities' names. */
    private static String describe(JsonObject gf, JsonObject entities) {
        StringBuilder b = new StringBuilder("{");
        for (String k : gf.keys()) {
            JsonValue v = gf.get(k);
            if (k.equals("kind") || v == null || v.isNull()) {
                continue;
            }
            String s = str(v);
            if (v.isString() && entities.hasKey(s)) {
                s = str(entities.get(s).getAsObject().get("name"));
            }
            b.append(b.length() > 1 ? ", " : "").append(k).append('=').append(s);
        }
        return b.append('}').toString();
    }

    /** For a missed fact: the article's sentences that name its entities (all of them where some do), to show what was not read. */
    private static String sentencesNaming(String articlePath, JsonObject gf, String[] fields, JsonObject entities) {
        List<String> lines;
        try {
            lines = List.of(Files.readString(Path.of(articlePath), StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\n+"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
        List<String> all = new ArrayList<>();
        List<String> some = new ArrayList<>();
        for (String line : lines) {
            int named = 0;
            for (String f : fields) {
                if (mentions(line, entities, str(gf.get(f)))) {
                    named++;
                }
            }
            if (named == fields.length) {
                all.add(line.strip());
            } else if (named > 0) {
                some.add(line.strip());
            }
        }
        List<String> show = all.isEmpty() ? some : all;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(3, show.size()); i++) {
            String s = show.get(i);
            b.append("\n      ? \"").append(s.length() > 300 ? s.substring(0, 300) + "..." : s).append('"');
        }
        return b.toString();
    }

    private static boolean mentions(String line, JsonObject entities, String key) {
        if (key == null || !entities.hasKey(key)) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        JsonObject e = entities.get(key).getAsObject();
        List<String> forms = new ArrayList<>();
        forms.add(str(e.get("name")));
        JsonValue aliases = e.get("aliases");
        if (aliases != null && aliases.isArray()) {
            for (JsonValue v : aliases.getAsArray()) {
                forms.add(str(v));
            }
        }
        for (String f : forms) {
            if (f != null && !f.isBlank() && lower.contains(f.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(JsonObject entities, String key) {
        Set<String> out = new HashSet<>();
        if (key == null || !entities.hasKey(key)) {
            return out;
        }
        JsonObject e = entities.get(key).getAsObject();
        out.add(normName(str(e.get("name"))));
        JsonValue aliases = e.get("aliases");
        if (aliases != null && aliases.isArray()) {
            JsonArray a = aliases.getAsArray();
            for (JsonValue v : a) {
                out.add(normName(str(v)));
            }
        }
        return out;
    }

    private static String str(JsonValue v) {
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    static String normName(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        t = t.replaceAll("\\.com\\b", "").replaceAll("^the\\s+", "").replaceAll("'s$", "");
        t = t.replaceAll("[^\\w&+ ]", " ");
        t = t.replaceAll("\\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|se|nv|platforms|holdings)\\b", " ");
        return t.replaceAll("\\s+", " ").strip();
    }

    static String normTitle(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\w\\- ]", " ").replaceAll("\\s+", " ").strip();
        for (Map.Entry<String, String> e : TITLE_SYNONYMS.entrySet()) {
            t = t.replaceAll("\\b" + java.util.regex.Pattern.quote(e.getKey()) + "\\b", e.getValue());
        }
        return t;
    }

    static boolean titleMatch(String gold, String got) {
        String g = normTitle(gold);
        String p = normTitle(got);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        if (g.equals(p)) {
            return true;
        }
        Set<String> gw = new HashSet<>(List.of(g.replace("-", " ").split(" ")));
        Set<String> pw = new HashSet<>(List.of(p.replace("-", " ").split(" ")));
        return pw.containsAll(gw) || g.equals("founder") && pw.contains("founder");
    }

    private static Double num(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.replaceAll("\\^\\^.*$", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Null when gold has no number (not scored). */
    private static Boolean numMatch(JsonValue gold, String got) {
        if (gold == null || gold.isNull() || !gold.isNumber()) {
            return null;
        }
        double g = gold.getAsNumber().value().doubleValue();
        Double p = num(got);
        if (p == null) {
            return false;
        }
        return Math.abs(g - p) <= 0.02 * Math.max(Math.abs(g), 1e-9);
    }
}
