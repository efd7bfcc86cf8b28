package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * A successor named by a description ("der Nachfolger EW-80", "Ein zweites Modell, der KW-30", "a successor, the QX-500"):
 * the chip right after the language's {@code successor-name} cue is made by the maker of the chip it succeeds. The chip it
 * succeeds is one the article named before whose name has the same stem ("EW-40" for "EW-80", "Xuanwu X3" for "Xuanwu
 * X4"): an article names other chips between the two (a rival's, a customer's), so the chip named last is no guide.
 * Nothing when the successor has a maker already, or the stem's chips have no maker or two.
 */
final class SuccessorModels {
    /** A name's stem: what stands before its first digit, without the separator ("EW-" of "EW-80" is "EW"). */
    private static final Pattern STEM = Pattern.compile("^(.*?\\p{L})[\\s-]*\\d");
    private final String docIri;
    private final Pattern cue;
    private final FactBuilder builder;

    SuccessorModels(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.cue = lang.successorName; // compiled once per language, not per article
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (cue == null) return;
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            Matcher m = cue.matcher(st.text);
            while (m.find()) {
                Mention successor = chipAt(st, m.end());
                if (successor == null || successor.entities().size() != 1) continue;
                EntityRef chip = successor.entities().get(0);
                String stem = stem(chip.label());
                if (stem == null || !builder.makersOf(chip).isEmpty()) continue;
                EntityRef maker = makerOfStem(states, i, successor.start(), stem, chip);
                if (maker == null) continue;
                PartialDate date = st.dates == null || st.dates.isEmpty() ? null : st.dates.get(0).date();
                builder.put(NewsExtractor.fact(maker, Relation.MAKES, chip, null, null, null, date, Stance.ASSERTED, null,
                        0.55, docIri, st.sentence), maker, chip);
            }
        }
    }

    /** The chip mention that begins at {@code pos}, blanks skipped, or null. */
    private static Mention chipAt(SentenceState st, int pos) {
        while (pos < st.text.length() && Character.isWhitespace(st.text.charAt(pos))) pos++;
        for (Mention m : st.mentions) if (m.kind() == MentionKind.CHIP && m.start() == pos && !m.anaphor()) return m;
        return null;
    }

    /**
     * The one maker of the chips of {@code stem} the article named before {@code pos} of sentence {@code i} (other than
     * the successor), or null for none or two.
     */
    private EntityRef makerOfStem(List<SentenceState> states, int i, int pos, String stem, EntityRef successor) {
        EntityRef maker = null;
        for (int j = 0; j <= i; j++) {
            for (Mention m : states.get(j).mentions) {
                if (m.kind() != MentionKind.CHIP || j == i && m.start() >= pos) continue;
                for (EntityRef e : m.entities()) {
                    if (e.iri().equals(successor.iri()) || !stem.equals(stem(e.label()))) continue;
                    for (EntityRef k : builder.makersOf(e)) {
                        if (maker != null && !maker.iri().equals(k.iri())) return null;
                        maker = k;
                    }
                }
            }
        }
        return maker;
    }

    static String stem(String label) {
        Matcher m = STEM.matcher(label);
        return m.find() ? m.group(1) : null;
    }
}
