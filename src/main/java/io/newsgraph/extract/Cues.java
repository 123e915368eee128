package io.newsgraph.extract;

import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.PositionStatus;
import java.util.regex.Pattern;

/**
 * Cue words around a rule match that change what it means: negation drops it, hypotheticals drop
 * or downgrade it, hedging lowers confidence, and tense and status words give statuses.
 * All patterns run over sentence-view text (lower case, space-separated tokens).
 */
final class Cues {
    // ("the remaining shares that it does not already own": the negation is the relative clause's, not the deal's)
    // the space first: a lookbehind at the pattern's head would be tried at every character
    static final Pattern NEGATION = Pattern.compile(" (?<!(?:that|which|<(?:org|unk):\\d{1,3}>) (?:it|they|<orgp:\\d{1,3}>) (?:does|do|did) )(?:not|n't|never|denied|denies|deny|"
            + "neither|nor|without|no|nothing) (?!longer )");
    // ("since last May", "in early May": the month, not the verb)
    static final Pattern HYPOTHETICAL = Pattern.compile(
            " (?:plans? to|planned to|planning to|in talks|talks to|considering|considers|could|would|might|"
                    + "may(?<!(?:last|since|in|early|late|mid|next|this|until|till|by|from|during|through|of|before|after) may)|if|exploring|weighing|"
                    + "seeking to|seeks to|looking to|aims to|aiming to|intends to|expected to|proposed|potential|possible|rumou?red|"
                    + "hopes to|wants to) ");
    static final Pattern HEDGE = Pattern.compile(
            " (?:reportedly|according to|is said to|are said to|was said to|sources|allegedly|rumou?red|people familiar|reports|reported|apparently|purportedly) ");

    private static final Pattern FORMER = Pattern.compile(
            " (?:former|formerly|ex|ex-|previously|most recently|once|onetime|erstwhile|departed|departing|departure|left|leaving|stepped down|"
                    + "resigned|resignation|ousted|exit|retired|no longer|hired away|poached|poaching|lured away|lured|until|till|outgoing"
                    // "the late founder", not "said late Sunday"
                    + "|late(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|next|on|in|at|night|afternoon|evening|"
                    + "morning|yesterday|today|<date:))) ");
    private static final Pattern DEPARTURE = Pattern.compile(
            " (?:departure|departed|departing|left|leaving|exit|exited|stepped down|resigned|resignation|quit|ousted) ");
    private static final Pattern INCOMING = Pattern.compile(
            " (?:incoming|will become|will join|will take over|set to become|set to join|to succeed|will succeed|is joining|takes over|"
                    + "will replace|to replace|designate|will take up|will step into|"
                    + "will move to|will move into|will transition to|will take on|will assume|will return as|will rejoin|is returning as|"
                    + "would become|would take over|would succeed|would replace|would join|"
                    // "as founder Marcus Hale moves to the role of executive chairman"
                    + "moves to the role of|moving to the role of|moves into the role of|moving into the role of|shifts to the role of|"
                    + "transitions to the role of|transitioning to the role of) "); // ("will serve as interim CEO" starts now)

    private static final Pattern CLIENT_ENDED = Pattern.compile(
            " (?:cut ties|cutting ties|cuts ties|cut its ties|cut their ties|severed|severing|sever|ended|ending|end its|terminated|"
                    + "terminating|dropped|dropping|pulled back|pulling back|pull back|pulled out|pulling out|halted|halting|halt|stopped|"
                    + "stop|stops|"
                    + "stopping|exited|walked away|walk away|no longer|cancelled|canceled|cancels|cancel|cancelling|canceling|scrapped|scraps|"
                    + "scrapping|ditched|ditches|ditching|tore up|tears up|lost|losing|quit|abandoned) ");
    private static final Pattern CLIENT_REDUCED = Pattern.compile(
            " (?:scaling back|scaled back|scale back|scales back|wound down|winding down|wind down|winds down|reduced|reducing|reduce|"
                    + "slowed|slowing|slowed down|cut back|cutting back|cuts back|pared back|paring back|paused|pausing|pause|"
                    + "suspended|suspending|less|fewer|decreased|shifting away|moving away|moved away|shifted away|cold feet|"
                    + "trimmed|trimming|trims|(?:has |have |had )?cut (?:the |its |their )?(?:volume|amount|number|size|value)|"
                    // "had cut orders sharply", "slashed its orders"
                    + "(?:cut|cuts|cutting|slashed|slashes|slashing) (?:its |their |back )?orders|"
                    + "cutting (?:the |its |their )?(?:volume|amount|number)) ");
    private static final Pattern CLIENT_ACTIVE = Pattern.compile(
            " (?:landed|won|signed|secured|awarded|inked|clinched|primary|relies on|rely on|relied on|uses|use|using|current|continues to|"
                    + "renewed|expanded|expanding|deepened|deepening|extended|partnered|new contract|new deal|active) ");

    private static final Pattern DEAL_FAILED = Pattern.compile(
            " (?:fell through|falls through|fall through|fallen through|fallen apart|falling apart|collapsed|collapse|called off|call off|calls off|calling off|"
                    + "abandoned|abandon|abandons|scrapped|scrap|scraps|nixes|walks away|pulls out|blocked|"
                    // "block" as a verb only: "moved to block the deal", not "a stake in an oil block"
                    + "(?:to|would|will|could|might|may|sought to|seeks to|moved to|moves to|sued to) block|block (?:the|a|its|their|this|that)|"
                    + "terminated|terminate|terminates|terminating|walked away|walk away|failed|fails|fail|fell apart|cancelled|canceled|dropped|rejected|did n't go through|"
                    + "never closed|unwind|unwound|derailed|sank|killed|torpedoed|ended talks|broke down|broken off|"
                    + "pulled out|withdrew|withdrawn|thwarted|nixed|halt|halted|halts|put a halt|blocks|blocked|sued to block|struck down|vetoed|prohibited|"
                    + "enjoined|rejects|turned down|scuttled|torpedoed|sinks|sunk|end (?:\\S+ )?(?:<money:\\d+> )?merger|ends (?:\\S+ )?(?:<money:\\d+> )?merger"
                    + "|ended (?:their |its )?(?:<money:\\d+> )?merger) ");
    private static final Pattern DEAL_ANNOUNCED = Pattern.compile(
            " (?:agreed to|agrees to|agree to|plans to|planned to|plan to|will|is set to|set to|is to|to acquire|to buy|to purchase|to be|"
                    + "to take over|in talks|offered|offers|offer|proposed|proposal|pending|expected to|announced|announces|bid|in the middle of|in the process of|"
                    + "acquires|buys|would|definitive agreement|deal to|is buying|are buying|is acquiring|are acquiring|is purchasing|"
                    + "under review|awaiting approval|awaits approval|subject to approval|subject to regulatory approval|"
                    // a deal not yet closed: "has been waiting to close its acquisition", "has yet to close"
                    + "waiting to close|waiting to complete|yet to close|yet to complete|has not closed|has not yet closed|not yet closed|"
                    + "held up|delayed) ");
    private static final Pattern DEAL_COMPLETED = Pattern.compile(
            " (?:acquired|bought|completed|completes|closed|closes|finalized|finalised|finished|wrapped up|wraps up|concluded|took over|purchased|snapped up|merged|absorbed|"
                    + "swallowed|now owns|owned by|subsidiary) ");

    /** A time between "succeeded" and "by": "He will be succeeded on July 1 by X". */
    private static final String WHEN_BY = "(?:on|in|from|after|at the end of) (?:the )?\\S+ by";

    /** Said right after a person: the person leaves ("has resigned", ", who is stepping down", "was out"). */
    private static final Pattern LEAVES_AFTER = Pattern.compile(
            "^ (?:, (?:[^ ,]+ ){1,8}?, )?(?:, )?(?:(?:who|which) )?(?:(?:on \\S+ )?(?:announced|said|says|confirmed|revealed) (?:(?:on|in) (?:a |an |the |his |her )?\\S+ )?(?:that )?(?:<perp:\\d+>|he|she) )?"
                    + "(?:(?:has|had|have|is|was|were|will|would|also|abruptly|suddenly|officially|reportedly|now|just|"
                    + "recently|then|already|been|being|,) )*(?:resigned|resigns|resigning|resign|quit|quits|retired|retires|retiring|retire|"
                    + "departed|departs|leaving|left|leaves|leave|exited|exits|stepped down|steps down|stepping down|step down|out|ousted|fired|"
                    + "removed|dismissed|sacked|pushed out|forced out|terminated|let go|axed|gone|no longer"
                    + "|announced (?:his|her|their|<perp:\\d+> 's) (?:departure|resignation|retirement|exit)"
                    // "X was replaced", not "X, who replaced Y" (X is the one who arrived)
                    + "|(?<=(?:was|were|been|be|being|is|are) )(?:replaced|succeeded)) ");
    /** Said right before a person: the person leaves ("the ouster of", "replacing", "successor to"). */
    private static final Pattern LEAVES_BEFORE = Pattern.compile(
            " (?:termination|ouster|departure|departures|firing|exit|exits|exodus|resignation|removal|dismissal|retirement|sacking) of (?:\\S+ ){0,6}$"
                    // (not what a company loses: "has lost money for three straight years, chief financial officer X told")
                    + "| (?:lost|losing|loses|lose) (?!(?:money|ground|market|share|customers|sales|value|billions|millions|momentum|"
                    + "interest|business|revenue|<money:\\d+>) )(?:\\S+ ){0,7}$"
                    + "| (?:ousted|ousts|oust|fired|fires|fire|dismissed|dismisses|sacked|sacks|removed|removes|pushed out|forced out|"
                    + "terminated|terminates) (?:\\S+ ){0,4}$"
                    + "| (?:replacing|replaces|replace|replaced(?! by| " + WHEN_BY + ")|succeeding|succeeds|succeed|succeeded(?! by| " + WHEN_BY + ")|(?<!possible |potential |likely |presumptive |eventual |future |leading |strong |obvious |natural )successor to|took over from|"
                    + "takes over from|take over from|taking over from|taken over from) (?:\\S+ ){0,4}$");
    /** Said right after a person: the person arrives ("will take over", "is set to become", "takes the reins"). */
    private static final Pattern ARRIVES_AFTER = Pattern.compile(
            "^ (?:, (?:[^ ,]+ ){1,14}?, )?(?:, )?(?:(?:who|which) )?(?:(?:has|had|is|was|will|would|also|,) )*(?:will take over|will become|will succeed|will replace|"
                    + "will return as|will return to|is returning as|is returning to|will rejoin|is rejoining|to return as|"
                    + "will join|will also join|will also become|will also serve|"
                    + "will start|will assume|will step in|will take the reins|takes the reins|take the reins|is set to|was set to|"
                    + "is scheduled to|is slated to|is due to|is poised to|scheduled to become|slated to become|due to become|"
                    + "set to|is to become|is expected to (?:take|become|join|start)|to take over|to become|to succeed|to replace|"
                    + "is joining|joins|takes over on|starts on|begins on) ");
    /** Said right before a person: the person arrives ("replaced by", "succeeded by", "to be replaced by"). */
    private static final Pattern ARRIVES_BEFORE = Pattern.compile(" (?:(?:replaced|succeeded)(?: " + WHEN_BY + ")? by|to be replaced by) (?:\\S+ ){0,4}$");

    private Cues() {
    }

    /** FORMER or INCOMING from what the words around a person's name say happens to them; null when nothing does. */
    static PositionStatus personEvent(String before, String after) {
        if (NEGATION.matcher(after.length() > 40 ? after.substring(0, 40) : after).find()) {
            return null;
        }
        if (ARRIVES_BEFORE.matcher(before).find() || ARRIVES_AFTER.matcher(after).find()) {
            return PositionStatus.INCOMING;
        }
        if (LEAVES_AFTER.matcher(after).find() || LEAVES_BEFORE.matcher(before).find()) {
            return PositionStatus.FORMER;
        }
        return null;
    }

    static boolean negated(String region) {
        return NEGATION.matcher(region).find();
    }

    static boolean hypothetical(String region) {
        return HYPOTHETICAL.matcher(region).find();
    }

    static boolean hedged(String region) {
        return HEDGE.matcher(region).find();
    }

    /** FORMER or INCOMING where the words say so; null where they do not. */
    static PositionStatus positionStatus(String region) {
        if (INCOMING.matcher(region).find()) {
            return PositionStatus.INCOMING;
        }
        if (FORMER.matcher(region).find()) {
            return PositionStatus.FORMER;
        }
        return null;
    }

    /**
     * A founder stays a founder: only words that say the person left ("the departure of co-founder X")
     * make a founding role former; "former" beside another title does not.
     */
    static boolean departed(String region) {
        return DEPARTURE.matcher(region).find();
    }

    static ClientStatus clientStatus(String region) {
        if (CLIENT_REDUCED.matcher(region).find()) {
            return CLIENT_ENDED.matcher(region).find() && !region.contains(" cold feet ") ? ClientStatus.ENDED : ClientStatus.REDUCED;
        }
        if (CLIENT_ENDED.matcher(region).find()) {
            return ClientStatus.ENDED;
        }
        if (CLIENT_ACTIVE.matcher(region).find()) {
            return ClientStatus.ACTIVE;
        }
        return null;
    }

    /** "a judge rejected the government's bid to block the deal": a failed attempt to stop it is no failure of the deal. */
    private static final Pattern BLOCK_DEFEATED = Pattern.compile(
            " (?:rejected|denied|dismissed|overturned|threw out|tossed|defeated|won) (?:the |a |an )?(?:\\S+ ){0,3}?(?:bid|attempt|effort|request|"
                    + "motion|challenge|lawsuit|case|suit) (?:to (?:block|halt|stop)|against) (?:\\S+ ){0,3}");
    /** "dropped its lawsuit challenging X's acquisition of Y": a challenger gives up, the deal goes on. */
    private static final Pattern CHALLENGE_DROPPED = Pattern.compile(
            " (?:dropped|drops|drop|dropping|withdrew|withdraws|withdrawn|abandoned|abandons|ended|ends|settled|settles) (?:its |their |the |a |an )?"
                    + "(?:\\S+ ){0,2}?(?:lawsuit|challenge|suit|opposition|objection|objections|probe|investigation|case|complaint|"
                    + "legal challenge|antitrust challenge|antitrust suit|antitrust lawsuit) (?:\\S+ ){0,2}");
    private static final Pattern DONE = Pattern.compile(" (?:completed|completes|closed|closes|finalized|finalised|sealed|seals|finished|"
            + "wrapped up|wraps up|concluded) ");

    /**
     * "accepted an offer from X ... and terminated its earlier agreement to be bought by Y": the end of an agreement with a
     * named buyer is that buyer's failure (a rule of its own), not the failure of the deal beside it.
     */
    private static final Pattern OTHER_AGREEMENT_ENDED = Pattern.compile(
            " (?:terminated|terminates|ended|ends|scrapped|scraps|abandoned|abandons|called off|cancelled|canceled|ditched|ditches) "
                    + "(?:\\S+ ){0,3}?(?:agreement|deal|merger agreement) to be (?:bought|acquired|taken over|taken private|purchased) by "
                    + "<(?:org|unk|orgp):\\d+> ");

    static DealStatus dealStatus(String region, String matched) {
        region = BLOCK_DEFEATED.matcher(region).replaceAll(" ");
        region = CHALLENGE_DROPPED.matcher(region).replaceAll(" ");
        region = OTHER_AGREEMENT_ENDED.matcher(region).replaceAll(" ");
        if (DONE.matcher(matched).find() && !DEAL_FAILED.matcher(matched).find()) {
            return DealStatus.COMPLETED; // "closed its acquisition ... after a court fight"
        }
        if (DEAL_FAILED.matcher(region).find()) {
            return DealStatus.FAILED;
        }
        if (DEAL_ANNOUNCED.matcher(matched).find()) {
            return DealStatus.ANNOUNCED;
        }
        if (DEAL_COMPLETED.matcher(matched).find() || DEAL_COMPLETED.matcher(region).find()) {
            return DealStatus.COMPLETED;
        }
        if (DEAL_ANNOUNCED.matcher(region).find()) {
            return DealStatus.ANNOUNCED;
        }
        return null;
    }
}
