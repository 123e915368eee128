package io.newsgraph.extract;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.model.WorkerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Article-level reasoning over candidate facts: what several sentences say about one relation
 * becomes one fact with all their evidence. An investment or client relationship is one fact per
 * pair of parties in an article (the first stated amount wins, the furthest stated status);
 * a percentage of staff cut joins the count of the same layoff; a title inferred from a verb
 * gives way to a stated one; "founder" gives way to "co-founder", "ceo" to "interim ceo".
 */
final class DocumentReasoner {

    List<Fact> merge(List<Candidate> candidates) {
        return merge(candidates, List.of(), null, List.of(), Set.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * Merges candidates; each succession first gives the outgoing person's role (as stated, else as
     * the article gives it, at the stated organization, else the article's main one) to the incoming
     * person and closes it for the outgoing one. {@code sentenceDealAmounts} gives a sentence's amount
     * for "the deal" to the acquisition that sentence states.
     */
    List<Fact> merge(List<Candidate> candidates, List<Succession> successions, Entity topic, List<io.newsgraph.model.Money> dealAmounts,
                     Set<Entity> arrivals, Map<Entity, Set<Entity>> departures, Map<Integer, io.newsgraph.model.Money> sentenceDealAmounts,
                     Map<Entity, Set<io.newsgraph.model.Money>> roundAmounts) {
        if (!successions.isEmpty()) {
            candidates = new ArrayList<>(candidates);
            for (Succession s : successions) {
                candidates.addAll(succession(s, candidates, topic));
            }
        }
        candidates = withOwners(candidates);
        List<Fact> out = new ArrayList<>();
        out.addAll(investments(candidates, roundAmounts));
        out.addAll(acquisitions(candidates, dealAmounts, sentenceDealAmounts));
        out.addAll(positions(candidates, arrivals, departures, topic));
        out.addAll(clients(candidates));
        out.addAll(layoffs(candidates));
        out.addAll(headcounts(candidates));
        return out;
    }

    /** Roles one person holds at a time, which a successor takes over. */
    private static final java.util.regex.Pattern ONE_HOLDER = java.util.regex.Pattern.compile(
            "(?:interim |acting |co-)?(?:ceo|cfo|coo|cto|president|chairman|executive chairman|chief [a-z ]+|head(?: of .*)?|managing director|general manager)");

    /** A seat among many on a board, not a role one person holds at a time. */
    private static final java.util.regex.Pattern SEAT = java.util.regex.Pattern.compile(
            "(?:independent |non-executive |outside )?(?:board member|director|board director|member of the board|trustee)");

    private static List<Candidate> succession(Succession s, List<Candidate> all, Entity topic) {
        if (s.title() != null) {
            return succession(s, s.title(), s.org(), all, topic);
        }
        // no role stated: the roles the outgoing person held there, else the ones the incoming person takes up
        // (a change already made hands over a role the outgoing person has left, not one they keep: "from Y, who will remain chairman")
        // "A will become chief executive next year, taking the reins from B, who will stay on as chairman": a role the
        // incoming person is said to take up in the same sentence comes first
        List<Position> roles = s.future() ? rolesOf(s.incoming(), s, all, p -> p.status() == PositionStatus.INCOMING
                && candidateSentence(all, p) == s.sentence() && ONE_HOLDER.matcher(p.title()).matches()) : List.of();
        // nor one the outgoing person is about to take up ("replacing B, who will become a senior adviser")
        // (a board seat is not handed over: "replacing B" after "B ... left the board" gives A B's chief role, not the seat)
        java.util.function.Predicate<Position> handed = p -> (s.future() || p.status() == PositionStatus.FORMER) && !keeps(p)
                && p.status() != PositionStatus.INCOMING && !SEAT.matcher(p.title()).matches();
        if (roles.isEmpty()) {
            // "Kraft Heinz picks A to succeed B": B's roles at the company the sentence names, not one B held before elsewhere
            // ("B, a former AB InBev executive")
            roles = s.org() == null && s.sentenceOrg() != null
                    ? rolesOf(s.outgoing(), s, all, p -> handed.test(p) && p.organization().equals(s.sentenceOrg())) : List.of();
        }
        if (roles.isEmpty() && s.future()) {
            // "Kraft Heinz picks operations chief A to succeed B" over "A ... will become chief executive": the role the article
            // says the incoming person will take, not the one named before the name
            roles = rolesOf(s.incoming(), s, all, p -> p.status() == PositionStatus.INCOMING && ONE_HOLDER.matcher(p.title()).matches()
                    && (s.sentenceOrg() == null || p.organization().equals(s.sentenceOrg())));
        }
        if (roles.isEmpty()) {
            // elsewhere, a change still to come does not hand over a role already left
            roles = rolesOf(s.outgoing(), s, all, p -> handed.test(p) && !(s.future() && s.sentenceOrg() != null
                    && p.status() == PositionStatus.FORMER && !p.organization().equals(s.sentenceOrg())));
        }
        if (roles.isEmpty() && s.leavingTitle() != null) {
            // "She succeeds Y, who will retire after 12 years as CEO": the role Y's own clause says Y leaves
            return succession(s, s.leavingTitle(), s.org(), all, topic);
        }
        if (roles.isEmpty()) {
            // "named X chief financial officer, succeeding Y": the role the same sentence gives the incoming person
            roles = rolesOf(s.incoming(), s, all, p -> p.status() != PositionStatus.FORMER // "Y, the former IBM president, who replaced X"
                    && (p.status() == PositionStatus.INCOMING || candidateSentence(all, p) == s.sentence()));
        }
        if (roles.isEmpty() && !s.future()) {
            // "Sawan, who took over from van Beurden in January": the role the incoming person holds (or held) there
            Entity where = s.org() != null ? s.org() : s.sentenceOrg() != null ? s.sentenceOrg() : topic;
            roles = rolesOf(s.incoming(), s, all, p -> ONE_HOLDER.matcher(p.title()).matches() && p.status() == PositionStatus.CURRENT);
            if (roles.isEmpty()) {
                // "Donahoe, who is retiring, took over at Nike in 2020 from Parker": the role Donahoe is now leaving
                roles = rolesOf(s.incoming(), s, all, p -> ONE_HOLDER.matcher(p.title()).matches() && p.organization().equals(where));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Position r : roles) {
            out.addAll(succession(s, r.title(), r.organization(), all, topic));
        }
        return out;
    }

    /**
     * The non-founding roles a person holds in the article that pass {@code keep}, all at one organization
     * (the stated one, else that of the first role found), one per title.
     */
    private static List<Position> rolesOf(Entity person, Succession s, List<Candidate> all, java.util.function.Predicate<Position> keep) {
        List<Position> out = new ArrayList<>();
        Entity org = s.org();
        for (Candidate c : all) {
            if (c.fact() instanceof Position p && p.person().equals(person) && !p.title().endsWith("founder") && keep.test(p)
                    && (org == null || p.organization().equals(org)) && out.stream().noneMatch(o -> o.title().equals(p.title()))
                    && !(c.weak() && statedBeside(p, all))) {
                org = p.organization();
                out.add(p);
            }
        }
        return out;
    }

    /** "B, who will stay on as chairman": a role the outgoing person is said to keep is not the one handed over. */
    private static boolean keeps(Position p) {
        java.util.regex.Pattern kept = java.util.regex.Pattern.compile("(?i)\\b(?:stay|stays|staying|remain|remains|remaining|continue|continues)"
                + "(?: on)?(?: as)?(?: the| its| an| a)?(?: non-executive| executive)? " + java.util.regex.Pattern.quote(p.title()) + "\\b");
        return p.evidence().stream().anyMatch(e -> kept.matcher(e.sentence()).find());
    }

    /** True when the article states a role of the same person at the same organization ("has led the company" beside "chief executive"). */
    private static boolean statedBeside(Position p, List<Candidate> all) {
        return all.stream().anyMatch(c -> !c.weak() && c.fact() instanceof Position q && q.person().equals(p.person())
                && q.organization().equals(p.organization()) && !q.title().endsWith("founder"));
    }

    private static int candidateSentence(List<Candidate> all, Position p) {
        for (Candidate c : all) {
            if (c.fact() == p) {
                return c.sentence();
            }
        }
        return -1;
    }

    private static List<Candidate> succession(Succession s, String title, Entity stateOrg, List<Candidate> all, Entity topic) {
        Entity org = stateOrg;
        if (org == null) {
            for (Candidate c : all) {
                if (c.fact() instanceof Position p && p.person().equals(s.outgoing()) && p.title().equals(title)) {
                    org = p.organization();
                    break;
                }
            }
        }
        org = org != null ? org : s.sentenceOrg() != null ? s.sentenceOrg() : topic;
        if (org == null) {
            return List.of();
        }
        // "X replaces A, names B as interim CEO": A held the role the article gives A there ("chief executive A"),
        // which the new, interim one only qualifies; an interim or acting holder takes over the role itself
        // ("interim CEO X, who replaced Y": Y was CEO)
        String outgoingTitle = s.title() == null ? Rx.replaceFirst(Rx.replaceFirst(title, "^(?:interim|acting) ", ""), "^co-", "") : title;
        Set<String> stated = words(title);
        for (Candidate c : all) {
            if (c.fact() instanceof Position p && p.person().equals(s.outgoing()) && p.organization().equals(org)
                    && !p.title().equals(title) && stated.containsAll(words(p.title()))) {
                outgoingTitle = p.title();
                break;
            }
        }
        List<io.newsgraph.model.Evidence> ev = List.of(s.evidence());
        return List.of(
                new Candidate(new Position(s.outgoing(), org, outgoingTitle, PositionStatus.FORMER, ev, s.future() ? s.date() : null),
                        false, true, s.sentence()),
                new Candidate(new Position(s.incoming(), org, s.incomingTitleFor(title),
                        s.future() ? PositionStatus.INCOMING : PositionStatus.CURRENT, ev, s.future() ? s.date() : null),
                        false, s.future(), s.sentence()));
    }

    /** A person who bought a company or a team (a completed deal) owns it: "Terry Pegula and his wife Kim acquired the Bills". */
    private static List<Candidate> withOwners(List<Candidate> cs) {
        List<Candidate> owners = new ArrayList<>();
        for (Candidate c : cs) {
            if (c.fact() instanceof Acquisition a && a.status() == DealStatus.COMPLETED
                    && a.acquirer().type() == io.newsgraph.model.EntityType.PERSON) {
                List<io.newsgraph.model.Evidence> ev = new ArrayList<>();
                for (io.newsgraph.model.Evidence e : a.evidence()) {
                    ev.add(new io.newsgraph.model.Evidence(e.sentence(), e.begin(), e.end(), "pos-owner-by-acquisition",
                            Math.min(e.confidence(), 0.7)));
                }
                owners.add(new Candidate(new Position(a.acquirer(), a.target(), "owner", PositionStatus.CURRENT, ev), false, false,
                        c.sentence()));
            }
        }
        if (owners.isEmpty()) {
            return cs;
        }
        List<Candidate> all = new ArrayList<>(cs);
        all.addAll(owners);
        return all;
    }

    private static <T extends Fact> List<T> ofType(List<Candidate> cs, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Candidate c : cs) {
            if (type.isInstance(c.fact())) {
                out.add(type.cast(c.fact()));
            }
        }
        return out;
    }

    /** Rules that name the investors who led a round: a lead's amount is the round's when the article states one. */
    private static final Set<String> LEAD_RULES = Set.of("inv-led-the-round", "inv-round-led-topic", "inv-round-led", "inv-led-round",
            "inv-as-co-leads", "inv-co-led-poss");

    private List<Fact> investments(List<Candidate> cs, Map<Entity, Set<io.newsgraph.model.Money>> roundAmounts) {
        Map<List<Entity>, Investment> byPair = new LinkedHashMap<>();
        for (Investment i : ofType(cs, Investment.class)) {
            byPair.merge(List.of(i.investor(), i.investee()), i, (a, b) -> new Investment(a.investor(), a.investee(),
                    a.amount() != null ? a.amount() : b.amount(),
                    a.stakePercent() != null ? a.stakePercent() : b.stakePercent(),
                    a.date() != null ? a.date() : b.date(), concat(a, b)));
        }
        // "Anthropic has closed a $13 billion round ... ICONIQ led the round": the one round the article prices is the one led
        byPair.replaceAll((pair, i) -> {
            Set<io.newsgraph.model.Money> round = roundAmounts.getOrDefault(i.investee(), Set.of());
            if (i.amount() != null || round.size() != 1 || i.evidence().stream().noneMatch(e -> LEAD_RULES.contains(e.rule()))) {
                return i;
            }
            return new Investment(i.investor(), i.investee(), round.iterator().next(), i.stakePercent(), i.date(), i.evidence());
        });
        return new ArrayList<>(byPair.values());
    }

    /** One acquisition per pair; an article's one deal without a stated amount takes the amount it gives "the deal". */
    private List<Fact> acquisitions(List<Candidate> cs, List<io.newsgraph.model.Money> dealAmounts,
                                    Map<Integer, io.newsgraph.model.Money> sentenceDealAmounts) {
        Map<List<Entity>, Acquisition> byPair = new LinkedHashMap<>();
        for (Candidate c : cs) {
            if (!(c.fact() instanceof Acquisition a)) {
                continue;
            }
            if (a.amount() == null && !c.earlierEvent() && sentenceDealAmounts.containsKey(c.sentence())
                    && !a.evidence().stream().allMatch(v -> FactAssembler.rivalBid(v.rule()))) { // a losing bidder's, not the winner's
                // "X has agreed to be acquired by Y in a deal valued at $780 million": the sentence's deal is this one
                a = new Acquisition(a.acquirer(), a.target(), sentenceDealAmounts.get(c.sentence()), a.status(), a.evidence());
            }
            byPair.merge(List.of(a.acquirer(), a.target()), a, (x, y) -> new Acquisition(x.acquirer(), x.target(),
                    x.amount() != null ? x.amount() : y.amount(), mergedDealStatus(x, y), concat(x, y)));
        }
        // "the deal" is the article's deal: not one of the earlier deals it lists in passing
        Set<List<Entity>> current = new HashSet<>();
        for (Candidate c : cs) {
            if (c.fact() instanceof Acquisition a && !c.earlierEvent()) {
                current.add(List.of(a.acquirer(), a.target()));
            }
        }
        List<List<Entity>> unpriced = byPair.entrySet().stream().filter(e -> e.getValue().amount() == null && current.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        if (current.size() == 1 && unpriced.size() == 1 && !dealAmounts.isEmpty()) {
            Acquisition a = byPair.get(unpriced.get(0));
            byPair.put(unpriced.get(0), new Acquisition(a.acquirer(), a.target(), dealAmounts.get(0), a.status(), a.evidence()));
        }
        return new ArrayList<>(byPair.values());
    }

    /**
     * As {@link #dealStatus}, except that an offer the target once rejected ("Wiz, which turned down a $23 billion offer from
     * Google last year") does not undo a deal the article reports as agreed or done.
     */
    private static DealStatus mergedDealStatus(Acquisition x, Acquisition y) {
        boolean xRejected = x.evidence().stream().allMatch(v -> v.rule().equals("acq-rejected-by"));
        boolean yRejected = y.evidence().stream().allMatch(v -> v.rule().equals("acq-rejected-by"));
        if (xRejected != yRejected) {
            DealStatus other = xRejected ? y.status() : x.status();
            if (other == DealStatus.ANNOUNCED || other == DealStatus.COMPLETED) {
                return other;
            }
        }
        return dealStatus(x.status(), y.status());
    }

    /** A completed deal is done whatever hurdles the article recounts; one that failed beats one only announced. */
    private static DealStatus dealStatus(DealStatus a, DealStatus b) {
        if (a == DealStatus.COMPLETED || b == DealStatus.COMPLETED) {
            return DealStatus.COMPLETED;
        }
        if (a == DealStatus.FAILED || b == DealStatus.FAILED) {
            return DealStatus.FAILED;
        }
        return a != null ? a : b;
    }

    /**
     * One position per person, organization and title; a person the article says will start later
     * ("will start in his new role on September 9") holds the main company's roles stated without a
     * status of their own as incoming.
     */
    private List<Fact> positions(List<Candidate> cs, Set<Entity> arrivals, Map<Entity, Set<Entity>> departures, Entity topic) {
        if (!departures.isEmpty()) {
            // "Tanner will leave Wendy's in July": his roles there, stated without a status of their own, are ending
            List<Candidate> adjusted = new ArrayList<>(cs.size());
            for (Candidate c : cs) {
                if (c.fact() instanceof Position p && departures.getOrDefault(p.person(), Set.of()).contains(p.organization())
                        && !c.explicitStatus() && p.status() == PositionStatus.CURRENT && !p.title().endsWith("founder")) {
                    adjusted.add(new Candidate(new Position(p.person(), p.organization(), p.title(), PositionStatus.FORMER, p.evidence(), p.date(),
                            p.heldFrom(), p.heldUntil()),
                            c.weak(), true, c.sentence()));
                } else {
                    adjusted.add(c);
                }
            }
            cs = adjusted;
        }
        if (!arrivals.isEmpty() && topic != null) {
            // ("promoted Dana Whitlock to chief executive from chief operating officer ... She will take over on Jan. 1": the
            // role she is said to leave, beside another she takes there, does not start with the new one)
            Set<List<Object>> left = new HashSet<>();
            for (Candidate c : cs) {
                if (c.fact() instanceof Position p && c.explicitStatus() && p.status() == PositionStatus.FORMER) {
                    left.add(List.of(p.person(), p.organization(), p.title()));
                }
            }
            Set<List<Object>> leavesOneForAnother = new HashSet<>();
            for (Candidate c : cs) {
                if (c.fact() instanceof Position p && !left.contains(List.of(p.person(), p.organization(), p.title()))) {
                    leavesOneForAnother.add(List.of(p.person(), p.organization()));
                }
            }
            left.removeIf(k -> !leavesOneForAnother.contains(k.subList(0, 2)));
            List<Candidate> adjusted = new ArrayList<>(cs.size());
            for (Candidate c : cs) {
                if (c.fact() instanceof Position p && arrivals.contains(p.person()) && p.organization().equals(topic)
                        && !c.explicitStatus() && p.status() == PositionStatus.CURRENT && !p.title().endsWith("founder")
                        && !left.contains(List.of(p.person(), p.organization(), p.title()))) {
                    adjusted.add(new Candidate(new Position(p.person(), p.organization(), p.title(), PositionStatus.INCOMING, p.evidence(), p.date(),
                            p.heldFrom(), p.heldUntil()),
                            c.weak(), true, c.sentence()));
                } else {
                    adjusted.add(c);
                }
            }
            cs = adjusted;
        }
        return positions(replacedWhereTheyWere(cs));
    }

    /**
     * "Starbucks said Niccol, the chief executive of Chipotle, would become its CEO ... Chipotle named its COO interim CEO": a
     * person moving to a role elsewhere whose old role the article gives to someone else (for now, or to come) has left it.
     */
    private static List<Candidate> replacedWhereTheyWere(List<Candidate> cs) {
        List<Candidate> out = null;
        for (int i = 0; i < cs.size(); i++) {
            if (!(cs.get(i).fact() instanceof Position p) || cs.get(i).explicitStatus() || p.status() != PositionStatus.CURRENT
                    || !ONE_HOLDER.matcher(p.title()).matches() || p.title().startsWith("interim ") || p.title().startsWith("acting ")) {
                continue;
            }
            boolean movesOn = false;
            boolean replaced = false;
            for (Candidate c : cs) {
                if (c.fact() instanceof Position q) {
                    movesOn |= q.person().equals(p.person()) && !q.organization().equals(p.organization())
                            && q.status() == PositionStatus.INCOMING && ONE_HOLDER.matcher(q.title()).matches();
                    replaced |= !q.person().equals(p.person()) && q.organization().equals(p.organization())
                            && (q.status() == PositionStatus.CURRENT || q.status() == PositionStatus.INCOMING)
                            && (q.title().equals(p.title()) || q.title().equals("interim " + p.title()) || q.title().equals("acting " + p.title()));
                }
            }
            if (movesOn && replaced) {
                out = out == null ? new ArrayList<>(cs) : out;
                out.set(i, new Candidate(new Position(p.person(), p.organization(), p.title(), PositionStatus.FORMER, p.evidence(), p.date(),
                        p.heldFrom(), p.heldUntil()), cs.get(i).weak(), true, cs.get(i).sentence()));
            }
        }
        return out == null ? cs : out;
    }

    private List<Fact> positions(List<Candidate> cs) {
        Map<List<Object>, Candidate> byKey = new LinkedHashMap<>();
        for (Candidate c : cs) {
            if (!(c.fact() instanceof Position p)) {
                continue;
            }
            List<Object> key = List.of(p.person(), p.organization(), p.title());
            Candidate prev = byKey.get(key);
            if (prev == null) {
                byKey.put(key, c);
                continue;
            }
            Position a = (Position) prev.fact();
            boolean takeNew = c.explicitStatus() && !prev.explicitStatus()
                    // "succeeding Walmsley, who has led the drugmaker since 2017": the succession ends what the clause says she holds
                    || p.status() == PositionStatus.FORMER && a.status() == PositionStatus.CURRENT && fromSuccession(p) && !fromSuccession(a)
                    // "Y, who ran the company from 2010 to 2020, would return to the job": a return comes after the closed term
                    || c.explicitStatus() && p.status() == PositionStatus.INCOMING && a.status() == PositionStatus.FORMER
                    && (a.heldUntil() != null || p.heldUntil() != null);
            PositionStatus status = takeNew ? p.status() : a.status();
            String when = takeNew ? (p.date() != null ? p.date() : a.date()) : (a.date() != null ? a.date() : p.date());
            byKey.put(key, new Candidate(new Position(a.person(), a.organization(), a.title(), status, concat(a, p), when,
                    a.heldFrom() != null ? a.heldFrom() : p.heldFrom(), a.heldUntil() != null ? a.heldUntil() : p.heldUntil()),
                    prev.weak() && c.weak(), prev.explicitStatus() || c.explicitStatus(), prev.sentence()));
        }
        List<Candidate> all = new ArrayList<>(byKey.values());
        List<Fact> out = new ArrayList<>();
        for (Candidate c : all) {
            Position p = (Position) c.fact();
            if (subsumed(c, all)) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** A weak title beside a stated one, or a title whose words another title of the same person and organization contains. */
    private static boolean fromSuccession(Position p) {
        return p.evidence().stream().anyMatch(v -> v.rule().equals("pos-succession"));
    }

    private static final Set<String> LEADING_TITLES = Set.of("ceo", "co-ceo", "interim ceo", "president", "chairman", "executive chairman",
            "managing director");

    private static boolean subsumed(Candidate c, List<Candidate> all) {
        Position p = (Position) c.fact();
        for (Candidate o : all) {
            Position q = (Position) o.fact();
            if (o == c || !q.person().equals(p.person()) || !q.organization().equals(p.organization())) {
                continue;
            }
            if (c.weak() && !o.weak()) {
                return true;
            }
            Set<String> mine = words(p.title());
            Set<String> theirs = words(q.title());
            // a role held at another time is another role: "president of consumer" then, "president" from October
            boolean sameTime = p.status() == null || q.status() == null || p.status() == q.status();
            if (sameTime && theirs.size() > mine.size() && theirs.containsAll(mine) && !(o.weak() && !c.weak())) {
                return true;
            }
            if (p.title().equals("founder") && q.title().equals("co-founder")) {
                return true;
            }
            // "succeeding Walmsley, who has led the drugmaker since 2017": "led" says no more than the chief executive role
            // ("the head of defence group Indra" beside "who had chaired Indra": one role, the specific title tells it and its time)
            if (p.title().equals("head") && LEADING_TITLES.contains(q.title())
                    && (sameTime || p.status() == PositionStatus.CURRENT && q.status() == PositionStatus.FORMER)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String title) {
        return new HashSet<>(Arrays.asList(Rx.split(title.replace("-", " "), "\\s+")));
    }

    /**
     * The first value stated, unless only a later one is in US dollars: "cancels 2 billion euro battery order" in a headline,
     * "a contract worth 2 billion euros ($2.14 billion)" in the body.
     */
    private static io.newsgraph.model.Money valueOf(io.newsgraph.model.Money a, io.newsgraph.model.Money b) {
        if (a == null) {
            return b;
        }
        if (b != null && "USD".equals(a.currency()) && "USD".equals(b.currency()) && roundedFrom(a.value(), b.value())) {
            return b; // "$2 billion battery order" in a headline, "($2.1 billion)" in the text: the exact figure
        }
        return b != null && !"USD".equals(a.currency()) && "USD".equals(b.currency()) ? b : a;
    }

    /** True when {@code round} has fewer significant digits than {@code exact} and lies within 6% of it. */
    private static boolean roundedFrom(java.math.BigDecimal round, java.math.BigDecimal exact) {
        if (round == null || exact == null || exact.signum() <= 0 || round.compareTo(exact) == 0) {
            return false;
        }
        return round.stripTrailingZeros().precision() < exact.stripTrailingZeros().precision()
                && round.subtract(exact).abs().compareTo(exact.multiply(java.math.BigDecimal.valueOf(0.06))) <= 0;
    }

    private List<Fact> clients(List<Candidate> cs) {
        Map<List<Entity>, ClientRelationship> byPair = new LinkedHashMap<>();
        for (ClientRelationship r : ofType(cs, ClientRelationship.class)) {
            byPair.merge(List.of(r.client(), r.supplier()), r, (a, b) -> new ClientRelationship(a.client(), a.supplier(),
                    ClientStatus.furthest(a.status(), b.status()), valueOf(a.value(), b.value()), concat(a, b)));
        }
        // "CoreWeave signs an agreement with Meta" and "Meta will pay CoreWeave": a signing alone does not say who buys
        java.util.function.Predicate<ClientRelationship> signedOnly = r -> r.evidence().stream().allMatch(v -> v.rule().equals("cli-signed-with"));
        Set<List<Entity>> readOtherwise = new java.util.HashSet<>();
        byPair.forEach((pair, r) -> {
            if (!signedOnly.test(r)) {
                readOtherwise.add(List.of(pair.get(1), pair.get(0)));
            }
        });
        byPair.entrySet().removeIf(e -> signedOnly.test(e.getValue()) && readOtherwise.contains(e.getKey()));
        // "its partnership with X will end", "A and B part ways": an end between two parties that does not say who buys ends
        // the relationship the article reads elsewhere between them, either way round, and is no relationship by itself
        java.util.function.Predicate<ClientRelationship> endOnly = r -> r.evidence().stream().allMatch(v -> v.rule().startsWith("cli-pair-ended"));
        for (ClientRelationship end : List.copyOf(byPair.values())) {
            if (!endOnly.test(end)) {
                continue;
            }
            byPair.remove(List.of(end.client(), end.supplier()));
            for (List<Entity> pair : List.of(List.of(end.client(), end.supplier()), List.of(end.supplier(), end.client()))) {
                byPair.computeIfPresent(pair, (k, r) -> new ClientRelationship(r.client(), r.supplier(),
                        ClientStatus.furthest(r.status(), end.status()), r.value(), concat(r, end)));
            }
        }
        return new ArrayList<>(byPair.values());
    }

    private List<Fact> layoffs(List<Candidate> cs) {
        List<Layoff> merged = new ArrayList<>();
        List<Layoff> percentOnly = new ArrayList<>();
        List<Layoff> bare = new ArrayList<>();
        Map<Entity, Layoff> earlier = new LinkedHashMap<>();
        for (Candidate c : cs) {
            if (c.earlierEvent() && c.fact() instanceof Layoff l) {
                earlier.merge(l.organization(), l, (a, b) -> (Layoff) a.withEvidence(b.evidence()));
            }
        }
        for (Layoff l : ofType(cs, Layoff.class)) {
            if (earlier.containsKey(l.organization()) && earlier.get(l.organization()).evidence().containsAll(l.evidence())) {
                continue; // kept apart below
            }
            if (l.count() == null && l.percent() == null) {
                bare.add(l); // "Twitter and Meta have also announced layoffs"
                continue;
            }
            if (l.count() == null) {
                percentOnly.add(l);
                continue;
            }
            int same = indexOf(merged, x -> x.organization().equals(l.organization()) && x.workerType() == l.workerType()
                    && Objects.equals(x.count(), l.count()));
            if (same < 0) {
                merged.add(l);
            } else {
                merged.set(same, absorb(merged.get(same), l));
            }
        }
        // "more than 2,300 workers" in the headline, "2,392 jobs" in the text: a round figure within 6% of an exact one of the same
        // company and kind of worker is the same cut, rounded
        for (int r = merged.size() - 1; r >= 0; r--) {
            Layoff round = merged.get(r);
            int exact = indexOf(merged, x -> x != round && x.organization().equals(round.organization()) && x.workerType() == round.workerType()
                    && roundedFrom(round.count(), x.count()) && (round.percent() == null || x.percent() == null || round.percent().equals(x.percent()))
                    && (round.date() == null || x.date() == null || round.date().equals(x.date())));
            if (exact >= 0) {
                merged.set(exact, absorb(merged.get(exact), round));
                merged.remove(r);
            }
        }
        for (Layoff p : percentOnly) {
            int target = indexOf(merged, x -> x.organization().equals(p.organization()) && x.workerType() == WorkerType.EMPLOYEES
                    && (x.percent() == null || x.percent().equals(p.percent())));
            if (target < 0) {
                int samePct = indexOf(merged, x -> x.organization().equals(p.organization()) && x.count() == null
                        && Objects.equals(x.percent(), p.percent()));
                if (samePct < 0) {
                    merged.add(p);
                } else {
                    merged.set(samePct, (Layoff) merged.get(samePct).withEvidence(p.evidence()));
                }
                continue;
            }
            Layoff x = merged.get(target);
            merged.set(target, new Layoff(x.organization(), x.count(), p.percent(), x.workerType(),
                    x.date() != null ? x.date() : p.date(), concat(x, p)));
        }
        for (Layoff b : bare) {
            int same = indexOf(merged, x -> x.organization().equals(b.organization()));
            if (same >= 0) {
                merged.set(same, (Layoff) merged.get(same).withEvidence(b.evidence()));
            } else {
                merged.add(b);
            }
        }
        // an earlier round told in passing is an event of its own, next to the cut the article reports
        for (Layoff e : earlier.values()) {
            int same = indexOf(merged, x -> x.organization().equals(e.organization()) && x.count() == null && x.percent() == null);
            if (same >= 0) {
                merged.set(same, (Layoff) merged.get(same).withEvidence(e.evidence()));
            } else {
                merged.add(e);
            }
        }
        return new ArrayList<>(merged);
    }

    private List<Fact> headcounts(List<Candidate> cs) {
        Map<List<Object>, Headcount> byKey = new LinkedHashMap<>();
        for (Headcount h : ofType(cs, Headcount.class)) {
            byKey.merge(List.of(h.organization(), h.count()), h, (a, b) -> (Headcount) a.withEvidence(b.evidence()));
        }
        return new ArrayList<>(byKey.values());
    }

    /** {@code x} with what {@code other}, the same cut told again, adds: its percent and date where x has none, its evidence. */
    private static Layoff absorb(Layoff x, Layoff other) {
        return new Layoff(x.organization(), x.count(), x.percent() != null ? x.percent() : other.percent(), x.workerType(),
                x.date() != null ? x.date() : other.date(), concat(x, other));
    }

    /** True when {@code round} (a multiple of 100) is {@code exact} (not a multiple of 50) rounded: within 6% of it. */
    private static boolean roundedFrom(Long round, Long exact) {
        return round != null && exact != null && round >= 100 && round % 100 == 0 && exact % 50 != 0
                && Math.abs(round - exact) <= 0.06 * exact;
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<io.newsgraph.model.Evidence> concat(Fact a, Fact b) {
        return a.withEvidence(b.evidence()).evidence();
    }
}
