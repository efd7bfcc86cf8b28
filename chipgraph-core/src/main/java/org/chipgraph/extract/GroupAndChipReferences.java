package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;

/**
 * References across sentences to what the article named before: a counted or collective description of a list of
 * companies ("the three companies", "beide Konzerne") and a description of a chip ("the chip", "der Beschleuniger").
 * The words are the language's {@code collective}, {@code collective-count} and {@code chip-anaphor} cues.
 */
final class GroupAndChipReferences {
    private final NewsExtractor.LanguageRules lang;
    private final Coreference coref;

    GroupAndChipReferences(NewsExtractor.LanguageRules lang, Coreference coref) {
        this.lang = lang;
        this.coref = coref;
    }

    /** The language's {@code collective-count} pairs ("three=3 | both=2"), read once per language. */
    static Map<String, Integer> counts(PatternFile file) {
        Map<String, Integer> counts = new HashMap<>();
        String c = file.list("collective-count");
        if (c != null) {
            for (String pair : c.split("\\|")) {
                String[] kv = pair.strip().split("=");
                if (kv.length == 2) counts.put(kv[0].strip().toLowerCase(java.util.Locale.ROOT), Integer.parseInt(kv[1].strip()));
            }
        }
        return counts;
    }

    /** Adds a mention for each group or chip reference of the sentence that names something earlier. */
    void resolve(SentenceState st, int index) {
        List<Mention> added = new ArrayList<>();
        if (lang.collective != null) {
            for (Matcher m = lang.collective.first(st.words); m != null; m = lang.collective.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                String n = m.group("n");
                Integer size = n == null ? null : lang.collectiveCounts.get(n.toLowerCase(java.util.Locale.ROOT));
                List<EntityRef> group = coref.group(index - 1, size);
                if (group != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, group, false, true, false, false, null));
            }
        }
        if (lang.chipAnaphor != null) {
            for (Matcher m = lang.chipAnaphor.first(st.words); m != null; m = lang.chipAnaphor.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                List<EntityRef> before = new ArrayList<>();
                for (Mention x : st.mentions) if (x.kind() == MentionKind.CHIP && x.end() <= m.start()) for (EntityRef e : x.entities()) if (!before.contains(e)) before.add(e);
                EntityRef chip = coref.chip(index, before);
                if (chip != null) added.add(new Mention(m.start(), m.end(), MentionKind.CHIP, List.of(chip), false, true, false, false, null));
            }
        }
        for (Mention m : added) { st.mentions.add(m); st.take(m.start(), m.end()); }
    }

    /** Records the sentence's lists of companies and its chips, once its mentions are final. */
    void remember(SentenceState st, int index) {
        List<List<EntityRef>> groups = new ArrayList<>();
        List<EntityRef> chips = new ArrayList<>();
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COMPANY && m.entities().size() > 1) groups.add(m.entities());
            if (m.kind() == MentionKind.CHIP && !m.anaphor()) for (EntityRef e : m.entities()) if (!chips.contains(e)) chips.add(e);
        }
        coref.named(index, groups, chips);
    }
}
