package io.newsgraph.eval;

import io.newsgraph.document.Article;
import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Money;
import io.newsgraph.model.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Facts extracted in memory, as the contract queries would return them once stored (same columns,
 * same values: US-dollar amounts only, statuses in lower case), each row with the sentence and rule
 * it came from.
 */
public final class ExtractedFacts implements GoldEvaluation.ProducedFacts {
    private final Map<String, Map<String, List<GoldEvaluation.Row>>> byKind = new HashMap<>();

    /** Adds one article's facts. */
    public void add(Extraction x) {
        Article a = x.article();
        for (Fact f : x.facts()) {
            Map<String, String> row = columns(f);
            row.put("source", a.source());
            byKind.computeIfAbsent(f.kind(), k -> new HashMap<>()).computeIfAbsent(a.source(), k -> new ArrayList<>())
                    .add(new GoldEvaluation.Row(row, why(f)));
        }
    }

    @Override
    public Map<String, List<GoldEvaluation.Row>> rows(String kind, String queryName) {
        return byKind.getOrDefault(kind, Map.of());
    }

    /**
     * One article's facts as text, one per fact: kind, the contract-query columns that have a
     * value, then each rule and sentence it was read from (the view of {@code extract --facts}).
     */
    public static List<String> describe(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Fact f : x.facts()) {
            StringBuilder b = new StringBuilder(f.kind());
            columns(f).forEach((k, v) -> {
                if (v != null) {
                    b.append(' ').append(k).append('=').append(v);
                }
            });
            // an amount in another currency is kept in it, never converted: show it as stated
            Money m = f instanceof io.newsgraph.model.Investment i ? i.amount() : f instanceof io.newsgraph.model.Acquisition a ? a.amount()
                    : f instanceof io.newsgraph.model.ClientRelationship c ? c.value() : null;
            if (m != null && m.usd() == null) {
                b.append(" amount=").append(m.value().stripTrailingZeros().toPlainString()).append(' ').append(m.currency());
            }
            out.add(b.append("\n      ").append(why(f)).toString());
        }
        return out;
    }

    /** The rule(s) and sentence(s) a fact was read from. */
    static String why(Fact f) {
        StringBuilder b = new StringBuilder();
        for (Evidence e : f.evidence()) {
            if (b.length() > 0) {
                b.append("\n      ");
            }
            String s = e.sentence().replaceAll("\\s+", " ");
            b.append("[").append(e.rule()).append(' ').append(e.confidence()).append("] \"")
                    .append(s.length() > 300 ? s.substring(0, 300) + "..." : s).append('"');
        }
        return b.toString();
    }

    /** The contract-query columns of a fact. */
    static Map<String, String> columns(Fact f) {
        Map<String, String> r = new LinkedHashMap<>();
        if (f instanceof Investment i) {
            r.put("investor", i.investor().name());
            r.put("investee", i.investee().name());
            r.put("amount_usd", usd(i.amount()));
            r.put("stake_percent", number(i.stakePercent()));
            r.put("date", i.date());
        } else if (f instanceof Position p) {
            r.put("person", p.person().name());
            r.put("organization", p.organization().name());
            r.put("title", p.title());
            r.put("status", p.status() == null ? null : p.status().name().toLowerCase(Locale.ROOT));
        } else if (f instanceof ClientRelationship c) {
            r.put("client", c.client().name());
            r.put("supplier", c.supplier().name());
            r.put("status", c.status() == null ? null : c.status().name().toLowerCase(Locale.ROOT));
            r.put("value_usd", usd(c.value()));
        } else if (f instanceof Layoff l) {
            r.put("organization", l.organization().name());
            r.put("count", l.count() == null ? null : l.count().toString());
            r.put("percent", number(l.percent()));
            r.put("worker_type", l.workerType() == null ? null : l.workerType().name().toLowerCase(Locale.ROOT));
            r.put("date", l.date());
        } else if (f instanceof Acquisition a) {
            r.put("acquirer", a.acquirer().name());
            r.put("target", a.target().name());
            r.put("amount_usd", usd(a.amount()));
            r.put("status", a.status() == null ? null : a.status().name().toLowerCase(Locale.ROOT));
        } else if (f instanceof Headcount h) {
            r.put("organization", h.organization().name());
            r.put("count", Long.toString(h.count()));
        }
        return r;
    }

    private static String usd(Money m) {
        BigDecimal v = m == null ? null : m.usd();
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String number(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
