package io.newsgraph.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Numbers as news writes them: "1,400", "14.3", "two", "a dozen", with multipliers "billion", "bn", "m". */
final class Quantities {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("half", 50), Map.entry("a quarter", 25),
            Map.entry("a third", 33), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("one hundred", 100),
            Map.entry("a dozen", 12), Map.entry("a thousand", 1000), Map.entry("one thousand", 1000));

    private Quantities() {
    }

    /** The value of a number written in digits or words; null when it is vague ("hundreds"). */
    static BigDecimal parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replace(",", "");
        Integer w = WORDS.get(t);
        if (w != null) {
            return BigDecimal.valueOf(w);
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The factor a multiplier word stands for; 1 when there is none. */
    static BigDecimal multiplier(String m) {
        if (m == null) {
            return BigDecimal.ONE;
        }
        return switch (m.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn", "t" -> new BigDecimal("1e12");
            case "billion", "bn", "b", "bln" -> new BigDecimal("1e9");
            case "million", "mn", "mln", "m", "mil" -> new BigDecimal("1e6");
            case "crore" -> new BigDecimal("1e7");
            case "lakh" -> new BigDecimal("1e5");
            case "thousand", "k" -> new BigDecimal("1e3");
            default -> BigDecimal.ONE;
        };
    }
}
