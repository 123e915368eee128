package io.newsgraph.extract;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article-level entity resolution: types every name candidate as a person, an organization or
 * unknown, from the lexicon, name shape and the words around each occurrence; then groups the
 * forms that name one entity ("Wang" with "Alexandr Wang", "Scale" with "Scale AI", "AWS" with
 * "Amazon Web Services").
 */
final class EntityResolver {
    /**
     * Text ending in one of the words (any case) and white space: {@code (?i)\b(?:w1|w2|...)\s+$}, its words as a trie, since
     * {@code find} tries the expression at every position of the text before a name and Java tries alternatives one by one.
     */
    private static Pattern endingIn(String... words) {
        return Pattern.compile("(?i)\\b(?:" + RuleCompiler.Trie.of(words).regex() + ")\\s+$");
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "dame");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "to", "wrote", "added", "noted", "explained");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s*(?:,\\s*)?(?:said|says|told|wrote|added|noted|explained|stated|acknowledged|emphasized|argued|assured)\\b");
    private static final Pattern ARRIVES_FROM = Pattern.compile("\\b(?:" + RuleCompiler.Trie.of(new String[] {"joins", "joined", "joining", "comes",
            "came", "arrives", "arrived", "moves", "moved", "returns", "returned", "poached", "recruited", "defected"}).regex() + ") from\\s+(?:the\\s+)?$");
    private static final Pattern BY_ANOTHER = Pattern.compile("\\b(?:by|under|with|from|for|to|and)\\s");
    private static final Pattern LEAVES_AS = Pattern.compile("^\\s+(?:(?:will|would|is to|plans to|has|had|is|was|to)\\s+)?(?:step|steps|stepped|"
            + "stepping)\\s+down\\s+as\\b|^\\s+(?:(?:will|would|is to|plans to|has|had|to)\\s+)?(?:retire|retires|retired|resign|resigns|resigned)\\s+as\\b");
    private static final Pattern FOUNDED_AFTER = Pattern.compile("\\s+(?:was|were|is|had been|has been)\\s+(?:co-?founded|founded|incorporated|established)\\b");
    private static final Pattern RAISED_AFTER = Pattern.compile("\\s+(?:has\\s+|had\\s+)?(?:raised|secured|closed|landed|raises|secures|lands|nets|netted|bags|bagged)\\s+(?:a\\s+|an\\s+)?(?:about\\s+|nearly\\s+|more than\\s+)?[$\u20ac\u00a3]");
    /** A cut of a number of jobs right after the name: "will eliminate around 13,000 further jobs", "is cutting 5% of its staff". */
    private static final Pattern EMPLOYS_AFTER = Pattern.compile("\\s+(?:employs|employed|had|has)\\s+(?:about\\s+|around\\s+|roughly\\s+|"
            + "some\\s+|nearly\\s+|more than\\s+|over\\s+)?\\d[\\d,.]*\\s+(?:people|employees|workers|staff)\\b");
    private static final Pattern CUTS_JOBS_AFTER = Pattern.compile("\\s+(?:(?:will|would|is|was|has|had|plans to|is to|said it would|also)\\s+)*"
            + "(?:eliminat|cut|shed|slash|axe|lay(?:ing)? off|laid off|reduc)\\w*\\s+(?:off\\s+)?(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|more than\\s+|up to\\s+)?"
            + "(?:\\d[\\d,.]*|\\w+)\\s+(?:\\w+\\s+)?(?:jobs|positions|roles|workers|employees|staff|people)\\b");
    /** The rest of a cut's clause naming the cutter's own part: " in its mobility division", " across its factories". */
    private static final Pattern OWN_UNIT = Pattern.compile("[^,.;]*?\\b(?:in|at|across|from|of)\\s+its\\b");
    private static final Pattern WHO_CLAUSE = Pattern.compile("\\s*,\\s*who\\s+[^,]*");
    /** ", who", ", 54," after a name; ", whose" too, unless what follows is a company's ("whose chief executive", "whose shares"). */
    private static final Pattern PERSON_AFTER = Pattern.compile("^\\s*,\\s*(?:who|whose(?!\\s+(?:chief|ceo|cfo|board|shares|stock|"
            + "shareholders|products|software|brands|founders?|co-founders?|parent|owners?|executives|president|chairman|chairwoman|investors|"
            + "customers|clients|employees|staff|workers|headquarters|stores|factories|plants|revenue|sales)\\b))\\b|^\\s*,\\s*\\d{2},");
    private static final Pattern ORG_POSSESSIVE_NOUN = Pattern.compile(
            "^['\u2019]s\\s+(?:[a-z-]+\\s+)?(?:shares|stock|board|employees|workforce|staff|clients|customers|revenue|valuation|investors|"
                    + "acquisition|products?|services|platform|models?|headquarters|subsidiary|unit|division|business|market|"
                    + "stake|funding|ipo|layoffs|cuts|earnings|profit|sales|partnership|contract|spokesperson|spokesman|spokeswoman)\\b");
    /** "..., the head of the unit said": a title opening the sentence's attribution names an unnamed speaker, not the name before it. */
    private static final Pattern SPEAKER_AFTER_TITLE = Pattern.compile(
            "\\s+(?:of\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2}\\s+)?(?:said|says|told|wrote|added)\\b");
    private static final Pattern KNOWN_AS = Pattern.compile("\\s*(?:,|\\()\\s*(?:also |better |commonly |widely |simply )?known as\\s+");
    /** "OpenAI's newly formed for-profit company, ", "Alphabet's self-driving unit ": what a name after it is a part of. */
    private static final Pattern PART_NAMED_BEFORE = Pattern.compile(
            "['\u2019]s\\s+(?:[\\w-]+\\s+){0,4}?(?:company|unit|subsidiary|arm|entity|division|venture|affiliate|spinoff|spin-off|"
                    + "business|offshoot|vehicle)\\s*,?\\s*$");
    private static final Pattern RENAMED_BEFORE = endingIn("renamed", "rebranded", "rebranded as", "renaming it", "to be known as", "will be known as");
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("\\s*,\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?([\\w-]+)(?=\\s*(?:,|that|which|owned|based|controlled|backed|jointly|known|founded|with|in|of)\\b)");
    private static final Pattern RUN_BY_BETWEEN = Pattern.compile("\\s*,\\s*(?:which is\\s+|now\\s+|currently\\s+)?(?:led|run|headed|helmed|managed)\\s+by\\s+");
    private static final Pattern DEAL_OBJECT_BEFORE = endingIn("buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring", "acquired",
            "takeover of", "acquisition of", "purchase of", "merger with", "stake in", "invest in", "invests in", "invested in", "investing in",
            "investment in", "combine with", "combination with", "merge with", "pursuit of", "bid for", "offer for", "shares of",
            "take over", "takes over", "took over", "taking over", "taken over", "owns", "owned", "owner of");
    /** "which also owns Versace and Jimmy Choo": a later item of a list of what is bought or owned (a brand named for a person is a company). */
    private static final Pattern DEAL_LIST_BEFORE = Pattern.compile("(?i)\\b(?:buy|buys|bought|acquire|acquires|acquired|owns|owned|owner of)\\s+"
            + "(?-i:\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*){0,3})(?:\\s*,\\s*(?-i:\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*){0,3})){0,4}"
            + "(?:\\s*,\\s*|\\s*,?\\s+and\\s+)$");
    /** "to sell AOL to Italy's Bending Spoons": the buyer a company is sold to (a person buyer's given name outweighs it). */
    private static final Pattern SOLD_TO_BEFORE = Pattern.compile("(?i)\\b(?:sell|sells|sold|selling|offload|offloads|offloaded)\\s+[^,.;]{1,30}?"
            + "\\s+to\\s+(?:\\p{Lu}\\p{L}+['\u2019]s\\s+)?$");
    private static final Pattern KIND_NOUN_AFTER = Pattern.compile("\\s+(?:holding|holdings|group|fund|unit|subsidiary|venture|brand|division)\\b(?!\\s+(?:of|at)\\b)");
    private static final Pattern PICKS_AFTER = Pattern.compile("\\s+(?:picks|picked|names|named|taps|tapped|appoints|appointed|hires|hired|"
            + "promotes|promoted|ousts|ousted|elevates|elevated|installs|installed)\\s+(?:its\\s+|former\\s+|longtime\\s+|insider\\s+|"
            + "company\\s+veteran\\s+)?(?:[\\w-]+\\s+){0,2}?(?:chief|president|head|officer|executive|chair|boss|ceo|cfo|coo|cto)\\b");
    private static final Pattern ORG_RELATIVE = Pattern.compile("\\s*,\\s*(?:which\\b|(?:based|headquartered)\\s+in\\b|"
            + "where\\s+(?:he|she)\\s+(?:was|had been|served|ran|led|worked|headed|oversaw)\\b|"
            // "Humana, whose chief executive ...": a person's "whose" is rarely followed by a job or shares
            + "whose\\s+(?:chief|ceo|president|chair|chairman|founder|co-founder|boss|shares|stock|employees|workforce|software|platform|"
            + "products|brands|stores|factories|plants|customers|clients|board|headquarters|revenue|sales)\\b)"
            + "|\\s+(?:is|was|were)\\s+(?:now\\s+)?valued\\s+at\\b"); // "Humana is valued at about $60 billion"
    private static final Pattern ORG_APPOSITION = Pattern.compile(
            "^\\s*,\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:startup|start-up|company|firm|maker|provider|giant|group|lab|developer|"
                    + "platform|retailer|lender|bank|insurer|manufacturer|conglomerate|agency|unicorn|chipmaker|automaker|operator|"
                    + "vendor|business|player|behemoth|specialist|leader|outfit|subsidiary|parent|owner|publisher|carrier|chain)\\b"
                    + "(?!['\u2019]s\\b)" // "X, the company's chief operating officer" is a person
                    // "Trott, a 20-year company veteran": a person the company noun only qualifies
                    + "(?!\\s+(?:veteran|insider|lifer|executive|employee|man|woman|founder|co-founder|spokesman|spokeswoman|spokesperson)\\b)");
    /** Nouns of ORG_NOUNS_BEFORE that only a company can be (not "partner", "owner", "investor", "client", which a person can). */
    private static final Set<String> COMPANY_KINDS_BEFORE = Set.of("group", "company", "firm", "conglomerate", "chain", "lender", "bank",
            "insurer", "retailer", "carmaker", "automaker", "chipmaker", "drugmaker", "startup", "start-up", "manufacturer", "fund");
    private static final Set<String> ORG_NOUNS_BEFORE = Set.of(
            "startup", "start-up", "company", "firm", "rival", "competitor", "giant", "maker", "provider", "lab",
            "developer", "platform", "retailer", "lender", "bank", "insurer", "conglomerate", "chipmaker", "automaker", "carmaker",
            "drugmaker", "unicorn", "vendor", "subsidiary", "outfit", "parent", "owner", "investor", "backer", "client",
            "customer", "partner", "companies", "firms", "players", "fintech", "airline", "carrier", "brewer", "miner",
            "operator", "manufacturer", "supplier", "chain", "group", "agency", "regulator", "broker", "exchange", "fund",
            "publisher", "studio", "contractor", "integrator", "consultancy", "distributor", "wholesaler", "grocer", "utility", "telecom",
            "network", "app", "marketplace", "e-commerce", "ecommerce", "software", "biotech", "pharmaceutical", "cloud", "cybersecurity",
            "semiconductor", "robotics", "defense", "logistics", "delivery", "payments", "streaming", "media", "energy", "oil",
            "mining", "insurance", "healthcare");
    private static final Pattern ITS_AFTER = Pattern.compile(
            "^\\s+(?:(?:has|had|also|on \\w+|last \\w+|this \\w+)\\s+)*(?:said|says|announced|reported|posted|told|confirmed|expects|plans|"
                    + "cut|raised|laid off|reduced|lowered|expanded|completed)\\s+(?:on \\w+\\s+|\\w+day\\s+)?(?:that\\s+)?"
                    + "(?:its\\b|it\\s+(?:has|had|will|would|is|was|plans|expects)\\b)"); // "Tandem Air said Friday it has ..."
    private static final Pattern ITS_WORKFORCE_AFTER = Pattern.compile("^\\s+(?:(?:will|would|plans to|is to|aims to|expects to|wants to|"
            + "has|had|is|was|also|said it would|said it will)\\s+)*(?:reduce|reducing|reduces|cut|cuts|cutting|trim|trims|shrink|shrinks|"
            + "slash|slashes|grow|grows|expand|expands)\\s+its\\s+(?:[\\w-]+\\s+){0,3}?(?:workforce|staff|headcount|payroll|employees)\\b");
    private static final Pattern TITLE_PREP_BEFORE = Pattern.compile("^\\s*(?:at|of|for|with)\\s*$");
    /** Plural nouns for people right before a list of names: "researchers Arthur Mensch, ...", "co-founders A and B". */
    private static final Set<String> PERSON_NOUNS_BEFORE = Set.of(
            "researchers", "researcher", "executives", "executive", "engineers", "engineer", "founders", "co-founders", "cofounders",
            "brothers", "sisters", "entrepreneurs", "entrepreneur", "billionaires", "billionaire", "scientists", "scientist",
            "economists", "economist", "analysts", "analyst", "veterans", "veteran", "investor-entrepreneur", "lawmakers", "senators",
            "senator", "representative", "rep", "sen", "actor", "actress", "singer", "players", "player", "coach", "journalist");
    /** Between two names of one list: ", ", " and ", ", and ". */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

    /** One entity of the article: its forms, type and canonical name. */
    static final class Cluster {
        final int id;
        EntityType type;
        boolean strong;
        final Set<String> forms = new LinkedHashSet<>();
        final Map<String, Integer> formCounts = new HashMap<>();
        /** Why each form after the first joined this cluster (lexicon, surname, leading-words, ...). */
        final Map<String, String> formRules = new java.util.LinkedHashMap<>();
        String canonical;
        boolean listed;
        int mentions;

        Cluster(int id) {
            this.id = id;
        }

        void addForm(String form, int count) {
            forms.add(form);
            formCounts.merge(form, count, Integer::sum);
        }

        /**
         * The model entity for this cluster, typed as given (an unknown name takes the type of the slot it fills).
         * Its key comes from the canonical name, so every article's "SoftBank Group Corp." and "SoftBank" are one
         * node; a listed organization is labelled as this article names it most often (the canonical name stays an alias).
         */
        Entity toEntity(EntityType as) {
            String name = Names.clean(canonical);
            String label = listed ? Names.clean(articleForm()) : name;
            Set<String> aliases = forms;
            if (!label.equals(name)) {
                aliases = new LinkedHashSet<>(forms);
                aliases.add(name);
            }
            return new Entity((as == EntityType.PERSON ? "person/" : "org/") + Names.slug(name), as, label, aliases);
        }

        /**
         * The canonical name where the article uses it; else the form the article uses most, the longer on a tie
         * (abbreviations such as "AWS" only when nothing else is used).
         */
        private String articleForm() {
            for (String f : forms) {
                if (Names.matchKey(f).equals(Names.matchKey(canonical))) {
                    return canonical;
                }
            }
            String best = canonical;
            int bestCount = -1;
            for (String f : forms) {
                int n = formCounts.getOrDefault(f, 0) * (Rx.matches(f, "\\p{Lu}{2,5}") ? 0 : 1);
                if (n > bestCount || n == bestCount && f.length() > best.length()) {
                    best = f;
                    bestCount = n;
                }
            }
            return best;
        }
    }

    private final Lexicon lexicon;
    /** Initials given in brackets after a name, by their match key: the key of the name they abbreviate. */
    private final Map<String, String> acronyms = new HashMap<>();
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]{1,6}");

    EntityResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Clusters for the NAME mentions of every sentence; index [sentence][mention], null where not a name. */
    Cluster[][] resolve(List<Sentence> sentences, List<List<Mention>> mentions, String fullText) {
        Map<String, Evidence> byForm = new LinkedHashMap<>();
        Map<String, Set<String>> listNeighbours = new HashMap<>();
        acronyms.clear();
        for (int s = 0; s < sentences.size(); s++) {
            String text = sentences.get(s).text();
            List<Mention> ms = mentions.get(s);
            // a headline: Title Case and no closing full stop ("Calder Row invested in Brixton Rovers, Lyon Athletique." is prose)
            boolean headline = !endsWithStop(text);
            boolean titleCase = headline && MentionFinder.isTitleCase(text);
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                String form = Names.clean(m.text());
                if (RENAMED_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 30), m.begin())).find()) {
                    continue; // "Arcadium will be renamed Rio Tinto Lithium": a new name, not a longer form of Rio Tinto
                }
                Evidence e = byForm.computeIfAbsent(Names.matchKey(form), k -> new Evidence(form));
                e.count++;
                e.legal |= !form.equals(Rx.replaceAll(m.text().strip().replace('\u2019', '\''), "'s$", ""))
                        && !Rx.matches(m.text().strip(), "(?i)(?:mr|mrs|ms|dr|prof|sir|dame)\\.?\\s.*");
                e.incorporated |= LEGAL_SUFFIX.matcher(m.text().strip()).find();
                e.partOfAnother |= PART_NAMED_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 70), m.begin())).find();
                if (titleCase) {
                    e.inTitleCase++;
                }
                if (headline) {
                    e.inHeadline++;
                }
                if (m.begin() == 0) {
                    e.sentenceInitial++;
                }
                if (text.startsWith(",", m.end())) {
                    e.commaAfter++;
                }
                if (SINGULAR_VERB_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    e.singularVerbAfter++;
                }
                score(e, text, ms, i);
                // "Contemporary Amperex Technology Co. Ltd. (CATL)": the bracketed initials are another name of it
                if (i + 1 < ms.size() && ms.get(i + 1).kind() == Mention.Kind.NAME
                        && Rx.matches(text.substring(m.end(), ms.get(i + 1).begin()), "\\s*\\(\\s*")
                        && text.startsWith(")", ms.get(i + 1).end()) && INITIALS.matcher(ms.get(i + 1).text()).matches()) {
                    acronyms.put(Names.matchKey(Names.clean(ms.get(i + 1).text())), Names.matchKey(form));
                }
                // "American Express Global Business Travel, known as Amex GBT,": the name after "known as" is another of it
                if (i + 1 < ms.size() && ms.get(i + 1).kind() == Mention.Kind.NAME
                        && KNOWN_AS.matcher(text.substring(m.end(), ms.get(i + 1).begin())).matches()) {
                    acronyms.put(Names.matchKey(Names.clean(ms.get(i + 1).text())), Names.matchKey(form));
                }
                // names side by side in a list ("A, B and C") are usually of one kind
                if (listed(text, ms, i)) {
                    String next = Names.matchKey(Names.clean(ms.get(i + 1).text()));
                    String own = Names.matchKey(form);
                    listNeighbours.computeIfAbsent(own, k -> new LinkedHashSet<>()).add(next);
                    listNeighbours.computeIfAbsent(next, k -> new LinkedHashSet<>()).add(own);
                }
            }
        }
        initialsOfNames(byForm);
        Map<String, Cluster> clusterOf = cluster(byForm, typesWithLists(byForm, listNeighbours), fullText);
        Cluster[][] out = new Cluster[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<Mention> ms = mentions.get(s);
            out[s] = new Cluster[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                if (ms.get(i).kind() == Mention.Kind.NAME) {
                    Cluster c = clusterOf.get(Names.matchKey(Names.clean(ms.get(i).text())));
                    if (c != null) {
                        c.mentions++;
                        out[s][i] = c;
                    }
                }
            }
        }
        return out;
    }

    /** What the article says about one surface form. */
    private static final class Evidence {
        final String form;
        int count;
        int inTitleCase;
        /** Occurrences in a line without a closing stop: a headline, in Title Case or not. */
        int inHeadline;
        int sentenceInitial;
        int person;
        int org;
        /** Some occurrence carried a legal suffix ("Hess Corp."): a company, never a person's surname. */
        boolean legal;
        /** Written at least once with a legal suffix ("Mars Inc", "Kering SA"), the company's formal name. */
        boolean incorporated;
        /** Named as another company's part: "OpenAI's newly formed for-profit company, OpenAI Group PBC," is not OpenAI. */
        boolean partOfAnother;
        /** Occurrences followed by a comma ("Separately, ..."). */
        int commaAfter;
        /** Occurrences followed by a verb in the singular ("Prosus has agreed"): no plural noun ("Analysts have said"). */
        int singularVerbAfter;
        /** For one word: points a person's full name would have scored here ("AI chief Ramaswamy", "Houston, who"). */
        int asSurname;

        Evidence(String form) {
            this.form = form;
        }

        private int words = -1;

        int words() {
            if (words < 0) {
                words = Rx.split(form, "\\s+").length;
            }
            return words;
        }
    }

    private static final Pattern HE_SUCCEEDS = Pattern.compile("(?i)\\b(?:he|she)\\s+(?:will\\s+|would\\s+)?(?:succeed|succeeds|succeeded|replace|replaces|"
            + "replaced)\\s+$");

    /** "'s " after a name, or a bare apostrophe after a name ending in s ("Moveworks' co-founder"). */
    private static boolean possessiveGap(String name, String between) {
        return Rx.matches(between, "['\u2019]s\\s+") || (name.endsWith("s") || name.endsWith("S")) && Rx.matches(between, "['\u2019]\\s+");
    }

    private static final Pattern REPLACED_AS = endingIn("replace", "replaces", "replaced", "replacing", "succeed", "succeeds", "succeeded", "succeeding",
            "took over from", "takes over from", "taking over from", "take over from");
    /** ", who headed ...", ", who joined ...": a career told in a "who" clause is a person's (a company would be "which"). */
    private static final Pattern WHO_CAREER = Pattern.compile("^\\s*,\\s*who\\s+(?:(?:had|has|was|is|previously|most recently|also|until recently|"
            + "once|formerly)\\s+)*(?:headed|heads|led|leads|ran|runs|joined|joins|served|serves|oversaw|oversees|took over|takes over|"
            + "co-founded|stepped down|retired|worked|spent|became|left|managed|manages|chaired|chairs)\\b");

    private void score(Evidence e, String text, List<Mention> ms, int i) {
        Mention m = ms.get(i);
        if (m.text().contains(" & ")) {
            e.org += 3; // "Simon & Schuster", "Marks & Spencer": two names joined by "&" are a firm's, never one person's
        }
        if ((m.text().endsWith(" Global") || m.text().endsWith(" International") || m.text().endsWith(" Worldwide"))
                && lexicon.isGivenName(m.text().substring(0, m.text().indexOf(' ')))) {
            e.org += 2; // "Liberty Global", "Hope International": a given name before a word no surname is ("Saks Global" needs no help)
        }
        // the cue patterns look at the words next to the name only
        String before = text.substring(Math.max(0, m.begin() - 40), m.begin());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 120));
        Mention prev = i > 0 ? ms.get(i - 1) : null;
        Mention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
        boolean multiword = e.words() >= 2;
        String lastWord = lastWord(before);
        if (HONORIFICS.contains(lastWord) && before.stripTrailing().length() == before.length() - 1) {
            e.person += 3;
        }
        if (multiword && SPEECH_VERBS.contains(lastWord) && (!lastWord.equals("to") || before.toLowerCase(Locale.ROOT).endsWith("according to "))) {
            e.person += 2;
        }
        if (multiword && SPEECH_AFTER.matcher(after).lookingAt()) {
            e.person += 1;
        }
        // "would replace Hein Schumacher as chief executive": a role taken over from someone
        if (multiword && next != null && next.kind() == Mention.Kind.TITLE && REPLACED_AS.matcher(before).find()
                && Rx.matches(text.substring(m.end(), next.begin()), "\\s+as\\s+(?:its\\s+|the\\s+)?")) {
            e.person += 2;
        } else if (multiword && REPLACED_AS.matcher(before).find() && ms.subList(0, i).stream().anyMatch(x -> x.kind() == Mention.Kind.TITLE)) {
            // "who became chief executive in January, succeeding Nora Vale": in a sentence about a role, the one succeeded held it
            e.person += 2;
        }
        if (multiword && LEAVES_AS.matcher(after).lookingAt()) {
            e.person += 2; // "Hiro Tanabe will step down as chief executive": a role left is a person's
        }
        if (!multiword) {
            // a surname alone: the cues a full name would score count for the full name it shortens (see surnameEvidence)
            boolean titled = prev != null && prev.kind() == Mention.Kind.TITLE && Rx.matches(text.substring(prev.end(), m.begin()), "\\s+");
            e.asSurname += (titled ? 2 : 0) + (PERSON_AFTER.matcher(after).lookingAt() || LEAVES_AS.matcher(after).lookingAt() ? 1 : 0);
        }
        if (multiword && PERSON_AFTER.matcher(after).lookingAt()) {
            e.person += WHO_CAREER.matcher(after).lookingAt() ? 2 : 1;
            // "Raj Patel, who joined the company as chief financial officer in 2024, ...": a role in the clause is the name's
            java.util.regex.Matcher who = WHO_CLAUSE.matcher(after);
            if (who.lookingAt()) {
                int clauseEnd = m.end() + who.end();
                if (ms.subList(i + 1, ms.size()).stream().anyMatch(x -> x.kind() == Mention.Kind.TITLE && x.begin() < clauseEnd)) {
                    e.person += 1;
                }
            }
        }
        // "Pringles owner Kellanova" and "Bills owner Terry Pegula": after "<name> owner" the title says nothing of the type
        boolean brandOwner = prev != null && prev.text().equalsIgnoreCase("owner") && i >= 2 && ms.get(i - 2).kind() == Mention.Kind.NAME
                && text.substring(ms.get(i - 2).end(), prev.begin()).isBlank();
        if (prev != null && prev.kind() == Mention.Kind.TITLE && !brandOwner && Rx.matches(text.substring(prev.end(), m.begin()), "\\s*,?\\s*")) {
            if (multiword) {
                e.person += 2;
            }
        }
        if (next != null && next.kind() == Mention.Kind.TITLE) {
            String between = text.substring(m.end(), next.begin());
            // "Foot Locker, led by chief executive Mary Dillon": the title after "by" is another's
            if (Rx.matches(between, "\\s*,\\s*(?:(?:the|a|an|its|who is|now|currently)\\s+)?(?:[\\p{L}.&'-]+\\s+){0,3}") && multiword
                    && !between.contains("'s") && !BY_ANOTHER.matcher(between).find()
                    && !SPEAKER_AFTER_TITLE.matcher(text).region(next.end(), text.length()).lookingAt()) {
                e.person += 2;
            } else if (Rx.matches(between, "['\u2019]s\\s+") || Rx.matches(between, "\\s+")
                    && i + 2 < ms.size() && ms.get(i + 2).kind() == Mention.Kind.NAME) {
                e.org += 2; // "Scale AI's interim CEO", "Windsurf CEO Varun Mohan"
            } else if (Rx.matches(between, "\\s+") && !multiword) {
                e.org += 1; // "Scale spokesperson"
            }
        }
        if (next != null && next.kind() == Mention.Kind.NAME && i + 2 < ms.size() && ms.get(i + 2).kind() == Mention.Kind.TITLE
                && Rx.matches(text.substring(m.end(), next.begin()), "\\s*,\\s*") && possessiveGap(next.text(), text.substring(next.end(), ms.get(i + 2).begin()))) {
            // "Hock Tan, Broadcom's president and chief executive, said", "Bhavin Shah, Moveworks' co-founder"; a surname alone
            // ("Storonsky, Revolut's chief executive, said") counts for the full name it shortens
            if (multiword) {
                e.person += 2;
            } else {
                e.asSurname += 2;
            }
        }
        // "He succeeds Fabrizio Freda": one a person succeeds is a person
        if (multiword && HE_SUCCEEDS.matcher(before).find()) {
            e.person += 2;
        }
        if (multiword && next != null && next.kind() == Mention.Kind.DESCRIPTOR && i + 2 < ms.size() && ms.get(i + 2).kind() == Mention.Kind.TITLE
                && Rx.matches(text.substring(m.end(), next.begin()), "\\s*,\\s*") && Rx.matches(text.substring(next.end(), ms.get(i + 2).begin()), "['\u2019]s\\s+")) {
            e.person += 2; // "Shailesh Jejurikar, the company's chief operating officer"
        }
        if (prev != null && prev.kind() == Mention.Kind.TITLE && TITLE_PREP_BEFORE.matcher(text.substring(prev.end(), m.begin())).lookingAt()) {
            e.org += 2; // "CEO of Acme", "vice president at AWS"
        }
        if (ORG_POSSESSIVE_NOUN.matcher(after).lookingAt()) {
            e.org += 1;
        }
        if (ITS_AFTER.matcher(after).lookingAt()) {
            e.org += 2; // "Castellan Rail said its CEO ...": a person would be "his" or "her"
        }
        if (ITS_WORKFORCE_AFTER.matcher(after).lookingAt()) {
            e.org += 3; // "Levi Strauss plans to reduce its corporate workforce": a given name's firm, not a person
        }
        if (ORG_APPOSITION.matcher(after).lookingAt()) {
            e.org += 2;
        } else {
            // "Skyline Regional, the commuter airline jointly owned by ...": any noun the lexicon knows stands for a company
            Matcher d = DESCRIBED_AFTER.matcher(after);
            if (d.lookingAt() && lexicon.descriptors().contains(d.group(1).toLowerCase(Locale.ROOT))) {
                e.org += 2;
            }
        }
        if (multiword && prev != null && prev.kind() == Mention.Kind.NAME && RUN_BY_BETWEEN.matcher(text.substring(prev.end(), m.begin())).matches()) {
            e.person += 2; // "Broadcom, led by Hock Tan, ...": a company is run by a person
        }
        if (before.contains(" to ") && SOLD_TO_BEFORE.matcher(before).find()) {
            e.org += 2; // "Yahoo agreed to sell AOL to Bending Spoons": the buyer is a company unless its name is a person's
        }
        if (DEAL_OBJECT_BEFORE.matcher(before).find()) {
            e.org += 2; // "is in the middle of buying VMware", "a stake in Hugging Face": what is bought or invested in is a company
        } else if (before.endsWith(" ") && DEAL_LIST_BEFORE.matcher(before).find()) {
            e.org += 3; // "which also owns Versace and Jimmy Choo": listed with what a company owns, a name is a brand, whatever its given name
        }
        if (KIND_NOUN_AFTER.matcher(after).lookingAt()) {
            e.org += 2; // "Artemis holding", "the Carrier unit": a name its kind of company follows
        }
        if (multiword && PICKS_AFTER.matcher(after).lookingAt()) {
            e.org += 2; // "Kraft Heinz picks operations chief X to succeed Y", "Acme names X chief executive"
        }
        if (ORG_RELATIVE.matcher(after).lookingAt()) {
            e.org += 2; // "Recorded Future, based in Somerville, ...", "Catalent, which is based in ...": a person is "who"
        }
        if (FOUNDED_AFTER.matcher(after).lookingAt()) {
            e.org += 2; // "Tallis Search was founded in 2021": people are born, companies founded
        }
        Matcher cuts = CUTS_JOBS_AFTER.matcher(after);
        if (cuts.lookingAt()) {
            // "Robert Bosch will eliminate around 13,000 jobs in its mobility division": the cut's own "its" makes the name a
            // company whatever its given name says; without it ("Musk cut 3,700 jobs at Twitter") a weak cue only
            e.org += OWN_UNIT.matcher(after).region(cuts.end(), after.length()).lookingAt() ? 3 : 1;
        }
        if (RAISED_AFTER.matcher(after).lookingAt()) {
            e.org += 1; // "Tallis Search raised $80 million": mostly a company (a candidate's given name outweighs it)
        }
        if (EMPLOYS_AFTER.matcher(after).lookingAt()) {
            e.org += 2; // "Kessler Drive employs about 21,000 people": people work for companies, not for people
        }
        if (ORG_NOUNS_BEFORE.contains(lastWord)) {
            // "Belgian group Vantis", "Dutch lender Ardent": a kind of company right before a name is a strong cue
            e.org += COMPANY_KINDS_BEFORE.contains(lastWord) && before.endsWith(" ") ? 2 : 1;
        }
        if (before.endsWith(" ") && LISTED_WORD.matcher(lastWord).find()) {
            e.org += 3; // "Jakarta-listed Garuda Mineral", "Nasdaq-traded Acme": only companies have shares listed or a registered seat
        }
        if (multiword && PERSON_NOUNS_BEFORE.contains(lastWord) && before.endsWith(" ")) {
            e.person += 2; // "former Meta researchers Arthur Mensch ...", "co-founders Ana Ruiz and ..."
        }
        if (ARRIVES_FROM.matcher(before).find()) {
            e.org += 3; // "Ortiz comes from Harbin Copper, where ...", "joined from Clifford Chance": one arrives from an employer, not from a person
        }
    }

    private static final Pattern LISTED_WORD = Pattern.compile("\\p{L}-(?:listed|traded|quoted|headquartered|registered|incorporated)$");

    /** The last word of the text, lower-cased, without a trailing full stop ("Dr. " gives "dr"). */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Each form's type from its own evidence, then from its list: an untyped name of two to four
     * words listed beside a person is a person ("researchers Arthur Mensch, Guillaume Lample and
     * Timothee Lacroix", "founded by Aravind Srinivas, Denis Yarats and ...").
     */
    /**
     * True when the name at {@code i} and the next one are items of one list: joined by "and", or by a
     * comma where the list goes on after the second ("A, B and C"); a comma alone may end a clause
     * ("Formed by A and B, Vantor Grid builds ...").
     */
    private static boolean listed(String text, List<Mention> ms, int i) {
        if (i + 1 >= ms.size() || ms.get(i + 1).kind() != Mention.Kind.NAME) {
            return false;
        }
        String gap = text.substring(ms.get(i).end(), ms.get(i + 1).begin());
        if (!LIST_GAP.matcher(gap).matches()) {
            return false;
        }
        if (gap.contains("and") || gap.contains("&")) {
            return true;
        }
        return i + 2 < ms.size() && ms.get(i + 2).kind() == Mention.Kind.NAME
                && LIST_GAP.matcher(text.substring(ms.get(i + 1).end(), ms.get(i + 2).begin())).matches();
    }

    private Map<String, EntityType> typesWithLists(Map<String, Evidence> byForm, Map<String, Set<String>> listNeighbours) {
        Map<String, EntityType> types = new HashMap<>();
        surnameEvidence(byForm);
        for (Map.Entry<String, Evidence> en : byForm.entrySet()) {
            EntityType t = typeOf(en.getValue());
            if (t != null) {
                types.put(en.getKey(), t);
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Map.Entry<String, Set<String>> en : listNeighbours.entrySet()) {
                Evidence e = byForm.get(en.getKey());
                if (e == null || types.containsKey(en.getKey()) || e.words() < 2 || e.words() > 4 || e.org > 0
                        || e.inTitleCase == e.count) {
                    continue;
                }
                if (en.getValue().stream().anyMatch(n -> types.get(n) == EntityType.PERSON)) {
                    types.put(en.getKey(), EntityType.PERSON);
                    changed = true;
                }
            }
        }
        return types;
    }

    private Map<String, Cluster> cluster(Map<String, Evidence> byForm, Map<String, EntityType> types, String fullText) {
        Map<String, Cluster> out = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byCanonical = new HashMap<>();
        FormIndex index = new FormIndex();
        Set<String> groupCompanies = groupCompanyForms(byForm);
        // 1. forms typed on their own: known organizations, suffixed names, persons
        for (Map.Entry<String, Evidence> en : byForm.entrySet()) {
            Evidence e = en.getValue();
            EntityType type = types.get(en.getKey());
            if (type == null) {
                continue;
            }
            // (not "OpenAI's newly formed for-profit company, OpenAI Group PBC": a part named with its owner's name and formal words)
            String canonical = type == EntityType.ORGANIZATION && lexicon.canonicalOrganization(e.form) != null
                    && !groupCompanies.contains(en.getKey()) && !(e.partOfAnother && !lexicon.listsAsWritten(e.form))
                    ? lexicon.canonicalOrganization(e.form) : e.form;
            Cluster c = byCanonical.get(type + Names.matchKey(canonical));
            if (c == null) {
                c = new Cluster(clusters.size());
                c.type = type;
                c.canonical = canonical;
                clusters.add(c);
                byCanonical.put(type + Names.matchKey(canonical), c);
            }
            c.strong |= isStrong(e, type);
            c.listed |= type == EntityType.ORGANIZATION && lexicon.canonicalOrganization(e.form) != null && !groupCompanies.contains(en.getKey());
            index.add(c, e.form, e.count, lexicon.forced(e.form) ? "alias-file"
                    : lexicon.canonicalOrganization(e.form) != null ? "lexicon" : "same-name");
            out.put(Names.matchKey(e.form), c);
        }
        // 2. short forms joined to the long ones: surnames to people, leading words to organizations
        for (Evidence e : byForm.values()) {
            String key = Names.matchKey(e.form);
            Cluster own = out.get(key);
            if (lexicon.canonicalOrganization(e.form) != null || own != null && own.forms.size() > 1) {
                continue;
            }
            Cluster longer = longerFormOf(e, index.near(key));
            if (longer == null || longer == own || blocked(e, longer) || e.legal && longer.type == EntityType.PERSON
                    || e.incorporated && !longerOnlyFormal(key, longer)
                    || combinesAnother(key, longer, byForm) || nationalUnit(key, longer)
                    // "Italian confectioner Ferrero, the family-owned maker of Nutella": a company named after the family
                    || longer.type == EntityType.PERSON && e.org >= 2 && e.org > e.person) {
                continue; // "Hess Corp." is the company, not John Hess
            }
            if (own != null) {
                clusters.remove(own);
                index.removed(own);
            }
            index.add(longer, e.form, e.count, shortFormRule(e, longer));
            out.put(key, longer);
        }
        // 2b. a longer unknown form that starts with a known organization's name is that organization
        //     ("Walgreens" typed by "CEO of Walgreens"; "Walgreens Boots Alliance" has no cue of its own)
        //     unless the article names several companies that way ("Toyota Industries", "Toyota Motor" and "Toyota Fudosan"
        //     are companies of the Toyota group, none of them the group itself)
        Map<Cluster, List<String>> extendedBy = new LinkedHashMap<>();
        for (Evidence e : byForm.values()) {
            String key = Names.matchKey(e.form);
            if (out.containsKey(key) || e.words() < 2 || e.inTitleCase == e.count) {
                continue; // a headline's "Halverd Seals Acquisition" is not a longer name of Halverd
            }
            for (Cluster c : index.near(key)) {
                // the organization's own name, not a short form joined to it above ("Cox" of Cox Communications does not make
                // "Cox Enterprises" that company)
                String own = Names.matchKey(c.canonical);
                // (nor a company written with its legal suffix, "Mars Inc", which "Mars Snacking" is a unit of)
                Evidence ownEvidence = byForm.get(own);
                boolean formal = ownEvidence != null && ownEvidence.incorporated || e.partOfAnother;
                if (c.type == EntityType.ORGANIZATION && !blocked(e, c) && (key.startsWith(own + " ")
                        && !namesAnotherForm(key.substring(own.length() + 1), byForm)
                        && !(formal && !lexicon.onlyMakesFormal(key.substring(own.length() + 1)))
                        || own.indexOf(' ') < 0 && key.endsWith(" " + own) && trailingShortForm(c.canonical)
                        && !namesTwo(key.substring(0, key.length() - own.length() - 1), c, clusters))) {
                    extendedBy.computeIfAbsent(c, x -> new ArrayList<>()).add(e.form);
                    break;
                }
            }
        }
        extendedBy.forEach((c, forms) -> {
            if (!groupCompanies(c, forms, groupCompanies)) {
                for (String form : forms) {
                    Evidence e = byForm.get(Names.matchKey(form));
                    index.add(c, e.form, e.count, "longer-form");
                    out.put(Names.matchKey(form), c);
                }
            }
        });
        // 3. what is left is unknown: kept for the rules to type, unless the article uses the word in lower case too;
        //    longer forms first, so a short form joins the long one it abbreviates ("Arctos", "Bills" for "Buffalo Bills")
        List<Evidence> left = new ArrayList<>(byForm.values());
        left.sort((a, b) -> Integer.compare(b.words(), a.words()));
        for (Evidence e : left) {
            String key = Names.matchKey(e.form);
            if (out.containsKey(key)) {
                continue;
            }
            if (e.words() == 1 && usedInLowerCase(e.form, fullText)) {
                continue;
            }
            if (e.words() == 1 && e.sentenceInitial == e.count && Rx.matches(e.form, "\\p{Lu}\\p{Ll}+[^s]s") && e.singularVerbAfter == 0
                    && shortFormOf(e, index.near(key)) == null) {
                continue; // "Analysts", "Shares": a plural noun opening a sentence, not a name ("Walgreens" of Walgreens Boots Alliance is)
            }
            if (e.words() == 1 && e.sentenceInitial == e.count && !lexicon.isGivenName(e.form)
                    && (Rx.matches(e.form, "\\p{Lu}\\p{Ll}{2,}ed") || Rx.matches(e.form, "\\p{Lu}\\p{Ll}{2,}ly") && e.commaAfter == e.count)) {
                continue; // "Founded by ...", "Separately, ...": a participle or an adverb opening a sentence, not a name
            }
            if (e.inTitleCase == e.count && e.person == 0 && e.org < 2 && !lexicon.isGivenName(Rx.split(e.form, "\\s+")[0])
                    && (e.words() == 1 || anyWordInLowerCase(e.form, fullText))) {
                continue; // "Seals", "Announces Layoffs Affecting": capitalised only because a headline is in Title Case
            }
            Cluster shortOf = shortFormOf(e, index.near(key));
            if (shortOf != null && !blocked(e, shortOf) && !hyphenPair(key, shortOf, byForm) && !(e.incorporated && !longerOnlyFormal(key, shortOf))) {
                index.add(shortOf, e.form, e.count, shortFormRule(e, shortOf));
                out.put(key, shortOf);
                continue;
            }
            Cluster c = new Cluster(clusters.size());
            c.type = null;
            c.canonical = e.form;
            index.add(c, e.form, e.count);
            clusters.add(c);
            out.put(key, c);
        }
        joinAcronyms(out, clusters, index);
        joinHeadlineShortNames(out, clusters, index, byForm);
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON || c.type == null) {
                c.canonical = c.forms.stream().max((a, b) -> Integer.compare(Rx.split(a, "\\s+").length, Rx.split(b, "\\s+").length)).orElse(c.canonical);
            } else if (lexicon.canonicalOrganization(c.canonical) == null) {
                c.canonical = c.forms.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse(c.canonical);
            }
        }
        return out;
    }

    /**
     * Initials written without brackets that spell exactly one longer name of the article ("UPS" and
     * "United Parcel Service", in either order): the same organization. Function words do not count
     * ("Bank of America" is "BA"); a name whose initials two longer names share is left alone.
     */
    private void initialsOfNames(Map<String, Evidence> byForm) {
        Map<String, String> byInitials = new HashMap<>();
        for (Evidence e : byForm.values()) {
            String[] words = Rx.split(e.form, "\\s+");
            if (words.length < 2) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    b.append(w.charAt(0));
                } else if (!FUNCTION_WORDS.contains(w)) {
                    b.setLength(0);
                    break;
                }
            }
            if (b.length() >= 2) {
                byInitials.merge(b.toString(), Names.matchKey(e.form), (x, y) -> x.equals(y) ? x : "");
            }
        }
        for (Evidence e : byForm.values()) {
            String longKey = byInitials.get(e.form);
            if (longKey == null && e.form.length() >= 3 && LEGAL_INITIALS.indexOf(e.form.charAt(e.form.length() - 1)) >= 0) {
                // "SMBC" for "Sumitomo Mitsui Banking Corp": the name is kept without its legal suffix, the initials with it
                longKey = byInitials.get(e.form.substring(0, e.form.length() - 1));
            }
            if (longKey != null && !longKey.isEmpty() && INITIALS.matcher(e.form).matches() && !e.form.chars().anyMatch(Character::isDigit)) {
                acronyms.putIfAbsent(Names.matchKey(e.form), longKey);
            }
        }
    }

    /**
     * The forms that reach a listed organization only through a formal tail ("Toyota Industries", "Toyota Motor") where the
     * article writes two such forms that are not one the start of the other: companies of one group, each its own entity.
     */
    private Set<String> groupCompanyForms(Map<String, Evidence> byForm) {
        Map<String, Map<String, String>> tailsByListed = new HashMap<>(); // listed name -> form's key -> its tail
        for (Map.Entry<String, Evidence> en : byForm.entrySet()) {
            String tail = lexicon.corporateTail(en.getValue().form);
            if (tail != null) {
                tailsByListed.computeIfAbsent(lexicon.canonicalOrganization(en.getValue().form), x -> new LinkedHashMap<>()).put(en.getKey(), tail);
            }
        }
        Set<String> out = new HashSet<>();
        tailsByListed.values().forEach(tails -> {
            // compared by their tails: "VW Group" and "Volkswagen Group" are one company
            if (!compatible(List.copyOf(tails.values()))) {
                out.addAll(tails.keySet());
            }
        });
        return out;
    }

    /** True when every two of the match keys are equal or one is the start of the other. */
    private static boolean compatible(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (!a.equals(b) && !a.startsWith(b + " ") && !b.startsWith(a + " ")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the longer names that start with an organization's name are several companies ("Toyota Industries" and
     * "Toyota Motor"; "Tata Motors" and "Tata Sons"): two of them, or one of them and a longer name the organization already
     * has or a group company found before, where neither is the start of the other.
     */
    private static boolean groupCompanies(Cluster c, List<String> longer, Set<String> groupCompanies) {
        String own = Names.matchKey(c.canonical) + " ";
        List<String> keys = new ArrayList<>();
        for (String f : c.forms) {
            keys.add(Names.matchKey(f));
        }
        longer.forEach(f -> keys.add(Names.matchKey(f)));
        keys.addAll(groupCompanies);
        keys.removeIf(k -> !k.startsWith(own)); // (not "Bringing Lexmark", a longer form by its last word)
        return !compatible(keys);
    }

    /**
     * "Tata Steel" and "Tata Steel UK", "Ford" and "Ford Europe": a company's name and a place is its unit in that place, another
     * company than the one the shorter name stands for.
     */
    private boolean nationalUnit(String key, Cluster longer) {
        String lk = longer.canonical == null ? "" : Names.matchKey(longer.canonical);
        return longer.type == EntityType.ORGANIZATION && lk.startsWith(key + " ") && lexicon.isPlace(lk.substring(key.length() + 1));
    }

    /**
     * "Carlsberg" and "Carlsberg Britvic", the name of the business combined with Britvic, which the article names on its own:
     * the longer name is the combination, not the first company's full name.
     */
    private boolean combinesAnother(String key, Cluster longer, Map<String, Evidence> byForm) {
        String lk = longer.canonical == null ? "" : Names.matchKey(longer.canonical);
        if (longer.type != EntityType.ORGANIZATION) {
            return false; // (a person's "Murati" is the surname of "Mira Murati", not another party)
        }
        return lk.startsWith(key + " ") && namesAnotherForm(lk.substring(key.length() + 1), byForm) || hyphenPair(key, longer, byForm);
    }

    /** "Renault-Geely engine venture": "Renault" and "Geely", each named on its own, are two companies joined by a hyphen. */
    private boolean hyphenPair(String key, Cluster longer, Map<String, Evidence> byForm) {
        String[] halves = longer.canonical == null ? new String[0] : longer.canonical.split("-");
        if (halves.length != 2 || halves[0].contains(" ") || halves[1].contains(" ")) {
            return false;
        }
        String a = Names.matchKey(halves[0]);
        String b = Names.matchKey(halves[1]);
        return a.equals(key) && namesAnotherForm(b, byForm) || b.equals(key) && namesAnotherForm(a, byForm);
    }

    /**
     * True when {@code rest} is another name of the article, or the start of one ("Lindt" of "Lindt Drinks"); not a word that
     * only ends names ("Shipping" of "Shipping group Halvorsen Shipping") or names nothing.
     */
    private boolean namesAnotherForm(String rest, Map<String, Evidence> byForm) {
        String word = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        if (rest.indexOf(' ') < 0 && (lexicon.isOrganizationSuffix(word) || lexicon.isNonEntity(word))) {
            return false;
        }
        return byForm.values().stream().map(x -> Names.matchKey(x.form)).anyMatch(k -> k.equals(rest) || k.startsWith(rest + " "));
    }

    /**
     * "Anglo Teck" after "Anglo American and Teck Resources ... agree to combine": a name whose words before the second company's
     * short name start another company's name joins the two, it is neither.
     */
    private static boolean namesTwo(String head, Cluster c, List<Cluster> clusters) {
        for (Cluster o : clusters) {
            String k = o == c || o.type != EntityType.ORGANIZATION || o.canonical == null ? null : Names.matchKey(o.canonical);
            if (k != null && (k.equals(head) || k.startsWith(head + " "))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "&", "for", "the", "de");
    /** The initials of legal suffixes a name is kept without: Corp/Company, Group, Holdings, Inc, Ltd, Plc. */
    private static final String LEGAL_INITIALS = "CGHILP";

    /**
     * "Siemens wins $1.6 billion rail order" over "Siemens Mobility has won a contract": a company named only in a headline, by
     * the leading words of the one organization the body names with more words, is that organization.
     */
    private void joinHeadlineShortNames(Map<String, Cluster> out, List<Cluster> clusters, FormIndex index, Map<String, Evidence> byForm) {
        for (Cluster h : List.copyOf(clusters)) {
            if (h.type != EntityType.ORGANIZATION || !clusters.contains(h)) {
                continue;
            }
            boolean headlineOnly = !h.forms.isEmpty();
            for (String f : h.forms) {
                Evidence e = byForm.get(Names.matchKey(f));
                headlineOnly &= e != null && e.inHeadline == e.count;
            }
            if (!headlineOnly) {
                continue;
            }
            String key = Names.matchKey(h.canonical);
            Cluster longer = null;
            int found = 0;
            for (Cluster c : clusters) {
                // (not two companies the lexicon keeps apart: "Amazon" in a headline beside "Amazon Web Services")
                if (c != h && c.type == EntityType.ORGANIZATION && Names.matchKey(c.canonical).startsWith(key + " ")
                        && !(h.listed && c.listed)) {
                    longer = c;
                    found++;
                }
            }
            if (found != 1) {
                continue;
            }
            Cluster keep = longer;
            for (String f : h.forms) {
                index.add(keep, f, h.formCounts.getOrDefault(f, 1), "headline-short-form");
            }
            keep.strong |= h.strong;
            clusters.remove(h);
            index.removed(h);
            out.replaceAll((k, c) -> c == h ? keep : c);
        }
    }

    /** Bracketed initials join the name before them (or that name joins the initials, where the initials are the listed name). */
    private void joinAcronyms(Map<String, Cluster> out, List<Cluster> clusters, FormIndex index) {
        for (Map.Entry<String, String> a : acronyms.entrySet()) {
            Cluster shortC = out.get(a.getKey());
            Cluster longC = out.get(a.getValue());
            if (shortC == null || longC == null || shortC == longC || shortC.type == EntityType.PERSON || longC.type == EntityType.PERSON) {
                continue;
            }
            Cluster keep = shortC.listed && !longC.listed ? shortC : longC;
            Cluster gone = keep == shortC ? longC : shortC;
            for (String f : gone.forms) {
                index.add(keep, f, gone.formCounts.getOrDefault(f, 1), "acronym");
            }
            keep.type = keep.type != null ? keep.type : gone.type;
            keep.strong |= gone.strong;
            clusters.remove(gone);
            index.removed(gone);
            out.replaceAll((k, c) -> c == gone ? keep : c);
        }
    }

    /**
     * The clusters by the first and last word of each of their forms' match keys, so finding the
     * longer or shorter form of a name looks at the few clusters sharing an edge word with it, not
     * at every cluster of the article (a page listing thousands of names stays linear). Every
     * relation the resolver tests (leading words, trailing word) shares such a word; candidates
     * come in the order the clusters were made, as a walk over all of them would meet them.
     */
    private static final class FormIndex {
        private final Map<String, Set<Cluster>> byEdgeWord = new HashMap<>();
        private final Map<Cluster, Integer> order = new java.util.IdentityHashMap<>();
        private final Set<Cluster> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        void add(Cluster c, String form, int count) {
            add(c, form, count, null);
        }

        /** Adds a form; {@code rule} says why it joins a cluster that has other forms (null for a cluster's own name). */
        void add(Cluster c, String form, int count, String rule) {
            order.putIfAbsent(c, order.size());
            // a form joins others, or stands for a canonical name it is not ("Nordlys Kraft" forced onto Corvel Grid)
            if (rule != null && !c.forms.contains(form)
                    && (!c.forms.isEmpty() || c.canonical != null && !Names.matchKey(form).equals(Names.matchKey(c.canonical)))) {
                c.formRules.putIfAbsent(form, rule);
            }
            c.addForm(form, count);
            String key = Names.matchKey(form);
            byEdgeWord.computeIfAbsent(firstWord(key), k -> new LinkedHashSet<>()).add(c);
            byEdgeWord.computeIfAbsent(lastWord(key), k -> new LinkedHashSet<>()).add(c);
        }

        void removed(Cluster c) {
            removed.add(c);
        }

        /** The clusters with a form starting or ending with the first or last word of this key, in creation order. */
        List<Cluster> near(String key) {
            Set<Cluster> found = new LinkedHashSet<>();
            for (String w : new String[] {firstWord(key), lastWord(key)}) {
                for (Cluster c : byEdgeWord.getOrDefault(w, Set.of())) {
                    if (!removed.contains(c)) {
                        found.add(c);
                    }
                }
            }
            List<Cluster> out = new ArrayList<>(found);
            out.sort(java.util.Comparator.comparingInt(order::get));
            return out;
        }

        private static String firstWord(String key) {
            int sp = key.indexOf(' ');
            return sp < 0 ? key : key.substring(0, sp);
        }

        private static String lastWord(String key) {
            return key.substring(key.lastIndexOf(' ') + 1);
        }
    }

    /**
     * "Sridhar Ramaswamy, who leads ..." then "AI chief Ramaswamy": what the article says of a surname alone is
     * evidence about the full name it shortens, when exactly one full name of two to four words ends in it.
     */
    private static void surnameEvidence(Map<String, Evidence> byForm) {
        Map<String, Evidence> fullByLast = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Evidence e : byForm.values()) {
            if (e.words() >= 2 && e.words() <= 4) {
                String key = Names.matchKey(e.form);
                String last = key.substring(key.lastIndexOf(' ') + 1);
                if (fullByLast.putIfAbsent(last, e) != null) {
                    ambiguous.add(last);
                }
            }
        }
        for (Map.Entry<String, Evidence> en : fullByLast.entrySet()) {
            Evidence shortForm = byForm.get(en.getKey());
            if (shortForm != null && shortForm.asSurname > 0 && !ambiguous.contains(en.getKey())) {
                en.getValue().person += Math.min(2, shortForm.asSurname);
            }
        }
    }

    private EntityType typeOf(Evidence e) {
        String[] words = Rx.split(e.form, "\\s+");
        if (lexicon.canonicalOrganization(e.form) != null) {
            return EntityType.ORGANIZATION;
        }
        if (words.length >= 2 && lexicon.isOrganizationSuffix(words[words.length - 1]) || e.legal) {
            return EntityType.ORGANIZATION;
        }
        if (words.length >= 2 && MentionFinder.RANKS.contains(words[0])) {
            return EntityType.PERSON; // "Sheikh Tahnoun bin Zayed", "Prince Harry"
        }
        boolean personShape = words.length >= 2 && words.length <= 4 && lexicon.isGivenName(words[0])
                && words[words.length - 1].chars().anyMatch(Character::isLowerCase)
                // "agreed to buy Naval Vessels Lurssen": a company's cue, and a middle word no given name, initial or particle
                && !(e.org >= 2 && words.length >= 3 && java.util.Arrays.stream(words, 1, words.length - 1).anyMatch(this::plainMiddleWord));
        if (personShape && e.org < 3) {
            return EntityType.PERSON;
        }
        if (e.person >= 2 && e.person > e.org && words.length >= 2 && words.length <= 4) {
            return EntityType.PERSON;
        }
        if (e.org >= 2 && e.org > e.person || e.org >= 1 && e.person == 0 && words.length == 1 && e.count >= 2) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** A word inside a name that a person's name would not have there: not a given name, an initial or a particle. */
    private boolean plainMiddleWord(String w) {
        return !lexicon.isGivenName(w) && !Rx.matches(w, "\\p{Lu}\\.?") && !MentionFinder.NAME_PARTICLES.contains(w) && !w.contains("-")
                && Rx.matches(w, "\\p{Lu}\\p{Ll}+s");
    }

    private boolean isStrong(Evidence e, EntityType type) {
        return type == EntityType.PERSON || lexicon.canonicalOrganization(e.form) != null || e.org >= 2
                || lexicon.isOrganizationSuffix(e.form.substring(e.form.lastIndexOf(' ') + 1));
    }

    /** A word that can stand for a name it ends ("Bills" for "Buffalo Bills"): not a suffix, given name or listed name. */
    private boolean trailingShortForm(String word) {
        return !lexicon.isOrganizationSuffix(word) && !lexicon.isGivenName(word) && lexicon.canonicalOrganization(word) == null;
    }

    /** True when the user's alias file forbids joining this form with a name of the cluster. */
    private boolean blocked(Evidence e, Cluster c) {
        for (String f : c.forms) {
            if (lexicon.forbids(e.form, f)) {
                return true;
            }
        }
        return lexicon.forbids(e.form, c.canonical);
    }

    /** Why a shorter form joins a cluster: a person's surname or given name, an organization's leading or last words. */
    private String shortFormRule(Evidence e, Cluster c) {
        String key = Names.matchKey(e.form);
        if (c.type == EntityType.PERSON) {
            return c.forms.stream().anyMatch(f -> Names.matchKey(f).startsWith(key + " ")) ? "given-name" : "surname";
        }
        return c.forms.stream().anyMatch(f -> Names.matchKey(f).startsWith(key + " ")) ? "leading-words" : "trailing-word";
    }

    /** The person whose surname or given name, or the organization whose leading words, this form is. */
    private Cluster longerFormOf(Evidence e, List<Cluster> clusters) {
        String key = Names.matchKey(e.form);
        Cluster found = null;
        for (Cluster c : clusters) {
            for (String f : c.forms) {
                String fk = Names.matchKey(f);
                if (fk.equals(key) || fk.split(" ").length <= key.split(" ").length) {
                    continue;
                }
                // a person's surname, or (in headlines and quotes) the given name alone: "Murati", "Mira" for Mira Murati
                boolean match = c.type == EntityType.PERSON ? e.words() == 1 && (fk.endsWith(" " + key)
                        || fk.startsWith(key + " ") && lexicon.isGivenName(e.form))
                        : fk.startsWith(key + " ") && !ownerOf(fk, key) || e.words() == 1 && !e.legal && fk.endsWith(" " + key) && trailingShortForm(e.form);
                if (match) {
                    if (found != null && found != c) {
                        // two people share the surname ("David Ellison, the son of Larry Ellison"): the press writes the
                        // surname alone for the one it introduced first, and the full name for the other
                        return c.type == EntityType.PERSON && found.type == EntityType.PERSON ? (found.id < c.id ? found : c) : found;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /**
     * The unknown or organization cluster whose longer form this form abbreviates: its leading words
     * ("Arctos" for "Arctos Sports Partners") or, for one word that is no suffix or given name, its
     * last word ("Bills" for "Buffalo Bills"). Null when no form, or several clusters, fit.
     */
    private Cluster shortFormOf(Evidence e, List<Cluster> clusters) {
        String key = Names.matchKey(e.form);
        String lastWord = e.form.substring(e.form.lastIndexOf(' ') + 1);
        // (not a name written with a legal suffix: "Pretzels Inc." is a company of its own beside "Dot's Pretzels")
        boolean trailingOk = e.words() == 1 && !e.legal && trailingShortForm(lastWord);
        Cluster found = null;
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON) {
                continue;
            }
            for (String f : c.forms) {
                String fk = Names.matchKey(f);
                if (fk.startsWith(key + " ") && !ownerOf(fk, key) || trailingOk && fk.endsWith(" " + key)) {
                    if (found != null && found != c) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "\\s(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|AG|SA|S\\.A|SE|NV|N\\.V|GmbH|SpA|S\\.p\\.A|AB|ASA|Oyj|KK)\\.?$");

    /**
     * True when the longer forms of {@code key} in the cluster add only words that make a name formal ("Toyota Motor" for "Toyota
     * Corp."): a name written with a legal suffix ("Mars Inc") is a company of its own beside a longer name ("Mars Snacking").
     */
    private boolean longerOnlyFormal(String key, Cluster longer) {
        for (String f : longer.forms) {
            String fk = Names.matchKey(f);
            if (fk.startsWith(key + " ") && !lexicon.onlyMakesFormal(fk.substring(key.length() + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Words that make a company's name the name of whoever owns it: "the Hershey Trust", "the Walton Family Foundation". */
    private static final Set<String> OWNER_WORDS = Set.of("trust", "foundation", "family", "families", "estate", "endowment",
            "charitable trust", "family foundation", "family office", "family trust", "school trust");

    /** True when the longer name {@code longer} is {@code key} and an owner's word ("hershey trust" for "hershey"): not its short form. */
    private static boolean ownerOf(String longer, String key) {
        return OWNER_WORDS.contains(longer.substring(key.length() + 1));
    }

    /** A verb in the singular after a word: "Prosus has agreed to buy", "Kronos says" (a plural noun would take "have", "say"). */
    private static final Pattern SINGULAR_VERB_AFTER = Pattern.compile(
            "\\s+(?:has|is|was|does|says|agrees|plans|owns|employs|expects|reports|wants|makes|sells|runs|operates|announces|confirms)\\b");

    /** True when the sentence closes with a full stop, question or exclamation mark (quotes and brackets after it allowed). */
    private static boolean endsWithStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "'\"’”)".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean anyWordInLowerCase(String form, String text) {
        for (String w : Rx.split(form, "\\s+")) {
            if (w.length() > 2 && usedInLowerCase(w, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean usedInLowerCase(String word, String text) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word)) {
            return false;
        }
        int i = text.indexOf(lower);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + lower.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(lower, i + 1);
        }
        return false;
    }
}
