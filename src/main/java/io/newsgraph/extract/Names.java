package io.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of entity names for matching and for the stable keys that entity IRIs are built from. */
public final class Names {
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?:\\s+|,\\s*)(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|l\\.l\\.c|llp|plc|gmbh|ag|sa|s\\.a|se|nv|n\\.v|bv|spa|kk|asa|ab|oyj|oy|a/s|pty|pte|srl|sarl|sas|kgaa|bhd|pbc)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:mr|mrs|ms|dr|prof|sir|dame)\\.?\\s+", Pattern.CASE_INSENSITIVE);

    private Names() {
    }

    /**
     * A name without a trailing legal suffix ("Acme Robotics Inc." to "Acme Robotics") or honorific (one with a full stop before a
     * single word is a brand's: "Dr. Squatch"). An "'s" stays: names are
     * found without a possessive's, so one that is left belongs to the name ("McDonald's", "Dick's").
     */
    public static String clean(String name) {
        String s = name.strip().replace('\u2019', '\'');
        String bare = HONORIFIC.matcher(s).replaceFirst("");
        s = bare.indexOf(' ') < 0 && !bare.equals(s) && s.contains(".") ? s : bare; // "Dr. Squatch", a brand, keeps it
        String before;
        do {
            before = s;
            String stripped = LEGAL_SUFFIX.matcher(s).replaceFirst("").strip();
            if (stripped.endsWith("&") || stripped.endsWith(" and")) {
                break; // "Cask & Co", "JPMorgan Chase & Co.": the "Co" belongs to the name
            }
            s = stripped;
        } while (!s.equals(before) && !s.isEmpty());
        return s.isEmpty() ? name.strip() : s;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The form names are compared in: NFKC, lower case, "&" as "and", ".com" and legal suffixes dropped. */
    public static String matchKey(String name) {
        String cached = KEYS.get(name);
        if (cached != null) {
            return cached;
        }
        if (KEYS.size() > 200_000) {
            KEYS.clear(); // names are memoised for speed; a long run over many articles must not grow without bound
        }
        String key = computeMatchKey(name);
        KEYS.put(name, key);
        return key;
    }

    private static String computeMatchKey(String name) {
        String s = Normalizer.normalize(clean(name), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = DOTTED_INITIALS.matcher(s).replaceAll(r -> r.group().replace(".", "")); // "U.S. Army" is "US Army"
        s = Rx.replaceAll(s.replace("&", " and "), "\\.com\\b", "");
        s = Rx.replaceAll(s, "^the\\s+", "");
        // "United States Steel" and "U.S. Steel", "United Kingdom Atomic Energy Authority" and "UK Atomic ...": one name
        s = Rx.replaceAll(Rx.replaceAll(s, "\\bunited states\\b", "us"), "\\bunited kingdom\\b", "uk");
        s = Rx.replaceAll(s, "[^\\p{L}\\p{N}]+", " ").strip();
        return s;
    }

    /** An IRI-safe slug of the name: lower-case ASCII letters, digits and hyphens. */
    public static String slug(String name) {
        String s = Rx.replaceAll(Normalizer.normalize(matchKey(name), Normalizer.Form.NFKD), "\\p{M}+", "");
        s = Rx.replaceAll(Rx.replaceAll(s, "[^a-z0-9]+", "-"), "^-+|-+$", "");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }
}
