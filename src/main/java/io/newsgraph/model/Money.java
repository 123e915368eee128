package io.newsgraph.model;

import java.math.BigDecimal;

/** An amount of money as stated, with its ISO 4217 currency; {@code approximate} for "hundreds of millions". */
public record Money(BigDecimal value, String currency, boolean approximate) {
    /** The value in US dollars, or null when the amount is in another currency. */
    public BigDecimal usd() {
        return "USD".equals(currency) ? value : null;
    }
}
