package io.newsgraph.extract;

import io.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link SentenceView}s of an article in order, resolving within-article coreference as
 * it goes: "he"/"she" to the person the previous sentence was about, "it"/"they" at a clause start
 * to the organization it was about, "its"/"their" to the nearest organization, and "the company",
 * "the startup", "the firm" to a ranked list of candidates that the rules narrow down (the
 * organization on the other side of a relation is never its own antecedent).
 */
final class SentenceViewBuilder {
    /** Words that follow a possessive far more often than a name's verb: "Peet's largest shareholder", "McDonald's chief executive". */
    private static final Set<String> POSSESSED_AFTER = Set.of("largest", "biggest", "second-largest", "main", "chief", "shares", "stake",
            "board", "parent", "owner", "founder", "co-founder", "executive", "ceo", "cfo", "president", "chairman", "headquarters",
            "employees", "workforce", "staff", "shareholders", "investors");

    /** True when a name that ends in its own 's ("JDE Peet's", "McDonald's") stands before a word only a possessive takes. */
    private static boolean ownsNext(Mention m, String text) {
        String t = m.text();
        if (!(t.endsWith("'s") || t.endsWith("\u2019s"))) {
            return false;
        }
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j > i && Character.isLowerCase(text.charAt(i)) && POSSESSED_AFTER.contains(text.substring(i, j));
    }

    private static final Set<String> SUBORDINATORS = Set.of("until", "after", "when", "before", "since", "because", "unless", "once",
            "while", "although", "though");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "and", "but", "that", "because", "while", "as", "after",
            "before", "since", "when", "so", "though", "although", "until", "unless", "if", "once", "which", "-", ":", ";", "\"", "now",
            // "Acme said on Monday it would...": after a speech verb or a day, "it" is a subject
            "said", "says", "announced", "confirmed", "added", "noted", "stated", "told", "expects", "warned", "believes",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week",
            // "Last year it walked away ...", "Two months ago it agreed ...", "Separately, it said ...": a time or a sentence adverb
            "month", "year", "quarter", "ago", "earlier", "later", "then", "recently", "previously", "meanwhile", "separately",
            ")"); // "said on Monday (September 29, 2025) it would buy ...": after a bracketed date
    private static final int SUBJECT_WINDOW = 8;
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s*(?:[.,;:]|$|(?:as|in|on|at|from|to|with|after|before|when|by|"
            + "and|or|who|last|next|this|earlier|later)\\b)");
    /** A sentence opening with a participle clause: "Founded in 2021 by ...", "Backed by ...", "Headquartered in ...". */
    private static final Pattern FRONTED = Pattern.compile("\\s*(?:Founded|Co-founded|Cofounded|Started|Launched|Created|Formed|"
            + "Backed|Funded|Headquartered|Based|Owned|Led|Run|Spun out|Set up|Established)\\b");

    private final List<EntityResolver.Cluster> recentOrgs = new ArrayList<>();
    private final List<EntityResolver.Cluster> recentPersons = new ArrayList<>();
    private final EntityResolver.Cluster topic;
    private EntityResolver.Cluster prevSubjectOrg;
    /** The subject of the sentence before when it named no other organization. */
    private EntityResolver.Cluster prevSentenceOnlyOrg;
    /** The company a line that is only its name heads ("Intuit" above "The maker of TurboTax said ..."), for the next sentence. */
    private EntityResolver.Cluster headingOrg;

    /** The slots of the sentence being built. */
    private List<Slot> currentSlots;
    private EntityResolver.Cluster prevSubjectPerson;
    /** The sentence being built opens with a participle clause. */
    private boolean currentFronted;
    /** The sentence being built. */
    private String currentText = "";
    /** The person the previous sentence opened with, or null when it opened with anything else. */
    private EntityResolver.Cluster lastSentenceSubjectPerson;

    private final DescriptorElider elider;

    /**
     * "Pringles owner Kellanova", "Instagram owner Meta": "owner" between a name and an organization's name
     * tells what the organization owns; the organization itself is the party ("Bills owner Terry Pegula" is a role).
     */
    private static boolean isBrandOwnerNoun(Mention m, int i, List<Mention> mentions, EntityResolver.Cluster[] clusters, String text) {
        if (m.kind() != Mention.Kind.TITLE || !m.text().equalsIgnoreCase("owner") || i == 0 || i + 1 >= mentions.size()) {
            return false;
        }
        Mention before = mentions.get(i - 1);
        Mention after = mentions.get(i + 1);
        return before.kind() == Mention.Kind.NAME && after.kind() == Mention.Kind.NAME
                && text.substring(before.end(), m.begin()).isBlank() && text.substring(m.end(), after.begin()).isBlank()
                && clusters[i + 1] != null && clusters[i + 1].type == EntityType.ORGANIZATION;
    }
    private final Lexicon lexicon;

    SentenceViewBuilder(EntityResolver.Cluster topic, DescriptorElider elider, Lexicon lexicon) {
        this.topic = topic;
        this.elider = elider;
        this.lexicon = lexicon;
    }

    SentenceView build(Sentence sentence, List<Mention> mentions, EntityResolver.Cluster[] clusters) {
        String text = sentence.text();
        noteIntroductions(text, mentions, clusters);
        List<Slot> slots = new ArrayList<>();
        currentSlots = slots;
        List<String> tokens = new ArrayList<>();
        EntityResolver.Cluster subjectOrg = null;
        EntityResolver.Cluster subjectPerson = null;
        List<EntityResolver.Cluster> sentenceOrgs = new ArrayList<>();
        // "Founded a year ago by A and B, the company ...": the names of an opening participle clause are not its subject
        boolean fronted = FRONTED.matcher(text).lookingAt();
        currentFronted = fronted;
        currentText = text;
        inAnswer = ANSWER.matcher(text).find() || inAnswer && !QUESTION.matcher(text).find();
        int pos = 0;
        // the sentence lower-cased once, each gap between mentions tokenised as a region of it (a few
        // characters change length when lower-cased: then each gap on its own, offsets from the gap)
        String lower = text.toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == text.length();
        for (int i = 0; i <= mentions.size(); i++) {
            Mention m = i < mentions.size() ? mentions.get(i) : null;
            int gapEnd = m == null ? text.length() : m.begin();
            if (gapEnd > pos) {
                int off = aligned ? 0 : pos; // added to a token's offsets gives its place in the sentence
                for (GapTokens g = aligned ? new GapTokens(lower, pos, gapEnd) : new GapTokens(text.substring(pos, gapEnd).toLowerCase(Locale.ROOT)); g.find(); ) {
                    String tok = g.group();
                    // "to succeed her." / "replaced her as ...": "her" as an object stands for a person, like "him"
                    Slot pronoun = pronoun(tok.equals("her") && OBJECT_AFTER.matcher(text).region(off + g.end(), text.length()).lookingAt()
                            ? "him" : tok, tokens, sentenceOrgs, subjectOrg);
                    if (pronoun == null) {
                        // "Marlow Markets' plan": a bare apostrophe after a name ending in s is the possessive
                        tokens.add(tok.equals("'") && !tokens.isEmpty() && tokens.get(tokens.size() - 1).startsWith("<")
                                && off + g.start() == pos && mentionEndsWithS(text, pos) ? "'s" : tok);
                        continue;
                    }
                    EntityResolver.Cluster e = pronoun.entity();
                    int k = slots.size();
                    slots.add(pronoun);
                    tokens.add("<" + pronoun.tag() + ":" + k + ">");
                    if (tok.equals("its") || tok.equals("their") || tok.equals("his") || tok.equals("our")) {
                        tokens.add("'s");
                    }
                    if (pronoun.kind().equals("org")) {
                        sentenceOrgs.add(e);
                        if (!fronted && subjectOrg == null && subjectPerson == null && tokens.size() <= SUBJECT_WINDOW) {
                            subjectOrg = e;
                        }
                    } else if (!fronted && subjectPerson == null && subjectOrg == null && tokens.size() <= SUBJECT_WINDOW) {
                        subjectPerson = e;
                    }
                }
            }
            if (m == null) {
                break;
            }
            // "the supermarket group Greenly": a descriptor right before a name describes that name, it does not
            // stand for another company; its words stay plain, for the elider to take out
            boolean describesNext = m.kind() == Mention.Kind.DESCRIPTOR && i + 1 < mentions.size()
                    && mentions.get(i + 1).kind() == Mention.Kind.NAME && clusters[i + 1] != null
                    && descriptorWordsOnly(text.substring(m.end(), mentions.get(i + 1).begin()));
            if (isBrandOwnerNoun(m, i, mentions, clusters, text)) {
                tokens.add(m.text().toLowerCase(Locale.ROOT)); // "Pringles owner Kellanova": a word for the elider, not a role
                pos = m.end();
                continue;
            }
            Slot slot = describesNext ? null : slotFor(m, clusters[i], tokens, sentenceOrgs, subjectOrg);
            if (slot == null) {
                // a name nothing is known about, dropped by the resolver: its words stay plain text
                for (GapTokens g = new GapTokens(m.text().toLowerCase(Locale.ROOT)); g.find(); ) {
                    tokens.add(g.group());
                }
                pos = m.end();
                continue;
            }
            int k = slots.size();
            slots.add(slot);
            tokens.add("<" + slot.tag() + ":" + k + ">");
            if (ownsNext(m, text)) {
                tokens.add("'s"); // "JDE Peet's largest shareholder": a name ending in its own 's, used as a possessive
            }
            if (m.kind() == Mention.Kind.STAFF && CUT_NOUN.matcher(m.text()).find()) {
                tokens.add("layoffs"); // "450 redundancies": the count is the cut, and the cut stays a cue for the rules
            }
            EntityResolver.Cluster e = slot.entity();
            // an unknown name inside the sentence may be what "its" refers to ("co-founded Fjordly and served as its CEO");
            // one opening the sentence, or a given name, is too often no organization at all
            // (one the article names again elsewhere is a name: "Flexport is run by ...", after "a stake in Flexport")
            boolean unknownOrg = slot.kind().equals("unk") && (m.begin() > 0 || e != null && e.mentions > 2)
                    && !lexicon.isGivenName(Rx.split(m.text(), "\\s+")[0])
                    && m.text().chars().noneMatch(Character::isDigit); // "C1", "iPhone 16e": products, not companies
            if ((slot.kind().equals("org") || unknownOrg) && e != null) {
                sentenceOrgs.add(e);
                // "Amazon-backed Anthropic said": the backer is a modifier of the subject, not the subject
                boolean backer = BACKER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
                if (!fronted && subjectOrg == null && subjectPerson == null && tokens.size() <= SUBJECT_WINDOW && !backer) {
                    subjectOrg = e;
                }
            } else if (!fronted && slot.kind().equals("per") && e != null && subjectOrg == null && subjectPerson == null
                    && tokens.size() <= SUBJECT_WINDOW) {
                subjectPerson = e;
            }
            pos = m.end();
        }
        if (fronted) {
            // the subject is the name after a comma that no list goes on from: ", the company has become ..."
            for (int t = 1; t + 1 < tokens.size(); t++) {
                String tok = tokens.get(t);
                String next = tokens.get(t + 1);
                if (tokens.get(t - 1).equals(",") && tok.startsWith("<") && !next.equals(",") && !next.equals("and")
                        && !next.equals("or")) {
                    Slot sl = slots.get(Integer.parseInt(tok.substring(tok.indexOf(':') + 1, tok.length() - 1)));
                    if (sl.entity() != null && (sl.kind().equals("org") || sl.kind().equals("unk"))) {
                        subjectOrg = sl.entity();
                    } else if (sl.entity() != null && sl.kind().equals("per")) {
                        subjectPerson = sl.entity();
                    }
                    break;
                }
            }
        }
        for (EntityResolver.Cluster o : sentenceOrgs) {
            touch(recentOrgs, o);
        }
        for (Slot s : slots) {
            if (s.kind().equals("per") && s.entity() != null) {
                touch(recentPersons, s.entity());
            }
        }
        prevSubjectOrg = subjectOrg != null ? subjectOrg : prevSubjectOrg;
        noteDealBuyer(tokens);
        final EntityResolver.Cluster subject = subjectOrg;
        Set<EntityResolver.Cluster> aboutPeople = orgsInPersonClauses(tokens);
        prevSentenceOnlyOrg = subject != null && !sentenceOrgs.isEmpty()
                && sentenceOrgs.stream().allMatch(o -> o == subject || aboutPeople.contains(o)) ? subject : null;
        prevSubjectPerson = subjectPerson != null ? subjectPerson : prevSubjectPerson;
        lastSentenceSubjectPerson = subjectPerson;
        headingOrg = tokens.size() == 1 && isOrgToken(tokens.get(0)) && !text.strip().endsWith(".") ? entityOf(tokens.get(0)) : null;
        return new SentenceView(sentence, " " + String.join(" ", elider.apply(tokens)) + " ", slots);
    }

    /** The buyer of the last takeover a sentence told with a verb ("Fifth Third agreed to acquire Comerica"). */
    private EntityResolver.Cluster dealBuyer;
    /** True when {@link #dealBuyer} is the company a part of another joins ("merge its X business with Y"). */
    private boolean dealJoinsPart;
    private static final Set<String> TAKEOVER_VERBS = Set.of("acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought",
            "buying", "purchase", "purchases", "purchased");

    private static final Set<String> MERGE_VERBS = Set.of("merge", "merges", "merging", "combine", "combines", "combining", "fold",
            "folds", "folding");
    private static final Set<String> PART_NOUNS = Set.of("business", "businesses", "unit", "division", "operations", "arm", "service", "services");

    /**
     * Notes the buyer when the sentence has a name, at most four plain words, a takeover verb and another name; or, when a
     * company merges a part of its own "with" (or "into") another company, that company: "to merge its Hulu + Live TV
     * business with Fubo, ... owning 70% of the combined company" (the part joins it).
     */
    private void noteDealBuyer(List<String> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!MERGE_VERBS.contains(tokens.get(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size() - 2, i + 9); k++) {
                if (PART_NOUNS.contains(tokens.get(k)) && (tokens.get(k + 1).equals("with") || tokens.get(k + 1).equals("into"))) {
                    for (int j = k + 2; j < Math.min(tokens.size(), k + 6); j++) {
                        if (isOrgToken(tokens.get(j)) && !tokens.get(j).startsWith("<orgp:")) {
                            EntityResolver.Cluster joined = entityOf(tokens.get(j));
                            if (joined != null) {
                                dealBuyer = joined;
                                dealJoinsPart = true;
                                return;
                            }
                        }
                        if (tokens.get(j).startsWith("<") || tokens.get(j).equals(",")) {
                            break;
                        }
                    }
                }
            }
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!isOrgToken(tokens.get(i)) || tokens.get(i).startsWith("<orgp:")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size() - 1, i + 6); k++) {
                String t = tokens.get(k);
                if (t.startsWith("<") || t.equals(",")) {
                    break;
                }
                if (TAKEOVER_VERBS.contains(t) && isOrgToken(tokens.get(k + 1))) {
                    EntityResolver.Cluster buyer = entityOf(tokens.get(i));
                    if (buyer != null && buyer != entityOf(tokens.get(k + 1))) {
                        dealBuyer = buyer;
                        dealJoinsPart = false;
                        return;
                    }
                }
            }
        }
    }

    /** True for nothing, or one or two descriptor nouns ("group", "holding company"), between a descriptor and a name. */
    private boolean descriptorWordsOnly(String between) {
        String t = between.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        String[] words = Rx.split(t, "\\s+");
        if (words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (!lexicon.isNameDescriptor(w) && !lexicon.descriptors().contains(w)) {
                return false;
            }
        }
        return !between.endsWith(",") && Character.isWhitespace(between.charAt(between.length() - 1));
    }

    private static boolean mentionEndsWithS(String text, int pos) {
        return pos > 0 && (text.charAt(pos - 1) == 's' || text.charAt(pos - 1) == 'S');
    }

    private Slot slotFor(Mention m, EntityResolver.Cluster cluster, List<String> tokens,
                         List<EntityResolver.Cluster> sentenceOrgs, EntityResolver.Cluster subjectOrg) {
        return switch (m.kind()) {
            case MONEY -> new Slot("money", m, List.of(), false);
            case PERCENT -> new Slot("pct", m, List.of(), false);
            case STAFF -> new Slot("staff", m, List.of(), false);
            case NUMBER -> new Slot("num", m, List.of(), false);
            case DATE -> new Slot("date", m, List.of(), false);
            case TITLE -> new Slot("title", m, List.of(), false);
            case DESCRIPTOR -> notTheSubjectAfterCopula(descriptor(m, sentenceOrgs, tokens, subjectOrg), tokens, subjectOrg);
            case NAME -> cluster == null || modifiesNoun(m, cluster) ? null
                    : new Slot(cluster.type == EntityType.PERSON ? "per" : cluster.type == null ? "unk" : "org", m, List.of(cluster), false);
        };
    }

    /**
     * "the company": the organization the article last introduced with that noun ("game studio Bungie
     * ... the studio"), then the organizations of this sentence, nearest first, then the article's main
     * one, the last subject, recent ones.
     */
    private static final Pattern MERGED = Pattern.compile("(?i)\\b(?:combined|merged|enlarged|newly merged|newly combined)\\b");

    /** Nouns a headline's opening word may modify: "Fastener plant to shed 212 jobs", "Gearbox maker to cut 300". */
    private static final Set<String> SITE_NOUNS = Set.of("plant", "plants", "factory", "factories", "mill", "mills", "site", "sites",
            "workers", "staff", "employees", "jobs", "unit", "units", "industry", "sector");

    /**
     * True for a one-word name nothing else in the article calls by it, opening the sentence, that modifies the common noun
     * after it ("Fastener plant to shed 212 jobs"): a capitalised word of a headline, not a company.
     */
    private boolean modifiesNoun(Mention m, EntityResolver.Cluster cluster) {
        if (cluster.type != null || cluster.mentions > 1 || m.begin() != 0 || m.text().indexOf(' ') >= 0 || currentText == null) {
            return false;
        }
        int i = m.end();
        if (i >= currentText.length() || currentText.charAt(i) != ' ') {
            return false;
        }
        int j = i + 1;
        while (j < currentText.length() && Character.isLetter(currentText.charAt(j))) {
            j++;
        }
        String next = currentText.substring(i + 1, j);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && (SITE_NOUNS.contains(next) || lexicon.descriptors().contains(next) || lexicon.isNameDescriptor(next));
    }

    /** A staff count counted by the cut's own noun ("a round of 1,000 layoffs"). */
    private static final Pattern CUT_NOUN = Pattern.compile("(?i)(?:layoffs|lay-offs|redundancies)$");

    /** Nouns that name a part of a company: "the combined networking business" is a unit the deal makes, not the company. */
    private static final Set<String> UNIT_NOUNS = Set.of("business", "businesses", "unit", "units", "division", "divisions", "operations",
            "segment", "arm", "team", "teams", "portfolio");

    /** ", the power producer said": an attribution at the end of a sentence names the company the sentence is about. */
    private static final Pattern SAID_AFTER = Pattern.compile("\\s*(?:said|says|told|announced|confirmed|added)\\b");
    /** What a company buys, owns or invests in is another company: "will take a minority investment in the business", "has owned the maker". */
    private static final Set<String> DEAL_OBJECT_NOUNS = Set.of("investment", "investments", "stake", "stakes", "interest", "holding");
    private static final Set<String> DEAL_OBJECT_VERBS = Set.of("acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought",
            "buying", "purchase", "purchased", "purchases", "owns", "owned", "own", "controls", "controlled");

    private Slot descriptor(Mention m, List<EntityResolver.Cluster> sentenceOrgs, List<String> tokens, EntityResolver.Cluster subjectOrg) {
        Slot slot = descriptor(m, sentenceOrgs, tokens);
        int n = tokens.size();
        // "..., built on technology from OpenAI, handles most requests, according to the company": the source is the
        // company the sentence is about, not the last one it named
        EntityResolver.Cluster about = subjectOrg != null ? subjectOrg : topic;
        if (slot != null && about != null && n >= 2 && tokens.get(n - 1).equals("to") && tokens.get(n - 2).equals("according")
                && slot.candidates().contains(about)) {
            return withFirst(slot, about, true);
        }
        Set<EntityResolver.Cluster> buyers = slot == null || slot.candidates().size() < 2 ? Set.of() : dealParties(tokens);
        if (!buyers.isEmpty() && buyers.contains(slot.candidates().get(0)) && !buyers.containsAll(slot.candidates())) {
            return withLast(slot, buyers); // "their purchase of the business": not one of them
        }
        if (slot == null || subjectOrg == null) {
            return slot;
        }
        if (n >= 1 && tokens.get(n - 1).equals(",") && SAID_AFTER.matcher(currentText).region(m.end(), currentText.length()).lookingAt()) {
            return withFirst(slot, subjectOrg, true); // "X has chosen Y, chief executive of Z, ..., the chocolate maker said": X
        }
        boolean dealObject = n >= 2 && tokens.get(n - 1).equals("in") && DEAL_OBJECT_NOUNS.contains(tokens.get(n - 2))
                || n >= 1 && DEAL_OBJECT_VERBS.contains(tokens.get(n - 1));
        EntityResolver.Cluster actor = dealObject && slot.candidates().size() > 1 ? relativeAntecedent(tokens) : null;
        if (actor != null && slot.candidates().get(0) == actor) {
            return withFirst(slot, actor, false); // "Yardi, which has taken a majority stake in the office provider": not Yardi
        }
        // (only a subject named by its name: one read from a descriptor may itself be the wrong company)
        if (dealObject && slot.candidates().size() > 1 && slot.candidates().get(0) == subjectOrg
                && tokens.stream().anyMatch(t -> (t.startsWith("<org:") || t.startsWith("<unk:")) && entityOf(t) == subjectOrg)) {
            return withFirst(slot, subjectOrg, false); // "an affiliate of ADIA will take a minority investment in the business": not ADIA
        }
        return slot;
    }

    /** The company a ", which" (or ", that") clause the tokens end in is about: the name right before the comma, else null. */
    private EntityResolver.Cluster relativeAntecedent(List<String> tokens) {
        for (int k = tokens.size() - 1; k >= 2; k--) {
            String t = tokens.get(k);
            if (t.equals(",") || t.equals(".") || t.startsWith("<")) {
                return null; // the clause ended, or names another party first
            }
            if ((t.equals("which") || t.equals("that")) && tokens.get(k - 1).equals(",") && isOrgToken(tokens.get(k - 2))) {
                return entityOf(tokens.get(k - 2));
            }
        }
        return null;
    }

    /** "Amazon-backed", "SoftBank-owned": a name turned adjective before the name the sentence is about (tried at the name's end). */
    static final Pattern BACKER_AFTER = Pattern.compile("\\s*-\\s*(?:backed|owned|funded|controlled|financed|supported)\\b");

    /** Nouns of a deal whose "of" names what is bought: "their $8.4 billion purchase of the business". */
    private static final Set<String> DEAL_OF_NOUNS = Set.of("purchase", "acquisition", "takeover", "buyout", "buy-out");
    /** Verbs that put a price on what a deal buys: "a transaction that values the company at $6.9 billion". */
    private static final Set<String> VALUE_VERBS = Set.of("values", "valued", "valuing", "value");

    /**
     * The buyers of the deal a descriptor ends the object of ("after A and B closed their purchase of the business", "agreed
     * to be taken private by Permira in a deal that values the company at"): the one a deal buys or values is another company
     * than the one buying it. Empty when the descriptor is no deal's object.
     */
    private Set<EntityResolver.Cluster> dealParties(List<String> tokens) {
        int n = tokens.size();
        boolean ofDeal = n >= 2 && tokens.get(n - 1).equals("of") && DEAL_OF_NOUNS.contains(tokens.get(n - 2));
        boolean valued = n >= 1 && VALUE_VERBS.contains(tokens.get(n - 1));
        if (!ofDeal && !valued) {
            return Set.of();
        }
        Set<EntityResolver.Cluster> out = new LinkedHashSet<>();
        for (int k = 0; k < n - 1; k++) { // "by Permira", "by buyout firm Permira": the agent of a passive deal
            if (tokens.get(k).equals("by")) {
                for (int j = k + 1; j < Math.min(n, k + 4); j++) {
                    if (isOrgToken(tokens.get(j))) {
                        addEntity(out, tokens.get(j));
                        break;
                    }
                }
            }
        }
        if (ofDeal) { // the deal noun's own clause: its possessor and the subject before it
            for (int k = n - 3; k >= 0 && !(CLAUSE_OPENERS.contains(tokens.get(k)) && !nextIsOrgList(tokens, k)); k--) {
                if (isOrgToken(tokens.get(k))) {
                    addEntity(out, tokens.get(k));
                }
            }
        }
        return out;
    }

    /** "A and B closed ...": an "and" between two names joins a list, not two clauses. */
    private static boolean nextIsOrgList(List<String> tokens, int k) {
        return tokens.get(k).equals("and") && k > 0 && isOrgToken(tokens.get(k - 1)) && k + 1 < tokens.size() && isOrgToken(tokens.get(k + 1));
    }

    private void addEntity(Set<EntityResolver.Cluster> out, String token) {
        EntityResolver.Cluster e = entityOf(token);
        if (e != null) {
            out.add(e);
        }
    }

    /** The slot with {@code c} moved to the front ({@code first}) or to the back of its candidates. */
    private static Slot withFirst(Slot slot, EntityResolver.Cluster c, boolean first) {
        if (!first) {
            return withLast(slot, Set.of(c));
        }
        List<EntityResolver.Cluster> order = new ArrayList<>(slot.candidates());
        order.remove(c);
        order.add(0, c);
        return new Slot(slot.kind(), slot.mention(), List.copyOf(order), slot.indirect());
    }

    /** The slot with the candidates in {@code last} moved, in their order, behind the others. */
    private static Slot withLast(Slot slot, Set<EntityResolver.Cluster> last) {
        List<EntityResolver.Cluster> order = new ArrayList<>(slot.candidates());
        order.removeAll(last);
        order.addAll(slot.candidates().stream().filter(last::contains).toList());
        return new Slot(slot.kind(), slot.mention(), List.copyOf(order), slot.indirect());
    }

    private Slot descriptor(Mention m, List<EntityResolver.Cluster> sentenceOrgs, List<String> tokens) {
        Set<EntityResolver.Cluster> c = new LinkedHashSet<>();
        // "Chegg: The online education company laid off 248 employees": a list's label names what its entry describes
        if (tokens.size() == 2 && tokens.get(1).equals(":") && isOrgToken(tokens.get(0)) && entityOf(tokens.get(0)) != null) {
            c.add(entityOf(tokens.get(0)));
        }
        // a round-up's entry under a line that is only the company's name: "Intuit" / "The maker of TurboTax said it would ..."
        if (tokens.isEmpty() && headingOrg != null) {
            c.add(headingOrg);
        }
        String head = headNoun(m.text());
        EntityResolver.Cluster introduced = introducedAs.get(head);
        // "the sports-car maker" is not the one introduced as "supercar maker McLaren": another product, another maker
        String[] words = Rx.split(m.text().strip().toLowerCase(Locale.ROOT), "\\s+");
        String modifier = words.length >= 2 ? words[words.length - 2] : null;
        String introMod = introducedWith.get(head);
        // (only for nouns a product defines: "AI startup" and "the Tel Aviv startup" may well be one company)
        boolean otherKind = MADE_BY.contains(head) && modifier != null && introMod != null && !modifier.equals(introMod)
                && contentModifier(modifier) && contentModifier(introMod);
        // ("the combined business" after "to merge its Hulu business with Fubo" is what the part joins, not the part)
        boolean joined = dealBuyer != null && dealJoinsPart && MERGED.matcher(m.text()).find() && head.equals("business");
        EntityResolver.Cluster unit = !joined && (UNIT_NOUNS.contains(head) || head.equals("subsidiary")) ? unitNamed.get(head) : null;
        if (unit == null && words.length <= 2 && (head.equals("unit") || head.equals("division") || head.equals("subsidiary"))) {
            return null; // "The division employs about 1,300 people": a part of some company, none the article named as one
        }
        if (unit != null) {
            c.add(unit); // "will keep a 30% holding in the business" after "its Essential Home business"
        }
        if (introduced != null && !otherKind) {
            c.add(introduced);
        }
        // "Giovanni Ferrero is the group's executive chairman": the family's company, named as the person's surname
        for (String t : tokens) {
            EntityResolver.Cluster p = t.startsWith("<per:") ? entityOf(t) : null;
            String surname = p == null || p.canonical == null ? null : p.canonical.substring(p.canonical.lastIndexOf(' ') + 1);
            for (EntityResolver.Cluster o : surname == null || surname.equals(p.canonical) ? List.<EntityResolver.Cluster>of() : named()) {
                if (o != null && o.type != EntityType.PERSON && surname.equalsIgnoreCase(o.canonical)) {
                    c.add(o);
                }
            }
        }
        // "the exchange" for London Stock Exchange Group, "the bank" for Keswick Bank: a name that holds the noun
        for (EntityResolver.Cluster o : named()) {
            if (o != null && o.type != EntityType.PERSON && o.canonical != null && !GENERIC_NOUNS.contains(head)
                    && (" " + o.canonical.toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ")) {
                c.add(o);
            }
        }
        String[] descWords = Rx.split(m.text().toLowerCase(Locale.ROOT), "\\s+");
        for (int k = 0; k < descWords.length; k++) {
            // "the Milan-based app developer", "the Tel Aviv-based firm": the company the article introduced as Italian, Israeli
            String place = Rx.replaceAll(descWords[k], "-(?:based|headquartered)$", "");
            String city = k > 0 && CITY_COUNTRY.containsKey(descWords[k - 1] + " " + place) ? descWords[k - 1] + " " + place : place;
            EntityResolver.Cluster from = fromCountry.get(country(CITY_COUNTRY.getOrDefault(city, place)));
            if (from != null) {
                c.add(from); // "the Chinese battery giant": the company the article introduced as Chinese
            }
        }
        if (created != null && (MERGED.matcher(m.text()).find() || NEW.matcher(m.text()).find()) && !UNIT_NOUNS.contains(head)) {
            c.add(created); // "creating VodafoneThree ... Vodafone owns 51% of the new company"
        }
        if (dealBuyer != null && MERGED.matcher(m.text()).find() && (!UNIT_NOUNS.contains(head) || joined)) {
            c.add(dealBuyer); // "will become vice chair of the combined company": the buyer goes on, the bought one joins it
        }
        if (topic != null && MERGED.matcher(m.text()).find() && !UNIT_NOUNS.contains(head)) {
            c.add(topic); // "the combined company", "the merged group": what the article's deal makes, named as its main party
        }
        if (currentFronted && topic != null) {
            c.add(topic); // "Founded by former Meta researchers, the company ...": the clause's names describe the founders
        }
        // the sentence's organizations, nearest first, but not one inside a clause about a person
        // ("Brewer, who was previously COO of Starbucks, has also left the pharmacy chain's board")
        Set<EntityResolver.Cluster> aside = new LinkedHashSet<>();
        for (int t = mayHoldAside(tokens) ? tokens.size() - 1 : -1; t >= 0; t--) {
            String tok = tokens.get(t);
            if (isOrgToken(tok)) {
                EntityResolver.Cluster e = entityOf(tok);
                if (e != null && (insideClosedRelative(tokens, t) || insidePersonApposition(tokens, t, false))) {
                    aside.add(e);
                }
            }
        }
        for (int i = sentenceOrgs.size() - 1; i >= 0; i--) {
            if (!aside.contains(sentenceOrgs.get(i))) {
                c.add(sentenceOrgs.get(i));
            }
        }
        // "Oracle shares have risen. The database company is run by ...": a sentence that opens with a descriptor goes on
        // about the one organization the sentence before was about, even when the article is mainly about another
        if (tokens.isEmpty() && prevSentenceOnlyOrg != null) {
            c.add(prevSentenceOnlyOrg);
        }
        // "Chronosphere was founded in 2019 by Martin Mao. Mao is the company's chief executive": a sentence naming no company
        // before "the company" goes on about the only one the sentence before named, before the article's main one
        if (prevSentenceOnlyOrg != null && GENERIC_NOUNS.contains(head) && tokens.stream().noneMatch(SentenceViewBuilder::isOrgToken)) {
            c.add(prevSentenceOnlyOrg);
        }
        if (topic != null) {
            c.add(topic);
        }
        c.addAll(aside);
        if (prevSubjectOrg != null) {
            c.add(prevSubjectOrg);
        }
        for (int i = recentOrgs.size() - 1; i >= 0 && c.size() < 6; i--) {
            c.add(recentOrgs.get(i));
        }
        return c.isEmpty() ? null : new Slot("org", m, List.copyOf(c), true);
    }

    /**
     * "Google ... is one of the startup's two main cloud providers": after the subject's copula, a descriptor names another
     * company than the subject (the subject would be "its own" or a name); the subject goes last among the candidates.
     */
    private static Slot notTheSubjectAfterCopula(Slot slot, List<String> tokens, EntityResolver.Cluster subjectOrg) {
        if (slot == null || subjectOrg == null || slot.candidates().size() < 2 || slot.candidates().get(0) != subjectOrg
                || !afterCopula(tokens)) {
            return slot;
        }
        List<EntityResolver.Cluster> reordered = new ArrayList<>(slot.candidates().subList(1, slot.candidates().size()));
        reordered.add(subjectOrg);
        return new Slot(slot.kind(), slot.mention(), List.copyOf(reordered), slot.indirect());
    }

    /** Nouns so generic that introducing one company with them says nothing about the next "the company". */
    private static final Set<String> GENERIC_NOUNS = Set.of("company", "firm", "group", "business", "companies", "firms");
    private static final Pattern APPOSITIVE_NOUN = Pattern.compile("^\\s*,\\s*(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?([a-z]+)\\s*[,.]");
    private static final Pattern WORD_BEFORE = Pattern.compile("([a-z](?:[a-z-]*[a-z])?)\\s+$"); // ("start-up" too)
    private final java.util.Map<String, EntityResolver.Cluster> introducedAs = new java.util.HashMap<>();
    /** The part of a company a unit noun was last named for ("its Essential Home business"). */
    private final java.util.Map<String, EntityResolver.Cluster> unitNamed = new java.util.HashMap<>();
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(business|unit|division|arm|segment|subsidiary)\\b(?!\\s+(?:of|in|at|for)\\b)");
    /** The word before the noun an organization was introduced with ("supercar" of "supercar maker McLaren"), or null. */
    private final java.util.Map<String, String> introducedWith = new java.util.HashMap<>();
    private static final Set<String> MADE_BY = Set.of("maker", "makers", "manufacturer", "producer", "designer", "builder", "developer");
    private static final Pattern MODIFIER_BEFORE = Pattern.compile("([a-z][a-z-]+)\\s+[a-z]+\\s+$");
    /** Words before a noun that say nothing about which company it is: "the new company", "the smaller maker". */
    private static final Set<String> PLAIN_MODIFIERS = Set.of("new", "combined", "merged", "enlarged", "larger", "smaller", "bigger",
            "biggest", "largest", "former", "giant", "big", "major", "leading", "same", "other", "rival", "parent", "struggling", "listed",
            "private", "privately", "public", "publicly", "troubled", "embattled", "ailing", "world's", "country's", "global", "local");
    /** The organization a deal was said to create ("creating X", "to form X"), or null. */
    private EntityResolver.Cluster created;
    private static final Pattern CREATING = Pattern.compile("\\b(?:creating|to create|to form|forming|will create|will form|would create|would form)\\s+(?:a\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?$"
            // "... a copper miner worth more than $53 billion, to be called Anglo Teck"
            + "|\\b(?:to be|will be|would be|which will be|that will be) (?:called|named|known as|renamed)\\s+$");
    private static final Pattern NEW = Pattern.compile("(?i)^(?:the|a)\\s+new\\s+(?:company|entity|group|firm|venture|business|operator)$");
    /** The organization introduced with each country ("China's CATL"); AMBIGUOUS where several were. */
    private final java.util.Map<String, EntityResolver.Cluster> fromCountry = new java.util.HashMap<>();
    private static final EntityResolver.Cluster AMBIGUOUS = null;
    private static final java.util.Map<String, String> DEMONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("chinese", "china"), java.util.Map.entry("japanese", "japan"), java.util.Map.entry("korean", "korea"),
            java.util.Map.entry("german", "germany"), java.util.Map.entry("french", "france"), java.util.Map.entry("british", "britain"),
            java.util.Map.entry("swiss", "switzerland"), java.util.Map.entry("dutch", "netherlands"), java.util.Map.entry("swedish", "sweden"),
            java.util.Map.entry("norwegian", "norway"), java.util.Map.entry("danish", "denmark"), java.util.Map.entry("finnish", "finland"),
            java.util.Map.entry("italian", "italy"), java.util.Map.entry("spanish", "spain"), java.util.Map.entry("american", "america"),
            java.util.Map.entry("indian", "india"), java.util.Map.entry("israeli", "israel"), java.util.Map.entry("canadian", "canada"),
            java.util.Map.entry("australian", "australia"), java.util.Map.entry("brazilian", "brazil"), java.util.Map.entry("taiwanese", "taiwan"),
            java.util.Map.entry("emirati", "uae"), java.util.Map.entry("saudi", "saudi arabia"), java.util.Map.entry("irish", "ireland"),
            java.util.Map.entry("russian", "russia"), java.util.Map.entry("mexican", "mexico"), java.util.Map.entry("u.s.", "america"),
            java.util.Map.entry("us", "america"), java.util.Map.entry("uk", "britain"), java.util.Map.entry("u.k.", "britain"));

    /** Large business cities and their countries (general knowledge), for a descriptor that names a city. */
    private static final java.util.Map<String, String> CITY_COUNTRY = java.util.Map.ofEntries(
            java.util.Map.entry("milan", "italy"), java.util.Map.entry("rome", "italy"), java.util.Map.entry("turin", "italy"),
            java.util.Map.entry("paris", "france"), java.util.Map.entry("london", "britain"), java.util.Map.entry("berlin", "germany"),
            java.util.Map.entry("munich", "germany"), java.util.Map.entry("frankfurt", "germany"), java.util.Map.entry("hamburg", "germany"),
            java.util.Map.entry("stuttgart", "germany"), java.util.Map.entry("madrid", "spain"), java.util.Map.entry("barcelona", "spain"),
            java.util.Map.entry("amsterdam", "netherlands"), java.util.Map.entry("stockholm", "sweden"), java.util.Map.entry("oslo", "norway"),
            java.util.Map.entry("copenhagen", "denmark"), java.util.Map.entry("helsinki", "finland"), java.util.Map.entry("zurich", "switzerland"),
            java.util.Map.entry("geneva", "switzerland"), java.util.Map.entry("vienna", "austria"), java.util.Map.entry("dublin", "ireland"),
            java.util.Map.entry("tokyo", "japan"), java.util.Map.entry("osaka", "japan"), java.util.Map.entry("seoul", "korea"),
            java.util.Map.entry("beijing", "china"), java.util.Map.entry("shanghai", "china"), java.util.Map.entry("shenzhen", "china"),
            java.util.Map.entry("hangzhou", "china"), java.util.Map.entry("mumbai", "india"), java.util.Map.entry("bangalore", "india"),
            java.util.Map.entry("bengaluru", "india"), java.util.Map.entry("toronto", "canada"), java.util.Map.entry("montreal", "canada"),
            java.util.Map.entry("vancouver", "canada"), java.util.Map.entry("sydney", "australia"), java.util.Map.entry("melbourne", "australia"),
            java.util.Map.entry("tel aviv", "israel"), java.util.Map.entry("dubai", "uae"), java.util.Map.entry("riyadh", "saudi arabia"),
            java.util.Map.entry("sao paulo", "brazil"), java.util.Map.entry("mexico city", "mexico"), java.util.Map.entry("taipei", "taiwan"));

    /** The country a word names or describes ("Chinese" and "China" give "china"), else the word itself. */
    private static String country(String word) {
        return DEMONYMS.getOrDefault(word, word);
    }

    /** A word before a noun that tells which kind of company it is ("supercar", "sports-car"), not an article, place or plain adjective. */
    private boolean contentModifier(String w) {
        return !DescriptorElider.DETERMINERS.contains(w) && !PLAIN_MODIFIERS.contains(w) && !DEMONYMS.containsKey(w) && !lexicon.isPlace(w)
                && !w.endsWith("-based") && Character.isLetter(w.charAt(0));
    }

    private static String headNoun(String descriptor) {
        String t = descriptor.strip().toLowerCase(Locale.ROOT);
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    /** Remembers the noun an organization is introduced with: "game studio Bungie", "Bungie, the Destiny studio,". */
    private void noteIntroductions(String text, List<Mention> mentions, EntityResolver.Cluster[] clusters) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            EntityResolver.Cluster c = clusters[i];
            if (m.kind() != Mention.Kind.NAME || c == null || c.type == EntityType.PERSON) {
                continue;
            }
            // "China's CATL", "Danish lender Vestbank": the country an organization is introduced with
            String[] near = Rx.split(text.substring(Math.max(0, m.begin() - 40), m.begin()).toLowerCase(Locale.ROOT), "[\\s,]+");
            for (int k = Math.max(0, near.length - 4); k < near.length; k++) {
                String place = country(Rx.replaceAll(near[k], "['\u2019]s$", ""));
                if (place != null && lexicon.isPlace(place)) {
                    fromCountry.merge(place, c, (old, now) -> old == now ? old : AMBIGUOUS);
                }
            }
            String before = text.substring(Math.max(0, m.begin() - 30), m.begin()).toLowerCase(Locale.ROOT);
            if (CREATING.matcher(before).find()) {
                created = c; // "..., creating VodafoneThree": what "the new company" will mean
            }
            Matcher b = WORD_BEFORE.matcher(before);
            if (b.find()) {
                Matcher mod = MODIFIER_BEFORE.matcher(before);
                remember(b.group(1), c, mod.find() ? mod.group(1) : null);
            }
            Matcher a = APPOSITIVE_NOUN.matcher(text.substring(m.end()));
            if (a.find()) {
                remember(a.group(1), c, null);
            }
            // "its Essential Home business", "the Hyundai Steel unit": the name of a part of a company, which "the business" and
            // "the unit" then stand for
            Matcher u = UNIT_AFTER.matcher(text).region(m.end(), text.length());
            if (u.lookingAt()) {
                unitNamed.put(u.group(1).toLowerCase(Locale.ROOT), c);
            }
        }
    }

    /** Remembers the noun {@code c} was introduced with, and the word before it ({@code modifier}, null when not known). */
    private void remember(String noun, EntityResolver.Cluster c, String modifier) {
        if (lexicon.descriptors().contains(noun) && !GENERIC_NOUNS.contains(noun)) {
            introducedAs.put(noun, c);
            introducedWith.put(noun, modifier); // the pair stays one company's: an apposition's noun clears an older modifier
        }
    }

    private static final Set<String> IDIOM_BEFORE_THEIR = Set.of("lose", "lost", "losing", "loses", "keep", "kept", "keeping");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "it", "they", "its", "their", "we", "our", "us");
    /** An interview's answer line, "A: We are about 420 people now.", and its question line. */
    private static final Pattern ANSWER = Pattern.compile("^\\s*A\\s*:\\s");
    private static final Pattern QUESTION = Pattern.compile("^\\s*Q\\s*:\\s");
    /** True from an interview's answer line ("A: ...") to the next question ("Q: ...") or the end of the article. */
    private boolean inAnswer;

    private static final Set<String> SAYS = Set.of("said", "says", "added", "announced", "confirmed", "expects", "expected", "warned",
            "believes", "hopes", "estimated", "estimates", "disclosed", "reported");

    /** True when the words before end in a company's name and a verb of saying ("Dillard's said", "Acme said that"). */
    private static boolean speakerJustBefore(List<String> tokens) {
        int n = tokens.size();
        int verb = n >= 1 && tokens.get(n - 1).equals("that") ? n - 2 : n - 1;
        if (verb < 1 || !SAYS.contains(tokens.get(verb))) {
            return false;
        }
        String name = tokens.get(verb - 1);
        // (not "the maker of TurboTax said it would": the description is the speaker, not the product it is of)
        return name.startsWith("<org:") // (a name of unknown kind may not be among the sentence's organizations)
                && !(verb >= 3 && tokens.get(verb - 2).equals("of") && tokens.get(verb - 3).startsWith("<orgp:"));
    }

    private Slot pronoun(String tok, List<String> tokens, List<EntityResolver.Cluster> sentenceOrgs, EntityResolver.Cluster subjectOrg) {
        if (!PRONOUNS.contains(tok)) {
            return null; // most words are none: no look at the words before
        }
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        if ((tok.equals("their") || tok.equals("his") || tok.equals("her")) && IDIOM_BEFORE_THEIR.contains(last)) {
            return null; // "300 people will lose their jobs": the workers' jobs, not a company's
        }
        boolean clauseStart = tokens.isEmpty() || CLAUSE_OPENERS.contains(last) || last.startsWith("<date:");
        switch (tok) {
            case "he", "she" -> {
                // "Raman joins from Castine, where she was treasurer": the one person this sentence named already
                // "Sawan, who took over from van Beurden, ... He previously led ...": the person the last sentence was about;
                // else the person last named ("... its finance chief, Dara Quinn, would leave. He will be replaced ...")
                EntityResolver.Cluster only = onlyPersonSoFar();
                // "replacing Jakob Stausholm, who announced in May that he would step down": the person the "who" clause is about
                EntityResolver.Cluster who = only == null ? whoClausePerson(tokens) : null;
                only = who != null ? who : only;
                EntityResolver.Cluster p = only != null ? only : lastSentenceSubjectPerson != null ? lastSentenceSubjectPerson
                        : last(recentPersons) != null ? last(recentPersons) : prevSubjectPerson;
                return p == null ? null : new Slot("per", null, List.of(p), true);
            }
            case "him" -> {
                // "... Donahoe will retire ..., and that Hill will return to succeed him": not the person of its own clause
                List<EntityResolver.Cluster> named = personsSoFar();
                EntityResolver.Cluster own = named.isEmpty() ? null : named.get(named.size() - 1);
                EntityResolver.Cluster p = named.size() >= 2 ? named.get(named.size() - 2) : null;
                if (p == null) {
                    for (int k = recentPersons.size() - 1; k >= 0 && p == null; k--) {
                        p = recentPersons.get(k) != own ? recentPersons.get(k) : null;
                    }
                }
                return p == null ? null : new Slot("per", null, List.of(p), true);
            }
            case "his" -> {
                EntityResolver.Cluster near = personJustBefore(tokens);
                EntityResolver.Cluster p = near != null ? near : prevSubjectPerson != null ? prevSubjectPerson : last(recentPersons);
                return p == null ? null : new Slot("per", null, List.of(p), true);
            }
            case "it", "they" -> {
                if (!clauseStart) {
                    return null;
                }
                // "He ran Rockwell Collins until it was bought ...": with a person for subject, a subordinate clause's "it" is the
                // company just named
                // "Kohl's said it would cut 500 jobs, and Dillard's said it would cut 200": the company that says it, just before
                EntityResolver.Cluster speaker = !sentenceOrgs.isEmpty() && speakerJustBefore(tokens) ? sentenceOrgs.get(sentenceOrgs.size() - 1) : null;
                EntityResolver.Cluster o = speaker != null ? speaker : subjectOrg != null ? subjectOrg
                        : SUBORDINATORS.contains(last) && !sentenceOrgs.isEmpty() ? sentenceOrgs.get(sentenceOrgs.size() - 1)
                        : prevSubjectOrg != null ? prevSubjectOrg : last(recentOrgs);
                o = notRegulator(o, sentenceOrgs, subjectOrg);
                if (tok.equals("they") && subjectOrg == null && prevSubjectOrg == null) {
                    return null;
                }
                return o == null ? null : new Slot("org", null, List.of(o), true);
            }
            case "we", "our", "us" -> {
                // "A: We are about 420 people", "Our last round was led by ...": in an interview's answer, the company the
                // article is about (elsewhere a quote's "we" may be anyone's)
                return topic == null || !inAnswer ? null : new Slot("org", null, List.of(topic), true);
            }
            case "its", "their" -> {
                EntityResolver.Cluster o = !sentenceOrgs.isEmpty() ? notRegulator(ownerCandidate(tokens, sentenceOrgs, subjectOrg), sentenceOrgs, subjectOrg)
                        : prevSubjectOrg != null ? prevSubjectOrg : last(recentOrgs) != null ? last(recentOrgs)
                        : tok.equals("its") ? topic : null; // nothing before it: the company the article is about
                if (tok.equals("their") && sentenceOrgs.isEmpty() && prevSubjectOrg == null) {
                    return null;
                }
                return o == null ? null : new Slot("org", null, List.of(o), true);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The organization "its" stands for: the nearest one before it, unless that one only describes a
     * person ("appointed former Google executive Tom Park as its CTO": Google is Park's past, "its" is
     * the subject's), then the sentence's subject.
     */
    /** A body that clears, fines or sues companies: "the Federal Trade Commission", "the Justice Department". */
    private static final Pattern REGULATOR = Pattern.compile(
            "\\b(?:Commission|Department|Ministry|Authority|Agency|Administration|Regulator|Court|Bureau|Tribunal|Treasury|Congress|Senate)\\b"
                    + "|^(?:FTC|SEC|DOJ|FCC|CMA|FAA|FDA|CFIUS|EU)$");

    /**
     * "Boeing said the Federal Trade Commission had cleared its planned purchase ..., provided it keeps supplying Airbus":
     * a regulator the sentence names is not what "it" or "its" stands for when the sentence opened with a company.
     */
    private static EntityResolver.Cluster notRegulator(EntityResolver.Cluster o, List<EntityResolver.Cluster> sentenceOrgs,
                                                       EntityResolver.Cluster subjectOrg) {
        if (o == null || o.canonical == null || !REGULATOR.matcher(o.canonical).find()) {
            return o;
        }
        if (subjectOrg != null && subjectOrg != o) {
            return subjectOrg;
        }
        EntityResolver.Cluster first = sentenceOrgs.isEmpty() ? null : sentenceOrgs.get(0);
        return first != null && first != o && !REGULATOR.matcher(String.valueOf(first.canonical)).find() ? first : o;
    }

    private EntityResolver.Cluster ownerCandidate(List<String> tokens, List<EntityResolver.Cluster> sentenceOrgs,
                                                  EntityResolver.Cluster subjectOrg) {
        EntityResolver.Cluster owner = ownerCandidateOf(tokens, sentenceOrgs, subjectOrg);
        // "Corvex, which has invested in Brannock, has been one of its main suppliers": after a copula "its" is not
        // the subject (that would be "its own"), but the other company the sentence names
        // "G42, the Abu Dhabi group that is also its largest customer": what the copula is said of is not "its" either
        if (owner != null && owner != subjectOrg && afterCopula(tokens) && owner == copulaSubject(tokens)) {
            EntityResolver.Cluster other = otherThan(owner, subjectOrg, sentenceOrgs);
            return other != null ? other : topic != null && topic != owner ? topic : owner;
        }
        // "deals OpenAI has struck, including with Oracle and Microsoft, its biggest backer": "its" after a list of companies
        // is the subject's, not one of the list's
        int n = tokens.size();
        EntityResolver.Cluster first = subjectOrg != null ? subjectOrg : sentenceOrgs.get(0);
        if (owner != null && first != null && n >= 4 && tokens.get(n - 1).equals(",") && isOrgToken(tokens.get(n - 2))
                && tokens.get(n - 3).equals("and") && isOrgToken(tokens.get(n - 4)) && owner != first
                && entityOf(tokens.get(n - 2)) != first && entityOf(tokens.get(n - 4)) != first) {
            return first;
        }
        // "Glean was started by Jain, a former Google engineer who is its chief executive": not the company he left
        if (owner != null && subjectOrg != null && owner != subjectOrg && afterCopula(tokens) && personCopula(tokens)
                && formerEmployerAt(tokens, owner)) {
            return subjectOrg;
        }
        // (not "..., who became its chief executive": what a person became at "its" is the subject's)
        // (but "Alphabet's largest acquisition remains its purchase of X": a subject the company owns leaves "its" the company's)
        if (owner != null && owner == subjectOrg && afterCopula(tokens) && !personCopula(tokens)
                && !(tokens.size() >= 2 && isOrgToken(tokens.get(0)) && tokens.get(1).equals("'s"))) {
            // "Meta is one of its biggest customers": else the company the last sentence or the article was about
            EntityResolver.Cluster other = otherThan(subjectOrg, null, sentenceOrgs);
            return other != null ? other : topic != null && topic != subjectOrg ? topic : owner;
        }
        return owner;
    }

    private static final Set<String> FORMER_WORDS = Set.of("former", "ex-", "onetime", "erstwhile");

    /** True when the last token naming {@code org} follows "former" or "ex-": a person's past employer. */
    private boolean formerEmployerAt(List<String> tokens, EntityResolver.Cluster org) {
        for (int k = tokens.size() - 1; k >= 1; k--) {
            if (isOrgToken(tokens.get(k)) && entityOf(tokens.get(k)) == org) {
                return FORMER_WORDS.contains(tokens.get(k - 1));
            }
        }
        return false;
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "been", "became", "becomes", "remains", "remained");

    /** Words that open a verb phrase after "and" with no subject of its own: "and would shut down", "and has since cut". */
    private static final Set<String> SHARED_SUBJECT_OPENERS = Set.of("would", "will", "could", "can", "may", "might", "should", "must",
            "has", "had", "have", "plans", "planned", "expects", "expected", "also", "then", "later", "since", "now", "is", "was");

    /** True when the tokens end with "and" plus a verb phrase of at most five plain words that opens with an auxiliary. */
    private static boolean sharedSubjectVerb(List<String> tokens) {
        int a = tokens.lastIndexOf("and");
        int n = tokens.size();
        if (a < 2 || n - a - 1 < 1 || n - a - 1 > 5 || !SHARED_SUBJECT_OPENERS.contains(tokens.get(a + 1))) {
            return false;
        }
        for (int k = a + 1; k < n; k++) {
            String t = tokens.get(k);
            if (t.startsWith("<") || t.equals(",") || t.equals("that") || t.equals("which") || t.equals("who")) {
                return false;
            }
        }
        return true;
    }

    /** True when the copula the tokens end with is said of a person: "who became", "who is now". */
    private static boolean personCopula(List<String> tokens) {
        int k = tokens.size() - 1;
        while (k >= 0 && !COPULAS.contains(tokens.get(k))) {
            k--;
        }
        k--;
        while (k >= 0 && Set.of("also", "still", "now", "has", "have", "had", "later", "then").contains(tokens.get(k))) {
            k--;
        }
        return k >= 0 && (tokens.get(k).equals("who") || tokens.get(k).startsWith("<per"));
    }

    /** The organization right before the copula the tokens end with ("<org> , <orgp> that is also"), or null. */
    private EntityResolver.Cluster copulaSubject(List<String> tokens) {
        int k = tokens.size() - 1;
        while (k >= 0 && !COPULAS.contains(tokens.get(k))) {
            k--;
        }
        k--;
        while (k >= 0 && Set.of("that", "which", "also", "still", "now", "has", "have", "had").contains(tokens.get(k))) {
            k--;
        }
        return k >= 0 && isOrgToken(tokens.get(k)) ? entityOf(tokens.get(k)) : null;
    }

    /** True when the tokens end with a copula and at most "one of", "among", an article: "has been one of", "is the". */
    private static boolean afterCopula(List<String> tokens) {
        int k = tokens.size() - 1;
        while (k >= 0 && k >= tokens.size() - 3 && Set.of("one", "of", "among", "the", "a", "an", "also", "still").contains(tokens.get(k))) {
            k--;
        }
        return k >= 0 && COPULAS.contains(tokens.get(k));
    }

    /** Words opening a closed aside on the subject: "The company, founded in 2019 by former Renault engineers, plans to double its staff". */
    private static final Set<String> ASIDE_OPENERS = Set.of("founded", "co-founded", "started", "created", "formed", "launched", "based",
            "headquartered", "owned", "backed", "controlled", "led", "run", "spun", "which", "whose");

    private EntityResolver.Cluster ownerCandidateOf(List<String> tokens, List<EntityResolver.Cluster> sentenceOrgs,
                                                    EntityResolver.Cluster subjectOrg) {
        EntityResolver.Cluster nearest = sentenceOrgs.get(sentenceOrgs.size() - 1);
        // "shrinks its business with Amazon, its largest customer": an apposition's "its" is not the name it describes
        int n = tokens.size();
        // "Vistara, the airline jointly owned by Tata Sons and Singapore Airlines, operated its final flights": the
        // names inside the subject's closed apposition are not what "its" after it stands for
        if (subjectOrg != null && nearest != subjectOrg) {
            int subj = -1;
            for (int i = 0; i < n && subj < 0; i++) {
                if (isOrgToken(tokens.get(i)) && entityOf(tokens.get(i)) == subjectOrg) {
                    subj = i;
                }
            }
            if (subj >= 0 && subj + 2 < n && tokens.get(subj + 1).equals(",")
                    && (DescriptorElider.DETERMINERS.contains(tokens.get(subj + 2)) || tokens.get(subj + 2).startsWith("<orgp:")
                    || ASIDE_OPENERS.contains(tokens.get(subj + 2)))) {
                int close = tokens.subList(subj + 2, n).indexOf(",");
                if (close >= 0 && subj + 2 + close < n - 1 && tokens.subList(subj + 2 + close, n).stream()
                        .noneMatch(t -> isOrgToken(t) && entityOf(t) != subjectOrg)) {
                    return subjectOrg;
                }
            }
        }
        // "Kenvue has been under pressure from investors including Starboard, which took a stake, and its chief executive ...":
        // a clause joined by "and" goes on about the subject, not about a name listed or described inside the clause before
        if (subjectOrg != null && nearest != subjectOrg && n >= 3 && tokens.get(n - 1).equals("and") && tokens.get(n - 2).equals(",")) {
            int at = -1;
            for (int i = n - 3; i >= 0 && at < 0; i--) {
                if (isOrgToken(tokens.get(i)) && entityOf(tokens.get(i)) == nearest) {
                    at = i;
                }
            }
            boolean listed = at >= 1 && Set.of("including", "like", "as", "from", "by").contains(tokens.get(at - 1));
            boolean described = at >= 0 && at + 2 < n && tokens.get(at + 1).equals(",") && Set.of("which", "who", "whose").contains(tokens.get(at + 2));
            if (listed || described) {
                return subjectOrg;
            }
        }
        // "Klarna stopped using Brightdesk, the billing software maker, and would shut down its use of Corvane": a verb
        // phrase joined by "and" without a subject of its own shares the sentence's, and so does its "its"
        // (the subject of a reported clause too: "Chief executive Mara Quist said Klarna stopped using ...")
        EntityResolver.Cluster clauseSubject = subjectOrg != null ? subjectOrg : sentenceOrgs.get(0);
        if (clauseSubject != nearest && sharedSubjectVerb(tokens)) {
            return clauseSubject;
        }
        if (n >= 2 && tokens.get(n - 1).equals(",") && isOrgToken(tokens.get(n - 2)) && entityOf(tokens.get(n - 2)) == nearest) {
            // after a semicolon a new clause has its own subject: "...; the other is Amazon, its largest backer" is the
            // company named last before it, not the sentence's first
            EntityResolver.Cluster preferred = tokens.contains(";") ? null : subjectOrg;
            // "The cuts affect the Factory Zero plant and Ultium Cells, its battery venture": a name the sentence is unsure of
            // (a plant's) is a poorer owner than the company the article is about
            if (preferred != null && preferred.type == null && topic != null && topic != nearest && topic.type == EntityType.ORGANIZATION) {
                preferred = topic;
            }
            EntityResolver.Cluster other = otherThan(nearest, preferred, sentenceOrgs);
            if (other != null) {
                return other;
            }
        }
        // "Yangtze Auto, which holds about 74% of its shares": a share of "its" stock held by a company in a relative clause on
        // it is another's ("Meta, which cut its workforce" keeps its own)
        int rel = n >= 3 ? Math.max(tokens.lastIndexOf("which"), tokens.lastIndexOf("that")) : -1;
        boolean shareOf = n >= 2 && tokens.get(n - 1).equals("of") && tokens.get(n - 2).startsWith("<pct:");
        if (shareOf && rel >= 2 && tokens.get(rel - 1).equals(",") && isOrgToken(tokens.get(rel - 2)) && entityOf(tokens.get(rel - 2)) == nearest
                && !tokens.subList(rel, n).contains(",")) {
            EntityResolver.Cluster other = otherThan(nearest, subjectOrg, sentenceOrgs);
            if (other != null) {
                return other;
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (isOrgToken(t)) {
                boolean describesPerson = i + 2 < tokens.size() && tokens.get(i + 1).startsWith("<title:")
                        && tokens.get(i + 2).startsWith("<per:")
                        // "appointed X, currently the CFO of Belmont, as its CFO": the employer in a person's apposition
                        || i >= 2 && (tokens.get(i - 1).equals("of") || tokens.get(i - 1).equals("at"))
                        && tokens.get(i - 2).startsWith("<title:") && i + 1 < tokens.size() && tokens.get(i + 1).equals(",");
                // "named Laura Brenner, who ran Meridian Care's hospital division, as its next chief executive": a name
                // inside a relative clause about someone else is not what "its" after the clause stands for
                describesPerson |= mayHoldAside(tokens) && (insideClosedRelative(tokens, i) || insidePersonApposition(tokens, i, true));
                if (describesPerson && entityOf(t) == nearest) {
                    // "Jeff Shell, a former NBCUniversal chief, is its president": the company the article is on
                    EntityResolver.Cluster other = subjectOrg != null ? subjectOrg
                            : topic != null && topic != nearest ? topic : prevSubjectOrg != nearest ? prevSubjectOrg : null;
                    if (other != null) {
                        return other;
                    }
                }
                return nearest;
            }
        }
        return nearest;
    }

    /**
     * The first organization that is not {@code not}: {@code preferred}, then the sentence's, last named
     * first, then the last sentence's subject; null when none is.
     */
    private EntityResolver.Cluster otherThan(EntityResolver.Cluster not, EntityResolver.Cluster preferred,
                                             List<EntityResolver.Cluster> sentenceOrgs) {
        if (preferred != null && preferred != not) {
            return preferred;
        }
        for (int k = sentenceOrgs.size() - 1; k >= 0; k--) {
            if (sentenceOrgs.get(k) != not) {
                return sentenceOrgs.get(k);
            }
        }
        return prevSubjectOrg != null && prevSubjectOrg != not ? prevSubjectOrg : null;
    }

    /** The entity of a slot token ("<org:3>") of the sentence being built; null when it has none. */
    private EntityResolver.Cluster entityOf(String token) {
        return currentSlots == null ? null : currentSlots.get(Integer.parseInt(token.substring(token.indexOf(':') + 1, token.length() - 1))).entity();
    }

    private static boolean isOrgToken(String t) {
        return t.startsWith("<org:") || t.startsWith("<unk:") || t.startsWith("<orgp:");
    }

    /** True when the tokens hold a relative clause or a person's apposition at all (most sentences do not). */
    /** The person whose ", who ..." clause the tokens end inside (no comma closes it yet), or null. */
    private EntityResolver.Cluster whoClausePerson(List<String> tokens) {
        for (int k = tokens.size() - 1; k >= 2; k--) {
            String t = tokens.get(k);
            if (t.equals(",")) {
                return null;
            }
            if (t.equals("who") && tokens.get(k - 1).equals(",") && tokens.get(k - 2).startsWith("<per:")) {
                return entityOf(tokens.get(k - 2));
            }
        }
        return null;
    }

    /** The organizations named in a clause about a person (", who previously built tools at Uber"): not what the sentence is about. */
    private Set<EntityResolver.Cluster> orgsInPersonClauses(List<String> tokens) {
        Set<EntityResolver.Cluster> out = new java.util.HashSet<>();
        for (int k = 2; k < tokens.size(); k++) {
            if (tokens.get(k).equals("who") && tokens.get(k - 1).equals(",") && tokens.get(k - 2).startsWith("<per")) {
                for (int j = k + 1; j < tokens.size() && !tokens.get(j).equals(","); j++) {
                    EntityResolver.Cluster e = isOrgToken(tokens.get(j)) ? entityOf(tokens.get(j)) : null;
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static boolean mayHoldAside(List<String> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k - 1).equals(",")) {
                String t = tokens.get(k);
                if (t.equals("who") || t.equals("which") || t.equals("whose") || t.equals("a") || t.equals("an") || t.equals("the")
                        || t.equals("former") || t.startsWith("<title:") || isOrgToken(t) && k + 1 < tokens.size() && tokens.get(k + 1).equals("'s")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when token {@code at} lies in an apposition after a person (", a co-author of a Google paper ,"), closed before the end;
     * with {@code employer}, also one that gives the person's job (", chief executive of Brindle ,", ", Kestrel's finance chief ,"):
     * what "its" after it stands for is not that employer, though "the business" he "will continue to lead" may be.
     */
    private static boolean insidePersonApposition(List<String> tokens, int at, boolean employer) {
        // ", Kestrel Insurance's finance chief ,": the employer opening the apposition
        if (employer && at >= 2 && tokens.get(at - 1).equals(",") && tokens.get(at - 2).startsWith("<per") && at + 2 < tokens.size()
                && tokens.get(at + 1).equals("'s") && tokens.get(at + 2).startsWith("<title:")) {
            return tokens.subList(at + 3, tokens.size()).contains(",");
        }
        for (int k = at - 1; k >= 2; k--) {
            String t = tokens.get(k);
            if (t.equals(",")) {
                return false;
            }
            // ", a co-author of ...", ", chief executive of snack maker Brindle ,"
            if ((t.equals("a") || t.equals("an") || t.equals("the") || t.equals("former") || employer && t.startsWith("<title:")) && tokens.get(k - 1).equals(",")
                    && tokens.get(k - 2).startsWith("<per")) {
                for (int j = at + 1; j < tokens.size(); j++) {
                    if (tokens.get(j).equals(",")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** True when token {@code at} lies in a relative clause (", who ... ,", ", which ... ,") closed before the end of {@code tokens}. */
    private static boolean insideClosedRelative(List<String> tokens, int at) {
        int open = -1;
        for (int k = at - 1; k >= 1; k--) {
            String t = tokens.get(k);
            if (t.equals(",")) {
                return false;
            }
            if ((t.equals("who") || t.equals("which") || t.equals("whose")) && tokens.get(k - 1).equals(",")) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = at + 1; k < tokens.size(); k++) {
            if (tokens.get(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The distinct people this sentence has named so far, in order. */
    private List<EntityResolver.Cluster> personsSoFar() {
        List<EntityResolver.Cluster> out = new ArrayList<>();
        for (Slot s : currentSlots == null ? List.<Slot>of() : currentSlots) {
            if (s.kind().equals("per") && !s.indirect() && s.entity() != null && !out.contains(s.entity())) {
                out.add(s.entity());
            }
        }
        return out;
    }

    /** "Terry Pegula and his wife": the person named right before "and his" / ", his" in this sentence. */
    /** The one person the sentence has named so far, or null when it named none or several. */
    private EntityResolver.Cluster onlyPersonSoFar() {
        EntityResolver.Cluster found = null;
        for (Slot s : currentSlots == null ? List.<Slot>of() : currentSlots) {
            if (s.kind().equals("per") && !s.indirect() && s.entity() != null) {
                if (found != null && found != s.entity()) {
                    return null;
                }
                found = s.entity();
            }
        }
        return found;
    }

    private EntityResolver.Cluster personJustBefore(List<String> tokens) {
        int n = tokens.size();
        if (n >= 2 && (tokens.get(n - 1).equals("and") || tokens.get(n - 1).equals(",")) && tokens.get(n - 2).startsWith("<per:")) {
            return entityOf(tokens.get(n - 2));
        }
        return null;
    }

    /** The organizations named so far: the sentence's and the recent ones, and the article's main one. */
    private List<EntityResolver.Cluster> named() {
        List<EntityResolver.Cluster> out = new ArrayList<>(recentOrgs);
        for (Slot sl : currentSlots) {
            if (sl.kind().equals("org") && !sl.indirect() && sl.entity() != null) {
                out.add(sl.entity());
            }
        }
        if (topic != null) {
            out.add(topic);
        }
        return out;
    }

    private static EntityResolver.Cluster last(List<EntityResolver.Cluster> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    private static void touch(List<EntityResolver.Cluster> recent, EntityResolver.Cluster c) {
        recent.remove(c);
        recent.add(c);
    }
}
