package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** A sentence being analysed: its mentions, dates and amounts, and its placeholder rendering. */
final class SentenceState {
    final SentenceSplitter.Sentence sentence;
    final String text;
    final WordSpans words;
    List<Mention> mentions = new ArrayList<>();
    List<RelativeDateResolver.DateMention> dates;
    List<QuantityParser.Amount> amounts = new ArrayList<>();
    boolean[] taken;
    String abstracted;
    List<ControlResolver.IssuerHit> issuerHits;
    boolean attributionKnown;
    String attribution;
    /** Where each placeholder ("§C3§") of {@link #abstracted} begins, and its kind letter. */
    int[] placeholderStarts = new int[0];
    char[] placeholderKinds = new char[0];
    int[] toText;
    int[] clauseBreaks;

    SentenceState(SentenceSplitter.Sentence s) {
        sentence = s;
        text = s.text();
        words = WordSpans.of(text);
        taken = new boolean[text.length() + 1];
    }

    /** {@link RuleMatcher#someRuleHasItsWords} of the sentence's words, once asked (the mentions and the second rule pass both ask). */
    private Boolean ruleWordsHeld;

    /** Could a rule of {@code lang} (the article's language: the same at each call) fire on the sentence by its words? */
    boolean someRuleHasItsWords(LanguageRules lang) {
        if (ruleWordsHeld == null) ruleWordsHeld = RuleMatcher.someRuleHasItsWords(lang, words);
        return ruleWordsHeld;
    }

    /** The mention an abstracted sentence's placeholder index names (a rule's group), or null when absent. */
    Mention mentionAt(String index) {
        if (index == null) return null;
        int i = Integer.parseInt(index);
        return i < mentions.size() ? mentions.get(i) : null;
    }

    boolean free(int a, int b) {
        for (int i = a; i < b; i++) if (taken[i]) return false;
        return true;
    }

    void take(int a, int b) { for (int i = a; i < b; i++) taken[i] = true; }
}
