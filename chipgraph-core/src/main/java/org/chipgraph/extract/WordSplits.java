package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokens of a text, exactly as {@link TokenizerME#tokenizePos} gives them, with each whitespace-separated
 * word split by the model once and then remembered. TokenizerME splits a text at whitespace and decides the cuts
 * inside a word from that word alone, asking its model at every character (the UD models turn off the shortcut for
 * plain letters and digits); news repeats its words, so most words of a text have been split before. Not
 * thread-safe: one per thread. Bounded: forgets everything when full.
 */
final class WordSplits {
    private static final Span[] NONE = new Span[0];
    private final TokenizerME tokenizer;
    private final int capacity;
    /** A word's tokens, offsets relative to the word; {@link #NONE} for a word that stays whole. */
    private final Map<String, Span[]> splits = new HashMap<>();

    WordSplits(TokenizerME tokenizer, int capacity) {
        this.tokenizer = tokenizer;
        this.capacity = capacity;
    }

    /** The tokens of {@code text}; {@code profile} (may be null) counts the words split and remembered. */
    Span[] tokenizePos(String text, ExtractionProfile profile) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(words.length + 8);
        for (Span w : words) {
            int start = w.getStart();
            if (w.length() < 2) {
                out.add(w);
                continue;
            }
            Span[] inner = of(text.substring(start, w.getEnd()), profile);
            if (inner == NONE) out.add(w);
            else for (Span s : inner) out.add(new Span(start + s.getStart(), start + s.getEnd()));
        }
        return out.toArray(Span[]::new);
    }

    private Span[] of(String word, ExtractionProfile profile) {
        Span[] known = splits.get(word);
        if (profile != null) profile.word(known != null);
        if (known != null) return known;
        Span[] inner = tokenizer.tokenizePos(word);
        if (inner.length == 1 && inner[0].getStart() == 0 && inner[0].getEnd() == word.length()) inner = NONE;
        if (splits.size() >= capacity) splits.clear();
        splits.put(word, inner);
        return inner;
    }
}
