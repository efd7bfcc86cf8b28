package org.chipgraph.extract;

import java.util.List;

/**
 * Which paragraph of the article each sentence stands in: a blank line between two sentences begins a new one (news
 * files put a blank line between paragraphs; a file with one sentence a line is one paragraph).
 */
final class Paragraphs {
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t\\r]*\\n");

    private Paragraphs() {}

    /** The paragraph number of each sentence, counted from 0 (sentence offsets are into {@code content}). */
    static int[] of(String content, List<SentenceSplitter.Sentence> sentences) {
        int[] out = new int[sentences.size()];
        int p = 0;
        for (int i = 1; i < sentences.size(); i++) {
            int from = Math.min(sentences.get(i - 1).end(), content.length()), to = Math.min(Math.max(from, sentences.get(i).start()), content.length());
            if (BLANK_LINE.matcher(content).region(from, to).find()) p++;
            out[i] = p;
        }
        return out;
    }
}
