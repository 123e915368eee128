package io.newsgraph.extract;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Money;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.model.WorkerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns rule matches on one sentence view into candidate facts: resolves entity slots (descriptors
 * and pronouns to the best candidate that is not the relation's other side), reads cue words for
 * status, negation, hypotheticals and hedging, and records the evidence.
 */
final class FactAssembler {
    private static final Pattern PLACEHOLDER = Pattern.compile("<(org|unk|per|orgp|perp|money|pct|staff|num|date|title):(\\d+)>");
    private static final Pattern WORKFORCE_PCT = Pattern.compile(
            "<pct:(\\d+)> (?:\\S+ ){0,1}?of (?:<(?:org|unk|orgp):\\d+> 's |the [a-z]+ 's )?(?:\\S+ ){0,2}?"
                    + "(?:staff|workforce|employees|headcount|workers|jobs|employee base|personnel|roles|team|corporate staff|global staff|global workforce"
                    + "|contractors|contract workers) "
                    + "|(?:workforce|staff|headcount|employees|jobs) (?:\\S+ ){0,2}?by (?:about |around |roughly |nearly |some |approximately )?<pct:(\\d+)> "
                    // "a 6% cut announced in January", "2% would be cut", "the cuts represent about 3.2 percent"
                    + "|<pct:(\\d+)> (?:cut|cuts|reduction|reductions|layoff|layoffs) (?!in |to |of (?!staff|workforce|employees|jobs|its))"
                    + "|<pct:(\\d+)> (?:would|will|were|was|are|is|to) be (?:cut|eliminated|laid off) "
                    + "|(?:cuts|layoffs|reductions|job cuts|losses) (?:\\S+ ){0,8}?(?:represent|represents|amount to|amounts to|equal|equals|account for) "
                    + "(?:about |around |roughly |nearly |some |approximately |just over |just under )?<pct:(\\d+)> ");
    private static final Pattern HIRING_BEFORE = Pattern.compile("(?:hire|hires|hiring|hired|add|adds|adding|added|recruit|recruiting|employs|employ|employed|employing|employing) (?:\\S+ ){0,2}$");
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:(?:down|up) from (?:a |the )?|out of (?:its |their |the )?|total of )(?:\\S+ )?$"
                    + "|of (?:<(?:org|orgp|unk):\\d+> 's )(?:roughly |about |nearly |some |approximately |around )?$" // "12% of its 1,250-person staff"
                    // "about 450 of the site's 1,100 workers": the whole a part is taken from
                    + "|of the (?:site|plant|factory|mill|unit|division|depot|office|mine|store|warehouse|facility|business|company|group) 's "
                    + "(?:roughly |about |nearly |some |approximately |around )?$"
                    // "about 6% of the roughly 133,000 people the company employs": the share's base
                    + "|<pct:\\d+> of (?:the |its |their |all )?(?:roughly |about |nearly |some |approximately |around |more than |over )?$"
                    // "reducing it from 14 to eight executives", "cut its workforce to 500 people": what is left
                    + "|(?:from \\S+|workforce|headcount|staff|it|them) to (?:just |only |about |around |roughly )?$"
                    + "|(?:employs|employing|employed|with a workforce of|workforce of) (?:about |around |roughly |nearly |some |more than |over )?$");
    private static final Pattern CUT_BEFORE = Pattern.compile(
            "(?:cut|cuts|cutting|lay off|laying off|laid off|eliminate|eliminating|eliminated|slash|slashing|slashed|shed|shedding|"
                    + "axe|axing|axed|trim|trimming|reduce|reducing|letting go|let go|fire|firing|fired|furlough|furloughing|pink slips to|"
                    + "notices to) (?:\\S+ ){0,2}$");
    private static final Pattern NEXT_COMPANY = Pattern.compile("(?:, and|; |\\. |, while|, but) (?:\\S+ ){0,2}?<(?:org|unk):\\d+> ");
    private static final Pattern SUBJECTLESS = Pattern.compile(" , and (?:(?:last|this|next|earlier|later) \\S+ |on \\S+ |also |then |<date:\\d+> )*$");
    private static final double MIN_CONFIDENCE = 0.35;
    /** The entity groups rules bind; words a gap skips are not the relation's other side. */
    private static final List<String> SLOT_GROUPS = List.of("investor", "investee", "investors", "investees", "acquirer", "target",
            "seller", "client", "clients", "supplier", "suppliers", "person", "persons", "org", "orgs", "targets", "acquirers");
    /** What stands before an item of a list: nothing, a comma, a conjunction, "the". */
    private static final Pattern LIST_ITEM_BEFORE = Pattern.compile("(?:^|, |and |& |or |the |, and |<title:\\d+> |former |ex- |current |then "
            + "|" + RuleCompiler.DESCRIBED_BACKER + ")$");
    /** A list item's own qualifier: "former FDA Commissioner Scott Gottlieb" names Gottlieb, not the FDA. */
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("^ <title:\\d+> <(?:per|perp):\\d+>");
    private static final Pattern CLAUSE_END = Pattern.compile(" (?:, and|, but|, while|, whereas|;|\\.) ");

    private final String articleText;
    private final EntityResolver.Cluster topic;
    /** The extractor's lexicon: places, for a workforce counted in one country. */
    private final Lexicon lexicon;
    private final Map<EntityResolver.Cluster, Entity> entities;

    FactAssembler(String articleText, String published, EntityResolver.Cluster topic, Map<EntityResolver.Cluster, Entity> entities,
                  Lexicon lexicon) {
        this.lexicon = lexicon;
        this.articleText = articleText;
        this.published = published;
        this.topic = topic;
        this.entities = entities;
    }

    private final List<Succession> successions = new ArrayList<>();
    /** The article's publication date (ISO), or null. */
    private final String published;
    private boolean layoffInSentence;
    /** The company of the last cut a sentence named outright, for "the cuts" in a later one. */
    private Entity lastLayoffOrg;
    private static final Pattern BREAKDOWN = Pattern.compile("<staff:\\d+> (?:\\S+ ){0,4}?(?:, )?(?:including|of which|among them|comprising) ");
    private static final Pattern ASIDE_LIST = Pattern.compile(" , (?:home to|maker of|the maker of|owner of|the owner of|which owns|which makes) [^,]*$");
    private static final Pattern THE_CUTS = Pattern.compile(" ?(?:(?:the|these|those) (?:job )?(?:cuts|layoffs|lay-offs|reductions|redundancies|eliminations) "
            + "|(?:this|that|it) (?:corresponds to|represents|amounts to|equals|is equivalent to|accounts for) )");

    /** The successions the sentences seen so far state. */
    List<Succession> successions() {
        return successions;
    }

    private static final String PER = "<(?:per|perp):(\\d+)>";
    /** Before "successor to": a name in the running is no successor ("seen as a possible successor to Y"). */
    private static final String NOT_A_CANDIDATE = "(?<!possible |potential |likely |presumptive |eventual |future |leading |strong |obvious |natural )";
    private static final Pattern REPLACES = Pattern.compile(
            PER + " (?:(?!<per:)\\S+ ){0,18}?(?<verb>will replace|will succeed|would replace|would succeed|to replace|to succeed|"
                    + "is replacing|is succeeding|replaces|replaced|replacing|succeeds|succeeded|succeeding|takes over from|took over from|"
                    // "took over at Nike in January 2020 from Mark Parker"
                    + "(?:took|takes|taking|take) over (?:at|as) (?:\\S+ ){1,3}?(?:in <date:\\d+> )?from|took over (?:in |last |this |early |late )?<date:\\d+> from|took over after|"
                    + "(?:will take|takes|took|taking|to take|will assume|assumes|assumed|taking over) (?:over )?the (?:reins|helm|top job|top post) from|"
                    + "will take over from|taking over from|take over from|taken over from|is the successor to|was the successor to|" + NOT_A_CANDIDATE + "successor to|replacement for|"
                    + "the handpicked successor to) (?:the |former |outgoing |current )?(?:<title:\\d+> )?" + PER);
    private static final Pattern REPLACED_BY = Pattern.compile(
            PER + " (?:(?!<per)\\S+ ){0,14}?(?<verb>(?:will be |would be |is being |is to be |to be |was )?(?:replaced|succeeded)"
                    + "(?: on an? (?:interim|temporary|acting|permanent) basis| temporarily| for now| immediately)?"
                    // "He will be succeeded on April 1 by X", "... at the end of the month by X"
                    + "(?: (?:on|in|from|at the end of|after) (?:the )?(?:<date:\\d+>|month|year|quarter))? by) "
                    + "(?:(?!<per)\\S+ ){0,6}?" + PER);
    /** "appointed X as its chief executive, ending a search after Y stepped down in May": Y left the role X takes. */
    private static final Pattern AFTER_EXIT = Pattern.compile(
            PER + " (?:(?!<per:)\\S+ ){0,14}?(?<verb>after|following|since) (?:the (?:departure|exit|resignation|ouster) of |(?:the |its )?(?:board |company |<(?:org|orgp|unk):\\d+> )?"
                    + "(?<ousted>ousted|fired|removed|dismissed|pushed out|sacked) )?(?:(?:his|her|their) predecessor (?:, )?)?" + PER
                    + "(?: (?:abruptly |suddenly )?(?<exit>stepped down|resigned|quit|left|departed|exited|was ousted|was fired|retired|stood down))?");
    private static final Pattern APPOINTED_AS = Pattern.compile(
            "^<(?:per|perp):\\d+> (?:as (?:its |their |the )?(?:new |next |permanent )?(?:<(?:org|orgp|unk):\\d+> 's )?<title:\\d+>|, (?:its |the |their )?(?:new )?<title:\\d+>|"
                    + "(?:, who )?(?:will )?(?:become|became|becomes|takes over as|took over as) (?:its |the )?<title:\\d+>"
                    // "Bender, a former Walmart executive, took charge after the retailer fired X": the role is the one X held
                    + "|(?:, (?:[^ ,]+ ){1,8}?, )?(?:took|takes|has taken) (?:charge|the helm|the reins|over) )");
    private static final Pattern AND_ANOTHER = Pattern.compile(" (?:, (?:(?!<per)\\S+ ){1,8}?, )?and (?:<title:\\d+> )?<per:(\\d+)>");
    private static final Pattern RETURNS_TO_THE_JOB = Pattern.compile(
            PER + " (?:\\S+ ){0,3}?(?:leave|leaves|step down|steps down|retire|retires|resign|resigns|depart|departs|exit|exits) (?:as|from) "
                    + "(?:the |its |his |her )?(?:post of |role of )?<title:(\\d+)> (?:\\S+ ){0,25}?(?:and|,) (?:that )?" + PER
                    + " (?:(?!<per:)\\S+ ){0,14}?(?<verb>(?:would|will|is to|to) (?:return to|take|take up|assume|fill|step into|take over) "
                    + "(?:the|that|this|his|her) (?:job|role|post|position|top job))");
    private static final Pattern SPECULATIVE = Pattern.compile(" (?:candidates?|contenders?|shortlist|shortlisted|in the running|"
            + "could|might|may|possible|potential|considered|frontrunners?|front-runners?|favou?rites?|tipped) ");
    private static final Pattern TITLE_BEFORE_LAST_PERSON = Pattern.compile("<title:(\\d+)> " + PER + "$");
    /** "Orlo ousts Dana Reyes, names Sam Ito as CEO": one subject, the outgoing person first, then the incoming one. */
    private static final Pattern OUSTS_AND_NAMES = Pattern.compile(
            "<(?:org|unk|orgp):(?<org>\\d+)> (?:\\S+ ){0,2}?(?:replaces|replaced|ousts|ousted|fires|fired|removes|removed|dumps|dumped|"
                    + "sacks|sacked|drops|dropped) " + PER + " (?:, )?(?:and )?(?<verb>appoints|appointed|names|named|taps|tapped|picks|"
                    + "picked|hires|hired|installs|installed|brings in|brought in|elevates|elevated|promotes|promoted) " + PER);
    private static final Pattern AS_TITLE = Pattern.compile("^ ?(?:\\S+ ){0,3}?as (?:the |its |their )?(?:(?<org>" + "<(?:org|unk|orgp):\\d+>) 's )?"
            + "<title:(?<title>\\d+)> (?:and <title:(?<title2>\\d+)> )?(?:(?:of|at) (?:the )?(?<org2><(?:org|unk|orgp):\\d+>))?");
    /** "succeeds Thomas Aldridge, who will retire after 12 years as CEO": the role the outgoing person's own clause gives. */
    private static final Pattern WHO_LEAVES_AS = Pattern.compile("^ ?, who (?:will |is to |is set to |is due to |plans to |has |had )?"
            + "(?:retire|retires|retiring|is retiring|step down|steps down|stepping down|is stepping down|leave|leaves|is leaving|depart|"
            + "departs|led|served|spent) (?:[^ ,]+ ){0,6}?(?:as|in the role of) (?:the |its |their )?(?:<(?:org|unk|orgp):\\d+> 's )?"
            + "<title:(?<title>\\d+)>");
    /** "Buffett hands the chief executive role to vice chairman Greg Abel at the end of the year": the first hands over to the second. */
    // "X will retire ..., the airline said, handing the top job to Y": a participle after the clause hands over too;
    // "Chairman X, who is due to retire in June, will hand over to Y": past a "who" clause
    private static final Pattern HANDS_TO = Pattern.compile(PER + " (?:(?:, <num:\\d+> , )?(?:\\S+ ){0,2}?|(?:(?!<per)\\S+ ){3,20}?, (?=handing |passing )|, who (?:(?!<per)[^ ,]+ ){1,12}?, (?:\\S+ ){0,1}?)"
            + "(?<verb>hands|will hand|is handing|to hand|handed|would hand|passes|will pass|passed|is passing|handing|passing) (?:over )?(?:the |his |her )?"
            + "(?:<(?:org|unk|orgp):\\d+> (?:'s )?)?(?:<title:(?<t>\\d+)> )?(?:role |job |post |reins |"
            + "top job )?(?:over )?to (?:the |his |her )?(?:<title:\\d+> )?" + PER);
    private static final Pattern EXIT_WORD = Pattern.compile(
            " (?:stepped down|resigned|quit|left|departed|exited|ousted|fired|retired|stood down|departure|exit|resignation|ouster) ");
    private static final Pattern TO_THE_JOB = Pattern.compile(" (?:the|that|this|his|her) (?:job|role|post|position|top job) ");
    private static final Pattern AS_TITLE_LATER = Pattern.compile(" , as (?:the |its |their )?(?:new |next |permanent )?(?:(?<org>"
            + "<(?:org|unk|orgp):\\d+>) 's )?<title:(?<title>\\d+)> (?:(?:of|at) (?:the )?(?<org2><(?:org|unk|orgp):\\d+>) )?, $");
    private static final Pattern AS_TITLE_BEFORE_VERB = Pattern.compile(" (?:would|will|to|is to|is set to) (?:return|come back|step in|take over|"
            + "serve) as (?:the |its |their )?(?:new |next |permanent |interim )?(?:(?<org><(?:org|unk|orgp):\\d+>) 's )?<title:(?<title>\\d+)> "
            + "(?:(?:of|at) (?:the )?(?<org2><(?:org|unk|orgp):\\d+>) )?,? $");
    private static final Pattern FUTURE = Pattern.compile(" (?:will|would|to be|is to|set to|effective|starting|from <date:\\d+>|next) ");

    /** Records who takes over whose role in this sentence. */
    private void findSuccessions(SentenceView view) {
        String t = view.text();
        int firstPerson = t.indexOf("<per");
        if (firstPerson < 0 || t.indexOf("<per", firstPerson + 4) < 0) {
            return; // a succession names two people
        }
        boolean replaces = t.contains(" replac") || t.contains(" succe") || t.contains(" took over") || t.contains(" tak") || t.contains(" becom")
                || t.contains(" assum") || t.contains(" oust") || t.contains(" fire") || t.contains(" remove") || t.contains(" dump")
                || t.contains(" sack") || t.contains(" drop") || t.contains(" predecessor");
        boolean afterExit = (t.contains(" after ") || t.contains(" following ")) && EXIT_WORD.matcher(t).find();
        boolean toTheJob = TO_THE_JOB.matcher(t).find();
        if (afterExit) {
            for (Matcher m = AFTER_EXIT.matcher(t); m.find(); ) {
                // only with an exit stated, and with the role given to the one who arrives: "appointed X as its CEO ... after Y stepped down"
                // (group 4 is the second person: group 3 is "ousted")
                if ((m.group("exit") != null || m.group("ousted") != null || m.group().contains(" of <"))
                        && APPOINTED_AS.matcher(t.substring(m.start(), m.start("verb"))).find()) {
                    addSuccession(view, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), m.end());
                }
            }
        }
        if (t.contains(" hand") || t.contains(" pass")) {
            for (Matcher m = HANDS_TO.matcher(t); m.find(); ) {
                String handed = m.group("t") == null ? null : view.slot(Integer.parseInt(m.group("t"))).mention().title();
                addSuccession(view, m, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(1)), m.end(), handed);
            }
        }
        if (toTheJob) {
            for (Matcher m = RETURNS_TO_THE_JOB.matcher(t); m.find(); ) {
                // "X would leave as chief executive on April 1 and that Y would return to the job": Y takes X's role
                addSuccession(view, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), m.end(),
                        view.slot(Integer.parseInt(m.group(2))).mention().title());
            }
        }
        if (!replaces) {
            return;
        }
        for (Matcher m = REPLACES.matcher(t); m.find(); ) {
            int before = successions.size();
            addSuccession(view, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.end());
            // "takes over from interim co-chief executives A, the company's chair, and B, a board member": B left the same role
            Matcher also = AND_ANOTHER.matcher(t).region(m.end(), t.length());
            if (successions.size() > before && also.lookingAt()) {
                Succession first = successions.get(successions.size() - 1);
                Entity other = entityOf(view.slot(Integer.parseInt(also.group(1))).entity(), EntityType.PERSON);
                if (other != null && !other.equals(first.incoming()) && !other.equals(first.outgoing())) {
                    successions.add(new Succession(first.incoming(), other, first.title(), first.org(), first.future(), first.evidence(),
                            first.sentence(), first.sentenceOrg(), first.incomingTitle(), first.date(), first.leavingTitle()));
                }
            }
        }
        for (Matcher m = WHEN_EXITS.matcher(t); m.find(); ) {
            addSuccession(view, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.end());
        }
        for (Matcher m = REPLACED_BY.matcher(t); m.find(); ) {
            addSuccession(view, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), m.end());
        }
        for (Matcher m = OUSTS_AND_NAMES.matcher(t); m.find(); ) {
            addSuccession(view, m, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(2)), m.end());
        }
        for (Matcher m = PREDECESSOR.matcher(t); m.find(); ) {
            addSuccession(view, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.end());
        }
        for (Matcher m = (t.contains(" successor to ") ? SUCCESSOR_TO : Rx.NEVER).matcher(t); m.find(); ) {
            addSuccession(view, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.end());
        }
    }

    /** "X will become its chief executive in November, when Y retires": X takes the role Y leaves. */
    private static final Pattern WHEN_EXITS = Pattern.compile(
            PER + " (?:(?!<per)\\S+ ){0,16}?(?:will |is to |is set to |would )?(?:become|becomes|became|take over as|takes over as|took over as|"
                    + "step up as|steps up as|stepped up as|take charge as|takes charge as|took charge as) (?:the |its |their |<(?:org|orgp|unk):\\d+> 's )?"
                    + "(?:new |next )?<title:\\d+> (?:(?!<per)\\S+ ){0,8}?"
                    // ("after co-founder X stepped aside": the outgoing person's title may stand before the name)
                    + "(?<verb>when|once|as|after) (?:the )?(?:<title:\\d+> )?" + PER + " (?:(?:will|is set to|is due to|is to|plans to|had) )?"
                    + "(?:retires|retire|retired|steps down|step down|stepped down|steps aside|step aside|stepped aside|"
                    + "leaves|leave|left|departs|depart|departed|stands down|stand down|stood down|exits|exit|exited) ");

    /** "named X as chief executive, ending a search for a successor to Y": X succeeds Y (not "seen as a possible successor to Y"). */
    private static final Pattern SUCCESSOR_TO = Pattern.compile(
            PER + " (?:(?!<per)\\S+ ){0,24}?(?<verb>(?:a |the |his |her |as )?(?:permanent )?" + NOT_A_CANDIDATE + "successor) to (?:(?:the )?<title:\\d+> )?" + PER);

    /** "X took over in 2019 after the retirement of her predecessor, Y": X succeeded Y. */
    private static final Pattern PREDECESSOR = Pattern.compile(
            PER + " (?:(?!<per)\\S+ ){0,24}?(?<verb>(?:his|her|their|<perp:\\d+> 's) (?:late |former |immediate |longtime )?predecessor) (?:, )?"
                    + "(?:the )?(?:<title:\\d+> )?" + PER);

    private void addSuccession(SentenceView view, Matcher m, int incomingSlot, int outgoingSlot, int end) {
        addSuccession(view, m, incomingSlot, outgoingSlot, end, null);
    }

    /** {@code knownTitle}: the role the pattern itself read ("would leave as chief executive"), used when nothing nearer names one. */
    private void addSuccession(SentenceView view, Matcher m, int incomingSlot, int outgoingSlot, int end, String knownTitle) {
        Entity in = entityOf(view.slot(incomingSlot).entity(), EntityType.PERSON);
        Entity out = entityOf(view.slot(outgoingSlot).entity(), EntityType.PERSON);
        if (in == null || out == null || in.equals(out)) {
            return;
        }
        String verb = m.group("verb");
        if (m.pattern() == REPLACES && SPECULATIVE.matcher(view.text().substring(m.start(), m.start("verb"))).find()) {
            return; // "X would be among the candidates to replace him": a name in the running is no successor
        }
        boolean future = verb.startsWith("will") || verb.startsWith("would") || verb.startsWith("to ") || verb.startsWith("is to")
                || FUTURE.matcher(view.text()).find() && !verb.equals("replaced") && !verb.equals("succeeded") && !verb.startsWith("was")
                && !verb.startsWith("took"); // "X took over from Y, who will remain chairman": done
        if (m.pattern() == PREDECESSOR) {
            // "X, who took the top job after his predecessor Y quit, has promised he will ...": the tense of X's own words
            future = FUTURE.matcher(view.text().substring(m.start(), m.start("verb"))).find();
        }
        // "hands the chief executive role to Greg Abel at the end of the year": a change the sentence dates later is to come
        future |= m.pattern() == HANDS_TO && startsAfterPublication(view);
        // "X will return as CEO, effective immediately, replacing Y", "... to Y with immediate effect"
        // (the latter only after the verb: "had resigned with immediate effect and would be replaced by Y from June 2" is to come)
        future &= !view.text().contains(" effective immediately ") && view.text().indexOf(" with immediate effect ", m.start("verb")) < 0;
        // "X, who became chief executive in January, succeeding Y, said ... would": the arrival is told as done
        future &= !PAST_ARRIVAL.matcher(view.text().substring(m.start(), m.start("verb"))).find();
        String title = null;
        boolean interimBefore = false;
        Entity org = null;
        Matcher as = AS_TITLE.matcher(view.text().substring(end));
        boolean found = as.find();
        if (!found && m.pattern() == REPLACES && incomingSlot == Integer.parseInt(m.group(1))) {
            // "appointed X as its new CEO, replacing Y": the role is stated between the incoming person and the verb
            as = AS_TITLE.matcher(view.text().substring(m.end(1) + 1, m.start("verb")));
            found = as.find();
            if (!found) {
                // "hired X, the CFO of Beltline, as its new finance chief, replacing Y": the role after the incoming one's apposition
                as = AS_TITLE_LATER.matcher(view.text().substring(m.end(1) + 1, m.start("verb")));
                found = as.find();
            }
            if (!found) {
                // "X, its executive chairman, would return as chief executive, replacing Y": the role right before the verb
                as = AS_TITLE_BEFORE_VERB.matcher(view.text().substring(m.end(1) + 1, m.start("verb")));
                found = as.find();
            }
        }
        Matcher leaves = found ? null : WHO_LEAVES_AS.matcher(view.text().substring(end));
        String leaving = leaves != null && leaves.find() ? view.slot(Integer.parseInt(leaves.group("title"))).mention().title() : null;
        String secondTitle = null;
        if (found) {
            title = view.slot(Integer.parseInt(as.group("title"))).mention().title();
            if (as.pattern() == AS_TITLE && as.group("title2") != null) {
                secondTitle = view.slot(Integer.parseInt(as.group("title2"))).mention().title(); // "replaced Y as president and CEO"
            }
            String o = as.group("org") != null ? as.group("org") : as.group("org2");
            if (o != null) {
                Slot os = view.slot(Integer.parseInt(Rx.replaceAll(o, "\\D", "")));
                org = entityOf(os.entity(), EntityType.ORGANIZATION);
            }
        }
        if (title == null && knownTitle != null) {
            title = knownTitle;
        }
        Matcher inVerb = TITLE_SLOT.matcher(verb);
        if (title == null && inVerb.find()) {
            title = view.slot(Integer.parseInt(inVerb.group(1))).mention().title(); // "taking over as chief executive from Y"
        }
        if (title == null && m.pattern() == REPLACES) {
            // "to replace outgoing CEO John Roe": the title right before the outgoing person is the role
            Matcher t = TITLE_BEFORE_LAST_PERSON.matcher(m.group().strip());
            if (t.find() && Integer.parseInt(t.group(2)) == outgoingSlot) {
                title = view.slot(Integer.parseInt(t.group(1))).mention().title();
                interimBefore = Rx.matches(title, "(?:interim|acting) .*");
            }
        }
        if (title != null && Rx.matches(title, "(?:co-)?founder")) {
            title = null; // "took over from co-founder Logan Green": founding is no role to hand over; the one taken is said elsewhere
        }
        if (org == null && m.pattern() == OUSTS_AND_NAMES) {
            Slot os = view.slot(Integer.parseInt(m.group("org")));
            org = entityOf(os.entity(), EntityType.ORGANIZATION);
        }
        Sentence s = view.sentence();
        int begin = articleText.codePointCount(0, s.begin());
        Evidence ev = new Evidence(articleText.substring(s.begin(), s.end()), begin,
                begin + articleText.codePointCount(s.begin(), s.end()), "pos-succession", 0.75);
        String when = changeDateOrRelative(view);
        String incomingTitle = null;
        Matcher own = INCOMING_OWN_TITLE.matcher(view.text());
        if (own.find() && Integer.parseInt(own.group(1)) == incomingSlot && own.start() < m.start("verb")) {
            incomingTitle = view.slot(Integer.parseInt(own.group(2))).mention().title();
        } else if (interimBefore) {
            incomingTitle = Rx.replaceFirst(title, "^(?:interim|acting) (?:co-)?", ""); // "takes over from interim co-CEOs A and B"
        }
        if (incomingTitle == null && (title == null || TOP_TITLES.contains(title)) && interimAfter(view, incomingSlot, null)) {
            incomingTitle = Succession.INTERIM; // "was replaced in July by Kirk Perry, a board member, on an interim basis"
        }
        // (not a company in a "who" clause: "Granger, who joined from Clifford Chance in 2017, will be replaced by X")
        Entity sentenceOrg = firstOrgBefore(view, blankAsides(view.text().substring(0, m.start()), RELATIVE_ASIDE), Set.of());
        successions.add(new Succession(in, out, title, org, future, ev, s.index(), sentenceOrg, incomingTitle, when, leaving));
        if (secondTitle != null && !secondTitle.equals(title)) {
            successions.add(new Succession(in, out, secondTitle, org, future, ev, s.index(), sentenceOrg, incomingTitle, when, leaving));
        }
    }

    /** A date a change takes effect on: "effective <date>", "on <date>", "from <date>", "as of <date>", "in <date>". */
    private static final Pattern CHANGE_DATE = Pattern.compile(
            "(?:effective(?: on| from| as of)?|starting(?: on)?|beginning(?: on)?|as of|from|on|in|until|till) <date:(\\d+)>");

    /** Titles that head a unit of a company: "head of Arm's IP products group". */
    private static final Pattern UNIT_OF_ORG = Pattern.compile(
            "^'s (?:(?:enlarged|combined|expanded|merged|new|newly combined|newly formed) )?((?:(?:(?!<)[a-z&-]+|<unk:\\d+>) ){0,4}"
                    + "(?:group|division|unit|business|team|segment|arm|operations|organization|products|lab|labs)) ");
    private static final Pattern IN_PLACE_AFTER = Pattern.compile(
            " (?:(?:employees|people|workers|staff|staffers) )?(?:in|across) (?:the )?(([a-z.]+) [a-z.]+|[a-z.]+)\\b");
    /** A clause after a deal's target telling its past: ", the start-up that walked away from an offer last year ,". */
    private static final Pattern TARGET_HISTORY = Pattern.compile(" ?, (?:<orgp:\\d+> )?(?:that|which|who) (?:[^ ,]+ ){0,20}?"
            + "(?:last (?:year|month|week|summer|spring|autumn|fall|winter)|earlier|previously|once|in <date:\\d+>|(?:\\S+ )?(?:years|months) ago) "
            + "(?:[^ ,]+ ){0,10}?, ");
    /** Parts of a company named right after it: "Spirit plants", "Intel factories", "Acme's stores" as what is bought. */
    private static final Pattern UNIT_AFTER_TARGET = Pattern.compile(" (?:'s )?(?:plants|factories|sites|mills|stores|assets|facilities|operations)\\b");
    /** An aside naming a person's earlier role: ", formerly <org> 's <title> ,". */
    private static final Pattern EARLIER_ROLE_ASIDE = Pattern.compile(" , (?:formerly|previously|once|until recently|most recently|a former) [^,]*,");
    private static final Pattern REPORTED_WOULD = Pattern.compile(
            "((?:said|says|announced|confirmed|added|agreed that|decided that|\\)) (?:on \\S+ )?(?:\\( <date:\\d+> \\) )?(?:that )?(?:<orgp:\\d+>|it|they)) would ");
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(" , (?:whose|who|which) [^,]*,");
    /** A person's "who" clause: " , who joined Kestel from Unilever in 2019 ,". */
    private static final Pattern WHO_ASIDE = Pattern.compile("<per:\\d+> , who [^,]*,");

    /** {@code text} with each {@code aside} turned to spaces, so what it names is not read and offsets stay valid. */
    private static String blankAsides(String text, Pattern aside) {
        return aside.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
    }
    private static final Pattern OF_ITS = Pattern.compile("(?i)\\b(?:of|for) (?:its|their)\\b");
    private static final Pattern TITLE_SLOT = Pattern.compile("<title:(\\d+)>");
    private static final Set<String> OWNER_TITLES = Set.of("owner", "parent", "co-owner", "majority owner", "controlling shareholder");
    private static final Pattern OPENING_ORG = Pattern.compile(" ?<(?:org|orgp|unk):(\\d+)> ");
    private static final Pattern INVESTS_NEXT = Pattern.compile("(?:will |would |has |have |is |also |plans to |is to |agreed to )*"
            + "(?:put|puts|putting|invest|invests|invested|investing|contribute|contributes|contributed|commit|commits|committed|pledge|"
            + "pledged|pledges|provide|provides|provided|chip in|chipped in)\\b");
    private static final Pattern AT_OPENING = Pattern.compile(" ?at <(?:org|unk):(\\d+)> ");
    private static final Pattern SAID_AFTER = Pattern.compile(" ?(?:said|says|told|wrote|added) (?:\\S+ ){0,4}?\\. ?$");
    private static final Pattern UNIT_RUN = Pattern.compile(
            " (?:ran|run|led|headed|oversaw|overseen|managed) (?:the|its) ((?:(?!<)[a-z&-]+ ){1,4}?(?:business|division|unit|operations|arm|team|group)) ");
    private static final Pattern UNIT_OF_ITS = Pattern.compile(
            " (?:ran|run|led|headed|oversaw|overseen|managed) <orgp:\\d+> 's ((?:(?!<)[a-z&-]+ ){0,4}?(?:business|division|unit|operations|arm|team|group|segment))");
    private static final Pattern TITLE_OF_ITS = Pattern.compile(
            " of <orgp:\\d+> 's ((?:(?!<)[a-z&-]+ ){0,4}?(?:business|division|unit|operations|arm|team|group|segment)) ");
    private static final Pattern UNIT_RUN_DESCRIPTOR = Pattern.compile(" (?:ran|run|led|headed|oversaw|overseen|managed) <orgp:(\\d+)>");
    /** "who ran product at Instagram": a field of work run at a company. */
    private static final Pattern FUNCTION_RUN = Pattern.compile(" (?:ran|run|led|headed|oversaw|overseen|managed) "
            + "((?:global |consumer |enterprise |group |retail |commercial )?(?:product|products|engineering|marketing|sales|design|research|operations|communications|policy|"
            + "growth|partnerships|hardware|software|finance|strategy|security|safety|people|legal|content|advertising|ads|search|commerce|"
            + "sustainability|credit risk|risk|compliance|audit|treasury|tax|investor relations|human resources|supply chain|logistics|"
            + "procurement|manufacturing|trading|wealth management|asset management|investment banking|private banking))(?: (?:at|for) <|\\s*$)");
    private static final Set<String> UNIT_TITLES = Set.of("head", "president", "vice president", "senior vice president",
            "executive vice president", "general manager", "managing director", "director", "chief");

    /**
     * A head of a unit is named for it: "Rene Haas, head of Arm's IP products group" is "head of ip products group" at Arm;
     * "He previously led Shell's integrated gas and renewables business" is "head of integrated gas and renewables business".
     */
    private static String withUnit(Match x, String title) {
        Integer org = x.index("org");
        if (!UNIT_TITLES.contains(title) || org == null) {
            return title;
        }
        String tag = "<" + x.view.slot(org).tag() + ":" + org + "> ";
        int at = x.view.text().indexOf(tag, x.m.start());
        if (at < 0) {
            return title;
        }
        Matcher u = UNIT_OF_ORG.matcher(x.view.text().substring(at + tag.length()));
        if (!u.find()) {
            // "Google, where he had run the advertising business": the unit after the verb, the company before it
            Matcher ran = UNIT_RUN.matcher(x.m.group());
            if (ran.find()) {
                return title + " of " + ran.group(1);
            }
            Matcher function = FUNCTION_RUN.matcher(x.m.group() + " ");
            if (function.find()) {
                return title + " of " + function.group(1);
            }
            // "where he oversaw its services business": the unit of the company "its" stands for
            Matcher its = UNIT_OF_ITS.matcher(x.m.group() + " ");
            if (its.find()) {
                return title + " of " + its.group(1);
            }
            // "from PepsiCo, where he was president of its North American snacks division": the unit right after the title
            Integer t = x.index("title");
            int afterTitle = t == null ? -1 : tagEnd(x.view, t);
            Matcher ofIts = afterTitle < 0 ? null : TITLE_OF_ITS.matcher(x.view.text()).region(afterTitle, x.view.text().length());
            if (ofIts != null && ofIts.lookingAt()) {
                return title + " of " + ofIts.group(1);
            }
            // the unit read as a description of the company: "where he had run <the advertising business>"
            Matcher desc = UNIT_RUN_DESCRIPTOR.matcher(x.m.group());
            Mention said = desc.find() ? x.view.slot(Integer.parseInt(desc.group(1))).mention() : null; // null for "its"
            if (said != null) {
                Matcher unit = UNIT_RUN.matcher(" run " + said.text().toLowerCase(Locale.ROOT) + " ");
                if (unit.find()) {
                    return title + " of " + unit.group(1);
                }
            }
            return title;
        }
        // a capitalised word of the unit's name was read as a name: "Arm's IP products group"
        String unit = Rx.of("<unk:(\\d+)>").matcher(u.group(1).strip())
                .replaceAll(r -> Matcher.quoteReplacement(x.view.slot(Integer.parseInt(r.group(1))).mention().text().toLowerCase(Locale.ROOT)));
        return title + " of " + unit;
    }

    private static final Pattern HELD = Pattern.compile(
            "(?:^| )(?:from|between) (?:early |mid- |late )?<date:(\\d+)> (?:to|until|till|through|and) (?:early |mid- |late )?<date:(\\d+)> "
                    + "|(?:^| )since <date:(\\d+)> ");

    /** The interval the match's clause gives the role: {from, until}, each null when not stated. */
    private static String[] heldInterval(Match x) {
        Matcher h = HELD.matcher(x.region(2, 8));
        if (!h.find()) {
            return new String[2];
        }
        if (h.group(3) != null) {
            return new String[] {x.view.slot(Integer.parseInt(h.group(3))).mention().date(), null};
        }
        return new String[] {x.view.slot(Integer.parseInt(h.group(1))).mention().date(), x.view.slot(Integer.parseInt(h.group(2))).mention().date()};
    }

    private static final Pattern EFFECTIVE_ON_EVENT = Pattern.compile(" (?:effective|starting|taking effect) (?:when|once|upon|after|on the) (?!<date:)");

    /** A time to come that the relative dates give only as a year: "at the end of the year", "later this year". */
    private static final Pattern LATER_THIS_YEAR = Pattern.compile(
            " (?:(?:at|by|before|toward|towards) the end of (?:the|this) year|later this year|next year|next month|at year-end|by year-end) ");

    /** True when the date of the change the sentence reports, stated or relative ("at the end of the year"), is after publication. */
    private boolean startsAfterPublication(SentenceView view) {
        if (LATER_THIS_YEAR.matcher(view.text()).find()) {
            return true;
        }
        String when = changeDateOrRelative(view);
        return published != null && when != null && when.compareTo(published.substring(0, Math.min(published.length(), when.length()))) > 0;
    }

    /**
     * True when the words just after a match start the role today: "will become chief executive, effective immediately", "... to
     * Y with immediate effect".
     */
    private static boolean startsNow(Match x) {
        String near = x.view.text().substring(x.m.start(), Math.min(x.view.text().length(), x.m.end() + 32));
        return near.contains(" effective immediately ") || near.contains(" with immediate effect ");
    }

    /** True when the sentence dates the change it reports after the article's publication ("effective March 3"). */
    private boolean startsLater(SentenceView view) {
        if (EFFECTIVE_ON_EVENT.matcher(view.text()).find()) {
            return true; // "named X as interim CEO, effective when Y leaves", "effective upon the deal's closing": a later event
        }
        String when = changeDateOrRelative(view);
        return published != null && when != null && when.length() >= 7 && when.compareTo(published.substring(0, Math.min(published.length(),
                when.length()))) > 0 && Rx.matches(view.text(), ".* (?:effective|starting|beginning|from|as of) (?:on )?<date:\\d+> .*");
    }

    /** The date of the change a sentence reports, stated or relative to the publication ("stepped down last month"), or null. */
    private String changeDateOrRelative(SentenceView view) {
        String stated = changeDate(view);
        return stated != null ? stated : RelativeDates.find(view.text(), published);
    }

    /** The date of the change a sentence reports, or null. */
    private static String changeDate(SentenceView view) {
        Matcher d = CHANGE_DATE.matcher(view.text());
        if (d.find()) {
            Mention m = view.slot(Integer.parseInt(d.group(1))).mention();
            return m == null ? null : m.date();
        }
        return null;
    }

    /** The incoming person's own new title, stated before the succession verb: "<per:1> will become chief executive ...". */
    private static final Pattern INCOMING_OWN_TITLE = Pattern.compile(
            "<per:(\\d+)> (?:will become|becomes|became|is to become|to become|will be|will take over as|takes over as|took over as) "
                    + "(?:the |its |a )?(?:new |next |permanent )?<title:(\\d+)>");

    /** A person arriving from an organization, then what they were there: "joins from <org> , where ...". */
    private static final Pattern FROM_WHERE = Pattern.compile(
            "(?:joins|joined|joining|comes|came|coming|arrives|arrived|moves|moved|returns|returned|hired|recruited|poached) "
                    + "from (?:the )?<(?:org|unk|orgp):\\d+> , where $");

    private final List<Money> dealAmounts = new ArrayList<>();
    private static final Pattern DEAL_AMOUNT = Pattern.compile(
            " the (?:\\S+ ){0,3}?<money:(\\d+)> (?:\\S+ )?(?:deal|acquisition|takeover|purchase|merger|transaction|buyout|buy-out|bid|offer|"
                    + "tie-up|combination) "
                    + "| (?:deal|acquisition|takeover|purchase|merger|transaction|buyout) (?:\\S+ ){0,3}?(?:valued at|worth|for the sum of|"
                    + "at a price of|for a total of|totaling|totalling) (?:about |around |roughly |nearly |some |an estimated )?<money:(\\d+)> "
                    + "| for the sum of (?:about |around |roughly |nearly |some )?<money:(\\d+)> "
                    // "in an all-stock deal that valued X at $33 billion", "UBS is paying 3 billion Swiss francs ($3.3 billion) for"
                    + "| (?:deal|transaction|merger|takeover|acquisition|offer) (?:that|which) (?:valued|values|will value|would value) (?:<(?:org|unk|orgp):\\d+> |it |the company |the business )at "
                    + "(?:about |around |roughly |nearly |some )?<money:(\\d+)> "
                    // "for $97 a share in cash, valuing the company at about $8 billion"
                    + "| a share (?:\\S+ ){0,3}?, (?:valuing|which values|that values) (?:<(?:org|unk|orgp):\\d+> |it |the company |the business )at "
                    + "(?:about |around |roughly |nearly |some |more than )?<money:(\\d+)> "
                    + "| (?:is paying|will pay|agreed to pay|paid|pays|is to pay) (?:about |around |roughly |nearly |some )?<money:(\\d+)> "
                    + "(?:\\( (?:about |around |roughly |nearly |some )?<money:\\d+> \\) )?for ");

    /** The amount of money slot {@code k}, or its US-dollar conversion in brackets right after it ("3 billion Swiss francs ($3.3 billion)"). */
    private static final Pattern PER_UNIT = Pattern.compile("(?:a|per) (?:share|unit|depositary share|ads)\\b|apiece\\b|each\\b");
    private static final Pattern VAGUE_AMOUNT = Pattern.compile("(?i)(?:tens|hundreds|dozens|several|many|billions|millions|trillions)\\b");

    /**
     * The amount of money slot {@code k} in US dollars where the sentence converts it ("€600 million
     * (about $645 million)"); null for a bound ("tens of billions") or a price per share ("$107 a share").
     */
    private static Money usd(SentenceView view, int k) {
        Money m = view.slot(k).mention().money();
        if (m != null && VAGUE_AMOUNT.matcher(view.slot(k).mention().text()).lookingAt()) {
            return null; // "tens of billions of dollars" bounds an amount, it states none
        }
        String token = "<money:" + k + "> ";
        int at = view.text().indexOf(token);
        if (m != null && at >= 0 && PER_UNIT.matcher(view.text()).region(at + token.length(), view.text().length()).lookingAt()) {
            return null; // "$107 a share", "$23.28 apiece": a price per share, not what the deal is worth
        }
        if (m != null && !"USD".equals(m.currency())) {
            Matcher c = Rx.of("^\\( (?:about |around |roughly |some |nearly )?<money:(\\d+)> \\) ").matcher(
                    view.text().substring(view.text().indexOf("<money:" + k + "> ") + ("<money:" + k + "> ").length()));
            if (c.find()) {
                Money converted = view.slot(Integer.parseInt(c.group(1))).mention().money();
                if (converted != null && "USD".equals(converted.currency())) {
                    return converted;
                }
            }
        }
        return m;
    }

    /** Amounts the article gives for "the deal" without naming its parties: "The $68.7 billion deal was sealed". */
    /** Per sentence, the amount it gives "the deal" ("agreed to be acquired ... in a deal valued at $780 million"). */
    java.util.Map<Integer, Money> dealAmountBySentence() {
        return dealAmountBySentence;
    }

    private final java.util.Map<Integer, Money> dealAmountBySentence = new java.util.HashMap<>();

    /** "Anthropic has closed a $13 billion Series F funding round": the amount of a round, by the company that raised it. */
    private static final Pattern ROUND_AMOUNT = Pattern.compile(
            "<(?:org|unk|orgp):(\\d+)> (?:has |have |had |just |now )?(?:raised|raises|closed|closes|secured|secures|landed|lands|completed|"
                    + "completes|announced|announces|netted|pulled in|brought in|bagged) (?:an? |its |the )?(?:new |fresh |latest )?"
                    + "(?:about |around |roughly |nearly |some |more than |over )?<money:(\\d+)> (?:\\S+ ){0,4}?(?:round|funding|financing|raise|fundraise) ");
    private final java.util.Map<Entity, Set<Money>> roundAmounts = new java.util.HashMap<>();

    /** The round amounts the article states for each company that raised money. */
    java.util.Map<Entity, Set<Money>> roundAmounts() {
        return roundAmounts;
    }

    /** "a Series C round that values Mistral at ...", "Mistral's funding round": the company a round is for. */
    private static final Pattern ROUND_OF = Pattern.compile(
            "(?:round|financing|funding|raise) (?:that|which) (?:values|valued|will value) <(?:org|unk|orgp):(\\d+)> "
                    + "|<(?:org|unk|orgp):(\\d+)> 's (?:\\S+ ){0,4}?(?:round|financing|fundraise|fundraising) ");
    /** Rules that tell of a company's funding round, naming the company. */
    /** Descriptions of the sentence whose company the article's context settled ("the London-based company" after a stake in it). */
    private final java.util.Map<Slot, Entity> settled = new java.util.IdentityHashMap<>();
    /** The company the article last named outright as invested in. */
    private Entity lastInvestee;
    /** The company the article last said raised a round: the investee of "backers ... also took part". */
    private Entity roundCompany;
    /** The company the article last said was bought or bid for: the target of "Novo said it had withdrawn its proposal". */
    private Entity dealTarget;
    /** The buyer of that deal. */
    private Entity dealAcquirer;

    private void findRoundAmounts(SentenceView view) {
        String t = view.text();
        for (Matcher r = ROUND_OF.matcher(t.contains("round") || t.contains("financing") || t.contains("raise") ? t : ""); r.find(); ) {
            Entity e = entityOf(view.slot(Integer.parseInt(r.group(1) != null ? r.group(1) : r.group(2))).entity(), EntityType.ORGANIZATION);
            if (e != null) {
                roundCompany = e;
            }
        }
        if (!t.contains("<money:")) {
            return;
        }
        for (Matcher r = ROUND_AMOUNT.matcher(t); r.find(); ) {
            Entity e = entityOf(view.slot(Integer.parseInt(r.group(1))).entity(), EntityType.ORGANIZATION);
            Money money = usd(view, Integer.parseInt(r.group(2)));
            if (e != null) {
                roundCompany = e;
            }
            if (e != null && money != null) {
                roundAmounts.computeIfAbsent(e, k -> new java.util.LinkedHashSet<>()).add(money);
            }
        }
    }

    List<Money> dealAmounts() {
        return dealAmounts;
    }

    /**
     * The side of a deal or supply the article gives each company outright, for facts whose rule reads no direction
     * ("Portline and Maritime Data terminated their merger agreement"): by role, the companies so named.
     */
    private final Map<Side, Set<Entity>> sides = new java.util.EnumMap<>(Side.class);

    private enum Side { ACQUIRER, TARGET, CLIENT, SUPPLIER }

    /** The investors the sentence being read names: "A and B also put in money, chief executive X said" speaks for neither. */
    private final Set<Entity> sentenceInvestors = new HashSet<>();
    /** The client of the last active supply the article told of (by a rule that reads its direction). */
    private Entity lastClient;
    /** Rules (flag {@code unordered}) whose two parties may stand either way round. */
    private final Set<String> unorderedRules = new HashSet<>();

    /** "Maritime Data's $1.1 billion takeover of", "Portline's sale to": a buyer or a company sold, named by its deal. */
    private static final Pattern POSSESSIVE_DEAL = Pattern.compile("<org:(\\d+)> 's (?:(?:<money:\\d+>|proposed|planned|agreed|pending|"
            + "attempted|failed|abandoned|hostile|all-cash|all-stock|[$\\d.]+ (?:billion|million|bn|m)) ){0,2}(?:(takeover|acquisition|purchase|"
            + "buyout) (?:of|for)|(sale|takeover|acquisition|purchase|buyout) (?:to|by)) ");

    private void findDealSides(SentenceView view) {
        String t = view.text();
        if (!t.contains("> 's ")) {
            return;
        }
        for (Matcher m = POSSESSIVE_DEAL.matcher(t); m.find(); ) {
            Entity e = entityOf(view.slot(Integer.parseInt(m.group(1))).entity(), EntityType.ORGANIZATION);
            if (e != null) {
                sides.computeIfAbsent(m.group(2) != null ? Side.ACQUIRER : Side.TARGET, k -> new HashSet<>()).add(e);
            }
        }
    }

    private void noteSides(Fact f, RelationRule rule) {
        if (rule.has("unordered")) {
            unorderedRules.add(rule.id());
            return;
        }
        if (f instanceof Acquisition a) {
            sides.computeIfAbsent(Side.ACQUIRER, k -> new HashSet<>()).add(a.acquirer());
            sides.computeIfAbsent(Side.TARGET, k -> new HashSet<>()).add(a.target());
        } else if (f instanceof ClientRelationship c) {
            if (c.status() == ClientStatus.ACTIVE) {
                lastClient = c.client();
            }
            sides.computeIfAbsent(Side.CLIENT, k -> new HashSet<>()).add(c.client());
            sides.computeIfAbsent(Side.SUPPLIER, k -> new HashSet<>()).add(c.supplier());
        }
    }

    /**
     * Facts of rules that read no direction turned round when the article gives each party the other side elsewhere:
     * a deal's parties when it calls the second one the buyer ("Maritime Data's $1.1 billion takeover") or the first the
     * company sold; a supply deal's when the company it puts as buyer sells to others in the article and buys from nobody.
     */
    List<Candidate> oriented(List<Candidate> cs) {
        if (unorderedRules.isEmpty()) {
            return cs;
        }
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            Fact f = c.fact();
            boolean unordered = !f.evidence().isEmpty() && f.evidence().stream().allMatch(v -> unorderedRules.contains(v.rule()));
            if (unordered && f instanceof Acquisition a && otherWayRound(a.acquirer(), a.target(), Side.ACQUIRER, Side.TARGET)) {
                f = new Acquisition(a.target(), a.acquirer(), a.amount(), a.status(), a.evidence());
            } else if (unordered && f instanceof ClientRelationship r && otherWayRound(r.client(), r.supplier(), Side.CLIENT, Side.SUPPLIER)) {
                f = new ClientRelationship(r.supplier(), r.client(), r.status(), r.value(), r.evidence());
            }
            out.add(f == c.fact() ? c : new Candidate(f, c.weak(), c.explicitStatus(), c.sentence(), c.earlierEvent()));
        }
        return out;
    }

    private boolean otherWayRound(Entity first, Entity second, Side firstSide, Side secondSide) {
        Set<Entity> asFirst = sides.getOrDefault(firstSide, Set.of());
        Set<Entity> asSecond = sides.getOrDefault(secondSide, Set.of());
        return (asFirst.contains(second) || asSecond.contains(first)) && !asFirst.contains(first) && !asSecond.contains(second);
    }

    /** Applies the rules (in {@link #orderForSentence} order) to one sentence view. */
    List<Candidate> apply(SentenceView view, RuleIndex index) {
        return apply(view, index, false);
    }

    private final Set<Entity> arrivals = new HashSet<>();
    private static final Pattern ARRIVAL = Pattern.compile(
            "<(?:per|perp):(\\d+)> (?:(?:will|is to|is set to|is due to|is scheduled to|is expected to|would) )(?:start|begin|take over|"
                    + "take the reins|assume|join|step into|take up) (?:\\S+ ){0,6}?(?:on|from|in|effective) <date:\\d+> "
                    + "|<(?:per|perp):(\\d+)> (?:takes|will take) the reins (?:\\S+ ){0,3}?(?:on|in|from) <date:\\d+> ");

    private final java.util.Map<Entity, Set<Entity>> departures = new java.util.HashMap<>();
    /** "Tanner will leave Wendy's in July", "Ruiz left Orbis last year": a person leaving a company (not "X's board"). */
    private static final Pattern DEPARTURE = Pattern.compile(
            "<(?:per|perp):(\\d+)> (?:(?:will|would|is to|is set to|is due to|plans to|is expected to|has|had|also) )?(?:leave|leaves|left|is leaving|"
                    + "was leaving|quit|quits|depart|departs|departed|exit|exits|exited) (?:the )?<(?:org|unk|orgp):(\\d+)> (?!'s )");

    /** The companies each person is said to leave or to have left: their roles there end, unless a sentence gives another status. */
    java.util.Map<Entity, Set<Entity>> departures() {
        return departures;
    }

    private void findDepartures(SentenceView view) {
        for (Matcher d = DEPARTURE.matcher(view.text()); d.find(); ) {
            Entity p = entityOf(view.slot(Integer.parseInt(d.group(1))).entity(), EntityType.PERSON);
            Entity o = entityOf(view.slot(Integer.parseInt(d.group(2))).entity(), EntityType.ORGANIZATION);
            if (p != null && o != null) {
                departures.computeIfAbsent(p, k -> new HashSet<>()).add(o);
            }
        }
    }

    /** The people the article says will start a new role on a later date ("Niccol will start in his new role on September 9"). */
    Set<Entity> arrivals() {
        return arrivals;
    }

    private void findArrivals(SentenceView view) {
        if (!view.text().contains("<date:")) {
            return;
        }
        for (Matcher a = ARRIVAL.matcher(view.text()); a.find(); ) {
            String g = a.group(1) != null ? a.group(1) : a.group(2);
            Slot s = view.slot(Integer.parseInt(g));
            Entity p = entityOf(s.entity(), EntityType.PERSON);
            if (p != null) {
                arrivals.add(p);
            }
        }
    }

    private static final String ABOUT = "(?:about |around |roughly |nearly |some |just over |just under )?";
    /** A deal amount revised later in the sentence: "is now worth about $540 million", "was later cut to $4 billion". */
    private static final Pattern REVISED_AMOUNT = Pattern.compile(" (?:now|later|since|subsequently|then) (?:\\S+ ){0,3}?(?:worth|valued at|priced at) "
            + ABOUT + "<money:(\\d+)> | (?:reduced|lowered|cut|raised|revised|sweetened|increased|bumped up|trimmed|renegotiated) (?:\\S+ ){0,2}?to "
            + ABOUT + "<money:(\\d+)> ");

    /**
     * Applies the rules to one sentence view; {@code explicitOnly} (a teaser for another story) skips
     * the rules that fill a slot from the article's context, and pronouns or descriptors.
     */
    List<Candidate> apply(SentenceView view, RuleIndex index, boolean explicitOnly) {
        layoffInSentence = false;
        sentenceInvestors.clear();
        findDealSides(view);
        findArrivals(view);
        findDepartures(view);
        findSuccessions(view);
        findRoundAmounts(view);
        for (Matcher d = DEAL_AMOUNT.matcher(view.text().contains("<money:") ? view.text() : ""); d.find(); ) {
            String g = null;
            for (int k = 1; k <= d.groupCount() && g == null; k++) {
                g = d.group(k);
            }
            // "originally valued at $570 million, ... is now worth about $540 million": the revised figure is the deal's
            Matcher revised = REVISED_AMOUNT.matcher(view.text()).region(d.end(), view.text().length());
            if (revised.find()) {
                g = revised.group(1) != null ? revised.group(1) : revised.group(2);
            }
            Money money = usd(view, Integer.parseInt(g));
            if (money != null && !money.approximate()) {
                dealAmounts.add(money);
            }
            if (money != null) {
                dealAmountBySentence.putIfAbsent(view.sentence().index(), money);
            }
        }
        List<Candidate> out = new ArrayList<>();
        Set<String> exclusiveFired = new HashSet<>();
        Set<Integer> usedTitles = new HashSet<>();
        sentenceEmployers.clear();
        settled.clear();
        Set<Integer> countedSlots = new HashSet<>();
        java.util.Map<String, java.util.BitSet> tokenIndex = null;
        for (RelationRule rule : index.candidates(view)) {
            if (rule.has("exclusive") && exclusiveFired.contains(rule.kind())) {
                continue;
            }
            if (explicitOnly && (rule.has("topic") || rule.has("context"))) {
                continue;
            }
            Matcher m = matcher(rule, view.text());
            boolean fired = false;
            int from = 0;
            if (rule.anchored() && tokenIndex == null) {
                tokenIndex = view.tokenIndex();
            }
            java.util.BitSet starts = rule.anchored() ? SentenceView.positionsOf(rule.startTokens(), tokenIndex) : null;
            while (next(m, starts, view, from)) {
                from = Math.max(m.end(), m.start() + 1);
                if (m.end() == m.start()) {
                    continue;
                }
                if (!rule.has("possessor") && possessiveObject(view.text(), rule, m)) {
                    continue;
                }
                Match match = new Match(view, rule, m);
                List<Candidate> got = switch (rule.kind()) {
                    case "investment" -> investment(match);
                    case "acquisition" -> acquisition(match);
                    case "position" -> position(match, usedTitles);
                    case "client" -> client(match);
                    case "headcount" -> headcount(match, countedSlots);
                    case "layoff" -> layoff(match, countedSlots);
                    default -> throw new IllegalStateException("unknown fact kind in rules: " + rule.kind());
                };
                out.addAll(got);
                fired |= !got.isEmpty();
                for (Candidate c : got) {
                    if (c.fact() instanceof Acquisition a && !c.earlierEvent()) {
                        dealTarget = a.target();
                        dealAcquirer = a.acquirer();
                    }
                    noteSides(c.fact(), rule);
                    if (c.fact() instanceof Investment i) {
                        sentenceInvestors.add(i.investor());
                    }
                }
                // one layoff rule per sentence, but every company its clauses name ("A will cut 300 jobs, and B will shed 1,200")
                if (rule.has("exclusive") && fired && !rule.kind().equals("layoff")) {
                    break;
                }
            }
            if (rule.has("exclusive") && fired) {
                exclusiveFired.add(rule.kind());
            }
        }
        return out;
    }

    /** One matcher per rule for the whole article, reset to each sentence, instead of a new one (and its group arrays) per rule and sentence. */
    private final java.util.Map<RelationRule, Matcher> matchers = new java.util.IdentityHashMap<>();

    private Matcher matcher(RelationRule rule, String text) {
        Matcher m = matchers.get(rule);
        if (m == null) {
            m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers.put(rule, m);
            return m;
        }
        return m.reset(text); // bounds' transparency and anchoring survive a reset
    }

    /**
     * The next match at or after {@code from}: an anchored rule is tried only at the tokens it can
     * start with ({@code startTokens}; most of the view is skipped), any other rule by a plain search.
     */
    private static boolean next(Matcher m, java.util.BitSet startTokens, SentenceView view, int from) {
        String text = view.text();
        if (startTokens == null) {
            return from < text.length() && m.find(from);
        }
        int[] starts = view.tokenStarts();
        for (int i = startTokens.nextSetBit(0); i >= 0; i = startTokens.nextSetBit(i + 1)) {
            if (starts[i] < from) {
                continue;
            }
            m.region(starts[i], text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] OBJECT_GROUPS = {"investee", "target", "supplier", "client", "clients"};

    /**
     * "its stake in one of OpenAI's rivals": an organization that ends the match but is followed by
     * 's is the owner of the real object, not the object; the match is dropped.
     */
    private static boolean possessiveObject(String view, RelationRule rule, Matcher m) {
        for (String g : OBJECT_GROUPS) {
            int end = rule.hasGroup(g) ? m.end(g) : -1;
            if (end < 0) {
                continue;
            }
            int close = view.indexOf('>', end - 1);
            if (close >= 0 && close + 2 >= m.end() - 1 && view.startsWith("> 's ", close)) {
                return true;
            }
            // "abandons $47 billion pursuit of 7-Eleven owner": the brand's unnamed owner is the object, not the brand
            // (or a title after it: "pursuit of 7-Eleven owner", where "owner" is read as a title, names 7-Eleven's owner)
            int after = close < 0 ? -1 : view.startsWith("> owner", close) ? close + 7 : view.startsWith("> parent", close) ? close + 8 : -1;
            if (after > 0 && close + 2 >= m.end() - 1 && (after >= view.length() || !Character.isLetter(view.charAt(after)))
                    || close >= 0 && close + 2 >= m.end() - 1 && view.startsWith("> <title:", close)) {
                return true;
            }
        }
        return false;
    }

    /** Headcounts before layoffs (a workforce size is not a cut); fallback rules after the rest. */
    static List<RelationRule> orderForSentence(List<RelationRule> rules) {
        List<RelationRule> ordered = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (RelationRule r : rules) {
                int p = r.kind().equals("headcount") ? 0 : r.has("fallback") || r.kind().equals("layoff") ? 2 : 1;
                if (p == pass) {
                    ordered.add(r);
                }
            }
        }
        return ordered;
    }

    /** One rule match with the helpers the builders need. */
    private final class Match {
        final SentenceView view;
        final RelationRule rule;
        final Matcher m;
        double confidence;

        /** What {@code read} gives, with the match's confidence as it was before: reading a slot only to look at it costs none. */
        <T> T keepingConfidence(java.util.function.Supplier<T> read) {
            double before = confidence;
            try {
                return read.get();
            } finally {
                confidence = before;
            }
        }

        Match(SentenceView view, RelationRule rule, Matcher m) {
            this.view = view;
            this.rule = rule;
            this.m = m;
            this.confidence = rule.confidence();
        }

        Integer index(String group) {
            String g = group(group);
            try {
                return g == null ? null : Integer.valueOf(g);
            } catch (NumberFormatException e) {
                return null; // a group of words, not one placeholder's number
            }
        }

        /** The group's text, or null when it took no part in the match or the rule has no such group. */
        String group(String group) {
            return rule.hasGroup(group) ? m.group(group) : null;
        }

        Slot slot(String group) {
            Integer i = index(group);
            return i == null ? null : view.slot(i);
        }

        /** The matched text with a few tokens either side. */
        String region(int before, int after) {
            String t = view.text();
            int b = m.start();
            for (int i = 0; i < before && b > 1; i++) {
                b = t.lastIndexOf(' ', b - 2) + 1;
            }
            int e = m.end();
            for (int i = 0; i < after && e < t.length(); i++) {
                int n = t.indexOf(' ', e);
                e = n < 0 ? t.length() : n + 1;
            }
            return " " + t.substring(Math.max(0, b), Math.min(t.length(), e)).strip() + " ";
        }

        /** The match with up to {@code before} tokens in front of it, stopping at the previous entity, title or number. */
        String ownPrefix(int before) {
            String t = view.text();
            int b = m.start();
            for (int i = 0; i < before && b > 1; i++) {
                int prev = t.lastIndexOf(' ', b - 2) + 1;
                if (t.charAt(prev) == '<' || t.charAt(prev) == ',' || t.charAt(prev) == ';') {
                    break;
                }
                b = prev;
            }
            return " " + t.substring(b, m.end()).strip() + " ";
        }

        /** Like {@link #region}, but the tokens after the match stop where the clause does (", and", ";", ", but"). */
        String clause(int before, int after) {
            String r = region(before, after);
            String matched = m.group().strip();
            int at = r.indexOf(matched);
            if (at < 0) {
                return r;
            }
            int from = at + matched.length();
            Matcher end = CLAUSE_END.matcher(r);
            return end.find(from) ? r.substring(0, end.start()) + " " : r;
        }

        /** Entity of a slot, skipping candidates already on the other side of the relation. */
        Entity entity(String group, EntityType type, Set<Entity> exclude) {
            Slot s = slot(group);
            if (s == null) {
                return null;
            }
            return resolve(s, type, exclude);
        }

        Entity resolve(Slot s, EntityType type, Set<Entity> exclude) {
            Entity known = settled.get(s);
            if (known != null && !exclude.contains(known)) {
                return known;
            }
            Set<Entity> excluded = s.indirect() ? withDirectEntities(exclude, s) : exclude;
            for (EntityResolver.Cluster c : s.candidates()) {
                Entity e = entityOf(c, type);
                if (e != null && !excluded.contains(e)) {
                    if (s.indirect()) {
                        confidence -= 0.05;
                    }
                    if (c.type == null) {
                        confidence -= 0.1;
                    }
                    return e;
                }
            }
            return null;
        }

        /** A pronoun or "the company" never stands for an entity the same match names outright in another of its slots. */
        private Set<Entity> withDirectEntities(Set<Entity> exclude, Slot self) {
            Set<Entity> out = new HashSet<>(exclude);
            StringBuilder bound = new StringBuilder();
            for (String g : SLOT_GROUPS) {
                String v = group(g);
                if (v != null) {
                    // a single slot's group holds its number ("<org:(3)>"), a list's group the placeholders; in a list of people
                    // an organization is one's title's ("ZT chief executive Frank Zhang, who founded the company"), no party
                    String named = v.chars().allMatch(Character::isDigit) ? "<" + view.slot(Integer.parseInt(v)).tag() + ":" + v + ">" : v;
                    bound.append(g.equals("persons") ? Rx.replaceAll(named, "<(?:org|unk):\\d+>", "") : named).append(' ');
                }
            }
            Matcher p = PLACEHOLDER.matcher(bound);
            while (p.find()) {
                if (!p.group(1).equals("org") && !p.group(1).equals("per") && !p.group(1).equals("unk")) {
                    continue;
                }
                Slot other = view.slot(Integer.parseInt(p.group(2)));
                if (other != self && !other.indirect() && other.entity() != null) {
                    EntityType t = other.kind().equals("per") ? EntityType.PERSON : EntityType.ORGANIZATION;
                    Entity e = entityOf(other.entity(), t);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
            return out;
        }

        /** All entities of a list group, or of a single-slot group, of the given type (null: each slot's own). */
        List<Entity> entities(String group, EntityType type, Set<Entity> exclude) {
            String g = group(group);
            List<Entity> out = new ArrayList<>();
            if (g == null) {
                return out;
            }
            Matcher p = PLACEHOLDER.matcher(g);
            boolean several = PLACEHOLDER.matcher(g).results().count() > 1;
            while (p.find()) {
                Slot slot = view.slot(Integer.parseInt(p.group(2)));
                if (several && slot.indirect() && slot.mention() != null) {
                    continue; // "Thrive Capital, the venture capital firm, ...": a descriptor in a list restates a name
                }
                if (several && !LIST_ITEM_BEFORE.matcher(g.substring(0, p.start())).find()) {
                    continue; // "Rob Palumbo, partner of Accel-KKR, and ...": a name inside an item's apposition
                }
                if (several && QUALIFIER_AFTER.matcher(g.substring(p.end())).find()) {
                    continue;
                }
                EntityType as = type != null ? type : slot.kind().equals("per") ? EntityType.PERSON : EntityType.ORGANIZATION;
                Entity e = resolve(slot, as, exclude);
                if (e != null && !out.contains(e)) {
                    out.add(e);
                }
            }
            return out;
        }

        /** An organization or a person (an investor, an acquirer): the slot's own kind decides. */
        Entity party(String group, Set<Entity> exclude) {
            Slot s = slot(group);
            if (s == null) {
                return null;
            }
            return resolve(s, s.kind().equals("per") ? EntityType.PERSON : EntityType.ORGANIZATION, exclude);
        }

        /** The organizations and people of a list group, each typed by its slot (an unknown name as an organization). */
        List<Entity> parties(String group, Set<Entity> exclude) {
            return entities(group, null, exclude);
        }

        /** A slot the rule leaves empty, filled from the sentence (context) or the article's main organization (topic). */
        Entity fill(String slotName, Set<Entity> exclude) {
            if (slotName.equals("client") && rule.has("lastclient")) {
                // "takes over the work from incumbent Corbel": the client of the contract the article last told was won
                return lastClient == null || exclude.contains(lastClient) ? null : lastClient;
            }
            if (slotName.equals(rule.attr("context"))) {
                Entity near = nearestOrgBefore(exclude);
                if (near != null) {
                    return near;
                }
                // "Carrick agreed to buy 35% of Larne Harbour from Ardent ... Ardent will keep a 15% holding": the company the
                // article last told a stake in
                if (slotName.equals("investee") && lastInvestee != null && !exclude.contains(lastInvestee)) {
                    return lastInvestee;
                }
                confidence -= 0.1;
                return topicEntity(exclude);
            }
            if (slotName.equals(rule.attr("topic"))) {
                // "Existing backers ... also took part": in the round the article last said a company raised
                if (slotName.equals("investee") && roundCompany != null && !exclude.contains(roundCompany)) {
                    return roundCompany;
                }
                // "Novo said it had withdrawn its proposal", "after KKR outbid Advent": the deal the article last told of
                if (slotName.equals("target")) {
                    return dealTarget == null || exclude.contains(dealTarget) ? null : dealTarget;
                }
                // "Kenvue has been under pressure from activist investors including Starboard Value": the company the
                // sentence opens with, before the investors, is the one they hold
                Matcher opens = OPENING_ORG.matcher(view.text());
                // (not an investor itself: "SoftBank will put in $30 billion, with the rest coming from A and B")
                if (slotName.equals("investee") && opens.lookingAt() && opens.end() <= m.start() && !opens.group().contains("<unk:")
                        && !INVESTS_NEXT.matcher(view.text()).region(opens.end(), view.text().length()).lookingAt()) {
                    Entity e = entityOf(view.slot(Integer.parseInt(opens.group(1))).entity(), EntityType.ORGANIZATION);
                    if (e != null && !exclude.contains(e)) {
                        return e;
                    }
                }
                // "Renault said ... that Denis Le Vot, head of its Dacia brand, would ...": "its" in the title is the company the
                // sentence opens with
                Slot titled = slot("title");
                if (slotName.equals("org") && titled != null && titled.mention() != null && OF_ITS.matcher(titled.mention().text()).find()) {
                    Entity first = firstOrgBefore(view, m.start(), exclude);
                    if (first != null) {
                        return first;
                    }
                }
                // "At OpenAI she will serve as ..., reporting to chief executive Sam Altman": the company the sentence opens "at"
                Matcher at = AT_OPENING.matcher(view.text());
                if (slotName.equals("org") && at.lookingAt() && at.end() <= m.start()) {
                    Entity e = entityOf(view.slot(Integer.parseInt(at.group(1))).entity(), EntityType.ORGANIZATION);
                    if (e != null && !exclude.contains(e)) {
                        return e;
                    }
                }
                // "Air India ... has more than 23,000 employees, chief executive Campbell Wilson said": the one who speaks
                // for the company the sentence opens with
                Matcher opener = OPENING_ORG.matcher(view.text());
                if (slotName.equals("org") && opener.lookingAt() && opener.end() <= m.start()
                        && (SAID_AFTER.matcher(view.text()).region(m.end(), view.text().length()).lookingAt()
                        // "Kenvue ... and its chief executive was replaced by Kirk Perry, a board member": the board of the
                        // company the sentence is about, when it names no other before the role or the last before is its "its"
                        || onlyOrgBefore(view, m.start(), Integer.parseInt(opener.group(1))))) {
                    Entity e = entityOf(view.slot(Integer.parseInt(opener.group(1))).entity(), EntityType.ORGANIZATION);
                    if (e != null && !exclude.contains(e) && !sentenceInvestors.contains(e)) {
                        return e;
                    }
                }
                // "A and B also put in money, chief executive X said": one speaking of a round's investors speaks for its company
                if (slotName.equals("org") && !sentenceInvestors.isEmpty() && roundCompany != null && !exclude.contains(roundCompany)
                        && !sentenceInvestors.contains(roundCompany)) {
                    return roundCompany;
                }
                return topicEntity(exclude);
            }
            if (slotName.equals(rule.attr("subject"))) {
                // "The San Francisco-based company, with X at the helm, ...": what the sentence is about, named first
                Entity first = firstOrgBefore(view, m.start(), exclude);
                return first != null ? first : topicEntity(exclude);
            }
            return null;
        }

        private Entity nearestOrgBefore(Set<Entity> exclude) {
            // ("Mulder, who joined Kestel from Unilever in 2019, had been under pressure from Cevian, which holds a 7% stake":
            // a company inside another person's "who" clause before the match is that person's story, not the match's)
            String text = view.text();
            Matcher p = PLACEHOLDER.matcher(blankAsides(text.substring(0, m.start()), WHO_ASIDE) + text.substring(m.start()));
            Entity best = null;
            Entity after = null;
            Entity first = null;
            int bestEnd = -1;
            while (p.find()) {
                if (!p.group(1).equals("org") && !p.group(1).equals("orgp") && !p.group(1).equals("unk")) {
                    continue;
                }
                Entity e = entityOf(view.slot(Integer.parseInt(p.group(2))).entity(), EntityType.ORGANIZATION);
                if (e == null || exclude.contains(e)) {
                    continue;
                }
                if (first == null && p.start() < m.start()) {
                    first = e;
                }
                if (p.start() < m.start()) {
                    best = e;
                    bestEnd = p.end();
                } else if (p.start() >= m.end() && after == null && !view.text().substring(m.end(), p.start()).contains("<per:")) {
                    after = e; // (not one in another person's clause: "X will remain CFO, and Y will stay on as CEO of Z")
                }
            }
            // "Paylane counts A and B among its customers, and last month won a contract with C": the clause
            // after ", and" without a subject of its own shares the sentence's subject, not the last name before it
            if (best != null && first != null && SUBJECTLESS.matcher(view.text().substring(bestEnd, m.start())).find()) {
                return first;
            }
            return best != null ? best : after;
        }

        private Entity topicEntity(Set<Entity> exclude) {
            Entity t = topic == null ? null : entityOf(topic, EntityType.ORGANIZATION);
            return t == null || exclude.contains(t) ? null : t;
        }


        /** The amount of a slot; "1.5 billion reais ($270 million)" gives the article's own dollar figure. */
        Money money(String group) {
            Slot s = slot(group);
            return s == null ? null : money(index(group));
        }

        /**
         * The value of the contract the sentence states, where it states one: "a $2.4 billion contract",
         * "a deal worth $500 million"; null when it states none or several.
         */
        Money contractValue() {
            Matcher c = CONTRACT_VALUE.matcher(view.text());
            Integer found = null;
            while (c.find()) {
                int k = Integer.parseInt(c.group(1) != null ? c.group(1) : c.group(2) != null ? c.group(2) : c.group(3));
                if (found != null && found != k) {
                    return null;
                }
                found = k;
            }
            return found == null ? null : money(found);
        }

        /** The amount of the money slot {@code k}, in US dollars where the sentence converts it ("€600 million (about $645 million)"). */
        private Money money(int k) {
            return usd(view, k);
        }

        Double number(String group) {
            Slot s = slot(group);
            return s == null ? null : s.mention().number();
        }

        private static final Pattern FOUNDING_BEFORE = Pattern.compile("(?:founded|established|started|launched|created|formed|set up|"
                + "incorporated|born) (?:in |on )?$");

        String date() {
            String r = region(6, 6);
            Matcher p = PLACEHOLDER.matcher(r);
            while (p.find()) {
                // "Mistral, co-founded in 2023 by ..., counts Nvidia among its investors": a founding date is the company's
                if (p.group(1).equals("date") && !FOUNDING_BEFORE.matcher(r.substring(0, p.start())).find()) {
                    return view.slot(Integer.parseInt(p.group(2))).mention().date();
                }
            }
            return RelativeDates.find(region(6, 10), published); // "last year", "by the end of the year", "on Tuesday"
        }

        /** Evidence for this match, or null when cue words say the sentence does not assert it. */
        Evidence evidence(boolean dropHypothetical) {
            String region = region(3, 0);
            // "would not make a firm offer for X": where the rule reads a failure, the negation is what it states
            if (Cues.negated(region) && !"failed".equals(rule.attr("status"))) {
                return null;
            }
            // "Humana, whose chief executive plans to retire, employs 67,000": a relative clause's plan is not the claim's;
            // "said on Thursday it would raise its stake": a decision reported, not a hypothesis
            String own = RELATIVE_ASIDE.matcher(region(5, 0)).replaceAll(" ,");
            if (own.contains(" would ")) {
                own = REPORTED_WOULD.matcher(own).replaceAll("$1 will ");
            }
            if (Cues.hypothetical(own)) {
                if (dropHypothetical) {
                    return null;
                }
                confidence -= 0.15;
            }
            if (Cues.hedged(region(6, 3))) {
                confidence *= 0.85;
            }
            if (confidence < MIN_CONFIDENCE) {
                return null;
            }
            Sentence s = view.sentence();
            int begin = articleText.codePointCount(0, s.begin());
            int end = begin + articleText.codePointCount(s.begin(), s.end());
            double c = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100.0));
            return new Evidence(articleText.substring(s.begin(), s.end()), begin, end, rule.id(), c);
        }
    }

    /** The first organization (or unknown name) the view names before {@code end}, not among {@code exclude}; null if none. */
    private Entity firstOrgBefore(SentenceView view, int end, Set<Entity> exclude) {
        return firstOrgBefore(view, view.text().substring(0, end), exclude);
    }

    /** The first organization named in {@code before}, the view's text up to a point (asides may be blanked out). */
    private Entity firstOrgBefore(SentenceView view, String before, Set<Entity> exclude) {
        Matcher p = PLACEHOLDER.matcher(before);
        while (p.find()) {
            if (p.group(1).equals("org") || p.group(1).equals("orgp") || p.group(1).equals("unk")) {
                EntityResolver.Cluster c = view.slot(Integer.parseInt(p.group(2))).entity();
                Entity e = c == null ? null : entityOf(c, EntityType.ORGANIZATION);
                if (e != null && !exclude.contains(e)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The article's main organization as an entity, made when no rule has named it yet; null when the article has none. */
    Entity topicEntity() {
        return topic == null ? null : entityOf(topic, EntityType.ORGANIZATION);
    }

    private Entity entityOf(EntityResolver.Cluster c, EntityType type) {
        if (c == null) {
            return null;
        }
        if (c.type != null && c.type != type) {
            return null;
        }
        return entities.computeIfAbsent(c, k -> k.toEntity(type));
    }

    // ---------------- builders ----------------

    private List<Candidate> investment(Match x) {
        if (x.rule.has("ownertitle")) {
            Matcher t = TITLE_SLOT.matcher(x.m.group());
            if (t.find() && !OWNER_TITLES.contains(String.valueOf(x.view.slot(Integer.parseInt(t.group(1))).mention().title()))) {
                return List.of(); // "Acme, the chief executive of Beta": a person's role, no owner
            }
        }
        if (x.rule.has("inround") && roundCompany == null) {
            return List.of(); // "Thrive Capital led the deal": a round's lead only where the article has told of a round
        }
        if (x.group("investees") != null) {
            // "Ares has invested in Chelsea FC, Olympique Lyonnais and Inter Miami": one fact per investee
            Entity investor = x.group("investor") != null ? x.party("investor", Set.of()) : x.fill("investor", Set.of());
            List<Candidate> out = new ArrayList<>();
            for (Entity investee : investor == null ? List.<Entity>of() : x.entities("investees", EntityType.ORGANIZATION, Set.of(investor))) {
                out.addAll(investment(x, investee, List.of(investor)));
            }
            return out;
        }
        Set<Entity> none = Set.of();
        Entity investee = x.entity("investee", EntityType.ORGANIZATION, none);
        List<Entity> investors = x.group("investors") != null
                ? x.parties("investors", investee == null ? none : Set.of(investee))
                : listOf(x.party("investor", investee == null ? none : Set.of(investee)));
        Integer described = x.index("investee");
        if (described != null && x.view.slot(described).indirect() && lastInvestee != null && !lastInvestee.equals(investee)
                && !investors.contains(lastInvestee) && x.view.slot(described).candidates().stream()
                .anyMatch(c -> lastInvestee.equals(entityOf(c, EntityType.ORGANIZATION)))) {
            // "Aramco bought 10% of Horse Powertrain ... Renault and Geely each own 45% of the London-based company": the company
            // the article last told a stake in, where the description may name it
            investee = lastInvestee;
            settled.put(x.view.slot(described), investee); // (the same description elsewhere in the sentence names it too)
        }
        if (investors.isEmpty() && investee != null && x.group("investor") == null) {
            investors = listOf(x.fill("investor", Set.of(investee))); // "X, in which it invested $5 billion": the sentence's subject
        }
        return investment(x, investee, investors);
    }

    private List<Candidate> investment(Match x, Entity investee, List<Entity> investors) {
        // "will make a minority investment as part of the deal": in the company the deal buys; with no purchase told, the
        // company last invested in ("TPG, which owns roughly 11%," after a stake bought in Manipal)
        Entity deal = dealTarget != null ? dealTarget : lastInvestee;
        if (investee == null && x.rule.has("dealtarget") && deal != null && !investors.contains(deal)) {
            investee = deal;
        }
        if (investee == null && !investors.isEmpty()) {
            investee = x.fill("investee", Set.copyOf(investors));
        }
        if (investee == null || investors.isEmpty()) {
            return List.of();
        }
        Integer investeeSlot = x.index("investee");
        if (investeeSlot != null && ASSET_AFTER.matcher(x.view.text().substring(
                x.view.text().indexOf(">", x.view.text().indexOf("<" + x.view.slot(investeeSlot).tag() + ":" + investeeSlot + ">")) + 1)).lookingAt()) {
            return List.of(); // "a 30% stake in Guyana's Stabroek block": a stake in an asset, not in a company
        }
        Evidence ev = x.evidence(!x.rule.has("plans"));
        if (ev == null) {
            return List.of();
        }
        if (investeeSlot != null && !x.view.slot(investeeSlot).indirect()) {
            lastInvestee = investee;
        }
        if (investeeSlot != null && x.rule.has("round")) {
            roundCompany = investee; // "X closed a round led by Y": the round a later "the rest came from Z" is part of
        }
        List<Candidate> out = new ArrayList<>();
        Map<Entity, Money> own = x.group("investors") != null ? ownAmounts(x, investee) : Map.of();
        for (Entity investor : investors) {
            if (!investor.equals(investee)) {
                Money amount = own.containsKey(investor) ? own.get(investor) : x.money("amount");
                out.add(new Candidate(new Investment(investor, investee, amount, x.number("stake"), x.date(), List.of(ev)),
                        false, false, x.view.sentence().index()));
            }
        }
        return out;
    }

    private static final Pattern ASSET_AFTER = Pattern.compile(
            " (?:oil |gas |offshore |mining )?(?:block|field|oilfield|gasfield|project|mine|license|licence|concession|deposit|"
                    + "pipeline|refinery|terminal|plant|stadium|arena|building|tower|property|portfolio) ");

    private static final Pattern OWN_AMOUNT = Pattern.compile(
            "^ , (?:which|who) (?:\\S+ ){0,5}?(?:invested|put in|puts in|contributed|committed|pledged|chipped in|added|injected|poured in) "
                    + "(?:\\S+ ){0,2}?<money:(\\d+)> ");

    /** "A, which put in $500 million, and B, which invested $100 million": each listed investor's own amount. */
    private static Map<Entity, Money> ownAmounts(Match x, Entity investee) {
        Map<Entity, Money> out = new java.util.HashMap<>();
        String view = x.view.text();
        Matcher p = PLACEHOLDER.matcher(x.m.group("investors"));
        int base = x.m.start("investors");
        while (p.find()) {
            Matcher a = OWN_AMOUNT.matcher(view.substring(base + p.end()));
            if (a.find()) {
                Slot s = x.view.slot(Integer.parseInt(p.group(2)));
                Entity e = x.resolve(s, EntityType.ORGANIZATION, investee == null ? Set.of() : Set.of(investee));
                if (e != null) {
                    out.put(e, x.view.slot(Integer.parseInt(a.group(1))).mention().money());
                }
            }
        }
        return out;
    }

    private List<Candidate> acquisition(Match x) {
        if (x.group("targets") != null) {
            // "Disney bought Pixar, Marvel and Lucasfilm": one deal per target, none priced by the sentence
            Entity acquirer = x.party("acquirer", Set.of());
            Evidence ev = acquirer == null ? null : x.evidence(false);
            List<Candidate> out = new ArrayList<>();
            for (Entity t : ev == null ? List.<Entity>of() : x.entities("targets", EntityType.ORGANIZATION, Set.of(acquirer))) {
                out.add(new Candidate(new Acquisition(acquirer, t, null, DealStatus.valueOf(x.rule.attr("status").toUpperCase(Locale.ROOT)),
                        List.of(ev)), false, true, x.view.sentence().index(), x.rule.has("earlier")));
            }
            return out;
        }
        Entity target = x.entity("target", EntityType.ORGANIZATION, Set.of());
        boolean rival = rivalBid(x.rule.id()); // a losing bidder: its target is the article's deal's, the sentence's amount the winner's
        // "taken private by a consortium of A, B and C": each member a buyer of the whole
        List<Entity> consortium = x.group("acquirers") == null ? List.of() : x.parties("acquirers", target == null ? Set.of() : Set.of(target));
        Entity acquirer = !consortium.isEmpty() ? consortium.get(0) : x.party("acquirer", target == null ? Set.of() : Set.of(target));
        if (acquirer == null && target != null && x.group("acquirer") == null) {
            acquirer = x.fill("acquirer", Set.of(target)); // "surpassing the purchases of LinkedIn": the buyer from context
        }
        if (target == null && acquirer != null) {
            // (and a rule without a target of its own: "... and terminated its agreement to be bought by Y", the sentence's subject)
            target = rival || x.group("target") == null ? x.fill("target", Set.of(acquirer))
                    : x.entity("target", EntityType.ORGANIZATION, Set.of(acquirer));
        }
        if (target == null || acquirer == null || target.equals(acquirer)) {
            return List.of();
        }
        Integer t = x.index("target");
        int afterTarget = t == null ? -1 : tagEnd(x.view, t);
        if (afterTarget >= 0 && UNIT_AFTER_TARGET.matcher(x.view.text()).region(afterTarget, x.view.text().length()).lookingAt()) {
            return List.of(); // "agreed to take over Spirit plants that make parts for its jets": some of the company's sites, not it
        }
        Evidence ev = x.evidence(false);
        if (ev == null) {
            return List.of();
        }
        String fixed = x.rule.attr("status");
        String statusRegion = sentenceFrom(x, 5);
        Matcher history = afterTarget < 0 ? null : TARGET_HISTORY.matcher(x.view.text()).region(afterTarget, x.view.text().length());
        if (history != null && history.lookingAt()) {
            // "agreed to pay $32 billion for Wiz, the start-up that walked away from an offer last year,": its past, not this deal
            statusRegion = statusRegion.replace(history.group(), " , ");
        }
        DealStatus status = fixed != null ? DealStatus.valueOf(fixed.toUpperCase(Locale.ROOT))
                : Cues.dealStatus(statusRegion, " " + x.m.group().strip() + " ");
        Money amount = x.money("amount");
        if (amount == null && !rival) {
            amount = moneyAfter(x, "for");
            if (amount == null) {
                // "bought the Brightfield cleaning-products brand from Pelham Foods for $265 million": past the seller
                amount = moneyAfter(x, "(?:\\S+ ){0,3}?from <(?:org|unk|orgp):\\d+> for");
            }
            if (amount == null) {
                amount = moneyAfter(x, "with(?: a| an| its)?"); // "wins auction for Warner Bros. with $72 billion offer"
            }
            if (amount == null) {
                amount = moneyAfter(x, "in (?:a|an)"); // "acquired IronSource in a $4.4 billion all-stock deal"
            }
            if (amount == null) {
                // "launch a tender offer for the rest of X, offering about 220 billion yen ($1.4 billion)" (not a price a share)
                amount = moneyAfter(x, ", (?:offering|paying|spending)");
            }
            if (amount == null) {
                // "accepted a takeover offer of $35 a share from X, valuing it at about $1.8 billion"
                amount = moneyAfter(x, ", (?:valuing|which values|that values) (?:it|the company|the business|<orgp:\\d+>|<org:\\d+>) at");
            }
            if (amount == null) {
                // "for $35 per share in cash, representing an enterprise value of approximately $6.4 billion"
                amount = moneyAfter(x, "(?:for <money:\\d+> (?:\\S+ ){0,5}?)?, (?:representing|giving|implying|reflecting|for) (?:an |a |the )?"
                        + "(?:total |implied |aggregate |equity |enterprise |transaction )?(?:value|valuation|consideration) of");
            }
        }
        if (status == null && pastYear(x)) {
            status = DealStatus.COMPLETED; // "Google's $12.5 billion purchase of Motorola Mobility in 2012"
        }
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate(new Acquisition(acquirer, target, amount, status, List.of(ev)), false, status != null,
                x.view.sentence().index(), x.rule.has("earlier")));
        List<Entity> others = new ArrayList<>(consortium.size() > 1 ? consortium.subList(1, consortium.size()) : List.of());
        Entity second = x.party("acquirer2", Set.of(target, acquirer)); // "X and his wife Y acquired ..."
        if (second != null) {
            others.add(second);
        }
        Entity partner = consortium.isEmpty() && second == null ? coSubject(x, "acquirer", Set.of(target, acquirer)) : null;
        if (partner != null) {
            others.add(partner); // "after A and B closed their purchase of X": both buy
        }
        for (Entity other : others) {
            out.add(new Candidate(new Acquisition(other, target, amount, status, List.of(ev)), false, status != null,
                    x.view.sentence().index(), x.rule.has("earlier")));
        }
        return out;
    }

    /**
     * True for the rules of a rival bidder that lost ("after X outbid rival suitor Y", "Y said its offer had lapsed"): they are
     * named "acq-rival-..." and fill the target from the article's deal ({@code topic=target}).
     */
    static boolean rivalBid(String ruleId) {
        return ruleId.startsWith("acq-rival-");
    }

    /** "... acquire Acme for $2 billion": the amount right after the match. */
    private static Money moneyAfter(Match x, String preposition) {
        String text = x.view.text();
        if (text.indexOf("<money:", x.m.end()) < 0) {
            return null;
        }
        Matcher p = MONEY_AFTER.computeIfAbsent(preposition, FactAssembler::moneyAfterPattern).matcher(text.substring(x.m.end()));
        return p.find() ? usd(x.view, Integer.parseInt(p.group(1))) : null;
    }

    /** The pattern of {@link #moneyAfter} for each preposition, compiled once. */
    private static final java.util.Map<String, Pattern> MONEY_AFTER = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern moneyAfterPattern(String preposition) {
        return Pattern.compile("^(?:\\S+ ){0,3}?" + preposition + " (?:about |around |roughly |nearly |almost |some |an estimated |approximately |close to |as much as |up to |"
                + "(?:a little |slightly |just )?(?:less|more) than |just (?:under|over) |under |over )?<money:(\\d+)> "
                + (preposition.startsWith("in ") ? "(?:[a-z-]+ ){0,2}?(?:deal|transaction|acquisition|purchase|takeover) "
                : preposition.startsWith("with") ? "(?:[a-z-]+ ){0,2}?(?:offer|bid|deal|proposal) "
                : preposition.startsWith(",") ? "(?:\\( <money:\\d+> \\) )?(?!(?:a|per|for each|each|for every) share)" : ""));
    }

    private static final Pattern IN_DATE = Pattern.compile("(?:^| )in <date:(\\d+)> ");

    /** True when the deal's sentence dates it in a year before the article's ("bought Arm for $32 billion in 2016"). */
    private boolean pastYear(Match x) {
        if (published == null || published.length() < 4) {
            return false;
        }
        Matcher d = IN_DATE.matcher(x.view.text().substring(x.m.start()));
        while (d.find()) {
            Mention m = x.view.slot(Integer.parseInt(d.group(1))).mention();
            if (m != null && m.date() != null && m.date().length() >= 4 && m.date().substring(0, 4).compareTo(published.substring(0, 4)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static String sentenceFrom(Match x, int tokensBefore) {
        String r = x.region(tokensBefore, 0);
        return r.strip().isEmpty() ? x.view.text() : " " + r.strip() + x.view.text().substring(x.m.end() - 1);
    }

    private List<Candidate> position(Match x, Set<Integer> usedTitles) {
        if (x.rule.has("cotitle")) {
            Slot t = x.slot("title");
            String title = t == null || t.mention() == null ? null : t.mention().title();
            if (title == null || !title.startsWith("co-")) {
                return List.of(); // "as co-chief executive alongside founder Erik Dahl": a shared role only
            }
        }
        if (x.group("persons") != null) {
            List<Candidate> all = new ArrayList<>();
            // each person's role from the match's own confidence: resolving the organization again for the next person
            // must not lower it ("the start-up that A, B and C founded" had dropped C)
            for (Entity p : x.entities("persons", EntityType.PERSON, Set.of())) {
                all.addAll(x.keepingConfidence(() -> position(x, usedTitles, p)));
            }
            return all;
        }
        Entity person = x.entity("person", EntityType.PERSON, Set.of());
        if (person == null) {
            return List.of();
        }
        Slot founder = x.slot("founder");
        if (x.rule.has("founderonly") && (founder == null || founder.mention().title() == null || !founder.mention().title().endsWith("founder"))) {
            return List.of(); // "run by co-founder X" only: "led by senior vice president X" is read by the title rules
        }
        return position(x, usedTitles, person);
    }

    private static final Pattern CO_FOUNDED = Pattern.compile(" co-?founded ");
    private static final Pattern FOUNDED_WITH_OTHERS = Pattern.compile("^\\S+ (?:\\S+ ){0,12}?(?:founded|started|launched|created|set up|"
            + "established) (?:\\S+ ){0,6}?with (?:\\S+ ){0,3}?(?:classmates|friends|colleagues|partners|co-founders|"
            + "cofounders|others|wife|husband|brother|sister|<per:\\d+>|<perp:\\d+>) ");
    private static final Pattern CONTRACT_VALUE = Pattern.compile(
            // ("a 2 billion euro ($2.1 billion) contract": the value with its conversion after it)
            "<money:(\\d+)> (?:\\( <money:\\d+> \\) )?(?:[a-z-]+ ){0,3}?(?:contract|contracts|deal|agreement|order|orders|award|supply deal)\\b"
                    + "|(?:contract|deal|agreement|order|award) (?:\\S+ ){0,2}?(?:worth|valued at|of) (?:about |around |roughly |up to |nearly |some )?<money:(\\d+)>"
                    + "|<money:(\\d+)> worth of "); // "agreed to buy $38 billion worth of computing capacity from AWS"

    /** A status word in front of a title placeholder (optionally with its organization between): it qualifies that title. */
    private static final Pattern OTHER_TITLE_MOD = Pattern.compile(
            " (?:former|ex-|onetime|erstwhile|outgoing|incoming|current) ((?:<(?:org|unk|orgp):\\d+> (?:'s )?)?<title:(\\d+)>)");
    private static final Pattern PAST_ARRIVAL = Pattern.compile(
            " (?:joined|rejoined|returned to|moved to|went to|jumped to|was named|was appointed|was hired|took over|became|was made|was promoted to|was elevated to|was elected|stepped in as) ");
    private static final Pattern HIRED = Pattern.compile(
            " (?:hired|hires|hiring|poached|poaches|poaching|recruited|recruits|lured|lures|snagged|snags|brought in|brings in)"
                    + "((?: (?:<[a-z]+:\\d+>|,|and|the|a|an|former|its|their|'s|then|both|also))*) $");

    /** True when the person of the match is among the people a hiring verb before it takes: "Orlo hired A, the former X CEO, and B". */
    private static boolean hiredObject(Match x) {
        Slot person = x.slot("person");
        if (person == null) {
            return false;
        }
        int at = x.view.text().indexOf("<per:" + x.index("person") + ">");
        return at > 0 && HIRED.matcher(x.view.text().substring(0, at)).find();
    }

    /** Titles people hold outside the companies they talk about: never given the article's company by default. */
    private static final Set<String> EXTERNAL_TITLES = Set.of("analyst", "economist", "reporter", "correspondent", "editor",
            "professor", "researcher", "research scientist", "scientist", "consultant", "adviser", "commissioner", "governor",
            "secretary", "minister", "senator", "president", "prime minister", "lawmaker", "attorney", "lawyer", "judge");

    private List<Candidate> position(Match x, Set<Integer> usedTitles, Entity person) {
        if (x.group("orgs") != null) {
            // "who also runs Tesla and SpaceX": one role at each organization of the list
            List<Candidate> all = new ArrayList<>();
            for (Entity org : x.entities("orgs", EntityType.ORGANIZATION, Set.of(person))) {
                all.addAll(position(x, usedTitles, person, org));
            }
            return all;
        }
        return position(x, usedTitles, person, x.entity("org", EntityType.ORGANIZATION, Set.of()));
    }

    /** After the person, what makes a top role a stopgap: "by Kirk Perry, a board member, on an interim basis", "as CEO in an acting capacity". */
    private static final Pattern INTERIM_PHRASE = Pattern.compile(
            "(?:on an? (?:interim|acting|temporary) basis|in an? (?:interim|acting) (?:capacity|role))\\b");
    private static final Set<String> TOP_TITLES = Set.of("ceo", "cfo", "coo", "cto", "chief information officer", "chief marketing officer",
            "president", "chairman", "chair", "managing director", "general manager");

    /** The title made interim when the words after the person say so (only a top role, never one already interim or acting). */
    private static String interimByPhrase(Match x, String title) {
        Integer p = x.index("person");
        return p != null && TOP_TITLES.contains(title) && interimAfter(x.view, p, x.index("title")) ? "interim " + title : title;
    }

    /**
     * True when the sentence goes on about the organization of slot {@code slot} up to {@code end}: every organization named
     * before is it, or the last one before is an "its" standing for it ("Kenvue ..., and its chief executive ...").
     */
    private static boolean onlyOrgBefore(SentenceView view, int end, int slot) {
        EntityResolver.Cluster own = view.slot(slot).entity();
        Matcher p = PLACEHOLDER.matcher(view.text()).region(0, end);
        boolean others = false;
        boolean lastIsOwnIts = false;
        while (p.find()) {
            if (p.group(1).equals("org") || p.group(1).equals("orgp") || p.group(1).equals("unk")) {
                boolean mine = view.slot(Integer.parseInt(p.group(2))).entity() == own;
                others |= !mine;
                lastIsOwnIts = mine && p.group(1).equals("orgp");
            }
        }
        return own != null && (!others || lastIsOwnIts);
    }

    /**
     * True when "on an interim basis" (or the like) follows the person of slot {@code person}, and the title of slot
     * {@code title} where there is one, with no other person (or title) between: the phrase is about the last named.
     */
    private static boolean interimAfter(SentenceView view, int person, Integer title) {
        int at = tagEnd(view, person);
        if (at < 0) {
            return false;
        }
        int from = title == null ? at : Math.max(at, tagEnd(view, title));
        Matcher phrase = INTERIM_PHRASE.matcher(view.text());
        if (!phrase.find(from)) {
            return false;
        }
        String between = view.text().substring(from, phrase.start());
        return !between.contains("<per") && (title == null || !between.contains("<title"));
    }

    /** "A and " right before a slot that opens a clause: the sentence's start, a clause's opening word, a dateline's dash. */
    private static final Pattern CO_SUBJECT = Pattern.compile(
            "(?:^|(?:after|when|as|while|once|since|because|and|but|,|-|\u2014|:|;) )<(?:org|unk):(\\d+)> and $");

    /**
     * The other subject of a verb whose subject fills {@code group}: "Cobalt and Marlow agreed to buy X" gives Cobalt for
     * Marlow. Only names joined by "and" that open the sentence or a clause; none after "between" or inside a list.
     */
    private static Entity coSubject(Match x, String group, Set<Entity> exclude) {
        Integer i = x.index(group);
        if (i == null) {
            return null;
        }
        String tag = tag(x.view, i);
        int at = x.view.text().indexOf(tag);
        if (at <= 0) {
            return null;
        }
        Matcher m = CO_SUBJECT.matcher(x.view.text().substring(0, at));
        if (!m.find() || x.view.text().startsWith(" 's", at + tag.length())) {
            return null;
        }
        Slot other = x.view.slot(Integer.parseInt(m.group(1)));
        Entity e = x.resolve(other, EntityType.ORGANIZATION, exclude);
        return e == null || exclude.contains(e) ? null : e;
    }

    /** The placeholder of slot {@code i} in the view's text: "<org:3>". */
    private static String tag(SentenceView view, int i) {
        return "<" + view.slot(i).tag() + ":" + i + ">";
    }

    /** Where the placeholder of slot {@code i} ends in the view, or -1. */
    private static int tagEnd(SentenceView view, int i) {
        String tag = tag(view, i);
        int at = view.text().indexOf(tag);
        return at < 0 ? -1 : at + tag.length();
    }

    /** The organization each person holds a stated role at in the sentence being read. */
    private final java.util.Map<Entity, Entity> sentenceEmployers = new java.util.HashMap<>();
    /** The organization where the article has said a person holds a title now, by person and title: a restated role is the same. */
    private final java.util.Map<List<Object>, Entity> heldBefore = new java.util.HashMap<>();

    /**
     * The organization the sentence itself ties a person to, whatever rule reads the role: "Glen Weinstein, iRobot's chief legal
     * officer, will serve as interim CEO", "iRobot CEO X ...", "Colin Angle, who co-founded the company in 1990, has stepped
     * down"; null when it ties none, or a past one ("a former Google executive").
     */
    private Entity statedEmployer(Match x, Entity person, boolean readElsewhere) {
        Entity found = readElsewhere ? sentenceEmployers.get(person) : null;
        if (found != null) {
            return found;
        }
        Matcher m = EMPLOYER_TIE.matcher(x.view.text());
        for (int from = 0; m.find(from); from = m.end() - 1) { // (each tie starts at the space the last one ended with)
            String p = m.group("p1") != null ? m.group("p1") : m.group("p2") != null ? m.group("p2") : m.group("p3");
            Slot s = x.view.slot(Integer.parseInt(p));
            // (asking who a slot is lowers no fact's confidence; only the organization taken does)
            Entity who = s == null ? null : x.keepingConfidence(() -> x.resolve(s, EntityType.PERSON, Set.of()));
            if (!person.equals(who)) {
                continue;
            }
            String title = m.group("t1") != null ? m.group("t1") : m.group("t2");
            if (title != null && String.valueOf(x.view.slot(Integer.parseInt(title)).mention().title()).endsWith("founder")) {
                continue; // "Denali Therapeutics co-founder Marc Tessier-Lavigne": a company founded, not one worked at
            }
            String o = m.group("o1") != null ? m.group("o1") : m.group("o2") != null ? m.group("o2") : m.group("o3");
            Slot org = x.view.slot(Integer.parseInt(o));
            Entity e = org == null ? null : x.resolve(org, EntityType.ORGANIZATION, Set.of(person));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** A person tied to an organization by their own apposition, title or founding clause (see {@link #statedEmployer}). */
    private static final Pattern EMPLOYER_TIE = Pattern.compile(
            " <per:(?<p1>\\d+)> , (?:the |a |an )?<(?:org|unk|orgp):(?<o1>\\d+)> 's (?!(?:former|ex-|onetime|outgoing) )(?:[a-z-]+ )?<title:(?<t1>\\d+)> "
                    + "|(?<!former|ex-|onetime|outgoing) <(?:org|unk|orgp):(?<o2>\\d+)> (?:'s )?<title:(?<t2>\\d+)> <per:(?<p2>\\d+)> "
                    // ("CEO Rune Garborg, who has led the company since 2017, told me the Visa deal ...": the company led, not Visa)
                    + "| <per:(?<p3>\\d+)> , who (?:co-founded|cofounded|founded|started|runs|leads|heads|has led|has run|has headed) "
                    + "<(?:org|unk|orgp):(?<o3>\\d+)> ");

    private List<Candidate> position(Match x, Set<Integer> usedTitles, Entity person, Entity statedOrg) {
        Entity org = statedOrg;
        boolean filled = false; // the organization is the article's or the sentence's, not one the rule or the person's clause names
        // "who ran its Nespresso coffee unit": the unit's brand is where the person is head
        Entity brand = x.group("brand") == null ? null : x.entity("brand", EntityType.ORGANIZATION, Set.of());
        if (org == null) {
            Slot t = x.slot("title");
            if (t != null && x.rule.attr("topic") != null && EXTERNAL_TITLES.contains(t.mention().title())
                    && (t.mention().title().equals("president") ? t.mention().titleStatus() == PositionStatus.FORMER
                            // "President Donald Trump signed off on the deal": a capitalised President with no company is a head of state
                            || t.mention().text().startsWith("President") || t.mention().text().startsWith("Vice President") : true)) {
                return List.of(); // "aviation analyst Mark Martin", "former president Barack Obama": not the company's
            }
            if (x.rule.attr("topic") != null && hiredObject(x)) {
                return List.of(); // "Orlo has hired Sam Ito, the co-founder and president": a title from before the hire
            }
            // "co-founder Larry Ellison serves as its chairman": a bare title goes to the organization the same sentence
            // gives the person, not to the article's main one
            // (a rule reading the company from the words near the role asks only the person's own apposition or title, not
            // another rule's reading: "Srinivas, who is the company's CEO, previously worked as a research scientist at OpenAI")
            Entity employer = x.rule.attr("topic") != null ? statedEmployer(x, person, true)
                    : "org".equals(x.rule.attr("context")) ? statedEmployer(x, person, false) : null;
            org = employer != null ? employer : x.fill("org", brand == null ? Set.of() : Set.of(brand));
            filled = employer == null;
            // "Qorvo CEO Bob Bruggeworth will join the board" after "Skyworks has agreed to buy Qorvo": a board seat of the bought
            // company's chief is on the buyer's board
            if ("board member".equals(x.rule.attr("title")) && org != null && org.equals(dealTarget) && dealAcquirer != null) {
                org = dealAcquirer;
            }
        }
        if (org == null) {
            return List.of();
        }
        Integer titleSlot = x.index("title");
        if (x.rule.has("fallback") && titleSlot != null && usedTitles.contains(titleSlot)) {
            return List.of();
        }
        Evidence ev = x.evidence(false);
        if (ev == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (String group : List.of("title", "title2", "title3")) {
            Slot t = x.slot(group);
            String title = t != null ? t.mention().title() : group.equals("title") ? x.rule.attr("title") : null;
            if (title == null && group.equals("title") && x.group("trade") != null) {
                title = x.group("trade").strip().replaceAll("s$", ""); // "former Renault engineers A and B": each an engineer
            }
            if (title == null || title.equals("executive") && statedOrg == null) {
                continue; // "longtime executive X will return to the company": which company's, the sentence does not say
            }
            Entity holder = org;
            if (brand != null && !brand.equals(org) && title.equals("head")) {
                holder = brand; // "who ran its Nespresso coffee unit": head of Nespresso, the unit the brand names
            } else {
                title = withUnit(x, title);
            }
            title = interimByPhrase(x, title);
            if (t != null) {
                usedTitles.add(x.index(group));
            }
            boolean founder = title.endsWith("founder");
            if (founder && x.group("title") == null && (CO_FOUNDED.matcher(x.m.group()).find()
                    || x.group("persons") != null && PLACEHOLDER.matcher(x.group("persons")).results()
                            .filter(r -> !r.group(1).startsWith("org") && !r.group(1).equals("title")).count() > 1)) {
                title = "co-founder"; // "co-founded by X", "founded by X and Y": each founded it with others
            }
            if (title.equals("founder") && FOUNDED_WITH_OTHERS.matcher(x.view.text().substring(x.m.start())).find()) {
                title = "co-founder"; // "who started the company in 2022 with three MIT classmates"
            }
            PositionStatus stated = t != null ? t.mention().titleStatus() : null;
            // "former CEO", "incoming CFO" settle it; "current CEO X is stepping down" does not
            PositionStatus status = stated == PositionStatus.CURRENT ? null : stated;
            if (status == null && x.rule.attr("status") != null) {
                status = PositionStatus.valueOf(x.rule.attr("status").toUpperCase(Locale.ROOT));
            }
            if (status == null) {
                // what the sentence says happens to the person: "X has resigned", "replacing X", "X will take over";
                // an arrival is about the role the rule names as taken up, not a title that only describes the person
                status = personEvent(x.view, person, founder);
                if (status == PositionStatus.INCOMING && !x.rule.has("target")) {
                    status = null;
                }
                if (status == PositionStatus.INCOMING && PAST_ARRIVAL.matcher(x.m.group()).find()) {
                    status = PositionStatus.CURRENT; // "X, who joined Y as CFO in 2021, will become CEO": the join is done
                }
            }
            if (status == null && UNTIL_AFTER.matcher(x.view.text().substring(x.m.end())).find()
                    && !FUTURE.matcher(x.m.group()).find()) { // not "will serve as interim CEO until September
                status = PositionStatus.FORMER; // "served as its CEO till March 2023"
            }
            if (status == null && stated != null) {
                status = stated;
            }
            if (status == null && FROM_WHERE.matcher(x.view.text().substring(0, x.m.start())).find()) {
                status = PositionStatus.FORMER; // "Raman joins from Castine, where she was treasurer": the role she leaves
            }
            if (status == null && x.rule.has("target") && NEXT.matcher(x.m.group()).find()) {
                status = PositionStatus.INCOMING; // "named X as its next chief executive"
            }
            String own = RELATIVE.matcher(x.ownPrefix(4)).replaceAll(" , "); // "X, who ran Y until 2020, joined Z": not about Z
            own = EARLIER_ROLE_ASIDE.matcher(own).replaceAll(" , "); // "X, formerly Y's chief executive, becomes ...": the aside's role
            if (t != null) {
                // "appointed former Google executive Tom Park as its CTO": "former" goes with the other title
                int mine = x.index(group);
                own = OTHER_TITLE_MOD.matcher(own).replaceAll(r -> r.group(2).equals(Integer.toString(mine)) ? r.group() : " " + r.group(1));
            }
            if (status == null && !founder) {
                status = Cues.positionStatus(own);
            }
            if (status == null && founder && Cues.departed(own)) {
                status = PositionStatus.FORMER;
            }
            boolean explicit = status != null;
            if (status == null && !founder) {
                status = PositionStatus.CURRENT;
            }
            // not "the former IBM president" (a past employer), nor "who also runs Volkswagen" (a second role: the bare title is
            // the other one's)
            if (statedOrg != null && status == PositionStatus.CURRENT && !x.m.group().contains(" also ")) {
                sentenceEmployers.putIfAbsent(person, statedOrg);
            }
            Entity known = filled && status == PositionStatus.CURRENT ? heldBefore.get(List.of(person, title)) : null;
            if (known != null) {
                // "Unilever chief executive Fernando Fernandez ... Fernandez, who took the top job in March": the role held now,
                // told again, is the one the article named (an arrival, "until Niccol takes the reins", may be elsewhere)
                holder = known;
            }
            if (!filled && status == PositionStatus.CURRENT) {
                heldBefore.putIfAbsent(List.of(person, title), holder);
            }
            if (status == PositionStatus.INCOMING && startsNow(x)) {
                status = PositionStatus.CURRENT; // the role is held from today
            }
            if (status == PositionStatus.CURRENT && x.rule.has("target") && startsLater(x.view)) {
                status = PositionStatus.INCOMING; // "has appointed X as its CFO, effective March 3": not yet in the role
                explicit = true;
            }
            // a change's date: an incoming role's start ("effective May 1"), a former one's end ("stepped down in March")
            String when = status == PositionStatus.CURRENT ? null : changeDateOrRelative(x.view);
            // "CEO from 2019 to 2024", "chair since 2021": the time the role was held, where the clause states it
            String[] held = heldInterval(x);
            if (held[1] != null && status != PositionStatus.INCOMING && published != null
                    && held[1].compareTo(published.substring(0, Math.min(published.length(), held[1].length()))) < 0) {
                status = PositionStatus.FORMER; // held until a date already past
                explicit = true;
            }
            out.add(new Candidate(new Position(person, holder, title, status, List.of(ev), when, held[0], held[1]), x.rule.has("weak"), explicit,
                    x.view.sentence().index()));
        }
        return out;
    }

    /**
     * The status the words around a person's name in the sentence give: a departure said of the
     * person ("X has resigned", "X was out", "the ouster of X", "replacing X") makes a role former,
     * an arrival ("X will take over", "replaced by X") makes it incoming. Founding roles only end
     * by a departure. Null when the sentence says neither.
     */
    private PositionStatus personEvent(SentenceView view, Entity person, boolean founder) {
        String text = view.text();
        for (int k = 0; k < view.slots().size(); k++) {
            Slot s = view.slot(k);
            if (!s.kind().equals("per") || s.entity() == null || !person.equals(entityOf(s.entity(), EntityType.PERSON))) {
                continue;
            }
            String tag = "<" + s.tag() + ":" + k + "> ";
            int at = text.indexOf(" " + tag);
            if (at < 0) {
                continue;
            }
            String before = clauseBefore(text.substring(0, at + 1));
            String after = clauseAfter(text.substring(at + tag.length()));
            PositionStatus st = Cues.personEvent(before, after);
            if (st == PositionStatus.FORMER && founder && LEAVES_OTHER_ROLE.matcher(after).find()) {
                continue; // "the founder, X, will step down as chief executive": the CEO role ends, the founding does not
            }
            if (st != null && (!founder || st == PositionStatus.FORMER)) {
                return st;
            }
        }
        return null;
    }

    /** A departure from a named role: "step down as <title>", "resigned as <title>". */
    private static final Pattern LEAVES_OTHER_ROLE = Pattern.compile(
            "(?:step|steps|stepped|stepping) down as (?:the |its |their )?<title:|(?:resign|resigns|resigned|resigning|retire|retires|retired|retiring) as (?:the |its |their )?<title:");

    private static final Pattern UNTIL_AFTER = Pattern.compile("^(?:(?:of|at) \\S+ )?(?:until|till|through) (?:<date:\\d+>|last \\S+|earlier this) ");
    private static final Pattern RELATIVE = Pattern.compile(" , (?:who|which) [^,]* , ");
    private static final Pattern NEXT = Pattern.compile(" next <title:| next (?:\\S+ )?<title:");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(" (?:, and|, but|, while|; |\\. |, whose|, although|, though) | <per:\\d+> ");

    /** The end of {@code text} back to the last clause break or other person. */
    private static String clauseBefore(String text) {
        Matcher m = CLAUSE_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            from = m.end() - 1;
        }
        return " " + text.substring(from).strip() + " ";
    }

    /** The start of {@code text} up to the next clause break or other person. */
    private static String clauseAfter(String text) {
        Matcher m = CLAUSE_BREAK.matcher(" " + text);
        String t = m.find() ? (" " + text).substring(0, m.start()) : " " + text;
        return " " + t.strip() + " ";
    }

    private List<Candidate> client(Match x) {
        if (x.group("suppliers") != null) {
            // "orders from Airbus and Boeing", "deals with figures like A and B": one fact per supplier
            Entity client = x.entity("client", EntityType.ORGANIZATION, Set.of());
            List<Entity> suppliers = x.parties("suppliers", client == null ? Set.of() : Set.of(client));
            if (client == null && !suppliers.isEmpty()) {
                client = x.fill("client", Set.copyOf(suppliers));
            }
            List<Candidate> out = new ArrayList<>();
            for (Entity supplier : client == null ? List.<Entity>of() : suppliers) {
                out.addAll(client(x, List.of(client), supplier));
            }
            return out;
        }
        Entity supplier = x.entity("supplier", EntityType.ORGANIZATION, Set.of());
        List<Entity> clients = x.group("clients") != null
                ? x.entities("clients", EntityType.ORGANIZATION, supplier == null ? Set.of() : Set.of(supplier))
                : listOf(x.entity("client", EntityType.ORGANIZATION, supplier == null ? Set.of() : Set.of(supplier)));
        if (supplier == null && !clients.isEmpty()) {
            supplier = x.fill("supplier", Set.copyOf(clients));
        }
        if (clients.isEmpty() && supplier != null) {
            Entity c = x.fill("client", Set.of(supplier));
            clients = listOf(c);
        }
        if (supplier == null || clients.isEmpty()) {
            return List.of();
        }
        return client(x, clients, supplier);
    }

    private List<Candidate> client(Match x, List<Entity> clients, Entity supplier) {
        Evidence ev = x.evidence(false);
        if (ev == null) {
            return List.of();
        }
        String fixed = x.rule.attr("status");
        ClientStatus status = fixed != null ? ClientStatus.valueOf(fixed.toUpperCase(Locale.ROOT)) : Cues.clientStatus(x.clause(3, 8));
        boolean explicit = status != null;
        List<Candidate> out = new ArrayList<>();
        for (Entity client : clients) {
            if (!client.equals(supplier)) {
                // "valueless": the sentence's contract is another supplier's ("replace Corvane with software from X under a $40 million contract")
                Money value = x.money("value") != null ? x.money("value") : x.rule.has("valueless") ? null : x.contractValue();
                // a relationship stated with nothing said of its end is in force
                out.add(new Candidate(new ClientRelationship(client, supplier, explicit ? status : ClientStatus.ACTIVE, value, List.of(ev)),
                        false, explicit, x.view.sentence().index()));
            }
        }
        return out;
    }

    /** A company a merger makes: "the combined company", "the enlarged group". */
    private static final Pattern COMBINED = Pattern.compile("(?i)\\b(?:combined|merged|enlarged) (?:company|group|entity|business|firm|bank|"
            + "carrier|companies|businesses)\\b");

    /** A workforce to come: "will have about 40,000 employees". */
    private static final Pattern WILL_HAVE = Pattern.compile(" (?:will|would|is expected to|is set to) (?:have|employ|count) ");

    /** Words that count one part of a workforce, not the whole. */
    private static final Pattern PART_OF_STAFF = Pattern.compile("(?i)\\b(?:corporate|support|office|hourly|salaried|store|retail|warehouse|"
            + "factory|plant|frontline|front-line|union|unionized|unionised|seasonal|temporary|sales|engineering|technical|call-centre|"
            + "call-center|headquarters|hq)\\b");

    private List<Candidate> headcount(Match x, Set<Integer> countedSlots) {
        Entity org = x.entity("org", EntityType.ORGANIZATION, Set.of());
        if (org == null) {
            org = x.fill("org", Set.of());
        }
        String countGroup = x.group("count") != null ? "count" : "countn";
        Double count = x.number(countGroup);
        if (org == null || count == null || count < 2) {
            return List.of();
        }
        int at = x.view.text().lastIndexOf('<', x.m.start(countGroup)); // the group is the number inside "<staff:N>"
        if (CUT_BEFORE.matcher(x.view.text().substring(Math.max(0, at - 30), at)).find()) {
            return List.of(); // "cutting 70 staffers at its headquarters" is a cut, not a workforce
        }
        Slot orgSlot = x.slot("org");
        if (orgSlot != null && COMBINED.matcher(orgSlot.mention() == null ? "" : orgSlot.mention().text()).find()
                && WILL_HAVE.matcher(x.view.text()).find()) {
            countedSlots.add(x.index(countGroup));
            return List.of(); // "The combined company will have about 40,000 employees": a company that does not exist yet
            // ("the combined group, which employs around 120,000 people": one that does)
        }
        Slot staff = x.slot(countGroup);
        if (staff != null && PART_OF_STAFF.matcher(staff.mention().text()).find()) {
            countedSlots.add(x.index(countGroup));
            return List.of(); // "16,000 corporate support employees", "3,500 salaried staff": one part of the workforce
        }
        Matcher where = IN_PLACE_AFTER.matcher(x.view.text()).region(x.view.text().indexOf('>', at) + 1, x.view.text().length());
        // (the second group is the first of two words, absent for one: "employs 72,000 people in total")
        if (where.lookingAt() && (lexicon.isPlace(where.group(1)) || where.group(2) != null && lexicon.isPlace(where.group(2)))) {
            countedSlots.add(x.index(countGroup)); // a workforce still: no cut's count either
            return List.of(); // "had about 6,500 employees in Sweden": a country's staff, not the company's workforce
        }
        Evidence ev = x.evidence(!x.rule.has("plans")); // "would employ 40,000 if the merger goes ahead" is no headcount
        if (ev == null) {
            return List.of();
        }
        countedSlots.add(x.index(countGroup));
        return List.of(new Candidate(new Headcount(org, count.longValue(), List.of(ev)), false, false, x.view.sentence().index()));
    }

    private List<Candidate> layoff(Match x, Set<Integer> countedSlots) {
        if (x.rule.has("countless")) {
            Evidence ev = x.evidence(!x.rule.has("plans")); // "said it would cut some jobs": a plan announced is a cut
            List<Candidate> out = new ArrayList<>();
            List<Entity> orgs = ev == null ? List.of() : x.entities("orgs", EntityType.ORGANIZATION, Set.of());
            if (ev != null && orgs.isEmpty()) {
                orgs = listOf(x.fill("orgs", Set.of()));
            }
            boolean earlier = x.rule.has("earlier");
            for (Entity org : orgs) {
                out.add(new Candidate(new Layoff(org, null, null, null, earlier ? null : x.date(), List.of(ev)), false, false,
                        x.view.sentence().index(), earlier));
            }
            return out;
        }
        Entity org = x.entity("org", EntityType.ORGANIZATION, Set.of());
        Integer orgSlot = x.index("org");
        int orgAt = orgSlot == null ? -1 : x.view.text().indexOf("<" + x.view.slot(orgSlot).tag() + ":" + orgSlot + ">");
        if (orgAt > 0 && ASIDE_LIST.matcher(x.view.text().substring(0, orgAt)).find()) {
            return List.of(); // "its ice cream business, home to Ben & Jerry's and Magnum, and cut 7,500 jobs": a brand in an aside
        }
        if (orgAt > 0 && x.view.text().startsWith("union ", Math.max(0, orgAt - 6))) {
            return List.of(); // "The union Unite said 450 of the site's workers would lose their jobs": it speaks for them, it does not cut
        }
        if (org == null && lastLayoffOrg != null && THE_CUTS.matcher(x.view.text()).lookingAt()) {
            org = lastLayoffOrg; // "The cuts represent roughly 6% of the workforce": the cut the article just told
        }
        if (org == null) {
            org = x.fill("org", Set.of());
        }
        if (org == null) {
            return List.of();
        }
        if (x.group("org") != null) {
            lastLayoffOrg = org;
        }
        if (x.rule.has("difference") || x.rule.has("bycount")) {
            // "reduced its support staff to about 5,000 from 9,000": what was cut is the difference;
            // "will reduce its workforce of about 27,000 by 11,000": the figure after "by"
            Double cut;
            if (x.rule.has("difference")) {
                Double from = x.number(x.group("from") != null ? "from" : "froms");
                Double to = x.number(x.group("to") != null ? "to" : "tos");
                cut = from == null || to == null || from <= to || to <= 0 ? null : from - to;
            } else {
                cut = x.number("by");
            }
            Evidence ev = x.evidence(false);
            if (cut == null || cut <= 0 || ev == null) {
                return List.of();
            }
            layoffInSentence = true;
            // "by 11,000 ..., about 40% of the unit's workforce": the share the sentence gives
            Matcher w = WORKFORCE_PCT.matcher(x.view.text());
            Double share = x.rule.has("bycount") && w.find() ? shareOf(x, w) : null;
            return List.of(new Candidate(new Layoff(org, Math.round(cut), share, WorkerType.EMPLOYEES, x.date(), List.of(ev)),
                    false, false, x.view.sentence().index()));
        }
        String view = x.view.text();
        List<Slot> staff = new ArrayList<>();
        Matcher p = PLACEHOLDER.matcher(view);
        // the figures of this company's clause: up to the next company named after the cut ("..., and Velda Bank will shed 1,200")
        int until = view.length();
        Matcher nextOrg = NEXT_COMPANY.matcher(view);
        if (x.group("org") != null && nextOrg.find(x.m.end())) {
            until = nextOrg.start();
        }
        while (p.find() && p.start() < until) {
            int i = Integer.parseInt(p.group(2));
            if (!p.group(1).equals("staff") || countedSlots.contains(i)) {
                continue;
            }
            Slot s = x.view.slot(i);
            String lead = view.substring(Math.max(0, p.start() - 40), p.start());
            if (s.mention().number() == null || HIRING_BEFORE.matcher(lead).find() || TOTAL_BEFORE.matcher(lead).find()) {
                continue; // "hiring 300 engineers", "down from 101,369 employees", "of its 9,000 staff": not the cut
            }
            if (!staff.isEmpty() && BREAKDOWN.matcher(view.substring(0, p.start())).find()) {
                continue; // "48,000 positions, including 34,000 operational roles and 14,000 management jobs": parts of the cut
            }
            staff.add(s);
        }
        Matcher w = WORKFORCE_PCT.matcher(until < view.length() ? view.substring(0, until) : view);
        Double percent = w.find() ? shareOf(x, w) : null;
        if (staff.isEmpty() && (percent == null || layoffInSentence)) {
            return List.of(); // a later company in the sentence needs figures of its own
        }
        layoffInSentence = true;
        Evidence ev = x.evidence(false);
        if (ev == null) {
            return List.of();
        }
        String date = x.date();
        List<Candidate> out = new ArrayList<>();
        boolean percentUsed = false;
        for (Slot s : staff) {
            countedSlots.add(x.view.slots().indexOf(s)); // a figure belongs to one company's cut
            Double pct = null;
            if (!percentUsed && s.mention().workers() == WorkerType.EMPLOYEES) {
                pct = percent;
                percentUsed = percent != null;
            }
            // an earlier round with its own figure ("on top of a round of 1,000 layoffs in July") stays an event apart
            out.add(new Candidate(new Layoff(org, s.mention().number().longValue(), pct, s.mention().workers(), date, List.of(ev)),
                    false, false, x.view.sentence().index(), x.rule.has("earlier")));
        }
        if (!percentUsed && percent != null) {
            // "about 10% of its contractors": a share of the contractors, not of the staff
            WorkerType workers = w.group().contains("contract") ? WorkerType.CONTRACTORS : WorkerType.EMPLOYEES;
            out.add(new Candidate(new Layoff(org, null, percent, workers, date, List.of(ev)), false, false,
                    x.view.sentence().index()));
        }
        return out;
    }

    /** The share of the workforce a found {@link #WORKFORCE_PCT} match names. */
    private static Double shareOf(Match x, Matcher w) {
        for (int g = 1; g <= w.groupCount(); g++) {
            if (w.group(g) != null) {
                return x.view.slot(Integer.parseInt(w.group(g))).mention().number();
            }
        }
        return null;
    }

    private static List<Entity> listOf(Entity e) {
        return e == null ? List.of() : List.of(e);
    }
}
