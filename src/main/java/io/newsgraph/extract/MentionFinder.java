package io.newsgraph.extract;

import io.newsgraph.model.Money;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.model.WorkerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mentions of one sentence: money, percentages, worker counts, dates, plain numbers,
 * job titles, organization descriptors and capitalised name candidates. Earlier kinds win where
 * spans overlap. Names are only candidates here; the article-level {@link EntityResolver} types them.
 */
final class MentionFinder {
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String MULT = "trillion|billion|million|thousand|bln|mln|mil|tn|bn|mn|crore|lakh|b|m|k|t";
    private static final Pattern MONEY_PREFIX = Pattern.compile(
            // codes and letter-prefixed symbols start a word: "Motors 2" is not "Rs 2"
            "(?<cur>\\b(?:US|A|C|HK|S|NZ)\\$|\\bU\\.S\\.\\s?\\$|\\$|€|£|¥|₹|\\b(?:USD|EUR|GBP|JPY|INR|CNY|RMB|CHF|CAD|AUD)\\s?|\\bRs\\.?\\s?)"
                    + "(?<num>" + NUM + ")(?:\\s?-?\\s?(?<mult>" + MULT + ")\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_SUFFIX = Pattern.compile(
            "\\b(?<num>" + NUM + ")\\s?(?<mult>trillion|billion|million|thousand|bn|mn|crore|lakh)?\\s"
                    // "3 billion Swiss francs", "2 billion Hong Kong dollars": the country before the currency is part of it
                    + "(?<country>(?:Swiss|Hong Kong|Canadian|Australian|Singapore|New Zealand|Danish|Swedish|Norwegian|Mexican|Brazilian|"
                    + "South African|Indian|Japanese|Chinese|British|U\\.S\\.|US|Taiwan|Taiwanese|Turkish|Malaysian|Thai|Indonesian)\\s)?"
                    + "(?<cur>dollars|euros|pounds|yen|rupees|yuan|reais|real|pesos|francs|won|kronor|krona|kroner|rand|lira|ringgit|baht|rupiah|usd|eur|gbp"
                    // "a 14 billion euro offer": the singular used as an adjective
                    + "|euro|pound|dollar|rupee|franc)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_VAGUE = Pattern.compile(
            "\\b(?<size>hundreds|tens|billions|millions|several billions?|several millions?)(?: of (?<mult>millions|billions|thousands))?(?<cur> of dollars| in funding| of euros)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "a billion", "half a billion dollars", "a little less than a billion": amounts in words, no figure. */
    private static final Pattern MONEY_SPELLED = Pattern.compile(
            "\\b(?<q>half a|a half|a quarter of a|a|one)\\s+(?<mult>billion|million|trillion)\\b(?<cur>\\s+(?:dollars|euros|pounds))?"
                    + "(?!\\s+(?:people|users|customers|subscribers|shares|units|devices|downloads|views|visitors|members|times|years|"
                    + "tons|barrels|doses|miles|records|accounts|streams|listeners|viewers|players|copies|workers|jobs|employees|"
                    + "vehicles|cars|phones|homes|hours|pages|dollars?\\s+worth)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_CUE_BEFORE = Pattern.compile(
            "\\b(?:invest\\w*|rais\\w*|paid|pay\\w*|spen\\w*|worth|valued at|valuation of|for|put(?:s|ting)? in|pump\\w*|commit\\w*|pledg\\w*|"
                    + "inject\\w*|pour\\w*|cost\\w*|fund\\w*|loan\\w*|bid|offer\\w*|stake|deal|sold|sell\\w*|bought|buy\\w*)"
                    + "(?:\\s+\\S+){0,5}?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<num>\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b|pct\\b|pc\\b)(?!\\s*(?:points?|-?point))", Pattern.CASE_INSENSITIVE);
    /** "nine percent": only tried when the sentence says "percent" or "per cent". */
    private static final Pattern PERCENT_WORDS = Pattern.compile(
            "\\b(?<num>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                    + "(?:\\s|-)(?:percent|per cent)\\b(?!\\s*(?:points?|-?point))", Pattern.CASE_INSENSITIVE);
    /** Trades and staff nouns counted with a number ("3,000 mechanics"): in the staff pattern and among its trigger words. */
    private static final java.util.List<String> STAFF_CRAFTS = java.util.List.of(
            "engineers", "members", "personnel", "associates", "workforce", "headcount", "hires", "pilots", "drivers",
            "nurses", "agents", "technicians", "developers", "programmers", "researchers", "scientists", "journalists",
            "reporters", "editors", "managers", "executives", "salespeople", "representatives", "operators", "miners",
            "cashiers", "clerks", "teachers", "officers", "truckers", "designers", "machinists", "consultants", "tellers",
            "bankers", "traders", "analysts", "writers", "copywriters", "translators", "illustrators", "artists", "animators",
            "testers", "moderators", "recruiters", "couriers", "dockworkers", "longshoremen", "mechanics");
    private static final String STAFF_NOUN = "employees?|staffers?|staff|workers?|jobs?|roles?|positions?|people|contractors?|"
            + String.join("|", STAFF_CRAFTS) + "|crew members|flight attendants|"
            // "a round of about 1,000 layoffs": the people let go, counted by the cut's own noun
            + "layoffs|lay-offs|redundancies";
    private static final String STAFF_MOD = "more|additional|further|extra|new|full-time|full time|part-time|temporary|permanent|salaried|hourly|"
            + "corporate|tech|technical|global|contract|contractor|employee|local|remote|office|warehouse|frontline|other|"
            + "of its|of their|its|their|[a-z]+-based|u\\.s\\.|us|human|non-employee|team|and part-time|and full-time|or part-time|"
            // "4,000 customer support roles", "7,000 non-manufacturing positions": the department cut
            + "customer|support|service|sales|marketing|engineering|management|managerial|administrative|manufacturing|non-manufacturing|"
            + "factory|store|retail|editorial|newsroom|white-collar|blue-collar";
    private static final Pattern STAFF = Pattern.compile(
            "\\b(?<num>" + NUM + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                    + "a hundred|one hundred|a dozen|a thousand|dozens|hundreds|thousands)(?<k>\\s?(?:k|thousand|million)\\b)?"
                    + "(?<mods>(?:\\s+(?:" + STAFF_MOD + "))*)\\s+(?<noun>" + STAFF_NOUN + ")\\b"
                    + "|\\b(?<num2>" + NUM + ")-(?:person|people|employee|member|strong|job|worker|position|role)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,$€£])(?:" + NUM + ")(?![\\w%]|\\.\\d)");
    private static final String MONTH = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b"
                    + "|\\b(?<month>" + MONTH + ")\\.?(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b"
                    + "|\\b(?<yearonly>(?:19|20)\\d{2})\\b(?![,.]\\d)");
    /** "the world's largest retailer", "the country's biggest lender": a superlative's scope before a descriptor. */
    private static final String WORLDS = "(?:(?:world|country|nation|region|industry|sector|market|continent)['\u2019]s\\s+)?";
    /** ", Texas company", ", Washington drugmaker": a state or country after a town, then (at most one word on) a descriptor noun. */
    private static final Pattern STATE_AFTER = Pattern.compile(",\\s+(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)(?:\\s+(?:[a-z-]+\\s+)??([a-z][a-z-]*)|(-based|-headquartered)\\b)");
    /** A dateline before a sentence's first word: "GENEVA - ", "SAN JOSE, Calif. (Reuters) - ". */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{L} ,.'()]*\\s[-\u2013\u2014]\\s*");
    private static final java.util.Set<String> NATIONALITY_ENDS = java.util.Set.of("American", "British", "Canadian", "Australian",
            "European", "Asian", "African", "Pacific", "Atlantic", "Mexican", "Brazilian", "Chinese", "Japanese", "German", "French",
            "Italian", "Spanish", "Indian", "Korean", "Dutch", "Swiss", "Nordic", "Scandinavian", "Arabian", "Iberian");
    /** "Private-equity", "Oilfield-services", "Fast-food": a capital, then lower case on both sides of the hyphen. */
    private static final Pattern LOWER_COMPOUND = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)+");
    /** A field a firm works in, opening a sentence before its descriptor: "Cybersecurity company Palo Alto Networks said". */
    private static final java.util.Set<String> FIELD_WORDS = java.util.Set.of("Cybersecurity", "Software", "Biotech", "Biotechnology",
            "Fintech", "Insurance", "Chipmaking", "Semiconductor", "Pharmaceutical", "Drug", "Energy", "Oil", "Mining", "Retail", "Grocery",
            "Fashion", "Luxury", "Media", "Gaming", "Payments", "Logistics", "Shipping", "Aerospace", "Defense", "Defence", "Telecom",
            "Telecoms", "Streaming", "Airline", "Travel", "Food", "Beverage", "Apparel", "Consulting", "Advertising", "Website", "Web", "Internet",
            "Cloud", "Toy", "Engineering", "Investment", "Chat", "Video", "Games", "Construction", "Property", "Real-estate", "Online", "E-commerce");
    /** Nothing, or only a bracketed date or a dateline's dash (an em dash is a comma once normalised), before a sentence's first word. */
    private static final Pattern OPENING = Pattern.compile("\\s*(?:\\([^)]{0,40}\\)\\s*|[^.!?\\n]{0,60}?(?:--|\u2014|\u2013|\\s-|,)\\s*)?");
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:to|will|would|who|and|'ll|also|now|which)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_CUE = Pattern.compile("\\b(?:in|of|by|since|until|from|last|this|next|early|late|mid)[\\s-]+$",
            Pattern.CASE_INSENSITIVE);

    /** Last words that complete a company's name: nothing joins it to the name after an "and". */
    private static final java.util.Set<String> COMPLETE_NAME_ENDS = java.util.Set.of("Company", "Corporation", "Corp", "Inc", "Ltd",
            "LLC", "Holdings", "Group", "Partners", "PLC", "Plc", "AG", "SE", "SA", "NV", "Co", "Capital", "Ventures");
    private static final java.util.Set<String> AND_HEADS = java.util.Set.of("Company", "Corporation", "Authority", "Commission",
            "Administration", "Agency", "Bureau", "Council", "Department", "Ministry", "Board", "Service", "Services");
    /** A country after a name is part of it: "Air India", "Microsoft Ireland", "Tata Steel Europe". */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of("india", "china", "japan", "america", "europe", "asia",
            "africa", "uk", "germany", "france", "canada", "australia", "brazil", "mexico", "korea", "singapore", "ireland", "spain",
            "italy", "netherlands", "switzerland", "sweden", "norway", "israel", "taiwan", "russia", "ukraine", "britain", "england",
            "scotland", "wales", "americas", "emea");
    private static final Pattern PARTNER_AT = Pattern.compile("\\s+(?:at|of|with|in)\\s+\\p{Lu}");

    private final Lexicon lexicon;
    private final Pattern titlePattern;
    private final Pattern descriptorPattern;
    /** The first run of letters of each descriptor noun ("start" of "start-up"), to skip a "the" no noun follows. */
    private final Set<String> descriptorHeads = new java.util.HashSet<>();
    private final Pattern placeDescriptorPattern;
    private final Pattern namedPlaceDescriptorPattern;
    private final java.util.Set<String> titleStarts = new java.util.HashSet<>();

    /** A department goes on with words, not with a second role: "professor of biochemistry and director of ...". */
    private static final String NO_ROLE = "(?!(?:director|president|head|chief|professor|manager|chairman|chairwoman|chair|founder|"
            + "co-founder|partner|officer|ceo|cfo|cto|coo|member|lead|editor|vice|dean|principal|secretary|treasurer|analyst)\\b)";

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String t : lexicon.titles().keySet()) {
            titleStarts.add(t.split(" ")[0]);
        }
        titleStarts.addAll(List.of("chief", "co-founder", "cofounder", "ex-", "co"));
        addKind(NUMBER_WORDS, K_NUMBER);
        addKind(STAFF_WORDS, K_STAFF);
        addKind(MONTH_WORDS, K_MONTH);
        addKind(CURRENCY_CODES, K_CURRENCY_CODE);
        addKind(CURRENCY_WORDS, K_CURRENCY_WORD);
        addKind(MONEY_WORDS, K_MONEY_WORD);
        addKind(titleStarts, K_TITLE_START);
        // the titles as a trie: hundreds of alternatives tried one by one would dominate extraction time
        String titles = RuleCompiler.Trie.of(lexicon.titles().keySet().toArray(new String[0])).regex("\\s+");
String dept = "(?-i:(?!(?:at|in|with|who|said|from|parent|both|sister|holding|since|until|the|a|an|and|to|for|of|on|by|is|was|will|has|before|after|when|while|where|because|but|as|then|since|until|had|he|she|they|it|its|their|his|her|"
                + "more|less|over|nearly|almost|about|around|roughly|some|several|many|most|years|decades|months|weeks|two|three|four|five|ten)\\b)(?:[a-z][a-z-]*|AI|ML|IT|HR|R&D|GenAI|AGI|[A-Z]{2,4}\\b(?!['\u2019]s)|(?:North|South|East|West|Latin|Central|American|European|Asian|African|"
                + "Americas|Europe|Asia|Pacific|International|Global|Chinese|Indian|Japanese|German|French|British|Canadian)\\b"
                // (a region before a capitalised word is a function only where that word is one: "head of Global Markets",
                // not "chief executive of Global Payments")
                + "(?!\\s+\\p{Lu}(?!(?:arkets|anking|usiness|perations|ales|ervices|roducts|onsumer|ommercial|nterprise|"
                + "nfrastructure|ommunications|olicy|ffairs|esearch|ngineering|anufacturing|upply|egal|isk|ompliance|ecurity)\\b))"
                // "head of its Dacia brand": a unit named before its noun
                + "|\\p{Lu}[\\p{L}-]+(?=\\s+(?:brand|business|division|unit|arm|operations|segment)\\b)"
                // "CEO of Applications", "head of Consumer Devices": a function capitalised, not a company's name
                + "|(?:Applications|Products|Operations|Sales|Marketing|Engineering|Research|Finance|Strategy|Services|Consumer|"
                + "Commercial|Enterprise|Devices|Hardware|Software|Infrastructure|Growth|Communications|Policy|People|Partnerships|"
                + "Design|Manufacturing|Supply Chain|Investor Relations|Human Resources|Legal|Risk|Compliance|Security|Ads|Advertising)"
                + "\\b(?!\\s+\\p{Lu})(?!['\u2019]s)))";
        for (String t : lexicon.titles().keySet()) {
            markTitleStart(t);
        }
        for (String mod : new String[] {"former", "ex-", "then-", "onetime", "erstwhile", "previous", "outgoing", "incoming", "newly",
                "new", "current", "interim", "acting", "deputy", "founding", "senior", "co-", "chief", "group"}) {
            markTitleStart(mod);
        }
        this.titlePattern = Pattern.compile(
                "(?<![\\w-])(?<mods>(?:(?:former|ex-|then-|onetime|erstwhile|previous|outgoing|incoming|newly appointed|newly named|new|current|interim|acting|deputy|founding|senior|co-|(?-i:group)(?=\\s))\\s*)*)" // "group chief executive" (lower case: "Volkswagen Group CEO" keeps its name)
                        + "(?<base>chief\\s+(?:[a-z]+\\s+){1,2}?officer|" + titles + ")(?![\\w-])"
                        + "(?<dept>\\s+(?:of|for)\\s+(?:(?:its|their|his|her)\\s+)?" + dept + "(?:\\s+(?:and\\s+|&\\s+)?" + NO_ROLE + dept + "){0,4})?",
                Pattern.CASE_INSENSITIVE);
        String nouns = RuleCompiler.Trie.of(lexicon.descriptors().toArray(new String[0])).regex();
        for (String noun : lexicon.descriptors()) {
            descriptorHeads.add(letterRun(noun, 0));
        }
        this.descriptorPattern = Pattern.compile(
                "\\b[Tt]he\\s+" + WORLDS + "(?:(?:[\\p{L}.]++-based|\\p{Lu}\\p{L}++-(?:listed|owned|backed|controlled|run)|" + NOT_FUNCTION_WORD + "[a-z][a-z-]++|AI|tech|U\\.S\\.|U\\.K\\.|EV|EU)\\s+){0,4}?(?:" + nouns
                        + ")\\b(?!\\s+[\\p{Lu}])(?!-)(?!\\s+(?:" + nouns + ")\\b)"); // "the U.S. EV maker"
        // (a noun followed by another is a modifier: "the airline group" is one descriptor, not "the airline" and "group")
        // (the runs of letters are possessive, "++": what follows them can never be one of their letters, so giving some
        // back would never let a match through; it only cost time at every "the")
        // "the San Francisco-based company", "the Singapore-headquartered group": tried only where a sentence has "-based"
        this.placeDescriptorPattern = Pattern.compile(
                "\\b[Tt]he\\s+(?:(?:(?:\\p{Lu}[\\p{L}.]++\\s+){0,2}\\p{Lu}[\\p{L}.]++,\\s+(?:\\p{Lu}\\p{L}++\\s+)?[\\p{L}.]++-(?:based|headquartered)" // "the San Jose, California-based company", "the Brooklyn, New York-based company"
                        + "|(?:\\p{Lu}\\p{L}++\\s+)?[\\p{L}.]++-(?:based|headquartered)|" + NOT_FUNCTION_WORD + "[a-z][a-z-]++|AI|tech)\\s+){0,3}?(?:" + nouns + ")\\b(?!\\s+[\\p{Lu}])(?!-)(?!\\s+(?:" + nouns + ")\\b)");
        // "the San Francisco company", "the Paris startup": a place before the noun (checked against the places lexicon)
        this.namedPlaceDescriptorPattern = Pattern.compile(
                "\\b[Tt]he\\s+(?<place>(?:\\p{Lu}[\\p{L}.]+\\s+){0,2}\\p{Lu}[\\p{L}.]+)(?:['\u2019]s)?\\s+(?:[a-z][a-z-]+\\s+){0,2}?(?:" + nouns
                        + ")\\b(?!\\s+[\\p{Lu}])(?!-)(?!\\s+(?:" + nouns + ")\\b)"); // "the UK's biggest retailer"
    }

    /** A descriptor's modifiers are content words: "the stake from the company" is no descriptor of "the stake from". */
    private static final String NOT_FUNCTION_WORD = "(?!(?:from|the|of|to|in|for|with|by|at|on|a|an|as|than|that|which|its|their|this|his|"
            + "her|into|after|before|over|under|about|said|says|is|was|were|are|has|had|have|be|been)\\s)";

    List<Mention> find(String sentence, String publishedIso) {
        return find(sentence, publishedIso, java.util.Set.of());
    }

    /**
     * A one-word name that ends in "'s" where a verb or a stop follows it: "Dick's will pay", "shares of Kohl's, which" (not
     * "planned", "expected" or "reported", as often an owner's adjective: "Kroger's planned purchase of Albertsons").
     */
    private static final Pattern POSSESSIVE_NAME = Pattern.compile("(?<![\\p{L}'\u2019.-])(\\p{Lu}\\p{Ll}+)['\u2019]s(?=\\s+(?:will|would|has|had|is|was|"
            + "said|says|agreed|agrees|announced|announces|reports|plans|expects|declined|could|can|may|might|"
            + "should|did|does|employs|employed|operates|operated|runs|ran|sells|sold)\\b|\\s*[,.;:](?:\\s|$)"
            // "chains Dillard's and DSW": listed before another name that is no possessive itself ("Apple's and Google's chips" is)
            + "|\\s+(?:and|or)\\s+\\p{Lu}[\\p{L}&.-]*+(?!['\u2019]s)(?=[\\s,.;:]))");
    private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("It", "That", "What", "Here", "There", "Let", "He",
            "She", "Who", "Where", "How", "When", "Why", "Everyone", "Nobody", "Today", "Tomorrow", "Yesterday", "Now");

    /**
     * The names an article uses with an "'s" that belongs to them ("Dick's Sporting Goods ... Dick's will pay"), found
     * where a verb or a stop follows, as no possessive can be: their "'s" is part of the name in every sentence. The set
     * also holds, marked by {@link #OPENED_BY_COMMON_WORD}, the first two words of names that open with a word capitalised
     * only in names ("Just Eat"), as the article writes them inside a sentence, and, asked for with {@link #PROSE_NAME} before
     * them, the runs of capitalised words prose writes before a lower-case word (to split a Title Case headline's "Blue Origin
     * Lays"), found in the text at the first such question, and answers {@link #SURNAME} questions from the text.
     */
    static java.util.Set<String> possessiveNames(String text, java.util.function.Predicate<String> givenName) {
        java.util.Set<String> out = new java.util.HashSet<>();
        // "to acquire Just Eat Takeaway.com": a sentence may then open with the name
        openersInside(text, out);
        Matcher m = POSSESSIVE_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // only where an "'s" follows a capitalised word is the pattern tried (a scan of the whole text with it costs more)
        for (int at = nextApostropheS(text, 0); at >= 0; at = nextApostropheS(text, at + 2)) {
            int from = at;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
            if (from == at || !Character.isUpperCase(text.charAt(from))) {
                continue;
            }
            if (m.region(from, text.length()).lookingAt() && !CONTRACTIONS.contains(m.group(1)) && !afterGivenName(text, from, givenName)) {
                out.add(m.group(1)); // (not "chief executive Dan Morrow's plans": a person's surname takes a possessive)
            } else if (brandPossessive(text, from, at)) {
                out.add(text.substring(from, at));
            }
        }
        return new ArticleNames(out, text);
    }

    /** True when the word right before {@code at} is a given name ("Dan Morrow's"): the word at {@code at} is a surname. */
    private static boolean afterGivenName(String text, int at, java.util.function.Predicate<String> givenName) {
        int end = at - 1;
        if (end <= 0 || text.charAt(end) != ' ') {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start)) && givenName.test(text.substring(start, end));
    }

    /** The names {@link #possessiveNames} found, and the prose runs, read from the text only when a headline asks for one. */
    private static final class ArticleNames extends java.util.AbstractSet<String> {
        private final java.util.Set<String> names;
        private final String text;
        private java.util.Set<String> proseRuns;

        ArticleNames(java.util.Set<String> names, String text) {
            this.names = names;
            this.text = text;
        }

        @Override
        public boolean contains(Object o) {
            if (o instanceof String k && k.startsWith(OPENS_NAME)) {
                return opensAName(text, k.substring(OPENS_NAME.length()));
            }
            if (o instanceof String k && k.startsWith(SURNAME)) {
                return writtenAfterAName(text, k.substring(SURNAME.length()));
            }
            if (o instanceof String k && k.startsWith(PROSE_NAME)) {
                if (proseRuns == null) {
                    proseRuns = proseRuns(text);
                }
                return proseRuns.contains(k.substring(PROSE_NAME.length()));
            }
            return names.contains(o);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return names.iterator();
        }

        @Override
        public int size() {
            return names.size();
        }
    }

    /** True when the text writes {@code place} as the start of a company's name ("Palo Alto Networks"). */
    private static boolean opensAName(String text, String place) {
        for (int at = text.indexOf(place + " "); at >= 0; at = text.indexOf(place + " ", at + 1)) {
            int w = at + place.length() + 1;
            int e = w;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e > w + 1 && Character.isUpperCase(text.charAt(w)) && ORG_WORD.matcher(text.substring(w, e)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Words that end a company's name after a place ("Networks", "Holdings", "Energy"). */
    private static final Pattern ORG_WORD = Pattern.compile("Networks|Systems|Holdings|Group|Technologies|Energy|Partners|Capital|"
            + "Bank|Airlines|Motors|Industries|Software|Labs|Pharmaceuticals|Therapeutics|Robotics|Semiconductor|Foods|Brands|Media");

    /** True when the text writes {@code word} right after a capitalised word that is no honorific ("Elon Musk", not "Mr. Musk"). */
    private static boolean writtenAfterAName(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (at < 2 || text.charAt(at - 1) != ' ' || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            int b = at - 1;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b < at - 1 && Character.isUpperCase(text.charAt(b)) && !HONORIFIC_ABBREVIATIONS.contains(text.substring(b, at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Blue Origin also holds": the runs of capitalised words prose (not a Title Case line) writes before a lower-case word. */
    private static java.util.Set<String> proseRuns(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int at = 0, nl; at < text.length(); at = nl + 1) {
            nl = text.indexOf('\n', at);
            nl = nl < 0 ? text.length() : nl;
            String line = text.substring(at, nl);
            if (line.isBlank() || isTitleCase(line)) {
                continue;
            }
            for (Matcher r = PROSE_RUN.matcher(line); r.find(); ) {
                out.add(r.group(1));
            }
        }
        return out;
    }

    /** What a shop or a food brand is named for after its founder's "'s": "Dot's Pretzels", "Domino's Pizza", "Lena's Bakery". */
    private static final java.util.Set<String> SHOP_NOUNS = java.util.Set.of("pretzels", "pizza", "pizzeria", "bakery", "bakeries", "kitchen",
            "kitchens", "chicken", "burgers", "burger", "coffee", "donuts", "doughnuts", "cookies", "candies", "candy", "chocolates",
            "foods", "food", "sporting", "restaurants", "restaurant", "grill", "diner", "market", "markets", "pharmacy", "jewelers",
            "jewellers", "furniture", "hardware", "crab", "seafood", "steakhouse", "bagels", "creamery", "dairy", "farms", "garden",
            "gardens", "home", "pies", "tacos", "subs", "sandwiches", "roadhouse", "brewery", "cellars", "vineyards", "shoes", "toys");

    /**
     * "bought Dot's Pretzels": one capitalised word with an "'s", a shop's or a food's noun after it, no name before it, and the word
     * nowhere else in the article without its "'s" (an owner would be named on its own too): the "'s" is the brand's own.
     */
    private static boolean brandPossessive(String text, int from, int at) {
        if (at + 3 >= text.length() || text.charAt(at + 2) != ' ' || !Character.isUpperCase(text.charAt(at + 3)) || at - from < 2) {
            return false;
        }
        int n = at + 3;
        while (n < text.length() && Character.isLetter(text.charAt(n))) {
            n++;
        }
        if (!SHOP_NOUNS.contains(text.substring(at + 3, n).toLowerCase(Locale.ROOT))) {
            return false; // "SpaceX's Starlink", "China's Geely": an owner's or a place's name before another name
        }
        int p = from - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int q = p;
        while (q >= 0 && Character.isLetter(text.charAt(q))) {
            q--;
        }
        if (q < p && Character.isUpperCase(text.charAt(q + 1)) || CONTRACTIONS.contains(text.substring(from, at))) {
            return false; // "Elon Musk's xAI": a person's company
        }
        String word = text.substring(from, at);
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
            if (whole && !(e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's')) {
                return false;
            }
        }
        return true;
    }

    private static int nextApostropheS(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '\u2019') && text.charAt(i + 1) == 's') {
                return i;
            }
        }
        return -1;
    }

    List<Mention> find(String sentence, String publishedIso, java.util.Set<String> possessiveNames) {
        List<Mention> out = new ArrayList<>();
        // cheap checks first: most sentences have no amount, no title, no count
        String lower = sentence.toLowerCase(Locale.ROOT);
        java.util.Set<String> words = words(lower);
        java.util.Set<String> parts = withParts(words);
        // what kinds of word the sentence holds, in one look-up per word (not one per word and kind)
        int wordKinds = kinds(words);
        int partKinds = parts == words ? wordKinds : kinds(parts);
        boolean digits = hasDigit(sentence);
        findMoney(sentence, digits, words, wordKinds, partKinds, out);
        if (digits) {
            findPercent(PERCENT, sentence, out);
        }
        if (lower.contains("percent") || lower.contains("per cent")) {
            findPercent(PERCENT_WORDS, sentence, out);
        }
        if (lower.contains("half") || lower.contains("third") || lower.contains("quarter") || lower.contains("fifth")
                || lower.contains("tenth")) {
            findFractions(sentence, out);
        }
        if ((digits || (wordKinds & K_NUMBER) != 0) && (partKinds & K_STAFF) != 0) {
            findStaff(sentence, out);
        }
        if ((partKinds & K_MONTH) != 0 || hasDigitRun(sentence, 4)) {
            findDates(sentence, publishedIso, out);
        }
        if ((wordKinds & K_TITLE_START) != 0) {
            findTitles(sentence, out);
            if (words.contains("chief")) {
                findFieldChiefs(sentence, out);
            }
        }
        if (lower.contains("the ")) {
            findDescriptors(sentence, out);
        }
        if (lower.contains(" maker") || lower.contains("-maker") || lower.contains(" owner") || lower.contains(" parent")
                || lower.contains(" developer") || lower.contains(" creator") || lower.contains(" publisher")) {
            findProductMakers(sentence, out);
        }
        if (lower.contains("government")) {
            findGovernments(sentence, out);
        }
        if (sentence.contains(" & ")) {
            findCommaFirms(sentence, out);
        }
        findLowerCaseWordNames(sentence, out);
        findNames(sentence, possessiveNames, out);
        if (digits) {
            findNumbers(sentence, out);
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        shareSurnames(sentence, out);
        joinRanges(sentence, out);
        if (sentence.contains(" and ")) {
            joinUnitNames(sentence, out);
        }
        return out;
    }

    private static final Pattern OWNER_BEFORE = Pattern.compile("(?:['\u2019]s|s['\u2019]|\\b(?:its|their|the))\\s+$");
    private static final Pattern ONE_UNIT_AFTER = Pattern.compile("^\\s+(?:business|unit|division|arm|segment|subsidiary)\\b(?!\\s+(?:and|to)\\b)");

    /**
     * "Walmart's Advanced Systems and Robotics business", "its Health and Wellness unit": two capitalised parts joined by
     * "and" between an owner and one (singular) unit noun are the unit's one name ("Sam's Club and Flipkart businesses" stay two).
     */
    private static void joinUnitNames(String s, List<Mention> out) {
        joinNeighbours(out, (a, b) -> a.kind() == Mention.Kind.NAME && b.kind() == Mention.Kind.NAME
                        && s.substring(a.end(), b.begin()).equals(" and ")
                        && OWNER_BEFORE.matcher(s.substring(Math.max(0, a.begin() - 8), a.begin())).find()
                        && ONE_UNIT_AFTER.matcher(s.substring(b.end(), Math.min(s.length(), b.end() + 40))).find(),
                (a, b) -> Mention.of(Mention.Kind.NAME, a.begin(), b.end(), s.substring(a.begin(), b.end())));
    }

    /** Replaces each pair of neighbouring mentions that {@code join} accepts by the one mention {@code merged} makes of them. */
    private static void joinNeighbours(List<Mention> out, java.util.function.BiPredicate<Mention, Mention> join,
                                       java.util.function.BinaryOperator<Mention> merged) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i);
            Mention b = out.get(i + 1);
            if (join.test(a, b)) {
                out.set(i, merged.apply(a, b));
                out.remove(i + 1);
            }
        }
    }

    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:to|-|\u2013|and)\\s*");
    private static final Pattern CHANGE_FROM = Pattern.compile("(?i)\\b(?:from|rose|fell|grew|climbed|dropped|increased|decreased)\\s+(?:about\\s+|around\\s+)?$");

    /**
     * "by 15% to 20%", "between 10% and 12%": a range of shares is one figure, stated by its upper bound (as a
     * count range is by its last number); "from 10% to 12%" is a change, both kept.
     */
    private static void joinRanges(String s, List<Mention> out) {
        joinNeighbours(out, (a, b) -> a.kind() == Mention.Kind.PERCENT && b.kind() == Mention.Kind.PERCENT && a.end() <= b.begin()
                        && isRange(s.substring(a.end(), b.begin()), s.substring(Math.max(0, a.begin() - 20), a.begin())),
                (a, b) -> Mention.number(Mention.Kind.PERCENT, a.begin(), b.end(), s.substring(a.begin(), b.end()), b.number(), null));
    }

    private static boolean isRange(String between, String before) {
        return RANGE_JOIN.matcher(between).matches() && !CHANGE_FROM.matcher(before).find()
                && !(between.strip().equals("and") && !before.toLowerCase(Locale.ROOT).endsWith("between "));
    }

    private static final Pattern GOVERNMENT = Pattern.compile(
            "(?<nation>(?:(?!The\\s)\\p{Lu}[\\p{L}.]*\\s+)?\\p{Lu}[\\p{L}.]*)\\s+(?:federal\\s+|central\\s+|national\\s+)?[Gg]overnment\\b(?!\\s+(?:official|spokes|bond|debt|agenc|contract|shutdown|regulat|funding|grant|subsid))");

    /**
     * "the U.S. government", "the German federal government", "the UK Government": a country's
     * government is a party (it takes stakes, buys, sues), named "U.S. government".
     */
    private void findGovernments(String s, List<Mention> out) {
        for (Matcher m = GOVERNMENT.matcher(s); m.find(); ) {
            String nation = Rx.replaceAll(m.group("nation"), "\\.$", "").strip();
            if (!Lexicon.namesUnitedStates(nation) && !lexicon.isPlace(nation) && !lexicon.isPlace(nation + ".")) {
                continue;
            }
            if (free(out, m.start(), m.end())) {
                out.add(Mention.of(Mention.Kind.NAME, m.start(), m.end(), m.group()));
            }
        }
    }

    private static final Pattern RELATIVE_OF = Pattern.compile(
            "^\\s*(?:,\\s*)?and\\s+(?:his|her|their)\\s+(?:wife|husband|son|daughter|brother|sister|father|mother|partner|"
                    + "twin brother|twin sister|spouse)\\s*,?\\s*$");
    private static final Pattern AND_ONLY = Pattern.compile("^\\s+and\\s+$");

    /**
     * A given name alone that shares a family name said next to it is that full name: "Paulo and Andre
     * Vieira" (two brothers), "Terry Pegula and his wife Kim" (a couple).
     */
    private void shareSurnames(String s, List<Mention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i);
            Mention b = out.get(i + 1);
            if (a.kind() != Mention.Kind.NAME || b.kind() != Mention.Kind.NAME || a.end() > b.begin()) {
                continue;
            }
            String between = s.substring(a.end(), b.begin());
            String[] aw = Rx.split(a.text(), "\\s+");
            String[] bw = Rx.split(b.text(), "\\s+");
            if (aw.length == 1 && bw.length == 2 && lexicon.isGivenName(aw[0]) && lexicon.isGivenName(bw[0])
                    && AND_ONLY.matcher(between).matches()) {
                out.set(i, Mention.of(Mention.Kind.NAME, a.begin(), a.end(), a.text() + " " + bw[1]));
            } else if (bw.length == 1 && aw.length == 2 && lexicon.isGivenName(bw[0]) && lexicon.isGivenName(aw[0])
                    && RELATIVE_OF.matcher(between).matches()) {
                out.set(i + 1, Mention.of(Mention.Kind.NAME, b.begin(), b.end(), b.text() + " " + aw[1]));
            }
        }
    }

    /** Words written with a capital inside a sentence only as part of a name ("Just Eat", "Yes Bank", "Only Natural"). */
    private static final java.util.Set<String> CAPITALISED_ONLY_IN_NAMES = java.util.Set.of("Just", "Only", "Yes", "New", "Simply", "Really",
            "Very", "Always", "Never", "Even");
    /** Asks the set {@link #possessiveNames} returns whether the article writes a place as a company's name's start ("Palo Alto Networks"). */
    static final String OPENS_NAME = "\u0003";
    /** Asks the set {@link #possessiveNames} returns whether the article writes a word after another capitalised one ("Elon Musk"). */
    static final String SURNAME = "\u0002";
    /** Marks, in the set {@link #possessiveNames} returns, a run of capitalised words prose writes before a lower-case word. */
    static final String PROSE_NAME = "\u0001";
    private static final Pattern PROSE_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'\u2019.&-])(\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,4})(?=,? [a-z])");
    /** Marks, in the set {@link #possessiveNames} returns, the opening two words of a name that opens with a common word. */
    static final String OPENED_BY_COMMON_WORD = "\u0000";
    /** One of those words with a capital inside a sentence, and the name's next word. */
    /**
     * Adds, marked by {@link #OPENED_BY_COMMON_WORD}, each "Just Eat" the text writes inside a sentence: a word of
     * {@link #CAPITALISED_ONLY_IN_NAMES} after a lower-case letter or a comma, colon or semicolon and a space, and the
     * capitalised word after it. (A scan for each word: a regex opening with a lookbehind tries every position of the text.)
     */
    /** A character of the word after a name's common opening word: an ASCII letter or digit, "_", ".", "&" or "-". */
    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '&' || c == '-';
    }

    private static void openersInside(String text, java.util.Set<String> out) {
        for (String w : CAPITALISED_ONLY_IN_NAMES) {
            String needle = " " + w + " ";
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                char before = at > 0 ? text.charAt(at - 1) : ' ';
                int next = at + needle.length();
                if (!(before >= 'a' && before <= 'z' || before == ',' || before == ';' || before == ':')
                        || next >= text.length() || text.charAt(next) < 'A' || text.charAt(next) > 'Z') {
                    continue;
                }
                int end = next + 1;
                while (end < text.length() && nameChar(text.charAt(end))) {
                    end++;
                }
                out.add(OPENED_BY_COMMON_WORD + w + " " + text.substring(next, end));
            }
        }
    }

    /** A staff count needs one of these words ("200 employees", "a 50-person team"): the regex runs only then. */
    private static final java.util.Set<String> STAFF_WORDS = java.util.stream.Stream.concat(STAFF_CRAFTS.stream(), java.util.stream.Stream.of(
            "employee", "employees", "staffer", "staffers", "staff", "worker", "workers", "job", "jobs", "role", "roles", "position",
            "positions", "people", "contractor", "contractors", "person", "member", "strong", "crew", "attendants", "layoffs", "lay-offs",
            "redundancies")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Currency codes and words that money patterns need besides symbols. */
    private static final java.util.Set<String> CURRENCY_CODES = java.util.Set.of("usd", "eur", "gbp", "jpy", "inr", "cny", "rmb", "chf",
            "cad", "aud", "rs");
    private static final java.util.Set<String> CURRENCY_WORDS = java.util.Set.of("dollars", "euros", "pounds", "yen", "rupees", "yuan",
            "usd", "eur", "gbp", "reais", "real", "pesos", "francs", "won", "kronor", "krona", "kroner", "rand", "lira", "ringgit", "baht",
            "rupiah", "euro", "pound", "dollar", "rupee", "franc");

    private static boolean hasCurrencySymbol(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' || c == '\u20ac' || c == '\u00a3' || c == '\u00a5' || c == '\u20b9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitRun(String s, int length) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /** A plural common noun right after a name: "Kenvue directors", "Google engineers". */
    private static final Pattern PLURAL_NOUN_NEXT = Pattern.compile("\\s+[a-z]{2,}s\\b(?!['\u2019])");
    private static final java.util.Set<String> MONEY_WORDS = java.util.Set.of("hundreds", "tens", "billions", "millions", "several");
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundreds",
            "thousands", "hundred", "thousand");
    private static final java.util.Set<String> MONTH_WORDS = java.util.Set.of("jan", "january", "feb", "february", "mar", "march",
            "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");

    /** The words of a lower-cased sentence (letters and hyphens). */
    private static java.util.Set<String> words(String lower) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && (Character.isLetter(lower.charAt(j)) || lower.charAt(j) == '-')) {
                j++;
            }
            if (j > i) {
                out.add(lower.substring(i, j));
            }
            i = j + 1;
        }
        return out;
    }

    private static final int K_NUMBER = 1;
    private static final int K_STAFF = 2;
    private static final int K_MONTH = 4;
    private static final int K_CURRENCY_CODE = 8;
    private static final int K_CURRENCY_WORD = 16;
    private static final int K_MONEY_WORD = 32;
    private static final int K_TITLE_START = 64;
    /** Each cue word with the kinds it belongs to (bits above). */
    private final java.util.Map<String, Integer> wordKinds = new java.util.HashMap<>();

    private void addKind(java.util.Set<String> ws, int kind) {
        for (String w : ws) {
            wordKinds.merge(w, kind, (a, b) -> a | b);
        }
    }

    private int kinds(java.util.Set<String> ws) {
        int k = 0;
        for (String w : ws) {
            Integer v = wordKinds.get(w);
            if (v != null) {
                k |= v;
            }
        }
        return k;
    }


    /** The words plus the parts of hyphenated ones ("mid-march" also gives "mid" and "march"); the same set when none is hyphenated. */
    private static java.util.Set<String> withParts(java.util.Set<String> words) {
        java.util.Set<String> out = words;
        for (String w : words) {
            if (w.indexOf('-') >= 0) {
                if (out == words) {
                    out = new java.util.HashSet<>(words);
                }
                for (String part : w.split("-")) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean free(List<Mention> taken, int b, int e) {
        for (Mention m : taken) {
            if (m.overlaps(b, e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each money pattern runs only when the sentence holds what its matches need, cheap to look for
     * first: a number and a currency symbol or code ("$2bn", "USD 5 million"), a number and a currency
     * word ("3 million dollars"), or a word of size ("hundreds of millions").
     */
    private void findMoney(String s, boolean digits, java.util.Set<String> words, int wordKinds, int partKinds, List<Mention> out) {
        Matcher m = MONEY_PREFIX.matcher(digits && (hasCurrencySymbol(s) || (partKinds & K_CURRENCY_CODE) != 0) ? s : "");
        while (m.find()) {
            String cur = currency(m.group("cur"));
            BigDecimal v = Quantities.parse(m.group("num"));
            String mult = m.group("mult");
            if (mult != null && mult.length() == 1 && Character.isLowerCase(mult.charAt(0)) && mult.equals("t")) {
                mult = null;
            }
            if (v != null && free(out, m.start(), m.end())) {
                out.add(Mention.money(m.start(), m.end(), m.group(), new Money(v.multiply(Quantities.multiplier(mult)).stripTrailingZeros(), cur, false)));
            }
        }
        m = MONEY_SUFFIX.matcher(digits && (partKinds & K_CURRENCY_WORD) != 0 ? s : "");
        while (m.find()) {
            BigDecimal v = Quantities.parse(m.group("num"));
            if (v != null && free(out, m.start(), m.end())) {
                out.add(Mention.money(m.start(), m.end(), m.group(),
                        new Money(v.multiply(Quantities.multiplier(m.group("mult"))).stripTrailingZeros(),
                                currency(m.group("country"), m.group("cur")), false)));
            }
        }
        if (words.contains("billion") || words.contains("million") || words.contains("trillion")) {
            Matcher w = MONEY_SPELLED.matcher(s);
            while (w.find()) {
                if (!free(out, w.start(), w.end())) {
                    continue;
                }
                boolean cue = w.group("cur") != null
                        || MONEY_CUE_BEFORE.matcher(s.substring(Math.max(0, w.start() - 60), w.start())).find();
                if (!cue) {
                    continue;
                }
                String q = w.group("q").toLowerCase(Locale.ROOT);
                BigDecimal unit = q.startsWith("half") || q.equals("a half") ? new BigDecimal("0.5")
                        : q.startsWith("a quarter") ? new BigDecimal("0.25") : BigDecimal.ONE;
                String c = w.group("cur") == null ? "USD" : w.group("cur").strip().toLowerCase(Locale.ROOT).startsWith("euro") ? "EUR"
                        : w.group("cur").strip().toLowerCase(Locale.ROOT).startsWith("pound") ? "GBP" : "USD";
                out.add(Mention.money(w.start(), w.end(), w.group(), new Money(unit.multiply(Quantities.multiplier(w.group("mult")))
                        .stripTrailingZeros(), c, w.group("cur") == null)));
            }
        }
        m = MONEY_VAGUE.matcher((wordKinds & K_MONEY_WORD) != 0 ? s : "");
        while (m.find()) {
            String size = m.group("size").toLowerCase(Locale.ROOT);
            String mult = m.group("mult");
            boolean moneyish = m.group("cur") != null || mult != null || size.startsWith("billions") || size.contains("several");
            if (!moneyish || !free(out, m.start(), m.end())) {
                continue;
            }
            BigDecimal unit = size.startsWith("hundreds") ? new BigDecimal("100") : size.startsWith("tens") ? BigDecimal.TEN : BigDecimal.ONE;
            BigDecimal scale = mult != null ? Quantities.multiplier(Rx.replaceAll(mult, "s$", ""))
                    : size.contains("billion") ? new BigDecimal("1e9") : size.contains("million") ? new BigDecimal("1e6") : BigDecimal.ONE;
            if (scale.equals(BigDecimal.ONE)) {
                continue;
            }
            String cur = m.group("cur") != null && m.group("cur").contains("euro") ? "EUR" : "USD";
            out.add(Mention.money(m.start(), m.end(), m.group(), new Money(unit.multiply(scale).stripTrailingZeros(), cur, true)));
        }
    }

    /** The currency of a country's dollars, crowns or francs ("Hong Kong dollars" are HKD); null for the plain word's own. */
    private static String currency(String country, String word) {
        if (country == null) {
            return currency(word);
        }
        String c = country.strip().toUpperCase(Locale.ROOT);
        String w = plural(word.strip().toUpperCase(Locale.ROOT));
        if (w.equals("DOLLARS")) {
            return switch (c) {
                case "HONG KONG" -> "HKD";
                case "CANADIAN" -> "CAD";
                case "AUSTRALIAN" -> "AUD";
                case "SINGAPORE" -> "SGD";
                case "NEW ZEALAND" -> "NZD";
                case "TAIWAN", "TAIWANESE" -> "TWD";
                default -> "USD";
            };
        }
        if (w.equals("KRONER") || w.equals("KRONOR") || w.equals("KRONA")) {
            return c.equals("DANISH") ? "DKK" : c.equals("SWEDISH") ? "SEK" : c.equals("NORWEGIAN") ? "NOK" : currency(word);
        }
        if (w.equals("PESOS")) {
            return "MXN";
        }
        return currency(word);
    }

    /** "EURO" as "EUROS": the singular a currency takes before a noun ("a 14 billion euro offer"). */
    private static String plural(String w) {
        return switch (w) {
            case "EURO", "POUND", "DOLLAR", "RUPEE", "FRANC" -> w + "S";
            default -> w;
        };
    }

    private static String currency(String symbol) {
        String c = plural(symbol.strip().toUpperCase(Locale.ROOT));
        return switch (c) {
            case "$", "US$", "U.S.$", "U.S. $", "USD", "DOLLARS" -> "USD";
            case "€", "EUR", "EUROS" -> "EUR";
            case "£", "GBP", "POUNDS" -> "GBP";
            case "¥", "JPY", "YEN" -> "JPY";
            case "₹", "INR", "RS", "RS.", "RUPEES" -> "INR";
            case "A$", "AUD" -> "AUD";
            case "C$", "CAD" -> "CAD";
            case "HK$" -> "HKD";
            case "S$" -> "SGD";
            case "NZ$" -> "NZD";
            case "CNY", "RMB", "YUAN" -> "CNY";
            case "REAIS", "REAL" -> "BRL";
            case "PESOS" -> "MXN";
            case "FRANCS" -> "CHF";
            case "WON" -> "KRW";
            case "KRONOR", "KRONA" -> "SEK";
            case "KRONER" -> "NOK";
            case "RAND" -> "ZAR";
            case "LIRA" -> "TRY";
            case "RINGGIT" -> "MYR";
            case "BAHT" -> "THB";
            case "RUPIAH" -> "IDR";
            case "CHF" -> "CHF";
            default -> "USD";
        };
    }

    /** "a quarter of its employees", "half its staff", "two-thirds of the workforce", "a fifth of the shares": a share in words. */
    private static final Pattern FRACTION_OF_STAFF = Pattern.compile(
            "\\b(?<frac>half|a half|a third|one third|one-third|two-thirds|two thirds|a quarter|one quarter|three-quarters|"
                    + "three quarters|a fifth|one fifth|a tenth|one tenth)(?= (?:of )?(?:its |their |the company's |the firm's |the )?"
                    + "(?:global |total |entire |corporate |remaining )?(?:staff|workforce|employees|headcount|workers|jobs|personnel|shares|stock|equity|share capital)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "holds roughly a third of Fancl", "still owns about a quarter of it": a share of a company itself, after a verb of holding. */
    private static final Pattern FRACTION_OF_COMPANY = Pattern.compile(
            "\\b(?<frac>half|a third|one third|one-third|two-thirds|two thirds|a quarter|one quarter|three-quarters|"
                    + "three quarters|a fifth|one fifth|a tenth|one tenth)(?= of (?:\\p{Lu}|it\\b|the company\\b|the business\\b))");
    private static final Pattern HOLDING_BEFORE = Pattern.compile(
            "\\b(?:holds?|held|holding|owns?|owned|owning|controls?|controlled|bought|buys|buying|acquired|acquires|took|takes|taking|"
                    + "has|have|had|kept|keeps|keeping|retains?|retained|retaining|sold|sells|selling|sell|buy|own|hold|keep)"
                    + "(?: (?:still|already|now|roughly|about|around|nearly|almost|just under|just over|more than|less than|over|"
                    + "under|some|close to|only|also))*+ $");

    /** "is cutting its workforce by about a tenth": the share a workforce is cut by. */
    private static final Pattern FRACTION_CUT_BY = Pattern.compile(
            "(?<=\\b(?:workforce|staff|headcount|payroll|jobs|employees) by (?:about |roughly |around |nearly |almost |some |more than )?)"
                    + "(?<frac>half|a half|a third|one third|a quarter|one quarter|a fifth|one fifth|a tenth|one tenth)\\b",
            Pattern.CASE_INSENSITIVE);

    private static void findFractions(String s, List<Mention> out) {
        for (Matcher m = FRACTION_OF_STAFF.matcher(s); m.find(); ) {
            addFraction(m, out);
        }
        for (Matcher m = (s.contains(" by ") ? FRACTION_CUT_BY : Rx.NEVER).matcher(s); m.find(); ) {
            addFraction(m, out);
        }
        for (Matcher m = (s.contains(" of ") ? FRACTION_OF_COMPANY : Rx.NEVER).matcher(s); m.find(); ) {
            if (HOLDING_BEFORE.matcher(s.substring(Math.max(0, m.start() - 48), m.start())).find()) {
                addFraction(m, out);
            }
        }
    }

    private static void addFraction(Matcher m, List<Mention> out) {
        if (free(out, m.start(), m.end())) {
            String f = m.group("frac").toLowerCase(Locale.ROOT).replace('-', ' ');
            double v = f.contains("half") ? 50 : f.startsWith("two third") ? 66.7 : f.contains("third") ? 33.3
                    : f.startsWith("three quarter") ? 75 : f.contains("quarter") ? 25 : f.contains("fifth") ? 20 : 10;
            out.add(Mention.number(Mention.Kind.PERCENT, m.start(), m.end(), m.group(), v, null));
        }
    }

    private static void findPercent(Pattern percent, String s, List<Mention> out) {
        Matcher m = percent.matcher(s);
        while (m.find()) {
            if (free(out, m.start(), m.end())) {
                java.math.BigDecimal v = Quantities.parse(m.group("num"));
                if (v != null) {
                    out.add(Mention.number(Mention.Kind.PERCENT, m.start(), m.end(), m.group(), v.doubleValue(), null));
                }
            }
        }
    }

    private static void findStaff(String s, List<Mention> out) {
        Matcher m = STAFF.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) {
                continue;
            }
            if (m.group("num2") != null) {
                BigDecimal v = Quantities.parse(m.group("num2"));
                out.add(Mention.number(Mention.Kind.STAFF, m.start(), m.end(), m.group(), v == null ? null : v.doubleValue(), WorkerType.EMPLOYEES));
                continue;
            }
            BigDecimal v = Quantities.parse(m.group("num"));
            if (v != null && m.group("k") != null) {
                // "15k jobs", "1.55 million people"
                v = v.multiply(BigDecimal.valueOf(m.group("k").strip().equalsIgnoreCase("million") ? 1_000_000 : 1000));
            }
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            String mods = m.group("mods") == null ? "" : m.group("mods").toLowerCase(Locale.ROOT);
            if (noun.equals("workforce") || noun.equals("headcount")) {
                continue; // "200 workforce" is not English; "of its 1,400 workforce" is handled by rules as a number
            }
            WorkerType type = noun.startsWith("contractor") || mods.contains("contract") ? WorkerType.CONTRACTORS : WorkerType.EMPLOYEES;
            out.add(Mention.number(Mention.Kind.STAFF, m.start(), m.end(), m.group(), v == null ? null : v.doubleValue(), type));
        }
    }

    private static void findDates(String s, String publishedIso, List<Mention> out) {
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) {
                continue;
            }
            String iso = null;
            if (m.group("iso") != null) {
                iso = m.group("iso");
            } else if (m.group("yearonly") != null) {
                iso = m.group("yearonly");
            } else {
                String month = m.group("month");
                if (month.equals("May") && m.group("day") == null && m.group("year") == null) {
                    continue; // the modal verb, capitalised at a sentence start
                }
                if (m.group("day") == null && m.group("year") == null
                        && !MONTH_CUE.matcher(s.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                    continue; // a bare month name needs a cue: "in March", "since June"
                }
                int mon = monthNumber(month);
                String year = m.group("year");
                if (year == null && publishedIso != null) {
                    // the year that puts the month nearest the publication: "Jan. 5" in a November article is
                    // next January, "in March" in a May article this March
                    int pubYear = Integer.parseInt(publishedIso.substring(0, 4));
                    int pubMonth = publishedIso.length() >= 7 ? Integer.parseInt(publishedIso.substring(5, 7)) : mon;
                    int shift = mon - pubMonth > 6 ? -1 : pubMonth - mon > 6 ? 1 : 0;
                    year = Integer.toString(pubYear + shift);
                }
                if (year == null) {
                    // "on September 9" in an article without a date: still a date for the rules, of no known year
                    out.add(Mention.date(m.start(), m.end(), m.group(), null));
                    continue;
                }
                iso = m.group("day") != null ? isoDay(year, mon, m.group("day")) : String.format(Locale.ROOT, "%s-%02d", year, mon);
            }
            if (iso != null) {
                out.add(Mention.date(m.start(), m.end(), m.group(), iso));
            }
        }
    }

    private static String isoDay(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return String.format(Locale.ROOT, "%s-%02d", year, month);
        }
    }

    private static int monthNumber(String month) {
        String m3 = month.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m3) + 1;
    }

    /** First characters (ASCII, lower case) a title or a title's modifier can start with; anything else non-ASCII may. */
    private final boolean[] titleStartChars = new boolean[128];

    private void markTitleStart(String t) {
        if (t.isEmpty()) {
            return;
        }
        char c = Character.toLowerCase(t.charAt(0));
        if (c < 128) {
            titleStartChars[c] = true;
            titleStartChars[Character.toUpperCase(c)] = true;
        }
    }

    /**
     * The next position at or after {@code from} where the title pattern can start: where its look-behind
     * (no ASCII word character or hyphen before) holds and the character can open a title. The pattern
     * is tried only there instead of searched at every character.
     */
    private int nextTitleStart(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? !titleStartChars[c] : !Character.isLetter(c)) {
                continue;
            }
            char p = i == 0 ? ' ' : s.charAt(i - 1);
            if (!(p < 128 && (Character.isLetterOrDigit(p) || p == '_' || p == '-'))) {
                return i;
            }
        }
        return -1;
    }

    private void findTitles(String s, List<Mention> out) {
        Matcher m = titlePattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = nextTitleStart(s, 0); at >= 0; at = at < s.length() ? nextTitleStart(s, at) : -1) {
            if (!m.region(at, s.length()).lookingAt()) {
                at++;
                continue;
            }
            at = Math.max(m.end(), at + 1);
            String mods = Rx.replaceAll(m.group("mods").toLowerCase(Locale.ROOT), "\\s+", " ").strip();
            String baseSurface = Rx.replaceAll(m.group("base").toLowerCase(Locale.ROOT), "\\s+", " ");
            String base = lexicon.titles().getOrDefault(baseSurface, baseSurface);
            base = base.equals("chief artificial intelligence officer") ? "chief ai officer" : base;
            if (!acceptableTitleCase(m.group("base")) || isVerbUse(s, m.start("base"), base, mods) && !NOUN_ONLY_CHAIR.contains(baseSurface)
                    || base.equals("partner") && mods.isEmpty() && !PARTNER_AT.matcher(s.substring(m.end())).lookingAt()) {
                continue; // a bare "partner" is a business partner unless it is "a partner at Sequoia"
            }
            PositionStatus status = null;
            StringBuilder title = new StringBuilder();
            for (String mod : Rx.split(mods, "\\s+|(?<=-)")) {
                switch (mod) {
                    case "former", "ex-", "then-", "onetime", "erstwhile", "previous", "outgoing" -> status = PositionStatus.FORMER;
                    case "incoming" -> status = PositionStatus.INCOMING;
                    case "current" -> status = PositionStatus.CURRENT;
                    case "interim", "acting", "deputy", "founding", "senior" -> title.append(mod).append(' ');
                    case "co-" -> title.append("co-");
                    default -> { }
                }
            }
            title.append(base);
            String dept = m.group("dept");
            int titleEnd = m.end();
            if (dept != null && describesNameAfter(s, dept, m.end())) {
                dept = null; // "chief executive of warehouse robot maker Halden Robotics": a description of the company, no function
                titleEnd = m.start("dept");
            }
            if (dept != null) {
                // "president of its retail division" is the president of the retail division
                title.append(' ').append(Rx.replaceAll(dept.strip().toLowerCase(Locale.ROOT), "\\s+", " ")
                        .replaceAll("^(of|for) (?:its|their|the|his|her) ", "$1 "));
            }
            String t = title.toString().replace("co-co-founder", "co-founder");
            int begin = m.start("mods") < m.start("base") && !mods.isEmpty() ? m.start() : m.start("base");
            if (free(out, begin, titleEnd)) {
                out.add(Mention.title(begin, titleEnd, s.substring(begin, titleEnd), t, status));
            }
        }
    }

    /** True when a title's "of ..." words end in a descriptor noun and a capitalised name follows ("of robot maker Halden"). */
    private boolean describesNameAfter(String s, String dept, int end) {
        String[] words = dept.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return (lexicon.descriptors().contains(last) || lexicon.isNameDescriptor(last)) && end + 1 < s.length() && s.charAt(end) == ' '
                && Character.isUpperCase(s.charAt(end + 1));
    }

    /** "chipmaking chief", "games chief": a lower-case field before a bare "chief" (found by a look back from each "chief"). */
    private static final Pattern FIELD_CHIEF = Pattern.compile(
            "(?<![\\w-])(?!(?:its|the|a|an|their|his|her|former|new|and|as|or|of|deputy|acting|interim|co|company|firm|group|bank|s)\\b)"
                    + "([a-z]{3,}(?:-[a-z]+)?)\\s+chief(?!\\s+(?:executive|financial|operating|technology|technical|marketing|information|"
                    + "product|revenue|people|legal|commercial|strategy|scientist|scientific|ai|artificial|research|security|data|"
                    + "economist|investment|communications|of)\\b)(?![\\w-])");

    /** Fields whose chief is a C-suite officer with that field in the title ("strategy chief", chief strategy officer). */
    private static final java.util.Set<String> C_SUITE_FIELDS = java.util.Set.of("planning", "strategy", "legal", "people", "product",
            "revenue", "commercial", "digital", "data", "security", "information", "investment", "medical", "scientific", "risk",
            "compliance", "communications", "research", "sustainability", "operations", "innovation", "growth", "customer", "content",
            "creative", "design", "brand", "transformation", "marketing", "technology", "operating", "financial", "accounting", "diversity",
            "privacy", "procurement", "supply-chain", "manufacturing", "quality", "administrative", "business");

    private void findFieldChiefs(String s, List<Mention> out) {
        for (int at = s.indexOf(" chief"); at >= 0; at = s.indexOf(" chief", at + 1)) {
            int from = s.lastIndexOf(' ', at - 1) + 1;
            // "Product chief Kevin Weil leaves ...": opening the sentence, a field known as a chief's is capitalised
            boolean capitalField = from == 0 && at > 1 && Character.isUpperCase(s.charAt(0));
            String opening = capitalField ? s.substring(0, at).toLowerCase(Locale.ROOT) : null;
            if (capitalField && !C_SUITE_FIELDS.contains(opening)) {
                continue;
            }
            Matcher m = (capitalField ? FIELD_CHIEF.matcher(opening + s.substring(at)) : FIELD_CHIEF.matcher(s)).region(from, s.length());
            if (m.lookingAt()) {
                String title = Rx.replaceAll(m.group().toLowerCase(Locale.ROOT), "\\s+", " ");
                String field = m.group(1).toLowerCase(Locale.ROOT);
                if (!lexicon.titles().containsKey(title) && C_SUITE_FIELDS.contains(field)) {
                    // "planning chief" is the chief planning officer, "legal chief" the chief legal officer
                    title = "chief " + field + " officer";
                }
                title = lexicon.titles().getOrDefault(title, title);
                // the field replaces a bare "chief" found before; any other overlapping mention wins
                out.removeIf(x -> x.kind() == Mention.Kind.TITLE && x.overlaps(m.start(), m.end()) && x.text().equalsIgnoreCase("chief"));
                if (free(out, m.start(), m.end())) {
                    out.add(Mention.title(m.start(), m.end(), m.group(), title, null));
                }
            }
        }
    }

    /** "to head the unit", "will chair the board": the title word used as a verb. */
    /** "who is now chairman": forms of "chair" that are never a verb ("who will chair the board" is one). */
    private static final java.util.Set<String> NOUN_ONLY_CHAIR = java.util.Set.of("chairman", "chairwoman", "chairperson");

    private static boolean isVerbUse(String s, int at, String base, String mods) {
        if (!mods.isEmpty() || !(base.equals("head") || base.equals("chairman") || base.equals("lead") || base.equals("partner"))) {
            return false;
        }
        return VERB_BEFORE.matcher(s.substring(Math.max(0, at - 12), at)).find();
    }

    /**
     * Whether one of the {@code words} words from {@code from} starts with a descriptor noun: "the", a "world's", at most
     * four modifiers and the noun are seven words, so a "the" with no noun among its next six cannot open a descriptor.
     */
    private boolean nounWithin(String s, int from, int words) {
        int i = from;
        for (int w = 0; w < words && i < s.length(); w++) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && descriptorHeads.contains(letterRun(s, i))) {
                return true;
            }
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /** The letters of {@code s} from {@code from} up to the first other character. */
    private static String letterRun(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }

    /** The next "the" or "The" at or after {@code from} that starts a word and is followed by a space; -1 when none. */
    private static int nextThe(String s, int from) {
        for (int i = from; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 't' || c == 'T') && s.charAt(i + 1) == 'h' && s.charAt(i + 2) == 'e' && Character.isWhitespace(s.charAt(i + 3))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** Capitalised "Lead", "Partner", "Principal", "Owner" start company names more often than they are titles. */
    private static boolean acceptableTitleCase(String surface) {
        return !surface.equals("Lead") && !surface.equals("Principal") && !surface.equals("Owner") && !surface.equals("Partner");
    }

    private void findDescriptors(String s, List<Mention> out) {
        // the patterns open with "the": tried only where a "the" stands, not at every character
        boolean placed = s.contains("-based") || s.contains("-headquartered");
        Matcher m = (placed ? placeDescriptorPattern : descriptorPattern).matcher(s)
                .useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = nextThe(s, 0); at >= 0; ) {
            if ((placed || nounWithin(s, at + 4, 6)) && m.region(at, s.length()).lookingAt()) {
                Matcher owner = m.group().indexOf('-') > 0 ? OWNER_INSIDE.matcher(m.group()) : Rx.NEVER.matcher("");
                if (owner.find() && !lexicon.isPlace(owner.group(1)) && !lexicon.isNonEntity(owner.group(1))
                        && free(out, m.start() + owner.start(1), m.start() + owner.end(1))) {
                    // "the Arvane-owned shipbuilder said": the owner is a name, and the description is left to the rules
                    out.add(Mention.of(Mention.Kind.NAME, m.start() + owner.start(1), m.start() + owner.end(1), owner.group(1)));
                } else if (free(out, m.start(), m.end())) {
                    out.add(Mention.of(Mention.Kind.DESCRIPTOR, m.start(), m.end(), m.group()));
                }
                at = nextThe(s, Math.max(m.end(), at + 1));
            } else {
                at = nextThe(s, at + 1);
            }
        }
        // "the Company", "the Group": a press release's or a translated report's capitalised name for itself
        for (Matcher p = (s.contains("he Company") || s.contains("he Group") ? CAPITAL_SELF : Rx.NEVER).matcher(s); p.find(); ) {
            if (free(out, p.start(), p.end())) {
                out.add(Mention.of(Mention.Kind.DESCRIPTOR, p.start(), p.end(), p.group()));
            }
        }
        for (Matcher p = (theThenCapital(s) ? namedPlaceDescriptorPattern : Rx.NEVER).matcher(s); p.find(); ) {
            if (lexicon.isPlace(Rx.replaceAll(p.group("place").strip(), "\\.$", "")) && free(out, p.start(), p.end())) {
                out.add(Mention.of(Mention.Kind.DESCRIPTOR, p.start(), p.end(), p.group()));
            }
        }
    }

    /**
     * "Roomba maker cuts 31% of staff", "the Instagram owner said": a product's maker stands for a company, unless
     * the company's own name follows ("ChatGPT maker OpenAI").
     */
    private void findProductMakers(String s, List<Mention> out) {
        for (Matcher p = PRODUCT_MAKER.matcher(s); p.find(); ) {
            if (free(out, p.start(), p.end()) && lexicon.canonicalOrganization(p.group("product")) == null) {
                out.add(Mention.of(Mention.Kind.DESCRIPTOR, p.start(), p.end(), p.group()));
            }
        }
    }

    /**
     * "Clayton, Dubilier & Rice", "Wachtell, Lipton, Rosen & Katz": surnames in a row before an ampersand, one firm's name
     * (but not a list ending in "Cask & Co").
     */
    private static final Pattern COMMA_FIRM = Pattern.compile("(?<!, )\\b\\p{Lu}\\p{Ll}+(?:, \\p{Lu}\\p{Ll}+){1,4},? & (?!(?:Co|Company|Sons)\\b)\\p{Lu}\\p{Ll}+\\b");

    private void findCommaFirms(String s, List<Mention> out) {
        for (Matcher m = COMMA_FIRM.matcher(s); m.find(); ) {
            boolean known = false;
            for (String w : Rx.split(m.group().replace("&", ","), ",\\s*")) {
                known |= lexicon.canonicalOrganization(w.strip()) != null;
            }
            // (not a list of companies the lexicon knows: "Apple, Google & Meta")
            if (!known && free(out, m.start(), m.end())) {
                out.add(Mention.of(Mention.Kind.NAME, m.start(), m.end(), m.group()));
            }
        }
    }

    /** True when "the" or "The" is followed by a capitalised word somewhere: "the San Francisco company", "The UK's ...". */
    private static boolean theThenCapital(String s) {
        for (int i = s.indexOf("he"); i >= 0; i = s.indexOf("he", i + 2)) {
            if (i > 0 && (s.charAt(i - 1) == 't' || s.charAt(i - 1) == 'T')) {
                int j = i + 2;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j > i + 2 && j < s.length() && Character.isUpperCase(s.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A field noun between a nationality's name and the name it describes ("AI startup Cohere"); "and", "or" join names instead. */
    private static final Pattern DESCRIBED_NEXT = Pattern.compile("\\s+(?!(?:and|or|nor|but|as|to|in|at|of|for|with|from|by|on|than)\\s)"
            + "[a-z][a-z-]+\\s+(?:[a-z][a-z-]+\\s+)?\\p{Lu}");

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    /** A name that starts with digits: "8VC", "7-Eleven" (two capitals, or a hyphen and a capitalised word; not "5G" or "3D"). */
    private static final Pattern DIGIT_LED = Pattern.compile("\\d+(?:\\p{Lu}{2}[\\p{L}\\d]*|-\\p{Lu}\\p{Ll}+)");
    private static final Pattern DIGIT_ONE_CAPITAL = Pattern.compile("\\d{1,2}\\p{Lu}");
    /** What follows a company's name as its sentence goes on: its possessive, a verb of its own, its chief. */
    private static final Pattern ACTS_AS_NAME = Pattern.compile("(?:['\u2019]s\\b|\\s+(?:will|would|said|says|has|had|is|was|plans|agreed|"
            + "reported|employs|employed|cut|cuts|announced|shares|chief|ceo|to\\s+(?:cut|buy|acquire|sell|eliminate|lay|shed|invest|pay))\\b)");
    /** A number that opens a firm's name: "1789 Capital" (not a year, which "in 2019 Capital One ..." would be). */
    private static final Pattern NAME_NUMBER = Pattern.compile("(?!(?:19|20)\\d{2}$)\\d{1,4}");

    private static final Pattern PRODUCT_MAKER = Pattern.compile(
            "(?<![\\p{L}-])(?:[Tt]he\\s+)?(?<product>\\p{Lu}[\\p{L}\\d]*(?:\\s+\\p{Lu}[\\p{L}\\d]*)?)[- ](?:maker|owner|parent|operator|developer|creator|publisher)\\b"
                    + "(?!\\s+(?:of\\s+)?[\\p{Lu}\\d])(?!-)");

    private static void findNumbers(String s, List<Mention> out) {
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            if (free(out, m.start(), m.end())) {
                BigDecimal v = Quantities.parse(m.group());
                if (v != null) {
                    out.add(Mention.number(Mention.Kind.NUMBER, m.start(), m.end(), m.group(), v.doubleValue(), null));
                }
            }
        }
    }

    // ---- names ----

    private record Tok(String text, int begin, int end) {
        boolean capitalised() {
            char c = text.charAt(0);
            if (Character.isUpperCase(c)) {
                return true;
            }
            if (c >= '0' && c <= '9') {
                return DIGIT_LED.matcher(text).matches(); // "8VC", "7-Eleven": digits, then capitals
            }
            // "xAI", "eBay", "iPhone": one or two lower-case letters, then a capital
            for (int i = 1; i < Math.min(3, text.length()); i++) {
                char d = text.charAt(i);
                if (Character.isUpperCase(d)) {
                    return c >= 'a' && c <= 'z' && (i == 1 || text.charAt(1) >= 'a' && text.charAt(1) <= 'z');
                }
                if (!(d >= 'a' && d <= 'z')) {
                    return false;
                }
            }
            return false;
        }
    }

    private static final java.util.Set<String> JOINERS = java.util.Set.of("of", "de", "du", "van", "von", "der", "del", "la", "&", "and", "for",
            "den", "da", "di", "dos", "das", "della", "le", "ter", "bin", "bint", "ibn", "al", "el");
    /** Lower-case particles inside people's names: "Ben van Beurden", "Tahnoun bin Zayed", "Ursula von der Leyen". */
    static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "du", "van", "von", "der", "den", "del", "della",
            "da", "di", "dos", "das", "la", "le", "ter", "bin", "bint", "ibn", "al", "el");
    /** Words of rank before a person's name that start the name the press writes ("Sheikh Tahnoun", "Prince Harry"). */
    static final java.util.Set<String> RANKS = java.util.Set.of("Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Lord", "Lady");
    private static final java.util.Set<String> HEAD_NOUNS = java.util.Set.of(
            "department", "ministry", "bank", "university", "institute", "board", "office", "bureau", "commission",
            "council", "museum", "college", "school", "academy", "federation", "association", "society", "chamber",
            "court", "secretary", "house", "state", "states", "republic", "church", "agency", "authority", "fund",
            "laboratory", "center", "centre", "hospital", "league", "union", "order");

    /** Government bodies named by their field: "Defense Department", "Commerce Ministry", "Energy Agency". */
    /** A name followed by a ranking's size and what it ranks: "Fortune 500 companies", "Global 2000 list". */
    private static final Pattern RANKING_AFTER = Pattern.compile(
            " (?:10|50|100|200|500|1000|1,000|2000|2,000)\\b(?: [a-z-]+)?? (?:companies|firms|businesses|corporations|list|lists|ranking|rankings|index|members|clients|customers)\\b");
    private static final java.util.Set<String> BODIES = java.util.Set.of("Department", "Ministry", "Agency", "Commission", "Authority",
            "Administration", "Bureau", "Council", "Office", "Service", "Committee");

    private static final java.util.Set<String> FOR_HEADS = java.util.Set.of("institute", "center", "centre", "council",
            "foundation", "society", "association", "coalition", "alliance", "fund", "office", "agency", "commission", "committee",
            "school", "college", "academy", "partnership", "network", "initiative", "institution", "organization", "organisation");

    /** Verbs a Title Case headline capitalises before a company's name: "to Acquire X", "Buys X", "Sues X". */
    private static final java.util.Set<String> HEADLINE_VERBS = java.util.Set.of("acquire", "acquires", "buy", "buys", "sell", "sells",
            "merge", "merges", "sue", "sues", "hire", "hires", "name", "names", "join", "joins", "back", "backs", "fund", "funds",
            "invest", "invests", "drop", "drops", "dump", "dumps", "sign", "signs", "pick", "picks", "tap", "taps", "bid", "bids",
            "snap", "snaps", "take", "takes", "beat", "beats", "outbid", "outbids", "quit", "quits", "leave", "leaves");

    /** "Seven & i Holdings": a listed name with a lower-case word inside, found as the lexicon writes it. */
    private void findLowerCaseWordNames(String s, List<Mention> out) {
        for (String name : lexicon.namesWithLowerCaseWords()) {
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                int end = at + name.length();
                if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))
                        && free(out, at, end)) {
                    out.add(Mention.of(Mention.Kind.NAME, at, end, name));
                }
            }
        }
    }

    private void findNames(String s, java.util.Set<String> possessiveNames, List<Mention> out) {
        List<Tok> toks = new ArrayList<>();
        NameTokens m = new NameTokens(s);
        java.util.Set<Tok> possessive = new java.util.HashSet<>();
        int skipTo = 0; // the "s" of a name's own "'s" is not a token of its own
        while (m.find()) {
            if (m.start() < skipTo) {
                continue;
            }
            int end = m.end();
            // "McDonald's", "Dick's": a name whose "'s" is its own, not a possessive
            if (end + 1 < s.length() && (s.charAt(end) == '\'' || s.charAt(end) == '\u2019') && s.charAt(end + 1) == 's'
                    && (end + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(end + 2)))
                    && (possessiveNames.contains(m.group()) || String.valueOf(lexicon.canonicalOrganization(m.group() + "'s")).endsWith("'s"))) {
                Tok t = new Tok(s.substring(m.start(), end + 2), m.start(), end + 2);
                toks.add(t);
                possessive.add(t);
                skipTo = end + 2;
                continue;
            }
            toks.add(new Tok(m.group(), m.start(), end));
        }
        // a sentence of prose (it ends with a full stop) that names many companies is not a headline unless nearly every word is capitalised
        String end = s.stripTrailing();
        boolean prose = end.endsWith(".") || end.endsWith("?") || end.endsWith("!");
        boolean headline = isTitleCase(toks) && (!prose || isMostlyCapitalised(toks));
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            // "21st Century Fox": an ordinal may open a name
            boolean ordinal = Character.isDigit(t.text.charAt(0)) && i + 1 < toks.size() && toks.get(i + 1).capitalised()
                    && adjacent(s, t, toks.get(i + 1))
                    && (ORDINAL.matcher(t.text).matches() || (NAME_NUMBER.matcher(t.text).matches() || DIGIT_ONE_CAPITAL.matcher(t.text).matches())
                    && lexicon.isOrganizationSuffix(toks.get(i + 1).text)); // "3G Capital", "3D Systems"
            // "3M will cut", "3M's chief executive": digits and one capital name a company where a company's words follow
            // ("5G", "3D" and "4K" are things, and stay so elsewhere)
            boolean digitName = Character.isDigit(t.text.charAt(0)) && DIGIT_ONE_CAPITAL.matcher(t.text).matches()
                    && ACTS_AS_NAME.matcher(s).region(t.end, s.length()).lookingAt();
            // "K-beauty", "E-commerce": one capital letter before a hyphened common word is a kind of thing, not a name
            boolean letterPrefixed = t.text.length() > 3 && t.text.charAt(1) == '-' && t.text.substring(2).chars().allMatch(Character::isLowerCase);
            if (!t.capitalised() && !ordinal && !digitName || letterPrefixed || !free(out, t.begin, t.end)) {
                i++;
                continue;
            }
            // "Private-equity firm Thoma Bravo", "Oilfield-services group Baker Hughes": a hyphened compound in lower case after its
            // capital, opening the sentence before a descriptor noun, is what kind of firm the name after it is
            // ("Online home-goods seller Wayfair": one lower-case modifier may stand between)
            if (i + 1 < toks.size() && !toks.get(i + 1).capitalised() && (FIELD_WORDS.contains(t.text) || t.text.indexOf('-') > 0
                    && LOWER_COMPOUND.matcher(t.text).matches()) && (lexicon.isNameDescriptor(toks.get(i + 1).text)
                    || i + 2 < toks.size() && !toks.get(i + 2).capitalised() && lexicon.isNameDescriptor(toks.get(i + 2).text))
                    && OPENING.matcher(s.substring(0, t.begin)).matches()) {
                i++;
                continue;
            }
            // 'Robert "Kelly" Ortberg': a given name, the nickname the press uses in quotes, then the surname: one person, by the nickname
            Matcher nick = t.end + 2 < s.length() && s.charAt(t.end) == ' ' && (s.charAt(t.end + 1) == '"' || s.charAt(t.end + 1) == '\u201c')
                    ? NICKNAMED.matcher(s).region(t.begin, s.length()) : null;
            if (nick != null && nick.lookingAt() && lexicon.isGivenName(nick.group(1)) && free(out, t.begin, nick.end())) {
                out.add(Mention.of(Mention.Kind.NAME, t.begin, nick.end(), nick.group(2) + " " + nick.group(3)));
                while (i < toks.size() && toks.get(i).begin < nick.end()) {
                    i++;
                }
                continue;
            }
            if (brandWithHonorific(s, toks, i, possessiveNames, out)) {
                Tok w = toks.get(i + 1);
                out.add(Mention.of(Mention.Kind.NAME, t.begin, w.end, s.substring(t.begin, w.end)));
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < toks.size()) {
                Tok next = toks.get(j);
                if (possessive.contains(toks.get(j - 1)) && (lexicon.isGivenName(next.text) || lexicon.canonicalOrganization(next.text) != null)) {
                    break; // "McDonald's Chris Kempczinski": the name's owner, then a person of it
                }
                if (next.capitalised() && adjacent(s, toks.get(j - 1), next) && free(out, next.begin, next.end)) {
                    j++;
                    continue;
                }
                // "Phillips 66", "Forever 21": a number that ends a known name is part of it
                if (Character.isDigit(next.text.charAt(0)) && adjacent(s, toks.get(j - 1), next) && free(out, next.begin, next.end)
                        && lexicon.canonicalOrganization(s.substring(toks.get(i).begin, next.end)) != null) {
                    j++;
                    continue;
                }
                String lower = next.text.toLowerCase(Locale.ROOT);
                // "Dolf van den Brink", "Jan van de Winkel": two particles before the surname
                if (NAME_PARTICLES.contains(next.text) && j + 2 < toks.size() && NAME_PARTICLES.contains(toks.get(j + 1).text)
                        && toks.get(j + 2).capitalised() && free(out, toks.get(j + 2).begin, toks.get(j + 2).end) && joinable(s, toks, i, j)) {
                    j += 3;
                    continue;
                }
                if (JOINERS.contains(lower) && j + 1 < toks.size() && toks.get(j + 1).capitalised()
                        && free(out, toks.get(j + 1).begin, toks.get(j + 1).end) && joinable(s, toks, i, j)) {
                    j += 2;
                    continue;
                }
                break;
            }
            addNameGroup(s, toks.subList(i, j), headline, possessiveNames, out);
            i = j;
        }
    }

    private static final Pattern NICKNAMED = Pattern.compile("(\\p{Lu}\\p{Ll}+) [\"\u201c](\\p{Lu}\\p{Ll}+)[\"\u201d] (\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)");
    private static final java.util.Set<String> HONORIFIC_ABBREVIATIONS = java.util.Set.of("Dr", "Mr", "Mrs", "Ms");

    /**
     * "Dr. Squatch", "Mr. Cooper": an honorific and one word that is no given name and that the article never writes after another
     * capitalised word ("Elon Musk ... Mr. Musk" is a person), so a brand's name, not a title and a surname.
     */
    private boolean brandWithHonorific(String s, List<Tok> toks, int i, java.util.Set<String> articleNames, List<Mention> out) {
        Tok t = toks.get(i);
        if (i + 1 >= toks.size() || !HONORIFIC_ABBREVIATIONS.contains(t.text) || !s.startsWith(". ", t.end)) {
            return false;
        }
        Tok w = toks.get(i + 1);
        return w.begin == t.end + 2 && w.capitalised() && !lexicon.isGivenName(w.text) && free(out, w.begin, w.end)
                && !(i + 2 < toks.size() && toks.get(i + 2).capitalised() && adjacent(s, w, toks.get(i + 2)))
                && !articleNames.contains(SURNAME + w.text);
    }

    private boolean adjacent(String s, Tok a, Tok b) {
        String between = s.substring(a.end, b.begin);
        if (between.equals(" ") || between.isEmpty() || between.equals(" & ")) {
            return true;
        }
        // "Ontario Teachers' Pension Plan": a plural possessive inside an institution's name;
        // "Contemporary Amperex Technology Co. Ltd.": a second legal suffix after an abbreviated one
        return (between.equals("' ") || between.equals("\u2019 ")) && a.text.endsWith("s") && INSTITUTION_WORDS.contains(b.text)
                || between.equals(". ") && lexicon.isAbbreviatedSuffix(a.text + ".") && lexicon.isOrganizationSuffix(b.text)
                // "Warner Bros. Discovery": an abbreviation inside a name, never at its end before a capitalised word
                || between.equals(". ") && a.text.equals("Bros")
                // "T. Rowe Price", "John F. Kennedy": an initial inside a name, before a capitalised word
                || between.equals(". ") && a.text.length() == 1 && Character.isUpperCase(a.text.charAt(0)) && Character.isUpperCase(b.text.charAt(0))
                // "Brightwave Health, Inc. (NASDAQ: BWHL)": a press release's legal suffix after a comma
                || between.equals(", ") && COMMA_SUFFIXES.contains(b.text) && s.startsWith(b.text + ".", b.begin)
                || between.equals(", ") && (b.text.equals("LLC") || b.text.equals("Inc") || b.text.equals("Ltd")) && !s.startsWith(b.text + " and", b.begin);
    }

    /** Legal suffixes a press release writes after a comma, with their full stop: "Acme, Inc.", "Acme, Ltd.". */
    private static final java.util.Set<String> COMMA_SUFFIXES = java.util.Set.of("Inc", "Ltd", "Corp", "Co", "L.P", "N.V", "S.A");

    /** Words that go on an institution's name after a plural possessive: "Teachers' Pension Plan", "Workers' Union". */
    private static final java.util.Set<String> INSTITUTION_WORDS = java.util.Set.of("Pension", "Retirement", "Savings", "Union",
            "Federation", "Association", "Fund", "Bank", "Credit", "Cooperative", "Co-operative", "Insurance", "Trust", "Council");

    /** "Department of Defense", "Bank of America", "Johnson & Johnson": joined only where the result is a known kind of name. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?i)\\b(?:chief executive|executive|officer|ceo|cfo|coo|cto|chairman|chair|"
            + "chairwoman|president|founder|co-founder|director|chief|head|boss|minister|partner)\\s+$");
    private static final Pattern ROLE_AFTER = Pattern.compile("(?i)\\s*,\\s*(?:the |its |a |an |who |now )?(?:former |chief |co-?founder|founder|"
            + "ceo|cfo|chairman|chair|president|head|director|partner)");

    private boolean joinable(String s, List<Tok> toks, int from, int joinerAt) {
        String joiner = toks.get(joinerAt).text.toLowerCase(Locale.ROOT);
        String left = s.substring(toks.get(from).begin, toks.get(joinerAt - 1).end);
        String lastLeft = toks.get(joinerAt - 1).text.toLowerCase(Locale.ROOT);
        int k = joinerAt + 1;
        while (k + 1 < toks.size() && toks.get(k + 1).capitalised() && adjacent(s, toks.get(k), toks.get(k + 1))) {
            k++;
        }
        String joined = s.substring(toks.get(from).begin, toks.get(k).end);
        if (lexicon.canonicalOrganization(joined) != null) {
            return true;
        }
        if (NAME_PARTICLES.contains(joiner) && toks.get(joinerAt).text.equals(joiner)
                && (lexicon.isGivenName(toks.get(from).text) || RANKS.contains(toks.get(from).text)) && joinerAt - from <= 3) {
            return true; // "Ben van Beurden", "Sheikh Tahnoun bin Zayed Al Nahyan": a person's name goes on after its particle
        }
        if (NAME_PARTICLES.contains(joiner) && toks.get(joinerAt).text.equals(joiner)
                && lexicon.isGivenName(toks.get(joinerAt - 1).text)) {
            return true; // a headline's "Valmont Beauty Names Anne-Laure de La Roche CEO": a given name right before the particle
        }
        if (NAME_PARTICLES.contains(joiner) && toks.get(joinerAt).text.equals(joiner) && joinerAt - from == 1 && k - joinerAt <= 2
                && (ROLE_BEFORE.matcher(s.substring(Math.max(0, toks.get(from).begin - 40), toks.get(from).begin)).find()
                || ROLE_AFTER.matcher(s.substring(toks.get(k).end, Math.min(s.length(), toks.get(k).end + 40))).lookingAt())) {
            return true; // "chief executive Geoffroy van Raemdonck": a given name the lexicon lacks, placed as a person's by the role
        }
        if (joiner.equals("and")) {
            // "Competition and Markets Authority", "Fidelity Management and Research Company": the words after
            // "and" end in a head noun that names nothing alone, so both sides are one name
            String lastRight = toks.get(k).text;
            String right = s.substring(toks.get(joinerAt + 1).begin, toks.get(k).end);
            // but "Bolt Research Company and Crane Holdings Corporation" are two names: the left one is complete
            return AND_HEADS.contains(lastRight) && k - joinerAt <= 3 && lexicon.canonicalOrganization(left) == null
                    && !COMPLETE_NAME_ENDS.contains(toks.get(joinerAt - 1).text)
                    && lexicon.canonicalOrganization(right) == null
                    && !lexicon.isGivenName(toks.get(from).text);
        }
        if (joiner.equals("for")) {
            // "Institute for Protein Design", "Center for Strategic Studies": an institution named by its purpose
            return FOR_HEADS.contains(lastLeft);
        }
        if (joiner.equals("&")) {
            return lexicon.canonicalOrganization(left) == null;
        }
        // "Blue Shield of California": a name of two words or more, then "of" and a state or country, is one name (not "Gavin
        // Newsom of California", a person)
        if (joiner.equals("of") && joinerAt - from >= 2 && k == joinerAt + 1 && lexicon.isPlace(toks.get(k).text)
                && toks.subList(from, joinerAt).stream().noneMatch(t -> lexicon.isGivenName(t.text))) {
            return true;
        }
        return HEAD_NOUNS.contains(lastLeft);
    }

    /** "San Francisco-based", "SoftBank-backed", "Paris-headquartered": a name turned adjective describes, it is not the entity. */
    /** "State-owned", "Family-controlled": kinds of owner, not names. */
    private static final Set<String> OWNER_KINDS = Set.of("state", "family", "employee", "employees", "government", "founder",
            "founders", "privately", "publicly", "foreign", "majority", "wholly", "partly", "jointly", "locally", "venture", "private",
            "investor", "investors", "union", "member", "members", "community", "city", "county", "federal", "taxpayer", "bank", "fan", "fans");
    private static final Pattern BACKER = Pattern.compile("-(?:backed|led|funded|financed|controlled|owned)$");
    private static final Pattern CAPITAL_SELF = Pattern.compile("\\b[Tt]he (?:Company|Group)\\b(?![ -]+\\p{Lu})(?!-)");
    /** An owner named inside a description: "the Arvane-owned shipbuilder", "the Tessit Capital-backed lender". */
    private static final Pattern OWNER_INSIDE = Pattern.compile(
            "(?<![\\p{L}-])(\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*)?)-(?:owned|backed|controlled|funded|financed)\\b");
    private static final Pattern ADJECTIVAL = Pattern.compile(
            "-(?:based|headquartered|born|backed|owned|led|funded|focused|listed|registered|made|founded|controlled)$");

    /** A possessive right before a name: "its", "their", "Tesla's". */
    private static final Pattern OWNERS_SITE_BEFORE = Pattern.compile("(?:\\b(?:its|their)|\\p{L}'s?) $");
    /** A site noun right after a name: "bakery", "plant", "factory". */
    private static final Pattern SITE_AFTER = Pattern.compile(" (?:plant|plants|factory|factories|bakery|site|mill|depot|warehouse|works|"
            + "campus|mine|refinery|smelter|facility|distribution centre|distribution center|hub|yard|shipyard|office|offices)\\b");

    private void addNameGroup(String s, List<Tok> group, boolean headline, java.util.Set<String> articleNames, List<Mention> out) {
        int a = 0;
        int b = group.size();
        // "New York-based Buffalo Bills": the place that ends in "-based" goes, with the words before it
        for (int j = b - 2; j > 0; j--) {
            if (ADJECTIVAL.matcher(group.get(j).text).find() && BACKER.matcher(group.get(j).text).find() == false) {
                a = j + 1;
                break;
            }
        }
        // "Hall of Famers Vince Carter", "Tennis Champions Ana Ruiz": a descriptor right before a person's full name
        if (b - a >= 3 && lexicon.isGivenName(group.get(b - 2).text) && lexicon.isNameDescriptor(group.get(b - 3).text)
                && lexicon.canonicalOrganization(s.substring(group.get(a).begin, group.get(b - 1).end)) == null) {
            a = b - 2;
        }
        // a descriptor glued to the name is not part of it: "ChatGPT-maker OpenAI", "Chipmaker Intel" opening a sentence
        while (a < b - 1 && lexicon.canonicalOrganization(s.substring(group.get(a).begin, group.get(b - 1).end)) == null) {
            String w = group.get(a).text;
            boolean compound = w.indexOf('-') > 0 && lexicon.isNameDescriptor(w);
            // (after a dateline too: "GENEVA - Chipmaker STMicroelectronics plans ...")
            boolean opening = w.indexOf('-') < 0 && lexicon.isNameDescriptor(w)
                    && (group.get(a).begin <= 2 || DATELINE_BEFORE.matcher(s.substring(0, group.get(a).begin)).matches());
            boolean adjectival = ADJECTIVAL.matcher(w).find(); // "Dallas-based Arctos"
            if (!compound && !opening && !adjectival) {
                break;
            }
            Matcher backer = BACKER.matcher(w);
            if (backer.find() && backer.start() > 1 && a == 0 && !lexicon.isNonEntity(w.substring(0, backer.start()))
                    && !OWNER_KINDS.contains(w.substring(0, backer.start()).toLowerCase(Locale.ROOT)) && !lexicon.isPlace(w.substring(0, backer.start()))) {
                // "SoftBank-backed Arm": the backer is a name of its own
                out.add(Mention.of(Mention.Kind.NAME, group.get(a).begin, group.get(a).begin + backer.start(), w.substring(0, backer.start())));
            }
            a++;
        }
        if (a < b && lexicon.isPlace(s.substring(group.get(a).begin, group.get(b - 1).end))
                && !ACTS_LIKE_PERSON.matcher(s).region(group.get(b - 1).end, s.length()).lookingAt()
                && !placeNamedCompany(s, group.get(a).begin, group.get(b - 1).end, articleNames)) {
            return; // "Saudi Arabian logistics group": a place or its adjective names no party
        }
        if (a < b && SITE_AFTER.matcher(s).region(group.get(b - 1).end, s.length()).lookingAt()
                && OWNERS_SITE_BEFORE.matcher(s.substring(Math.max(0, group.get(a).begin - 8), group.get(a).begin)).find()) {
            return; // "close its Wigan bakery", "Tesla's Berlin factory": the town a company's site is named by, no party
        }
        if (b - a == 2 && lexicon.isPlace(group.get(a).text) && lexicon.isOrganizationSuffix(group.get(a + 1).text)
                && DESCRIBED_NEXT.matcher(s).region(group.get(b - 1).end, s.length()).lookingAt()) {
            return; // "Canadian AI startup Cohere": a nationality and a field describe the name after them
        }
        if (RANKING_AFTER.matcher(s).region(group.get(b - 1).end, s.length()).lookingAt()) {
            return; // "85% of Fortune 500 companies", "the Forbes Global 2000 list": a ranking, not its publisher
        }
        // drop leading words that are not names ("Take Google", "After Meta"), unless the whole is a known organization
        while (a < b) {
            String whole = s.substring(group.get(a).begin, group.get(b - 1).end);
            if (lexicon.canonicalOrganization(whole) != null) {
                break;
            }
            if (lexicon.isNonEntity(whole) && !listedWithName(s, group.get(a), b - a)) {
                return;
            }
            // "U.S. Army", "US Steel", "UK Treasury": a country's initials lead the name of one of its bodies
            boolean leadingInitialism = Rx.matches(group.get(a).text, "(?:[A-Z]\\.){2,}|US|UK") && b - a > 1 && b - a <= 3;
            // "Defense Department", "Justice Ministry": the word naming the field belongs to the body's name
            boolean fieldOfBody = b - a == 2 && BODIES.contains(group.get(b - 1).text);
            // "London Stock Exchange Group", "Boston Dynamics": a place leads the name of a company named after it
            boolean placeName = b - a >= 2 && lexicon.isPlace(group.get(a).text) && lexicon.isOrganizationSuffix(group.get(b - 1).text);
            // "including New Enterprise Associates", "Saudi Arabia's Public Investment Fund": inside a sentence, a common
            // word opening a name of three or more words that ends like a firm's is part of it
            // ("Yes Bank" too: two words inside a sentence, the second a firm's)
            // (not a headline's verb: "Brightwave Health to Acquire Clarion Diagnostics")
            boolean newFirm = (b - a >= 3 || b - a == 2 && s.substring(0, group.get(a).begin).strip().length() > 1) && group.get(a).begin > 0
                    && !isJoiner(group.get(a).text) && lexicon.isOrganizationSuffix(group.get(b - 1).text)
                    && !(headline && HEADLINE_VERBS.contains(group.get(a).text.toLowerCase(Locale.ROOT)));
            // "agreed to acquire Just Eat Takeaway.com": an adverb nobody capitalises inside a sentence opens a name there
            if (!newFirm && b - a >= 2 && CAPITALISED_ONLY_IN_NAMES.contains(group.get(a).text)) {
                String before = s.substring(0, group.get(a).begin).strip();
                newFirm = before.length() > 1 && !before.endsWith(".")
                        // and opening a sentence, where the article has written the name inside one ("Just Eat Takeaway chief executive")
                        || articleNames.contains(OPENED_BY_COMMON_WORD + group.get(a).text + " " + group.get(a + 1).text);
            }
            // "Three Kenvue directors will join": a number opening a sentence counts the noun after the name ("Two Sigma said": kept)
            boolean counted = b - a >= 2 && NUMBER_WORDS.contains(group.get(a).text.toLowerCase(Locale.ROOT))
                    && PLURAL_NOUN_NEXT.matcher(s).region(group.get(b - 1).end, s.length()).lookingAt();
            if (counted) {
                a++;
                continue;
            }
            // "American Express Global Business Travel", "Swiss Re", "Canadian Tire": a nationality straight before a capitalised
            // word is part of a company's name (English puts a noun between a nationality and a name: "Swiss insurer Swiss Re")
            boolean nationalName = b - a >= 2 && NATIONALITY_ENDS.contains(group.get(a).text) && !lexicon.isNonEntity(group.get(a + 1).text)
                    && !lexicon.isPlace(group.get(a + 1).text) && !BODIES.contains(group.get(b - 1).text) && !isJoiner(group.get(a + 1).text);
            if (!leadingInitialism && !fieldOfBody && !placeName && !newFirm && !nationalName
                    && (lexicon.isNonEntity(group.get(a).text) || isJoiner(group.get(a).text))
                    // "job sites Indeed and Glassdoor": a common word listed beside a name is one
                    && !(b - a == 1 && listedWithName(s, group.get(a), 1))
                    // "co-founder and chief executive Will Shu": after a title, a modal or common word opening two words is a given name
                    // (or opening a name with particles: "chief executive Jan van de Winkel")
                    && !((b - a == 2 || b - a >= 3 && NAME_PARTICLES.contains(group.get(a + 1).text))
                    && AFTER_TITLE.matcher(s).region(Math.max(0, group.get(a).begin - 30), group.get(a).begin).find())
                    // "brothers Daniel Roberts and Will Roberts": after a name and "and", the given name of one sharing its surname
                    && !(b - a == 2 && s.substring(0, group.get(a).begin).endsWith(" " + group.get(a + 1).text + " and "))) {
                a++;
                continue;
            }
            break;
        }
        // "Embraer E195 jets", "Airbus A321neo": a model code after a maker's name is the product, not part of the name
        while (b - a >= 2 && MODEL_CODE.matcher(group.get(b - 1).text).matches()
                && lexicon.canonicalOrganization(s.substring(group.get(a).begin, group.get(b - 1).end)) == null) {
            b--;
        }
        while (b > a && (isJoiner(group.get(b - 1).text) || lexicon.isNonEntity(group.get(b - 1).text)
                && !(b - a >= 2 && group.get(b - 1).text.equals("One")) // "Capital One", "Vision One"
                && !(b - a == 1 && listedWithName(s, group.get(a), 1)) // "job sites Indeed and Glassdoor"
                && lexicon.canonicalOrganization(s.substring(group.get(a).begin, group.get(b - 1).end)) == null
                && !lexicon.isOrganizationSuffix(group.get(b - 1).text)
                && !(b - a >= 2 && COUNTRIES.contains(group.get(b - 1).text.toLowerCase(Locale.ROOT)))
                // "Blue Shield of California": the place a name was joined to with "of" is part of it
                && !(b - a >= 4 && group.get(b - 2).text.equals("of") && lexicon.isPlace(group.get(b - 1).text))
                // "Anglo American", "Reynolds American": a nationality after a capitalised word ends a name (English puts it first)
                && !(b - a >= 2 && NATIONALITY_ENDS.contains(group.get(b - 1).text) && !lexicon.isNonEntity(group.get(b - 2).text)))) {
            b--;
        }
        if (a >= b || lexicon.isPlace(s.substring(group.get(a).begin, group.get(b - 1).end))
                && !ACTS_LIKE_PERSON.matcher(s).region(group.get(b - 1).end, s.length()).lookingAt()
                && !placeNamedCompany(s, group.get(a).begin, group.get(b - 1).end, articleNames)) {
            return; // "based in Sunnyvale", "UAE artificial intelligence firm G42": a place names no party
        }
        // "an Austin, Texas company", "the Bothell, Washington drugmaker", "an Austin, Texas-based firm": a town the lexicon
        // lacks, then its state, is a place
        Matcher state = STATE_AFTER.matcher(s).region(group.get(b - 1).end, s.length());
        if (state.lookingAt() && lexicon.isPlace(state.group(1))
                && (state.group(3) != null || lexicon.isNameDescriptor(state.group(2)) || lexicon.descriptors().contains(state.group(2)) || state.group(2).endsWith("-based"))
                && lexicon.canonicalOrganization(s.substring(group.get(a).begin, group.get(b - 1).end)) == null) {
            return;
        }
        int from = Math.max(0, group.get(a).begin - 40);
        if (s.lastIndexOf(" in ", group.get(a).begin) >= from && LOCATED_IN.matcher(s).region(from, group.get(a).begin).find()
                && lexicon.canonicalOrganization(s.substring(group.get(a).begin, group.get(b - 1).end)) == null) {
            return; // "based in Somerville, Massachusetts": a town the lexicon lacks is still a place
        }
        if (b - a == 1 && townBeside(s, group.get(a).begin, group.get(b - 1).end)
                && lexicon.canonicalOrganization(group.get(a).text) == null) {
            return; // "its studio in Leamington, England", "in Leamington, Stockholm and Dusseldorf": towns
        }
        List<Tok> g = group.subList(a, b);
        if (headline && g.size() > 1 && !isWholeName(s, g)) {
            splitHeadlineGroup(s, g, articleNames, out);
            return;
        }
        add(s, g, out);
    }

    /** After a place's name, words only a person takes: "Houston, who co-founded Dropbox", "Houston wrote". */
    /** "Palo Alto chief executive Nikesh Arora" after "Palo Alto Networks": a company's short name, a place's too, before its role. */
    private static boolean placeNamedCompany(String s, int begin, int end, java.util.Set<String> articleNames) {
        return ROLE_NEXT.matcher(s).region(end, s.length()).lookingAt() && articleNames.contains(OPENS_NAME + s.substring(begin, end));
    }

    private static final Pattern ROLE_NEXT = Pattern.compile("\\s+(?:chief|ceo|cfo|coo|president|chairman|chair|executive|spokesperson|"
            + "spokesman|spokeswoman|founder|co-founder|shares|stock|board)\\b|['\u2019]s\\s");
    private static final Pattern ACTS_LIKE_PERSON = Pattern.compile(
            "\\s*,\\s*who\\b|\\s+(?:said|says|wrote|writes|told|added|co-founded|founded|stepped down|resigned)\\b|\\s*,\\s*\\d{2},");

    private static final Pattern AFTER_TITLE = Pattern.compile(
            "(?i)\\b(?:executive|officer|founder|co-founder|president|chairman|chairwoman|chief|ceo|cfo|coo|cto|director|boss|manager)\\s+$");
    private static final Pattern MODEL_CODE = Pattern.compile("\\p{Lu}{1,3}-?\\d{2,4}[a-z]{0,4}");

    /** "in Leamington, England", "in Leamington, Stockholm and Dusseldorf": after "in", a word a place or a list of places follows or precedes. */
    private boolean townBeside(String s, int begin, int end) {
        Matcher after = PLACE_AFTER.matcher(s).region(end, s.length());
        if (IN_BEFORE.matcher(s).region(Math.max(0, begin - 4), begin).find() && after.lookingAt() && lexicon.isPlace(after.group(1))) {
            return true; // (a place named next: "in X, England", "in X, Stockholm and Y")
        }
        // "in Leamington, Stockholm and Dusseldorf": the last of a list of places after "in"
        // (three or more: "the plant in Ohio and Cellora, its battery venture" joins a place and a company)
        Matcher before = PLACE_BEFORE.matcher(s).region(Math.max(0, begin - 60), begin);
        return before.find() && lexicon.isPlace(before.group(1)) && !APPOSITION_NEXT.matcher(s).region(end, s.length()).lookingAt();
    }

    private static final Pattern APPOSITION_NEXT = Pattern.compile("\\s*,\\s*(?:its|their|a|an|the)\\s");
    private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$");
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s*,\\s*(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)\\b(?!['\u2019])");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\bin\\s+(?:\\p{Lu}\\p{L}+\\s*,\\s*)+(\\p{Lu}\\p{L}+)\\s*,?\\s+and\\s+$");

    private static final Pattern LOCATED_IN = Pattern.compile(
            "\\b(?:based|headquartered|located|incorporated|domiciled)\\s+in\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME_AFTER = Pattern.compile("\\s*,?\\s*(?:and|&)\\s+(\\p{Lu}[\\p{L}.&-]*)|\\s*,\\s*(\\p{Lu}[\\p{L}.&-]*)");
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.&-]*),?\\s+(?:and|&)\\s+$");

    /**
     * "job sites Indeed and Glassdoor": inside a sentence, a common word listed beside a name is a name too (not
     * "January and February": the neighbour must be no common word itself).
     */
    private boolean listedWithName(String s, Tok first, int words) {
        if (words != 1 || first.begin == 0 || !Character.isLetter(s.charAt(first.begin - 1)) && s.charAt(first.begin - 1) != ' ') {
            return false;
        }
        int end = first.end;
        String before = s.substring(Math.max(0, first.begin - 40), first.begin);
        if (before.stripTrailing().endsWith(",") && !NAME_BEFORE.matcher(before).find() || before.strip().isEmpty()) {
            return false; // "The company, Indeed, ...": an adverb set off by commas
        }
        Matcher after = NAME_AFTER.matcher(s).region(end, s.length());
        if (after.lookingAt()) {
            String next = after.group(1) != null ? after.group(1) : after.group(2);
            return !lexicon.isNonEntity(next) && !lexicon.isPlace(next);
        }
        Matcher prior = NAME_BEFORE.matcher(before);
        return prior.find() && !lexicon.isNonEntity(prior.group(1)) && !lexicon.isPlace(prior.group(1));
    }

    private static boolean isJoiner(String w) {
        return JOINERS.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean isWholeName(String s, List<Tok> g) {
        String whole = s.substring(g.get(0).begin, g.get(g.size() - 1).end);
        String last = g.get(g.size() - 1).text;
        // "AI" ends company names, but in a Title Case headline it ends phrases too ("Broader AI Sector")
        return lexicon.canonicalOrganization(whole) != null || lexicon.isOrganizationSuffix(last) && !last.equals("AI") && g.size() <= 3
                || g.size() <= 5 && wordsBesideParticles(g) <= 3 && lexicon.isGivenName(g.get(0).text);
    }

    /** The words of a name not counting the particles inside it, "de" and "La" in "Stephane de La Faverie" (a headline capitalises them). */
    private static int wordsBesideParticles(List<Tok> g) {
        int words = g.size();
        for (int k = 1; k < g.size() - 1; k++) {
            if (NAME_PARTICLES.contains(g.get(k).text.toLowerCase(Locale.ROOT))) {
                words--;
            }
        }
        return words;
    }

    /**
     * In a Title Case headline every word is capitalised, so a run of capitals is not one name:
     * known names, suffixed names and given name + surname are taken out first; the words left
     * between them form names of their own, split wherever a non-name word ("Lay", "Off") stands.
     */
    private void splitHeadlineGroup(String s, List<Tok> g, java.util.Set<String> articleNames, List<Mention> out) {
        int i = 0;
        int runStart = 0;
        while (i < g.size()) {
            int best = -1;
            for (int j = Math.min(g.size(), i + 5); j > i; j--) {
                if (isWholeName(s, g.subList(i, j)) && (j - i > 1 || lexicon.canonicalOrganization(g.get(i).text) != null)) {
                    best = j;
                    break;
                }
            }
            boolean stop = lexicon.isNonEntity(g.get(i).text);
            if (best > 0 || stop) {
                if (i > runStart) {
                    addRun(s, g.subList(runStart, i), articleNames, out);
                }
                if (best > 0) {
                    add(s, g.subList(i, best), out);
                    i = best;
                } else {
                    i++;
                }
                runStart = i;
                continue;
            }
            i++;
        }
        if (g.size() > runStart) {
            addRun(s, g.subList(runStart, g.size()), articleNames, out);
        }
    }

    /**
     * A run of a headline's capitalised words: "Blue Origin Lays" is "Blue Origin" and a verb when the article's prose writes
     * "Blue Origin" and never the longer run (the word after it is then dropped; a longer rest stays a name of its own).
     */
    private void addRun(String s, List<Tok> run, java.util.Set<String> articleNames, List<Mention> out) {
        if (run.size() > 1 && !articleNames.contains(PROSE_NAME + s.substring(run.get(0).begin, run.get(run.size() - 1).end))) {
            for (int k = run.size() - 1; k >= 1; k--) {
                if (articleNames.contains(PROSE_NAME + s.substring(run.get(0).begin, run.get(k - 1).end))) {
                    add(s, run.subList(0, k), out);
                    if (run.size() - k > 1) {
                        add(s, run.subList(k, run.size()), out);
                    }
                    return;
                }
            }
        }
        add(s, run, out);
    }

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,5}s");

    private void add(String s, List<Tok> g, List<Mention> out) {
        int begin = g.get(0).begin;
        int end = g.get(g.size() - 1).end;
        String text = s.substring(begin, end);
        if (lexicon.isNonEntity(text) && !(g.size() == 1 && listedWithName(s, g.get(0), 1)) || text.length() < 2 && !text.equals("X")
                || ACRONYM_PLURAL.matcher(text).matches()) {
            return; // "GPUs", "EVs", "LLMs": things counted, not a party
        }
        Matcher backer = BACKER.matcher(text);
        if (backer.find()) {
            // "SoftBank-backed", "an Arctos Sports Partners-led group": the backer is named; "-led" stays a word for the rules
            // (not a nationality or a place: "the Chinese-owned carmaker" names no owner)
            if (backer.start() > 1 && !lexicon.isPlace(text.substring(0, backer.start()))) {
                out.add(Mention.of(Mention.Kind.NAME, begin, begin + backer.start(), text.substring(0, backer.start())));
            }
            return;
        }
        if (ADJECTIVAL.matcher(text).find()) {
            return;
        }
        // "Inc." and "Corp." keep their full stop as part of the name
        if (end < s.length() && s.charAt(end) == '.' && lexicon.isAbbreviatedSuffix(g.get(g.size() - 1).text + ".")) {
            end++;
            text = s.substring(begin, end);
        }
        out.add(Mention.of(Mention.Kind.NAME, begin, end, text));
    }

    /** True for a sentence in Title Case, as headlines are. */
    static boolean isTitleCase(String sentence) {
        List<Tok> toks = new ArrayList<>();
        NameTokens m = new NameTokens(sentence);
        while (m.find()) {
            toks.add(new Tok(m.group(), m.start(), m.end()));
        }
        return isTitleCase(toks);
    }

    private static boolean isMostlyCapitalised(List<Tok> toks) {
        int words = 0;
        int caps = 0;
        for (Tok t : toks) {
            if (t.text.length() >= 4 && Character.isLetter(t.text.charAt(0))) {
                words++;
                caps += Character.isUpperCase(t.text.charAt(0)) ? 1 : 0;
            }
        }
        return caps * 10 >= words * 8 && words - caps <= 2;
    }

    /** A headline in Title Case: most words of four letters or more are capitalised. */
    private static boolean isTitleCase(List<Tok> toks) {
        int words = 0;
        int caps = 0;
        for (Tok t : toks) {
            if (t.text.length() >= 4 && Character.isLetter(t.text.charAt(0))) {
                words++;
                if (Character.isUpperCase(t.text.charAt(0))) {
                    caps++;
                }
            }
        }
        // prose that names many companies ("include Valor, Fidelity Management & Research Company, ... , the company
        // said in a blog post") still has more than a few lower-case words
        return words >= 3 && caps * 10 >= words * 7 && words - caps <= 3;
    }
}
