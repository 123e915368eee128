package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.document.ArticleReader;
import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.source.FileSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts a new user sees first: the bundled sample articles give the right ones, and no wrong ones. */
class SampleFactsTest {

    private static Extraction sample(String name) throws Exception {
        return RuleBasedExtractor.standard().extract(new ArticleReader().read(new FileSource(Path.of("samples", name), 1 << 24).read()));
    }

    private static <T> List<T> of(Extraction x, Class<T> type) {
        return x.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theStakeBelongsToTheInvestorNotToTheCompanyItBoughtInto() throws Exception {
        List<Investment> inv = of(sample("meta-scale-deal.html"), Investment.class);
        assertEquals(1, inv.size(), inv.toString());
        assertEquals("Meta", inv.get(0).investor().name());
        assertEquals("Scale AI", inv.get(0).investee().name());
        assertEquals(49.0, inv.get(0).stakePercent());
        assertEquals(14.3e9, inv.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void bothInvestorsAfterAnAppositionAreKept() throws Exception {
        List<Investment> inv = of(sample("brightline-robotics.html"), Investment.class);
        assertEquals(List.of("Harbor Ventures", "Northgate Capital"), inv.stream().map(i -> i.investor().name()).sorted().toList());
        inv.forEach(i -> assertEquals(40e6, i.amount().value().doubleValue(), 1));
    }

    @Test
    void theCollapsedDealHasItsAmountAndFailed() throws Exception {
        Extraction x = sample("windsurf-deal-collapse.txt");
        Acquisition a = of(x, Acquisition.class).stream().filter(q -> q.acquirer().name().equals("OpenAI")).findFirst().orElseThrow();
        assertEquals(DealStatus.FAILED, a.status());
        assertEquals(3e9, a.amount().value().doubleValue(), 1);
        assertTrue(of(x, Position.class).stream().anyMatch(p -> p.person().name().equals("Jeff Wang") && p.title().equals("interim ceo")),
                of(x, Position.class).toString());
    }
}
