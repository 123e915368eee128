package io.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's corrections to entity resolution, from a small CSV file: {@code name,entity} makes the
 * name always mean that organization (a merge forced); {@code !name,entity} keeps the two apart
 * (a merge forbidden). Lines starting with {@code #} and blank lines are skipped; a field may be
 * quoted ("Acme, Inc.").
 */
public final class Aliases {
    private final Map<String, String> forced;
    /** The entities forced names point to, by their own match key. */
    private final Map<String, String> targets = new java.util.HashMap<>();
    private final Set<String> forbidden;
    private final String fingerprint;

    private Aliases(Map<String, String> forced, Set<String> forbidden, String fingerprint) {
        this.forced = forced;
        this.forbidden = forbidden;
        this.fingerprint = fingerprint;
        forced.values().forEach(t -> targets.putIfAbsent(Names.matchKey(t), t));
    }

    /**
     * Corrections given as pairs (read elsewhere, e.g. from Turtle): each {@code forced} pair makes its
     * name mean the entity, each {@code forbidden} pair keeps the two apart; {@code source} is what
     * they were read from, for the fingerprint.
     */
    public static Aliases of(List<String[]> forced, List<String[]> forbidden, String source) {
        Map<String, String> f = new LinkedHashMap<>();
        Set<String> x = new LinkedHashSet<>();
        forced.forEach(p -> f.put(Names.matchKey(p[0]), p[1]));
        forbidden.forEach(p -> {
            x.add(pair(p[0], p[1]));
            x.add(pair(p[1], p[0]));
        });
        return new Aliases(f, x, io.newsgraph.document.Hashes.sha256(source).substring(0, 12));
    }

    /** Reads the file; a malformed line is an error naming the file and line. */
    public static Aliases read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> forced = new LinkedHashMap<>();
        Set<String> forbidden = new LinkedHashSet<>();
        int n = 0;
        for (String line : text.lines().toList()) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            boolean forbid = l.startsWith("!");
            List<String> fields = fields(forbid ? l.substring(1) : l);
            if (fields.size() != 2 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
                throw new IOException(file + ":" + n + ": expected 'name,entity' or '!name,entity', not '" + line + "'");
            }
            if (forbid) {
                forbidden.add(pair(fields.get(0), fields.get(1)));
                forbidden.add(pair(fields.get(1), fields.get(0)));
            } else {
                forced.put(Names.matchKey(fields.get(0)), fields.get(1));
            }
        }
        String fp = io.newsgraph.document.Hashes.sha256(text).substring(0, 12);
        return new Aliases(forced, forbidden, fp);
    }

    /** The forced names by match key, each to its entity's name. */
    Map<String, String> forced() {
        return forced;
    }

    /** The entity a forced name's target is, by the target's own match key ("corvel grid" to "Corvel Grid"). */
    String target(String key) {
        return targets.get(key);
    }

    /** True when the file forbids joining these two names. */
    boolean forbids(String a, String b) {
        return !forbidden.isEmpty() && forbidden.contains(pair(a, b));
    }

    /** A short hash of the file, so graphs extracted under it can be told from others. */
    public String fingerprint() {
        return fingerprint;
    }

    private static String pair(String a, String b) {
        return Names.matchKey(a) + "\u0000" + Names.matchKey(b);
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
