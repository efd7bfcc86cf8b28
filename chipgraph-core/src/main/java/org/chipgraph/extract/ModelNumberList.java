package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * Model numbers named by what stands before them. Bare numbers listed after a chip of a family ("Ascend 950, 960 und
 * 970", "the MI325X and 355X"): a reporter names the family once, so each number is a chip of that family ("Ascend
 * 960"); only the language's list joints ({@code list-joint}) link them, and only after a chip whose name ends in a
 * model number. Model shapes listed after any chip ("the H20, L20 and L2"), and a model shape right after its maker
 * ("als MTT S80 vorgestellt"), are chips by their own name.
 */
final class ModelNumberList {
    /** A chip name: a family and a model number ("Ascend 950", "Instinct MI325X"). */
    private static final Pattern FAMILY_AND_NUMBER = Pattern.compile("^(.*\\S)\\s+(?:\\p{L}{0,3}\\d{2,4}\\p{Lu}{0,2})$");
    private final Pattern next;
    /** A model shape listed after a chip ("the H20, L20 and L2"). */
    private final Pattern nextModel;
    /** A model shape right after its maker ("als MTT S80 vorgestellt"). */
    private static final Pattern MODEL_AFTER_MAKER = Pattern.compile("^ (\\p{Lu}{1,4}-?\\d{2,4}\\p{Lu}{0,2})(?![\\p{L}\\p{N}-]|[.,]\\d)");

    /** @param joint the language's list joints ({@code list-joint}) */
    ModelNumberList(String joint) {
        // a number followed by a noun or an adjective is a count ("und 300 weitere Chips"), no model: after a model
        // number comes a punctuation mark, the list's next joint or a short or uninflected lower-case word ("vor")
        next = Pattern.compile("^(?:" + joint + ")(?!(?:19|20)\\d\\d(?![\\p{L}\\p{N}]))(\\d{2,4}\\p{Lu}{0,2})(?![\\p{L}\\p{N}.,]\\d|[\\p{L}\\p{N}%-])"
                + "(?=\\s*(?:[,.;:)!?]|$)|\\s+\\p{Ll}{1,3}(?![\\p{L}])|\\s+\\p{Ll}+(?<!e|en|er|es|em)(?![\\p{L}])|(?:" + joint + ")\\d)");
        nextModel = Pattern.compile("^(?:" + joint + ")(\\p{Lu}\\p{L}{0,3}-?\\d{1,4}\\p{Lu}{0,2})(?![\\p{L}\\p{N}-]|[.,]\\d)");
    }

    /** A found number: its span and the chip it names. */
    record Found(int start, int end, EntityRef chip) {}

    List<Found> find(SentenceState st, EntityDiscovery discovery) {
        List<Found> out = new ArrayList<>();
        for (Mention m : List.copyOf(st.mentions)) {
            if (m.entities().size() != 1 || m.possessive()) continue;
            if (m.kind() == MentionKind.COMPANY) {
                // "als MTT S80 vorgestellt": a model shape right after its maker is a chip (no product noun after it)
                Matcher n = MODEL_AFTER_MAKER.matcher(st.text).region(m.end(), st.text.length());
                if (n.lookingAt() && st.free(n.start(1), n.end(1)) && discovery.modelShape(n.group(1)) && !discovery.productNounAt(st.words, n.end(1))) {
                    EntityRef chip = discovery.name(n.group(1), "Chip");
                    if (chip != null) out.add(new Found(n.start(1), n.end(1), chip));
                }
                continue;
            }
            if (m.kind() != MentionKind.CHIP) continue;
            // "the H20, L20 and L2": model shapes listed after a chip are chips
            for (int at = m.end();;) {
                Matcher n = nextModel.matcher(st.text).region(at, st.text.length());
                if (!n.lookingAt() || !st.free(n.start(1), n.end(1)) || !discovery.modelShape(n.group(1))) break;
                EntityRef chip = discovery.name(n.group(1), "Chip");
                if (chip == null) break;
                out.add(new Found(n.start(1), n.end(1), chip));
                at = n.end(1);
            }
            Matcher f = FAMILY_AND_NUMBER.matcher(m.entities().get(0).label());
            if (!f.matches()) continue;
            String family = f.group(1);
            // the numbers of one list have as many digits as the first ("950, 960 und 970")
            int digits = (int) f.group(0).substring(family.length()).chars().filter(Character::isDigit).count();
            int at = m.end();
            while (true) {
                Matcher n = next.matcher(st.text).region(at, st.text.length());
                if (!n.lookingAt() || !st.free(n.start(1), n.end(1))) break;
                if (n.group(1).chars().filter(Character::isDigit).count() != digits) break;
                EntityRef chip = discovery.name(family + " " + n.group(1), "Chip");
                if (chip == null) break;
                out.add(new Found(n.start(1), n.end(1), chip));
                at = n.end(1);
            }
        }
        return out;
    }
}
