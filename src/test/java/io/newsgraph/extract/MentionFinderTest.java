package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.PositionStatus;
import io.newsgraph.model.WorkerType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private final MentionFinder finder = new MentionFinder(Lexicon.standard());

    private List<Mention> of(String s, Mention.Kind kind) {
        return finder.find(s, "2025-07-18").stream().filter(m -> m.kind() == kind).toList();
    }

    private void money(String s, String value, String currency) {
        List<Mention> ms = of(s, Mention.Kind.MONEY);
        assertEquals(1, ms.size(), () -> s + " -> " + ms);
        assertEquals(0, new BigDecimal(value).compareTo(ms.get(0).money().value()), s);
        assertEquals(currency, ms.get(0).money().currency(), s);
    }

    @Test
    void readsMoneyInCommonForms() {
        money("Meta spent $14.3 billion on it.", "14.3e9", "USD");
        money("It raised US$2bn last year.", "2e9", "USD");
        money("A €500 million round.", "500e6", "EUR");
        money("It paid £1.2bn for the unit.", "1.2e9", "GBP");
        money("Worth 3 million dollars.", "3e6", "USD");
        money("A $750,000 grant.", "750000", "USD");
        money("Scale AI was valued at $29B.", "29e9", "USD");
        money("Tata Motors will invest Rs 500 crore in the plant.", "5e9", "INR");
        money("It raised C$40 million.", "40e6", "CAD");
        money("The fund holds USD 5 million.", "5e6", "USD");
    }

    @Test
    void currencyCodesStartAWord() {
        // "Motors 2" once read as "Rs 2" (rupees) inside a company name, which then lost its last word
        assertTrue(of("A deal for Ember Blue Motors 2 to buy Tessel Labs fell through.", Mention.Kind.MONEY).isEmpty());
        assertTrue(of("Harbor Partners 300 staff in Rs. 5 offices were told.", Mention.Kind.MONEY).stream()
                .allMatch(m -> m.text().startsWith("Rs")), "only the real rupee amount");
    }

    @Test
    void vagueAmountsAreApproximate() {
        List<Mention> ms = of("It pledged hundreds of millions of dollars.", Mention.Kind.MONEY);
        assertTrue(ms.get(0).money().approximate());
        assertEquals(0, new BigDecimal("1e8").compareTo(ms.get(0).money().value()));
    }

    @Test
    void readsPercentages() {
        assertEquals(14.0, of("such as 14 percent of its staff", Mention.Kind.PERCENT).get(0).number());
        assertEquals(14.0, of("about 14% of its staff", Mention.Kind.PERCENT).get(0).number());
        assertEquals(7.5, of("a 7.5 per cent stake", Mention.Kind.PERCENT).get(0).number());
    }

    @Test
    void readsWorkerCounts() {
        Mention m = of("laid off 200 full-time employees", Mention.Kind.STAFF).get(0);
        assertEquals(200.0, m.number());
        assertEquals(WorkerType.EMPLOYEES, m.workers());
        assertEquals(WorkerType.CONTRACTORS, of("and 500 contractor roles cut", Mention.Kind.STAFF).get(0).workers());
        assertEquals(1400.0, of("a workforce of 1,400 people", Mention.Kind.STAFF).get(0).number());
    }

    @Test
    void readsTitlesWithModifiers() {
        Mention interim = of("interim CEO Jason Droege", Mention.Kind.TITLE).get(0);
        assertEquals("interim ceo", interim.title());
        Mention former = of("its former chief executive officer", Mention.Kind.TITLE).get(0);
        assertEquals("ceo", former.title());
        assertEquals(PositionStatus.FORMER, former.titleStatus());
        assertEquals("chief ai officer", of("as its Chief AI Officer", Mention.Kind.TITLE).get(0).title());
        List<Mention> two = of("its co-founder and CEO, Alexandr Wang", Mention.Kind.TITLE);
        assertEquals(List.of("co-founder", "ceo"), two.stream().map(Mention::title).toList());
        assertEquals("vice president of research", of("its vice president of research, Dario Amodei", Mention.Kind.TITLE).get(0).title());
    }

    @Test
    void readsDatesRelativeToPublication() {
        assertEquals("2023-09", of("In September 2023, Amazon invested.", Mention.Kind.DATE).get(0).date());
        assertEquals("2025-03", of("The deal closed in March.", Mention.Kind.DATE).get(0).date());
    }
}
