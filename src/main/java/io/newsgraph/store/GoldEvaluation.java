package io.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Scores the store against gold annotations in the gold format (one JSON file per article), the
 * same way the project's scorer does: a produced fact matches a gold fact when its entity fields
 * match by name or alias (case and legal suffixes ignored), count-keyed kinds also by count, and
 * positions also by title; numbers must be within 2%.
 */
public final class GoldEvaluation {
    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();
    private static final Map<String, String[]> ATTRS = new HashMap<>();
    private static final Map<String, String> QUERY = new HashMap<>();
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

    private final ArticleStore store;

    public GoldEvaluation(ArticleStore store) {
        this.store = store;
    }

    /** Per-kind counts, attribute accuracy and the list of misses. */
    public static final class Report {
        final Map<String, int[]> prf = new LinkedHashMap<>();
        final Map<String, int[]> attrs = new TreeMap<>();
        final List<String> misses = new ArrayList<>();
        int articles;

        /** F1 over all kinds. */
        public double overallF1() {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int[] c : prf.values()) {
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return f1(tp, fp, fn);
        }

        private static double f1(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The report as the scorer prints it. */
        public String format(boolean verbose) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d gold articles%n%-12s %5s %5s %5s  %6s %6s %6s%n", articles, "kind", "tp", "fp", "fn", "P", "R", "F1"));
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Map.Entry<String, int[]> e : prf.entrySet()) {
                int[] c = e.getValue();
                double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
                b.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d  %6.3f %6.3f %6.3f%n", e.getKey(), c[0], c[1], c[2], p, r, f1(c[0], c[1], c[2])));
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            for (Map.Entry<String, int[]> e : attrs.entrySet()) {
                int[] c = e.getValue();
                b.append(String.format(Locale.ROOT, "attr %-24s %3d/%-3d %.3f%n", e.getKey(), c[0], c[1], c[1] == 0 ? 0 : (double) c[0] / c[1]));
            }
            if (verbose) {
                misses.forEach(m -> b.append(m).append('\n'));
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            b.append(String.format(Locale.ROOT, "overall P %.3f R %.3f F1 %.3f%n", p, r, f1(tp, fp, fn)));
            return b.toString();
        }
    }

    public Report evaluate(Path goldDir) {
        Map<String, JsonObject> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject g = JSON.read(f.toString());
                String article = g.get("article").getAsString().value();
                Path articlePath = goldDir.getParent() == null ? Path.of(article) : goldDir.getParent().resolve("articles").resolve(article);
                gold.put(articlePath.toAbsolutePath().normalize().toString(), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read gold files in " + goldDir + ": " + e.getMessage(), e);
        }
        Report report = new Report();
        report.articles = gold.size();
        for (String kind : KINDS.keySet()) {
            Map<String, List<Map<String, String>>> bySource = rows(QUERY.get(kind));
            int[] c = report.prf.computeIfAbsent(kind, k -> new int[3]);
            for (Map.Entry<String, JsonObject> g : gold.entrySet()) {
                score(kind, g.getValue(), bySource.getOrDefault(g.getKey(), List.of()), c, report, g.getKey());
            }
        }
        return report;
    }

    private void score(String kind, JsonObject g, List<Map<String, String>> rows, int[] c, Report report, String path) {
        String[] fields = KINDS.get(kind);
        String numKey = NUM_KEY.get(kind);
        List<Map<String, String>> uniq = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Map<String, String> r : rows) {
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
                Map<String, String> r = uniq.get(i);
                boolean ok = true;
                for (String f : fields) {
                    ok &= names(entities, str(gf.get(f))).contains(normName(r.get(f)));
                }
                if (ok && numKey != null && !Boolean.TRUE.equals(numMatch(gf.get(numKey), r.get(numKey)))) {
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
                report.misses.add("MISS  " + Path.of(path).getFileName() + " " + kind + " " + gf);
                continue;
            }
            used.add(best);
            c[0]++;
            Map<String, String> r = uniq.get(best);
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
            }
        }
        for (int i = 0; i < uniq.size(); i++) {
            if (!used.contains(i)) {
                c[1]++;
                report.misses.add("EXTRA " + Path.of(path).getFileName() + " " + kind + " " + uniq.get(i));
            }
        }
    }

    private Map<String, List<Map<String, String>>> rows(String queryName) {
        String text;
        try {
            text = NamedQueries.load(queryName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store.query(QueryFactory.create(text), Map.of(), 0, qe -> {
            Map<String, List<Map<String, String>>> out = new HashMap<>();
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new HashMap<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                String src = row.getOrDefault("source", "");
                src = src.startsWith("file://") ? src.substring(7) : src;
                out.computeIfAbsent(src, k -> new ArrayList<>()).add(row);
            }
            return out;
        });
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
