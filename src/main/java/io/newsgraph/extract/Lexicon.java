package io.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists extraction relies on, loaded once from resource files (one entry a line, "#"
 * comments): known organizations, organization suffixes, given names, non-entity words, job
 * titles and organization descriptors.
 */
public final class Lexicon {
    /** Lower-case words that join the words of a name ("Bank of America") without making it one the lexicon must list as written. */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "the", "for", "de", "du", "des", "la", "le", "van", "von", "der",
            "den", "del", "da", "di", "do", "dos", "das", "y", "e", "et", "und", "on", "in", "at", "by");
    private static final Lexicon DEFAULT = load();

    private final Map<String, String> orgCanonical;
    private final List<String> lowerWordNames;
    private final Set<String> orgSuffixes;
    private final Set<String> givenNames;
    private final Set<String> nonEntities;
    private final Map<String, String> titles;
    private final Set<String> descriptors;
    private final Set<String> nameDescriptors;
    private final Set<String> places;
    /** A user's alias file, or null. */
    private final Aliases aliases;

    private Lexicon(Map<String, String> orgCanonical, List<String> lowerWordNames, Set<String> orgSuffixes, Set<String> givenNames, Set<String> nonEntities,
                    Map<String, String> titles, Set<String> descriptors, Set<String> nameDescriptors, Set<String> places, Aliases aliases) {
        this.aliases = aliases;
        this.places = places;
        this.orgCanonical = orgCanonical;
        this.lowerWordNames = lowerWordNames;
        this.orgSuffixes = orgSuffixes;
        this.givenNames = givenNames;
        this.nonEntities = nonEntities;
        this.titles = titles;
        this.descriptors = descriptors;
        this.nameDescriptors = nameDescriptors;
    }

    /** The lexicon bundled with newsgraph. */
    public static Lexicon standard() {
        return DEFAULT;
    }

    /**
     * Words a company's full name adds to the name the press uses, naming no other entity:
     * "Cisco Systems" is Cisco, "Juniper Networks Inc." is Juniper where Juniper is listed.
     */
    private static final Set<String> CORPORATE_TAIL = Set.of("systems", "networks", "technologies", "technology", "holdings",
            "holding", "group", "industries", "platforms", "software", "motor", "motors", "communications", "enterprises",
            "international", "worldwide", "global", "labs", "brands", "pharmaceuticals", "corporation", "company", "incorporated",
            "automotive", "electronics", "semiconductor", "semiconductors", "robotics", "therapeutics", "biosciences", "airlines");

    /** True when every word of {@code words} (lower case, spaced) only makes a company's name formal: "motor", "holdings group". */
    public boolean onlyMakesFormal(String words) {
        for (String w : words.split(" ")) {
            if (!CORPORATE_TAIL.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** True when the name itself is listed, not reached by stripping words that make it formal ("OpenAI", not "OpenAI Group PBC"). */
    public boolean listsAsWritten(String name) {
        return listedOrganization(Names.matchKey(name)) != null;
    }

    /** Canonical name of a well-known organization, by any of its names; null when not listed. */
    public String canonicalOrganization(String name) {
        String key = Names.matchKey(name);
        String listed = listedOrganization(key);
        if (listed == null && key.endsWith(" government")) {
            // a country's government (MentionFinder only names it so after a country or nationality)
            String nation = name.strip().substring(0, name.strip().length() - "government".length()).strip();
            return namesUnitedStates(nation) ? "U.S. government" : nation + " government";
        }
        if (listed == null) {
            // "Cisco Systems", "Merck & Co.": a listed name followed by words that only make it formal
            String k = key.endsWith(" and co") ? key.substring(0, key.length() - " and co".length()) : key;
            listed = k.equals(key) ? null : listedOrganization(k);
            if (listed != null) {
                return aliases != null && aliases.forbids(name, listed) ? null : listed;
            }
            int end = listedBeforeTail(k);
            if (end > 0) {
                listed = listedOrganization(k.substring(0, end));
                return aliases != null && aliases.forbids(name, listed) ? null : listed;
            }
        }
        return listed;
    }

    /**
     * Where the listed name ends in a match key that goes on with words that only make it formal ("toyota motor": 6), after
     * stripping them from the end one at a time; -1 when no listed name is reached that way.
     */
    private int listedBeforeTail(String key) {
        int end = key.length();
        for (int sp = key.lastIndexOf(' '); sp > 0 && CORPORATE_TAIL.contains(key.substring(sp + 1, end)); end = sp, sp = key.lastIndexOf(' ', sp - 1)) {
            if (listedOrganization(key.substring(0, sp)) != null) {
                return sp;
            }
        }
        return -1;
    }

    /**
     * The words that make a listed name formal, as {@link #canonicalOrganization} strips them ("motor" of "Toyota Motor", "group"
     * of "VW Group", "holdings group" of "SoftBank Holdings Group"); null when the name is listed as written or not through such
     * words.
     */
    public String corporateTail(String name) {
        String key = Names.matchKey(name);
        int end = listedOrganization(key) != null ? -1 : listedBeforeTail(key);
        return end > 0 ? key.substring(end + 1) : null;
    }

    /** The United States' names, which the places list leaves out (a bare "US" is too often a word or part of a name). */
    private static final Set<String> UNITED_STATES = Set.of("us", "u s", "united states", "usa", "american");

    /** True for "U.S.", "US", "USA", "United States", "American". */
    static boolean namesUnitedStates(String name) {
        return UNITED_STATES.contains(Names.matchKey(name));
    }

    private String listedOrganization(String key) {
        if (aliases != null) {
            String forced = aliases.forced().get(key);
            if (forced != null) {
                return forced;
            }
            String listed = orgCanonical.get(key);
            if (listed == null) {
                return aliases.target(key); // the entity a forced name points to is listed by its own name too
            }
            return aliases.forbids(key, listed) ? null : listed;
        }
        return orgCanonical.get(key);
    }

    /** This lexicon with a user's alias file over it: forced names listed, forbidden pairs kept apart. */
    Lexicon withAliases(Aliases a) {
        return new Lexicon(orgCanonical, lowerWordNames, orgSuffixes, givenNames, nonEntities, titles, descriptors, nameDescriptors, places, a);
    }

    /** True when a user's alias file forbids joining these names. */
    boolean forbids(String a, String b) {
        return aliases != null && aliases.forbids(a, b);
    }

    /** True when a user's alias file forces this name onto an entity. */
    boolean forced(String name) {
        return aliases != null && aliases.forced().containsKey(Names.matchKey(name));
    }

    /** True for words that end organization names: "Inc", "Labs", "Bank", "AI". */
    public boolean isOrganizationSuffix(String word) {
        return orgSuffixes.contains(word) || orgSuffixes.contains(word.replace(".", ""));
    }

    /** True for suffixes written with a full stop that belongs to the name: "Inc.", "Corp.", "Ltd.". */
    public boolean isAbbreviatedSuffix(String wordWithStop) {
        return wordWithStop.endsWith(".") && orgSuffixes.contains(wordWithStop);
    }

    /** True for common given names ("Jason", "Priya"), case-insensitive. */
    public boolean isGivenName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (givenNames.contains(w)) {
            return true;
        }
        // "François-Henri", "Jean-Pierre", "Mary-Kate": a compound given name whose parts are given names
        int dash = w.indexOf('-');
        return dash > 0 && givenNames.contains(w.substring(0, dash)) && givenNames.contains(w.substring(dash + 1));
    }

    /** True for capitalised words and phrases that name no organization or person. */
    public boolean isNonEntity(String phrase) {
        return nonEntities.contains(phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** True for a country, region, state or large city named exactly ("Sunnyvale", "UAE", "Saudi Arabia"). */
    public boolean isPlace(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (places.contains(key)) {
            return true;
        }
        // "Mexican-American", "Sino-US", "Franco-German": places joined by hyphens are one
        int dash = key.indexOf('-');
        if (dash <= 0 || key.endsWith("-") || key.contains(" ")) {
            return false;
        }
        for (String part : key.split("-")) {
            if (!places.contains(part) && !COMBINING_PLACES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** The combining forms of nationalities: "Sino-", "Anglo-", "Franco-". */
    private static final Set<String> COMBINING_PLACES = Set.of("sino", "anglo", "franco", "euro", "indo", "afro", "austro", "russo",
            "italo", "greco", "hispano", "luso", "dutch", "swiss", "nippo", "judeo", "german");

    /** Job titles, surface form (lower case) to normalised title, longest surface first. */
    public Map<String, String> titles() {
        return titles;
    }

    /** Nouns that stand for an organization: "company", "startup", "firm". */
    public Set<String> descriptors() {
        return descriptors;
    }

    /**
     * True for a noun that describes the name right after it ("publisher" in "games publisher
     * Activision", "chipmakers"), or a compound ending in one ("ChatGPT-maker", "e-commerce giant").
     */
    public boolean isNameDescriptor(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (nameDescriptors.contains(w) || w.endsWith("s") && nameDescriptors.contains(w.substring(0, w.length() - 1))) {
            return true;
        }
        int hyphen = w.lastIndexOf('-');
        return hyphen > 0 && hyphen < w.length() - 1 && nameDescriptors.contains(w.substring(hyphen + 1));
    }

    /** Listed names with a lower-case word inside, as written, longest first ("Seven & i Holdings"): no run of capitals finds them. */
    private static List<String> lowerWordNames(List<String> organizationLines) {
        List<String> out = new ArrayList<>();
        for (String line : organizationLines) {
            for (String n : line.split("\\|")) {
                String[] w = n.strip().split(" ");
                for (int i = 1; i < w.length; i++) {
                    if (!w[i].isEmpty() && Character.isLowerCase(w[i].charAt(0)) && !NAME_JOINERS.contains(w[i])) {
                        out.add(n.strip());
                        break;
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(out);
    }

    /** Listed names with a lower-case word that is no joiner inside, as written, longest first ("Seven & i Holdings", "Seven & i"). */
    public List<String> namesWithLowerCaseWords() {
        return lowerWordNames;
    }

    private static Lexicon load() {
        Map<String, String> orgs = new HashMap<>();
        List<String> organizationLines = lines("organizations.txt");
        for (String line : organizationLines) {
            String[] names = line.split("\\|");
            String canonical = names[0].strip();
            for (String n : names) {
                orgs.putIfAbsent(Names.matchKey(n.strip()), canonical);
            }
        }
        Set<String> suffixes = new HashSet<>(lines("org-suffixes.txt"));
        Set<String> given = new HashSet<>();
        for (String line : lines("given-names.txt")) {
            given.addAll(Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        Set<String> non = new HashSet<>();
        for (String line : lines("non-entities.txt")) {
            non.add(line.toLowerCase(Locale.ROOT));
        }
        List<String[]> titleLines = new ArrayList<>();
        for (String line : lines("titles.txt")) {
            String[] kv = line.split("=", 2);
            titleLines.add(new String[] {kv[0].strip().toLowerCase(Locale.ROOT), (kv.length > 1 ? kv[1] : kv[0]).strip()});
        }
        titleLines.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        Map<String, String> titles = new LinkedHashMap<>();
        for (String[] kv : titleLines) {
            titles.put(kv[0], kv[1]);
        }
        Set<String> descriptors = new HashSet<>(lines("descriptors.txt"));
        Set<String> nameDescriptors = new HashSet<>(lines("name-descriptors.txt"));
        Set<String> places = new HashSet<>();
        for (String line : lines("places.txt")) {
            places.add(line.toLowerCase(Locale.ROOT));
        }
        return new Lexicon(Collections.unmodifiableMap(orgs), lowerWordNames(organizationLines), Collections.unmodifiableSet(suffixes),
                Collections.unmodifiableSet(given), Collections.unmodifiableSet(non),
                Collections.unmodifiableMap(titles), Collections.unmodifiableSet(descriptors),
                Collections.unmodifiableSet(nameDescriptors), Collections.unmodifiableSet(places), null);
    }

    static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
