package org.chipgraph.fact;

import java.math.BigDecimal;

/** A count of things with its bound as the text gave it ("more than 100,000" is MORE_THAN 100000). */
public record Quantity(BigDecimal value, Bound bound) {
    public enum Bound {
        EXACT(""), MORE_THAN(">"), LESS_THAN("<"), AT_LEAST(">="), AT_MOST("<=");
        public final String symbol;
        Bound(String symbol) { this.symbol = symbol; }
    }

    public static Quantity of(long v) { return new Quantity(BigDecimal.valueOf(v), Bound.EXACT); }

    /** Scorer form: "&gt;100000", "&lt;30000", "5000". */
    @Override
    public String toString() { return bound.symbol + value.stripTrailingZeros().toPlainString(); }
}
