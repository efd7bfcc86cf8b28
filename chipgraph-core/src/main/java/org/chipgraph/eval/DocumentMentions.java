package org.chipgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;

/**
 * What the extractor recognised in one document, sentence by sentence, and where a name (a gold key) is
 * among it: a mention counts for a name when one of its entities' labels is that name to the scorer.
 */
public final class DocumentMentions {
    /** A mention of a name: the sentence it is in and the mention. */
    public record Occurrence(SentenceMentions sentence, SentenceMentions.Named mention) {}

    private final String doc;
    private final String language;
    private final List<SentenceMentions> sentences;
    private final Map<String, String> keys = new HashMap<>();

    public DocumentMentions(String doc, String language, List<SentenceMentions> sentences) {
        this.doc = doc;
        this.language = language;
        this.sentences = List.copyOf(sentences);
    }

    public String doc() { return doc; }

    public String language() { return language; }

    /** Every mention whose entities include the gold name. */
    public List<Occurrence> occurrences(String goldKey) {
        List<Occurrence> out = new ArrayList<>();
        for (SentenceMentions s : sentences) {
            for (SentenceMentions.Named m : s.mentions()) if (names(m, goldKey)) out.add(new Occurrence(s, m));
        }
        return out;
    }

    /** The labels of every entity a mention of the document names. */
    public java.util.Set<String> labels() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (SentenceMentions s : sentences) for (SentenceMentions.Named m : s.mentions()) for (EntityRef e : m.entities()) out.add(e.label());
        return out;
    }

    /** Does this mention name the gold name? */
    boolean names(SentenceMentions.Named m, String goldKey) {
        for (EntityRef e : m.entities()) {
            if (ScorerNames.same(keys.computeIfAbsent(e.label(), ScorerNames::key), goldKey)) return true;
        }
        return false;
    }
}
