package org.chipgraph.fact;

import java.math.BigDecimal;

/** An amount of money with its ISO 4217 currency ("$2bn" is USD 2000000000). */
public record Money(BigDecimal amount, String currency) {
    /** Scorer form: "USD 2000000000". */
    @Override
    public String toString() { return currency + " " + amount.stripTrailingZeros().toPlainString(); }
}
