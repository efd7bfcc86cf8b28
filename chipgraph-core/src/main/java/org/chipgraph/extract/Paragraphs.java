package org.chipgraph.extract;

import java.util.List;

/** Which paragraph of the article each sentence stands in: a line break between two sentences begins a new one. */
final class Paragraphs {
    private Paragraphs() {}

    /** The paragraph number of each sentence, counted from 0 (sentence offsets are into {@code content}). */
    static int[] of(String content, List<SentenceSplitter.Sentence> sentences) {
        int[] out = new int[sentences.size()];
        int p = 0;
        for (int i = 1; i < sentences.size(); i++) {
            int from = Math.min(sentences.get(i - 1).end(), content.length()), to = Math.min(Math.max(from, sentences.get(i).start()), content.length());
            if (content.substring(from, to).indexOf('\n') >= 0) p++;
            out[i] = p;
        }
        return out;
    }
}
