package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The rules' matchers are made once per thread and reused by every article it reads ({@link LanguageRules#ruleMatchers}). */
class RuleMatchersPerThreadTest {

    private static String facts(String lang, String name) {
        return Extraction.dump(Extraction.of(Extraction.article(lang, name)));
    }

    @Test
    void anArticleGivesTheSameFactsAfterOtherArticlesOnItsThreadAsOnAFreshThread() throws Exception {
        String first = facts("en", "aWebDomainIsPartOfTheName");
        facts("en", "aStakeIsNoTakeover");
        facts("de", "ampersandJoinsOneFirm");
        assertEquals(first, facts("en", "aWebDomainIsPartOfTheName"));
        AtomicReference<String> fresh = new AtomicReference<>();
        Thread t = new Thread(() -> fresh.set(facts("en", "aWebDomainIsPartOfTheName")));
        t.start();
        t.join();
        assertEquals(first, fresh.get());
    }
}
