package io.newsgraph.extract;

import io.newsgraph.document.Article;
import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;

/** Runs the standard extractor on text written in a test. */
final class Extract {
    private Extract() {
    }

    static Extraction of(String text) {
        return of(text, "2025-07-18");
    }

    static Extraction of(String text, String published) {
        Article a = new Article("test", "/tmp/test-article.txt", null, published, null, null, text,
                "0".repeat(64), "text");
        return RuleBasedExtractor.standard().extract(a);
    }

    static <T extends Fact> List<T> facts(String text, Class<T> type) {
        return facts(of(text), type);
    }

    /** The facts of one kind in an extraction. */
    static <T extends Fact> List<T> facts(Extraction x, Class<T> type) {
        return x.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<Investment> investments(String text) {
        return facts(text, Investment.class);
    }

    static List<Position> positions(String text) {
        return facts(text, Position.class);
    }

    static List<Position> positions(String text, String published) {
        return of(text, published).facts().stream().filter(Position.class::isInstance).map(Position.class::cast).toList();
    }

    static List<ClientRelationship> clients(String text) {
        return facts(text, ClientRelationship.class);
    }

    static List<Layoff> layoffs(String text) {
        return facts(text, Layoff.class);
    }

    static List<Acquisition> acquisitions(String text) {
        return facts(text, Acquisition.class);
    }

    static List<Headcount> headcounts(String text) {
        return facts(text, Headcount.class);
    }

    /** True when {@code p} holds the person's title at the organization, with the status unless that is null. */
    static boolean hasPosition(List<Position> p, String person, String org, String title, io.newsgraph.model.PositionStatus status) {
        return p.stream().anyMatch(v -> v.person().name().equals(person) && v.organization().name().equals(org) && v.title().equals(title)
                && (status == null || v.status() == status));
    }

    /** True when {@code c} holds the client's relation with the supplier, with the status unless that is null. */
    static boolean hasClient(List<ClientRelationship> c, String client, String supplier, io.newsgraph.model.ClientStatus status) {
        return c.stream().anyMatch(r -> r.client().name().equals(client) && r.supplier().name().equals(supplier)
                && (status == null || r.status() == status));
    }

    /** True when {@code a} holds a purchase of the target by the acquirer, whatever its amount and status. */
    static boolean hasAcquisition(List<Acquisition> a, String acquirer, String target) {
        return a.stream().anyMatch(v -> v.acquirer().name().equals(acquirer) && v.target().name().equals(target));
    }

    /** True when {@code i} holds an investment by the investor in the investee, whatever its amount and stake. */
    static boolean hasInvestment(List<Investment> i, String investor, String investee) {
        return i.stream().anyMatch(v -> v.investor().name().equals(investor) && v.investee().name().equals(investee));
    }

    /** True when {@code i} holds the investor's stake of exactly {@code stake} percent in the investee. */
    static boolean hasStake(List<Investment> i, String investor, String investee, double stake) {
        return i.stream().anyMatch(v -> v.investor().name().equals(investor) && v.investee().name().equals(investee)
                && v.stakePercent() != null && v.stakePercent() == stake);
    }
}
