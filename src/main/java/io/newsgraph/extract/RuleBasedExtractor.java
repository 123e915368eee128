package io.newsgraph.extract;

import io.newsgraph.document.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Headcount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The rule engine: sentences, mentions, article-level entity resolution, sentence views with
 * coreference, relation rules from {@code relations.rules}, then article-level reasoning.
 * Stateless between articles and safe to share between threads.
 */
public final class RuleBasedExtractor implements Extractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBasedExtractor.class);

    private static final RuleBasedExtractor STANDARD = standardRules();

    private final Lexicon lexicon;
    private final RuleIndex rules;
    private final MentionFinder mentionFinder;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DocumentReasoner reasoner = new DocumentReasoner();

    private final DescriptorElider elider;
    private final PageStructure pageStructure;
    private final List<RelationRule> ruleList;
    private final java.util.Set<String> ruleWords;
    private final String name;

    private static RuleBasedExtractor standardRules() {
        RuleCompiler compiler = new RuleCompiler();
        List<RelationRule> rules = compiler.compileAll(Lexicon.lines("relations.rules"));
        return new RuleBasedExtractor(Lexicon.standard(), rules, compiler.literalWords(rules));
    }

    RuleBasedExtractor(Lexicon lexicon, List<RelationRule> rules, java.util.Set<String> ruleWords) {
        this(lexicon, rules, ruleWords, "newsgraph-rules-1");
    }

    private RuleBasedExtractor(Lexicon lexicon, List<RelationRule> rules, java.util.Set<String> ruleWords, String name) {
        this.name = name;
        this.ruleList = rules;
        this.ruleWords = ruleWords;
        this.lexicon = lexicon;
        this.elider = new DescriptorElider(lexicon, ruleWords);
        this.pageStructure = new PageStructure(lexicon);
        this.rules = new RuleIndex(FactAssembler.orderForSentence(rules));
        this.mentionFinder = new MentionFinder(lexicon);
    }

    /** The extractor with the bundled lexicon and rules. */
    public static RuleBasedExtractor standard() {
        return STANDARD;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * This extractor with a user's alias file: its forced names join their entities, its forbidden
     * pairs stay apart. Its name carries the file's fingerprint, so a store knows which graphs were
     * extracted under which corrections (and ingest re-extracts them when the file changes).
     */
    public RuleBasedExtractor withAliases(Aliases aliases) {
        return new RuleBasedExtractor(lexicon.withAliases(aliases), ruleList, ruleWords, name + "+aliases-" + aliases.fingerprint());
    }

    /** An article read up to its sentences' entities: what extraction and {@link #explain} both start from. */
    private record Reading(List<Sentence> sentences, PageStructure.Role[] roles, List<List<Mention>> mentions,
            EntityResolver.Cluster[][] clusters, EntityResolver.Cluster topic) {
    }

    private Reading read(Article article) {
        String text = normalise(article.text());
        List<Sentence> sentences = splitter.split(text);
        PageStructure.Role[] roles = roles(text, sentences);
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        java.util.Set<String> possessives = MentionFinder.possessiveNames(text, lexicon::isGivenName);
        for (int i = 0; i < sentences.size(); i++) {
            // bylines, credits and page furniture name nobody the story is about
            boolean read = roles[i] == PageStructure.Role.PROSE || roles[i] == PageStructure.Role.TEASER;
            mentions.add(read ? mentionFinder.find(sentences.get(i).text(), article.published(), possessives) : List.of());
        }
        EntityResolver.Cluster[][] clusters = new EntityResolver(lexicon).resolve(sentences, mentions, text);
        return new Reading(sentences, roles, mentions, clusters, topic(clusters, roles, mentions, sentences));
    }

    @Override
    public Extraction extract(Article article) {
        Reading r = read(article);
        List<Sentence> sentences = r.sentences();
        PageStructure.Role[] roles = r.roles();
        List<List<Mention>> mentions = r.mentions();
        EntityResolver.Cluster[][] clusters = r.clusters();
        EntityResolver.Cluster topic = r.topic();
        Map<EntityResolver.Cluster, Entity> entities = new HashMap<>();
        FactAssembler assembler = new FactAssembler(article.text(), article.published(), topic, entities, lexicon);
        SentenceViewBuilder views = new SentenceViewBuilder(topic, elider, lexicon);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView view = views.build(sentences.get(i), mentions.get(i), clusters[i]);
            // a teaser is another story's headline: only facts whose parties it names itself
            try {
                candidates.addAll(assembler.apply(view, rules, roles[i] == PageStructure.Role.TEASER));
            } catch (RuntimeException e) {
                // a fault in one rule costs one sentence's facts, not the article's (and the log says where)
                LOG.warn("{}: sentence {} skipped after an extraction error: {}", article.source(), i + 1, e.toString());
            }
        }
        // a succession whose sentence names no company is at the article's main one ("taking over as CEO from Y"), which no rule
        // may have named yet
        List<Fact> facts = reasoner.merge(assembler.oriented(candidates), assembler.successions(),
                assembler.successions().isEmpty() ? entities.get(topic) : assembler.topicEntity(),
                assembler.dealAmounts(), assembler.arrivals(), assembler.departures(), assembler.dealAmountBySentence(), assembler.roundAmounts());
        List<Entity> named = entitiesOf(facts, clusters, entities);
        return new Extraction(article, named, facts, merges(named, clusters, entities));
    }

    /** The forms each named entity's cluster took in by a rule, for the graph's merge records. */
    private static List<io.newsgraph.model.NameMerge> merges(List<Entity> named, EntityResolver.Cluster[][] clusters,
                                                            Map<EntityResolver.Cluster, Entity> known) {
        Map<String, io.newsgraph.model.NameMerge> out = new java.util.TreeMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        named.forEach(e -> keys.add(e.key()));
        java.util.Set<EntityResolver.Cluster> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (EntityResolver.Cluster[] row : clusters) {
            for (EntityResolver.Cluster c : row) {
                if (c == null || !seen.add(c) || c.formRules.isEmpty()) {
                    continue;
                }
                Entity e = known.get(c);
                String key = e != null ? e.key() : c.toEntity(c.type == null ? io.newsgraph.model.EntityType.ORGANIZATION : c.type).key();
                if (!keys.contains(key)) {
                    continue;
                }
                c.formRules.forEach((form, rule) -> {
                    if (!rule.equals("same-name")) {
                        out.put(key + "|" + form, new io.newsgraph.model.NameMerge(key, form, rule));
                    }
                });
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Sentence views of an article, for debugging rules ({@code newsgraph extract --explain}). */
    public List<String> explain(Article article) {
        // the same reading as extraction's: page furniture is read for no names, and the topic counts prose only
        Reading r = read(article);
        SentenceViewBuilder views = new SentenceViewBuilder(r.topic(), elider, lexicon);
        List<String> out = new ArrayList<>();
        out.add("topic: " + (r.topic() == null ? "-" : r.topic().canonical));
        for (int i = 0; i < r.sentences().size(); i++) {
            SentenceView v = views.build(r.sentences().get(i), r.mentions().get(i), r.clusters()[i]);
            String role = r.roles()[i] == PageStructure.Role.PROSE ? "" : " (" + r.roles()[i].name().toLowerCase(java.util.Locale.ROOT) + ")";
            StringBuilder b = new StringBuilder("[" + i + "]" + role + v.text());
            for (int k = 0; k < v.slots().size(); k++) {
                Slot s = v.slot(k);
                b.append("\n     ").append(k).append(' ').append(s.kind()).append(' ')
                        .append(s.mention() == null ? "(pronoun)" : s.mention().text());
                if (s.entity() != null) {
                    b.append(" -> ").append(s.entity().canonical).append(s.candidates().size() > 1 ? " (+" + (s.candidates().size() - 1) + ")" : "");
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    /** "(NASDAQ: INTC)", "(NYSE:KO)": a listing in brackets after a name, blanked out (same length, offsets stay valid). */
    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile(
            "\\((?:NYSE|NASDAQ|Nasdaq|NYSE American|LSE|LON|TSX|ASX|OTC|OTCQX|TSE|TYO|HKEX|HKG|SIX|Euronext|EPA|ETR|FRA|BSE|NSE|"
                    + "KRX|SGX|JSE|BMV|B3|ticker)\\s*:\\s*[A-Za-z0-9.\\-]{1,10}\\)");

    /** The wire service or news agency itself, "/PRNewswire/" or "(Reuters)": what a wire dateline cannot lack. */
    private static final String WIRE_MARK = "/\\s*(?:PRNewswire(?:-[A-Za-z]+)?|PR Newswire|GLOBE NEWSWIRE|Globe Newswire|Business Wire|"
            + "BUSINESS WIRE|ACCESSWIRE|ACCESS Newswire|EQS-News|CNW)\\s*/|\\(\\s*(?:BUSINESS WIRE|Business Wire|GLOBE NEWSWIRE|"
            + "Globe Newswire|PRNewswire|ACCESSWIRE)\\s*\\)"
            // "LONDON (AP) --", "TOKYO, May 13 (Reuters) -": a news agency's dateline
            + "|\\(\\s*(?:AP|Reuters|AFP|Bloomberg|dpa|Xinhua|Kyodo|UPI|PTI|IANS|ANSA|EFE|Yonhap|TASS|Kyodo News)\\s*\\)(?=\\s*(?:-{1,2}|\u2013|\u2014|,))";

    /**
     * Searched for first: the dateline pattern tries up to 100 characters at every line's start, which was about 5% of all
     * extraction time (profiled on the bench's articles), though most articles have no wire dateline at all.
     */
    private static final java.util.regex.Pattern WIRE_MARKER = java.util.regex.Pattern.compile(WIRE_MARK);

    /**
     * A wire service's dateline opening a press release's first paragraph: "ARMONK, N.Y., Feb. 27, 2025 /PRNewswire/ --",
     * "SAN FRANCISCO--(BUSINESS WIRE)--", "TORONTO, March 3, 2025 (GLOBE NEWSWIRE) --": a place and a date, no names.
     */
    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[^\\n]{0,100}?(?:" + WIRE_MARK + ")\\s*(?:-{1,2}|\u2013|\u2014|,)?\\s*");

    /**
     * "GOTHENBURG, Sweden \u2014", "SEATTLE --", "MUNICH/STOCKHOLM -", "WASHINGTON, July 18 -", "LONDON (Wire) -": a newspaper's
     * dateline opening a paragraph, the town in capitals (or two towns), a country, a date or a service, then a dash.
     */
    private static final java.util.regex.Pattern NEWS_DATELINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}{2,}(?:[ '/-]\\p{Lu}{2,}){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?"
                    + "(?:,?\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?"
                    + "(?:\\s*\\(\\p{Lu}[\\p{L}]{1,20}(?:\\s\\p{Lu}[\\p{L}]{1,20})?\\))?\\s+(?:-{1,2}|\u2013|\u2014)\\s+");

    /** "Aug 28 (Wire) -", "May 13, 2025 (Reuters) --": a dateline of a date and a service, with no town. */
    private static final java.util.regex.Pattern DATED_DATELINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
                    + "\\s*\\(\\p{Lu}[\\p{L}]{1,20}(?:\\s\\p{Lu}[\\p{L}]{1,20})?\\)\\s*(?:-{1,2}|\u2013|\u2014)\\s+");

    /**
     * The text with each match of {@code p} blanked (one space per character): a dateline's pattern is tried only where a line
     * starts, a ticker's only at a "(", the places either can open (a search would try every character of the article).
     */
    private static String blankAt(String text, java.util.regex.Pattern p, boolean lineStarts) {
        java.util.regex.Matcher m = p.matcher(text);
        StringBuilder b = null;
        int from = 0;
        for (int at = 0; at < text.length(); at++) {
            boolean start = lineStarts ? at == 0 || isLineEnd(text.charAt(at - 1)) : text.charAt(at) == '(';
            if (start && at >= from && m.region(at, text.length()).lookingAt()) {
                b = b == null ? new StringBuilder(text) : b;
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, ' ');
                }
                from = Math.max(m.end(), at + 1);
            }
        }
        return b == null ? text : b.toString();
    }

    /** True when a wire service's mark is in the text: tried only at each "/" or "(", where every mark opens. */
    private static boolean hasWireMarker(String text) {
        java.util.regex.Matcher m = WIRE_MARKER.matcher(text);
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '/' || c == '(') && m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A character after which a multi-line pattern's "^" matches. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Typographic quotes and dashes to ASCII (em dashes to commas), one character for one so offsets stay valid. */
    static String normalise(String text) {
        text = blankAt(text, TICKER, false);
        if (hasWireMarker(text)) {
            text = blankAt(text, WIRE_DATELINE, true);
        }
        text = blankAt(text, NEWS_DATELINE, true);
        text = blankAt(text, DATED_DATELINE, true);
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> c[i] = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> c[i] = '-';
                case '\u2014', '\u2015' -> c[i] = ','; // an em dash separates clauses, never joins words
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    /** The page role of each sentence: that of the line it is on. */
    private PageStructure.Role[] roles(String text, List<Sentence> sentences) {
        PageStructure.Role[] out = new PageStructure.Role[sentences.size()];
        java.util.Set<Integer> menu = text.indexOf('\u2022') >= 0 || text.contains("\n*") || text.contains("\n -") || text.contains("\n-")
                ? PageStructure.menuLines(text) : java.util.Set.of();
        int lineStart = -1;
        PageStructure.Role lineRole = PageStructure.Role.PROSE;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int from = s.begin() == 0 ? 0 : text.lastIndexOf('\n', s.begin() - 1) + 1;
            if (from != lineStart) { // sentences of one line share its role
                int to = text.indexOf('\n', s.end());
                String line = text.substring(from, to < 0 ? text.length() : to);
                lineRole = menu.contains(from) ? PageStructure.Role.FURNITURE
                        : pageStructure.roleOf(line.startsWith(" date ") ? DATE_LINE.matcher(line).replaceFirst("") : line);
                lineStart = from;
            }
            out[i] = lineRole;
        }
        return out;
    }

    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s*");

    /**
     * The article's main organization: the one named most often (unknown names count too, when
     * named at least twice, since many companies are known only from context), the earliest on a tie.
     */
    private static EntityResolver.Cluster topic(EntityResolver.Cluster[][] clusters, PageStructure.Role[] roles, List<List<Mention>> mentions,
                                                List<Sentence> sentences) {
        Map<EntityResolver.Cluster, Integer> counts = new LinkedHashMap<>();
        Map<EntityResolver.Cluster, Integer> rows = new java.util.HashMap<>();
        EntityResolver.Cluster agreed = null;
        boolean headlineNamesPerson = false;
        int lead = 0;
        EntityResolver.Cluster firstOfHeadline = null;
        for (int i = 0; i < clusters.length; i++) {
            if (roles != null && roles[i] != PageStructure.Role.PROSE) {
                continue; // a teaser's company is not what the article is about
            }
            EntityResolver.Cluster[] row = clusters[i];
            java.util.Set<EntityResolver.Cluster> inRow = new java.util.HashSet<>();
            for (EntityResolver.Cluster c : row) {
                if (c != null && c.type != EntityType.PERSON) {
                    counts.merge(c, 3, Integer::sum);
                    if (inRow.add(c)) {
                        rows.merge(c, 1, Integer::sum);
                    }
                }
            }
            // the first organization of the headline and of the lead sentence is what a news story is about:
            // it wins a tie of mentions (a bonus of at most 2 against 3 a mention)
            if (lead < 2 && row.length > 0) {
                for (int j = 0; j < row.length; j++) {
                    EntityResolver.Cluster c = row[j];
                    // "Amazon-backed Anthropic raises $13 billion": the story is the backed company's
                    String text = sentences.get(i).text();
                    if (c != null && j + 1 < row.length && j < mentions.get(i).size() && SentenceViewBuilder.BACKER_AFTER.matcher(text)
                            .region(mentions.get(i).get(j).end(), text.length()).lookingAt()) {
                        continue;
                    }
                    if (c != null && c.type != EntityType.PERSON) {
                        counts.merge(c, 1, Integer::sum);
                        // the headline and the lead opening with the same company: that is the story, even when another
                        // is named more often as people's past employer ("former OpenAI CTO", "left OpenAI")
                        if (lead == 1 && c == firstOfHeadline) {
                            counts.merge(c, 3, Integer::sum); // worth one more mention
                            agreed = c;
                        }
                        if (lead == 0) {
                            firstOfHeadline = c;
                            headlineNamesPerson = java.util.Arrays.stream(row).anyMatch(x -> x != null && x.type == EntityType.PERSON);
                        }
                        break;
                    }
                }
                lead++;
            }
        }
        EntityResolver.Cluster best = null;
        int bestCount = 0;
        for (Map.Entry<EntityResolver.Cluster, Integer> e : counts.entrySet()) {
            boolean eligible = e.getKey().type == EntityType.ORGANIZATION || e.getValue() >= 6; // an unknown name said twice
            if (eligible && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        // "Hershey picks Wendy's boss Kirk Tanner ..." / "The Hershey Company has chosen Kirk Tanner, chief executive of Wendy's,
        // ...": in a story about a person's move, the company the headline and the lead both open with is the story, even when
        // another is named in more sentences (the person's employer), unless that one is in three times as many (a deal's
        // buyer opening both is not: "Amazon abandons iRobot deal" goes on about iRobot)
        if (agreed != null && headlineNamesPerson && best != agreed && agreed.type == EntityType.ORGANIZATION && best != null
                && rows.getOrDefault(best, 0) < 3 * rows.getOrDefault(agreed, 0)) {
            best = agreed;
        }
        // no organization the article is sure of: the unknown name its first sentence opens with ("Brannock Data said ...")
        return best != null ? best : firstOfHeadline != null && firstOfHeadline.type == null ? firstOfHeadline : null;
    }

    /** Entities that take part in a fact, plus the people and organizations the article names with confidence. */
    private static List<Entity> entitiesOf(List<Fact> facts, EntityResolver.Cluster[][] clusters,
                                           Map<EntityResolver.Cluster, Entity> known) {
        LinkedHashSet<Entity> out = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f instanceof Investment i) {
                out.add(i.investor());
                out.add(i.investee());
            } else if (f instanceof Position p) {
                out.add(p.person());
                out.add(p.organization());
            } else if (f instanceof ClientRelationship c) {
                out.add(c.client());
                out.add(c.supplier());
            } else if (f instanceof Layoff l) {
                out.add(l.organization());
            } else if (f instanceof Acquisition a) {
                out.add(a.acquirer());
                out.add(a.target());
            } else if (f instanceof Headcount h) {
                out.add(h.organization());
            }
        }
        for (EntityResolver.Cluster[] row : clusters) {
            for (EntityResolver.Cluster c : row) {
                if (c != null && c.type != null && c.strong) {
                    out.add(known.computeIfAbsent(c, k -> k.toEntity(k.type)));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
