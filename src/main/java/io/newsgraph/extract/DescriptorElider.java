package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes out of a sentence view the words that only describe a name, so the relation rules see
 * the name where the sentence's grammar puts it: a descriptor phrase right before a name
 * ("completed its acquisition of games publisher Activision" reads "acquisition of Activision";
 * "Facebook parent Meta", "its grocery rival Albertsons", "privately held Figma"), an appositive
 * descriptor before a name ("led by the company's long-time partner, Uber"), and an appositive
 * description after an organization ("Meta, the parent company of Facebook, cut 11,000 jobs").
 *
 * <p>A word that any relation rule needs (a verb such as "acquire" or "cut", a preposition) ends
 * the phrase, so a descriptor never swallows what the rules read.
 */
final class DescriptorElider {
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their",
            "his", "her", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "than",
            "into", "after", "before", "while", "when", "about", "over", "under", "like", "such", "including", "also", "not", "no",
            "other", "both", "all", "some", "any", "each", "more", "most", "one", "two", "it's");
    /** Nouns of the relations themselves: an apposition holding one says something the rules read. */
    private static final Set<String> RELATION_NOUNS = Set.of("customer", "customers", "client", "clients", "partner", "partners",
            "investor", "investors", "backer", "backers", "supplier", "suppliers", "vendor", "vendors", "shareholder", "shareholders",
            "owner", "owners", "stake", "founder", "co-founder", "employees", "workers", "staff");
    private static final int MAX_MODIFIERS = 5;
    /** Adjectives the rules read elsewhere that still only describe a name here: "former players X". */
    private static final Set<String> ADJECTIVES = Set.of("former", "longtime", "long-time", "current", "new", "top", "senior",
            "early", "existing", "major", "smaller", "larger", "bigger", "big", "biggest", "largest", "key", "software", "chip", "games",
            "game", "data", "cloud", "ai", "payments", "media", "energy", "tech", "technology", "streaming", "music", "video",
            "power", "capital", "equity", "private", "state-owned", "services", "wind", "solar", "grid", "oil", "gas", "steel", "auto", "ad", "travel", "fashion",
            // "contract drug manufacturer", "venture firm", "sporting goods chain": kinds of firm, though rules read the words
            "contract", "venture", "goods", "products", "shipping", "clothing", "apparel", "merchandise", "inventory",
            // "payroll software maker", "workforce management company", "jobs site": fields of work the layoff rules read
            "payroll", "workforce", "staffing", "recruiting", "hiring", "jobs", "employment",
            // "holding group Embracer", "investment firm KKR": kinds of owner the stake and round rules read
            "holding", "investment",
            // "satellite imaging company Planet Labs", "internet provider X": fields the client rules read
            "satellite", "internet", "broadband",
            // "buyout firm Harrow Capital": a kind of investor the deal rules read
            "buyout");
    private static final Set<String> STAKE_PREPOSITIONS = Set.of("in", "into", "of", "from", "to");
    private static final java.util.regex.Pattern NOUN_ENDING = java.util.regex.Pattern.compile("(?:ment|ments|tion|tions|ity|ship|ery|eries)$"); // "food delivery company", "grocery chain"
    private static final Set<String> PARTICIPLES = Set.of("held", "traded", "listed", "owned", "backed", "funded", "controlled");
    private static final java.util.regex.Pattern ADJECTIVAL_COMPOUND = java.util.regex.Pattern.compile(
            "(?!co-)[\\p{L}\\d.&]{2,}-(?:owned|backed|based|headquartered|listed|controlled|funded|focused|led)");
    private static final int MAX_APPOSITION = 12;
    private static final java.util.regex.Pattern PLACE_OF_STATE = java.util.regex.Pattern.compile("[a-z.]+(?:-[a-z.]+)?-(?:based|headquartered)");
    /** Verbs of saying: a parenthesis holding one attributes the sentence, it does not describe the name before it. */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "announced");
    /** Verbs of owning: "Harrow Trust, the holding company that controls Selden Brewing," states a stake, not a description. */
    private static final Set<String> OWNING = Set.of("controls", "owns", "controlled", "owned");
    /** A dotted abbreviation without its last full stop: "u.s", "u.k", "e.u". */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("\\p{L}(?:\\.\\p{L})+");

    private static final Set<String> BRAND_NOUNS = Set.of("parent", "owner", "maker");
    /** The nouns of a holding in a company: "its largest shareholder, X," is kept for the rules. */
    private static final Set<String> HOLDER_NOUNS = Set.of("shareholder", "shareholders", "owner", "owners", "investor", "investors",
            "backer", "backers", "parent");
    /** The nouns of trade between companies: "its biggest customer, Nordbahn," is kept for the rules. */
    private static final Set<String> TRADE_NOUNS = Set.of("customer", "customers", "client", "clients", "supplier", "suppliers",
            "vendor", "vendors");
    /** "Ultium Cells, its battery venture with LG Energy Solution,": an apposition naming a venture tells who owns it. */
    private static final Set<String> VENTURES = Set.of("venture", "ventures", "jv");
    private static final Set<String> OWNERSHIP = Set.of("parent", "owner", "parent company", "majority owner");
    /** Nouns for what a company makes, after a noun for the product: "pump maker", "chip designer". */
    private static final Set<String> MADE_BY = Set.of("maker", "makers", "manufacturer", "manufacturers", "producer", "producers", "designer", "builder");
    private static final Set<String> KIN = Set.of("sister", "brother", "wife", "husband", "son", "daughter", "father", "mother",
            "cousin", "nephew", "niece", "partner", "spouse", "twin", "uncle", "aunt");

    private final Lexicon lexicon;
    private final Set<String> ruleWords;

    /** {@code ruleWords}: the literal words of the relation rules, which a descriptor phrase never takes. */
    DescriptorElider(Lexicon lexicon, Set<String> ruleWords) {
        this.lexicon = lexicon;
        this.ruleWords = ruleWords;
    }

    /** Plural nouns that a name before them classifies: "Major League Baseball teams", "Google products". */
    private static final Set<String> CLASSIFIED = Set.of("teams", "franchises", "clubs", "companies", "firms", "startups",
            "brands", "labels", "studios", "chains", "outlets");

    /** The tokens with descriptor phrases removed; slots keep their numbers. */
    List<String> apply(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (isOrgName(t) && i + 1 < tokens.size() && CLASSIFIED.contains(tokens.get(i + 1)) && i > 0
                    && STAKE_PREPOSITIONS.contains(tokens.get(i - 1))) {
                continue; // "stakes in Major League Baseball teams, including the Dodgers": the teams are the objects
            }
            // "by Dario Amodei, his sister Daniela Amodei and ...": a kinship before a name only describes it
            if (i > 0 && tokens.get(i - 1).equals(",")) {
                int kin = (t.startsWith("<perp:") || t.startsWith("<per:")) && i + 1 < tokens.size() && tokens.get(i + 1).equals("'s") ? i + 2
                        : t.equals("his") || t.equals("her") || t.equals("their") ? i + 1 : -1;
                if (kin > 0 && kin + 1 < tokens.size() && KIN.contains(tokens.get(kin)) && tokens.get(kin + 1).startsWith("<per:")) {
                    i = kin;
                    continue;
                }
            }
            if (isName(t)) {
                dropDescriptorBefore(out);
                out.add(t);
                if (t.startsWith("<per:")) {
                    i += postNominalAfter(tokens, i);
                }
                int skip = appositionAfter(tokens, i);
                i += skip;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Degrees and honours after a person's name: "Helen Park, Ph.D., professor of ..." reads "Helen Park, professor of ...". */
    private static final Set<String> POST_NOMINALS = Set.of("ph.d", "phd", "m.d", "md", "mba", "jr", "sr", "cpa", "cfa", "esq",
            "obe", "cbe", "mbe", "kbe", "d.phil", "dphil", "m.sc", "msc", "j.d", "jd", "ll.m", "rn", "dds", "pharmd", "pharm.d");

    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "who", "whose", "former", "currently", "now");

    /** How many tokens after the person at {@code i} are post-nominal letters (", Ph.D." and the like) or an age (", 51,"), to be dropped. */
    private static int postNominalAfter(List<String> tokens, int i) {
        int k = i + 1;
        // an age: "Sara Okafor, 51, currently runs ..." reads "Sara Okafor currently runs ..."
        if (k + 2 < tokens.size() && tokens.get(k).equals(",") && tokens.get(k + 1).startsWith("<num:") && tokens.get(k + 2).equals(",")) {
            // "Ellison, 42, the son of ..., becomes": the apposition after the age keeps its comma
            return k + 3 < tokens.size() && APPOSITION_OPENERS.contains(tokens.get(k + 3)) ? 2 : 3;
        }
        while (k + 1 < tokens.size() && tokens.get(k).equals(",") && POST_NOMINALS.contains(tokens.get(k + 1))) {
            k += 2;
            if (k < tokens.size() && tokens.get(k).equals(".") && k + 1 < tokens.size() && !tokens.get(k + 1).startsWith("<")
                    && !Character.isUpperCase(tokens.get(k + 1).charAt(0))) {
                k++; // the abbreviation's own full stop
            }
        }
        return k - (i + 1);
    }

    private static boolean isName(String t) {
        return t.startsWith("<org:") || t.startsWith("<unk:") || t.startsWith("<per:");
    }

    private static boolean isOrgName(String t) {
        return t.startsWith("<org:") || t.startsWith("<unk:");
    }

    private boolean isDescriptor(String t) {
        return !t.startsWith("<") && lexicon.isNameDescriptor(t) && !RELATION_NOUNS.contains(t);
    }

    private boolean isModifier(String t) {
        if (t.startsWith("<") || FUNCTION_WORDS.contains(t) || !Character.isLetter(t.charAt(0))) {
            return false;
        }
        // a noun the rules also read is still a modifier here ("investment firm", "acquisition vehicle"); a verb is not
        // ("previously co-founded analytics company Sisense": a hyphened verb of the rules, "co-founded", "co-led", ends the phrase)
        return !ruleWords.contains(t) || lexicon.isNameDescriptor(t) || NOUN_ENDING.matcher(t).find()
                || t.indexOf('-') > 0 && !t.startsWith("co-") || ADJECTIVES.contains(t);
    }

    /**
     * Removes from the end of {@code out} a descriptor noun and its modifiers ("games publisher",
     * "Facebook parent", "its grocery rival", "the company 's long-time partner ,").
     */
    private void dropDescriptorBefore(List<String> out) {
        int end = out.size();
        // "the Pinault family's Artemis holding": a family named before its company only describes it
        if (end >= 3 && out.get(end - 1).equals("'s") && out.get(end - 2).equals("family") && isName(out.get(end - 3))) {
            out.subList(end - 3, end).clear();
            return;
        }
        // "privately held Figma", "publicly traded Adobe", "state-owned Petrobras", "SoftBank-backed Arm"
        if (end >= 1 && ADJECTIVAL_COMPOUND.matcher(out.get(end - 1)).matches()) {
            String head = out.get(end - 1).substring(0, out.get(end - 1).lastIndexOf('-'));
            out.remove(end - 1);
            end--;
            if (end >= 1 && lexicon.isPlace(out.get(end - 1) + " " + head)) {
                out.remove(end - 1); // "Hong Kong-based CK Hutchison": the place's first word goes with it
                end--;
            }
        } else if (end >= 2 && PARTICIPLES.contains(out.get(end - 1)) && out.get(end - 2).endsWith("ly")) {
            out.subList(end - 2, end).clear();
            end -= 2;
        } else if (end >= 2 && out.get(end - 1).equals("'s") && Character.isLetter(out.get(end - 2).charAt(0))
                && !FUNCTION_WORDS.contains(out.get(end - 2)) && !ruleWords.contains(out.get(end - 2))) {
            String tokensPlace = out.get(end - 2);
            out.subList(end - 2, end).clear(); // "France's Aerolux", "Europe's Airbus": a place owning a name qualifies it
            end -= 2;
            if (end >= 1 && lexicon.isPlace(out.get(end - 1) + " " + tokensPlace)) {
                out.remove(end - 1); // "South Korea's LG Energy Solution"
            }
            return;
        }
        boolean appositive = end >= 2 && out.get(end - 1).equals(",");
        int noun = appositive ? end - 2 : end - 1;
        if (appositive && noun >= 1 && OWNERSHIP.contains(out.get(noun)) && out.get(noun - 1).equals("'s")) {
            return; // "the sports-car maker and its parent, Volkswagen Group": who owns whom, which the rules read
        }
        if (appositive && (HOLDER_NOUNS.contains(out.get(noun)) || TRADE_NOUNS.contains(out.get(noun)))) {
            for (int k = noun - 1; k >= Math.max(1, noun - 4); k--) {
                if (out.get(k).equals("'s") && out.get(k - 1).startsWith("<")) {
                    // "said its largest shareholder, Investor AB, had backed", "said its biggest customer, Nordbahn, had cut
                    // orders": whose holder or customer, which the rules read
                    return;
                }
            }
        }
        if (!appositive && noun >= 1 && (out.get(noun).equals("parent") && out.get(noun - 1).equals("of")
                || out.get(noun).equals("company") && noun >= 2 && out.get(noun - 1).equals("parent") && out.get(noun - 2).equals("of"))) {
            return; // "the finance chief of parent company Tata Motors": whose parent it is, which the rules read
        }
        boolean brandNoun = !appositive && noun >= 1 && BRAND_NOUNS.contains(out.get(noun)) && isOrgName(out.get(noun - 1));
        if (noun < 0 || !(isDescriptor(out.get(noun)) || appositive && RELATION_NOUNS.contains(out.get(noun)) || brandNoun)) {
            return;
        }
        int start = noun;
        int modifiers = 0;
        while (start > 0 && modifiers < MAX_MODIFIERS) {
            String prev = out.get(start - 1);
            if (isModifier(prev) || isDescriptor(prev)) {
                start--;
                modifiers++;
            } else if (prev.equals(".") && start >= 2 && DOTTED.matcher(out.get(start - 2)).matches()) {
                start -= 2; // "U.S. biotech Kelvra", "U.K. lender Barwick": the tokenizer keeps the last full stop apart
                modifiers++;
            } else if (modifiers == 0 && !appositive && MADE_BY.contains(out.get(noun)) && !prev.startsWith("<") && !FUNCTION_WORDS.contains(prev)
                    && Character.isLetter(prev.charAt(0))) {
                start--; // "pump maker Flowserve", "drill producer X": the word before "maker" names what is made, though a rule reads it as a verb
                modifiers++;
            } else if ((isOrgName(prev) || prev.startsWith("<per:") && BRAND_NOUNS.contains(out.get(noun))) && modifiers == 0 && !appositive) {
                // "Facebook parent Meta", "TikTok owner ByteDance": the first name qualifies the second; a brand named
                // after a person too ("Michael Kors parent Capri")
                start--;
                modifiers = MAX_MODIFIERS;
            } else {
                break;
            }
        }
        // a possessive or a determiner opens the phrase: "its rival", "the company 's partner"
        boolean opened = false;
        if (start >= 2 && out.get(start - 1).equals("'s") && (out.get(start - 2).startsWith("<org") || out.get(start - 2).startsWith("<per")
                || out.get(start - 2).equals("company")
                || out.get(start - 2).equals("firm") || out.get(start - 2).equals("startup"))) {
            start -= 2;
            opened = true;
            if (start >= 1 && DETERMINERS.contains(out.get(start - 1))) {
                start--;
            }
        } else if (start >= 1 && DETERMINERS.contains(out.get(start - 1))) {
            start--;
            opened = true;
        }
        if (appositive && !opened) {
            return; // "..., partner, Uber" without "the"/"its" is a list, not an apposition
        }
        if (appositive && start > 0 && isName(out.get(start - 1))) {
            return; // "Acme, the company, Uber": not a descriptor of the name after it
        }
        if (!appositive && opened && DETERMINERS.contains(out.get(start)) && start >= 2 && out.get(start - 1).equals(",") && isName(out.get(start - 2))) {
            return; // "Abiomed, the heart pump maker J&J bought in 2022": the phrase describes the name before it, whom J&J bought
        }
        out.subList(start, end).clear();
    }

    private static final Set<String> LOCATED = Set.of("based", "headquartered", "located");

    /**
     * The number of tokens after an organization at {@code i} that say where it is: ", based in
     * Sunnyvale, California," or ", headquartered in Paris," with its commas; 0 when none.
     */
    private static int placeAfter(List<String> tokens, int i) {
        // ", which is based in Somerset, New Jersey,": the relative pronoun and its verb go with the place
        int r = i + 4 < tokens.size() && (tokens.get(i + 2).equals("which") || tokens.get(i + 2).equals("that"))
                && (tokens.get(i + 3).equals("is") || tokens.get(i + 3).equals("was")) ? 2 : 0;
        if (!isOrgName(tokens.get(i)) || i + 4 + r >= tokens.size() || !tokens.get(i + 1).equals(",")
                || !LOCATED.contains(tokens.get(i + 2 + r)) || !tokens.get(i + 3 + r).equals("in")) {
            return 0;
        }
        int k = i + 4 + r;
        for (int words = 0; k < tokens.size() && words < 5; k++, words++) {
            String t = tokens.get(k);
            if (t.equals(",") || t.equals(".")) {
                break;
            }
            if (t.startsWith("<") && !isOrgName(t)) {
                return 0;
            }
        }
        // "Sunnyvale , California ,", "Somerset , New Jersey ,": a state or country of up to three words after the city
        if (k + 2 < tokens.size() && tokens.get(k).equals(",")) {
            int w = k + 1;
            while (w < tokens.size() && w <= k + 3 && !tokens.get(w).startsWith("<") && Character.isLetter(tokens.get(w).charAt(0))) {
                w++;
            }
            if (w > k + 1 && w < tokens.size() && tokens.get(w).equals(",")) {
                k = w;
            }
        }
        if (k >= tokens.size()) {
            return 0;
        }
        return tokens.get(k).equals(",") ? k - i : tokens.get(k).equals(".") ? k - i - 1 : 0;
    }

    /**
     * The number of tokens after an organization at {@code i} that form an appositive description
     * (", the parent company of Facebook ,"), or 0 when there is none. The description must open
     * with "the", "a" or "an", close with a comma, hold a descriptor noun and nothing the rules read
     * (amounts, counts, people, titles, relation nouns).
     */
    private int appositionAfter(List<String> tokens, int i) {
        int place = placeAfter(tokens, i);
        if (place > 0) {
            return place;
        }
        if (!isOrgName(tokens.get(i)) || i + 3 >= tokens.size() || !tokens.get(i + 1).equals(",")
                || !DETERMINERS.contains(tokens.get(i + 2)) && !tokens.get(i + 2).startsWith("<orgp:")) {
            return 0;
        }
        boolean descriptor = false;
        for (int k = i + 2; k < tokens.size() && k <= i + 2 + MAX_APPOSITION; k++) {
            String t = tokens.get(k);
            if (t.equals(",") && k + 1 < tokens.size() && PLACE_OF_STATE.matcher(tokens.get(k + 1)).matches()) {
                continue; // ", an Austin, Texas-based investment firm,": the town's comma is inside the description
            }
            if (t.equals(",")) {
                return descriptor && k + 1 < tokens.size() ? k - i : 0;
            }
            if (k == i + 2) {
                descriptor = t.startsWith("<orgp:"); // "the parent company" found as a descriptor mention
                continue;
            }
            if (t.startsWith("<title:")) {
                continue; // "Quellow, the owner of Tidy Mart,": an organization's apposition names a relation, not a job
            }
            if (t.startsWith("<") && !isOrgName(t) || RELATION_NOUNS.contains(t) || OWNING.contains(t) || VENTURES.contains(t)
                    || SPEECH.contains(t) // "of Couchbase, the database company said on Monday, taking": who said it, no description
                    || t.equals("'s") && k + 1 < tokens.size()
                    && RELATION_NOUNS.contains(tokens.get(k + 1)) || t.equals(".") || t.equals(";")) {
                return 0;
            }
            descriptor |= isDescriptor(t) || t.endsWith("-based");
        }
        return 0;
    }
}
