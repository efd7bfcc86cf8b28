package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Several word cues looked for in one pass over a sentence's words (the issuer cues, one per country): a word is tried
 * only with the cues that have a prefix beginning with its first character, where each cue on its own walks its prefix
 * tree at every word. Each cue's hits are those its own {@link WordCue#first} and {@link WordCue#next} give, in order.
 */
final class WordCueSet {
    private final List<WordCue> cues;
    /** By an ASCII first character, the cues (tried at words) that may begin at a word beginning with it. */
    private final int[][] byAscii = new int[128][];

    WordCueSet(List<WordCue> cues) {
        this.cues = List.copyOf(cues);
        for (char c = 0; c < 128; c++) {
            List<Integer> may = new ArrayList<>();
            for (int k = 0; k < this.cues.size(); k++) if (this.cues.get(k).atWords() && this.cues.get(k).mayBeginWith(c)) may.add(k);
            byAscii[c] = may.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Per cue (in the order given), its matches in the text of {@code words} as {start, end}. */
    List<List<int[]>> find(WordSpans words) {
        String text = words.text;
        List<List<int[]>> out = new ArrayList<>(cues.size());
        Matcher[] ms = new Matcher[cues.size()];
        int[] from = new int[cues.size()];
        for (int k = 0; k < cues.size(); k++) {
            out.add(new ArrayList<>());
            WordCue cue = cues.get(k);
            if (cue.atWords()) continue;
            // a cue tried at every position keeps its own search
            for (Matcher m = cue.first(words); m != null; m = cue.next(m, words) ? m : null) out.get(k).add(new int[] {m.start(), m.end()});
        }
        int[] all = null;
        for (int w = 0; w < words.size(); w++) {
            int i = words.start(w);
            char c = i < text.length() ? text.charAt(i) : ' ';
            int[] may = c < 128 ? byAscii[c] : (all != null ? all : (all = atWordsCues()));
            for (int k : may) {
                if (i < from[k]) continue;
                WordCue cue = cues.get(k);
                // (the matcher made at the first word the cue's prefixes allow)
                if (ms[k] == null && !cue.startsAt(text, i)) continue;
                Matcher m = ms[k] == null ? (ms[k] = cue.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)) : ms[k];
                if (!cue.matchesAt(m, text, i)) continue;
                out.get(k).add(new int[] {m.start(), m.end()});
                // where the cue's next() goes on from
                from[k] = m.end() == m.start() ? m.end() + 1 : m.end();
            }
        }
        return out;
    }

    private int[] atWordsCues() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < cues.size(); k++) if (cues.get(k).atWords()) out.add(k);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
