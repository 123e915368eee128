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
    static final Pattern NEGATION = Pattern.compile(" (?:not|n't|never|denied|denies|deny|neither|nor|without|no|nothing) (?!longer )");
    static final Pattern HYPOTHETICAL = Pattern.compile(
            " (?:plans? to|planned to|planning to|in talks|talks to|considering|considers|could|would|might|may|if|exploring|weighing|"
                    + "seeking to|seeks to|looking to|aims to|aiming to|intends to|expected to|proposed|potential|possible|rumou?red|"
                    + "hopes to|wants to|up to) ");
    static final Pattern HEDGE = Pattern.compile(
            " (?:reportedly|according to|is said to|are said to|was said to|sources|allegedly|rumou?red|people familiar|reports|reported|apparently|purportedly) ");

    private static final Pattern FORMER = Pattern.compile(
            " (?:former|formerly|ex|ex-|previously|then|once|onetime|erstwhile|departed|departing|departure|left|leaving|stepped down|"
                    + "resigned|resignation|ousted|exit|retired|no longer|hired away|poached|poaching|lured away|lured|until|late|outgoing|"
                    + "succeeded by|replaced) ");
    private static final Pattern DEPARTURE = Pattern.compile(
            " (?:departure|departed|departing|left|leaving|exit|exited|stepped down|resigned|resignation|quit|ousted) ");
    private static final Pattern INCOMING = Pattern.compile(
            " (?:incoming|will become|will join|will take over|set to become|set to join|to succeed|will succeed|is joining|takes over|"
                    + "will replace|to replace|designate) ");

    private static final Pattern CLIENT_ENDED = Pattern.compile(
            " (?:cut ties|cutting ties|cuts ties|cut its ties|cut their ties|severed|severing|sever|ended|ending|end its|terminated|"
                    + "terminating|dropped|dropping|pulled back|pulling back|pull back|pulled out|pulling out|halted|halting|halt|stopped|"
                    + "stopping|exited|walked away|walk away|no longer|cancelled|canceled|lost|losing|quit|abandoned) ");
    private static final Pattern CLIENT_REDUCED = Pattern.compile(
            " (?:scaling back|scaled back|scale back|scales back|wound down|winding down|wind down|winds down|reduced|reducing|reduce|"
                    + "slowed|slowing|slowed down|cut back|cutting back|cuts back|pared back|paring back|paused|pausing|pause|"
                    + "suspended|suspending|less|fewer|decreased|shifting away|moving away|moved away|shifted away|cold feet) ");
    private static final Pattern CLIENT_ACTIVE = Pattern.compile(
            " (?:landed|won|signed|secured|awarded|inked|clinched|primary|relies on|rely on|relied on|uses|use|using|current|continues to|"
                    + "renewed|expanded|expanding|deepened|deepening|extended|partnered|new contract|new deal|active) ");

    private static final Pattern DEAL_FAILED = Pattern.compile(
            " (?:fell through|falls through|fall through|collapsed|collapse|called off|abandoned|abandon|scrapped|scrap|blocked|block|"
                    + "terminated|walked away|walk away|failed|fails|fail|fell apart|cancelled|canceled|dropped|rejected|did n't go through|"
                    + "never closed|unwind|unwound|derailed|sank|killed|torpedoed|ended talks|broke down|broken off|"
                    + "pulled out|withdrew|withdrawn|thwarted|nixed) ");
    private static final Pattern DEAL_ANNOUNCED = Pattern.compile(
            " (?:agreed to|agrees to|agree to|plans to|planned to|plan to|will|is set to|set to|is to|to acquire|to buy|to purchase|"
                    + "to take over|in talks|offered|offers|offer|proposed|proposal|pending|expected to|announced|announces|bid|"
                    + "acquires|buys|would|definitive agreement|deal to) ");
    private static final Pattern DEAL_COMPLETED = Pattern.compile(
            " (?:acquired|bought|completed|completes|closed|closes|finalized|finalised|took over|purchased|snapped up|merged|absorbed|"
                    + "swallowed|now owns|owned by|subsidiary) ");

    private Cues() {
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

    static DealStatus dealStatus(String region, String matched) {
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
