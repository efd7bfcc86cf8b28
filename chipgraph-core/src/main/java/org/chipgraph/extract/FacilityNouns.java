package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The nouns of a place a company runs ({@code facility-noun} of {@code patterns/<lang>.name-shapes.txt}: "data centre",
 * "campus", "plant"): a name nobody registered right before one ("its Tarnby data centre", "its Oxley campus") is the
 * site's place, not a chip the owner makes, so a rule's chip slot does not confirm it ({@link RuleMatcher}). A name
 * with a digit is left alone: a model shape before such a noun is as often the chip the site runs ("its K9 cluster").
 */
final class FacilityNouns {
    /** Each noun as its lower-case words ("data centre" is two). */
    private final List<String[]> nouns = new ArrayList<>();

    FacilityNouns(NameShapes shapes) {
        for (String n : shapes.words("facility-noun")) nouns.add(n.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** Does a facility noun follow the name [{@code start}, {@code end}) of {@code words}, and the name hold no digit? */
    boolean after(WordSpans words, int start, int end) {
        if (nouns.isEmpty()) return false;
        for (int i = start; i < end && i < words.text.length(); i++) if (Character.isDigit(words.text.charAt(i))) return false;
        int k = words.firstAtOrAfter(end);
        if (k >= words.size() || !words.text.substring(end, words.start(k)).isBlank()) return false;
        for (String[] noun : nouns) {
            if (k + noun.length > words.size()) continue;
            boolean all = true;
            for (int j = 0; j < noun.length && all; j++) all = words.lower(k + j).equals(noun[j]);
            if (all) return true;
        }
        return false;
    }
}
