package org.chipgraph.extract;

import org.chipgraph.fact.Fact;

/**
 * Told which pattern rule gave which fact, as the extractor runs: for the rule-coverage test and for
 * explaining a fact. The rule is named by where it was written ("patterns/en.patterns:88").
 */
@FunctionalInterface
public interface RuleTrace {
    RuleTrace NONE = (rule, fact) -> {};

    void fired(String rule, Fact fact);
}
