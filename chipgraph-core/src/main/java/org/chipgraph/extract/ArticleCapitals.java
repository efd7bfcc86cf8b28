package org.chipgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English words an article writes with a capital inside its sentences and never in lower case: names, as the
 * reporter's own spelling shows. Every sentence begins with a capital, so a lone word heading one says nothing by
 * itself ("Valdrun ordered ..."); the same word capitalised in the middle of another sentence ("... a deal with
 * Valdrun") does. German capitalises every noun, so there the capital says nothing (the set is empty).
 */
final class ArticleCapitals {
    private ArticleCapitals() {}

    /** The article's words capitalised inside a sentence (not after a colon or quotation mark) and never written in lower case. */
    static Set<String> of(List<SentenceState> sentences, boolean german) {
        if (german) return Set.of();
        Set<String> inside = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (SentenceState st : sentences) {
            WordSpans w = st.words;
            int caps = 0;
            for (int k = 0; k < w.size(); k++) if (Character.isUpperCase(w.text.charAt(w.start(k)))) caps++;
            // a headline capitalises most of its words
            boolean headline = w.size() >= 5 && caps * 2 >= w.size();
            for (int k = 0; k < w.size(); k++) {
                char c = w.text.charAt(w.start(k));
                if (Character.isLowerCase(c)) lower.add(w.lower(k));
                else if (k > 0 && !headline && Character.isUpperCase(c) && !afterOpening(w.text, w.start(k))) inside.add(w.text.substring(w.start(k), w.end(k)));
            }
        }
        inside.removeIf(s -> lower.contains(s.toLowerCase(java.util.Locale.ROOT)));
        return inside;
    }

    /** Does a colon, a quotation mark, a bracket or a dash stand right before {@code pos} (a clause or a quotation may begin there)? */
    private static boolean afterOpening(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        return c == ':' || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '-' || c == '–' || c == '—' || c == '.' || c == '?' || c == '!';
    }
}
