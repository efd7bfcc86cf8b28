package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.fact.EntityRef;

/**
 * A read-only view of what the extractor recognised in one sentence of an article, after references were
 * resolved: for measuring where facts are lost (eval --miss-kinds), never for building facts.
 *
 * @param index    the sentence's place in the article (0 first)
 * @param start    where it begins in the article's content
 * @param language the article's language ("en", "de")
 * @param text     the sentence
 * @param mentions its mentions in text order
 */
public record SentenceMentions(int index, int start, String language, String text, List<Named> mentions) {

    /**
     * One mention: offsets into the sentence text, what it names ("company", "chip", "country",
     * "control_noun", ...), the entities (several for a collapsed list "A, B and C"), and whether it is a
     * reference ("the company", "it") resolved to an earlier name.
     */
    public record Named(int start, int end, String kind, List<EntityRef> entities, boolean reference) {}

    static List<SentenceMentions> of(List<SentenceState> states, String language) {
        List<SentenceMentions> out = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            List<Named> named = new ArrayList<>(st.mentions.size());
            for (Mention m : st.mentions) {
                named.add(new Named(m.start(), m.end(), m.kind().name().toLowerCase(java.util.Locale.ROOT), List.copyOf(m.entities()), m.anaphor()));
            }
            out.add(new SentenceMentions(i, st.sentence.start(), language, st.text, List.copyOf(named)));
        }
        return List.copyOf(out);
    }
}
