package org.chipgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Google Cloud", "Tata Sons", "die Schwarz-Gruppe": a company's known name followed by a word for a unit of its group
 * (name-shapes {@code unit-word}) names that unit, another company, not the one known ("Zeiss" is not "Zeiss SMT",
 * "Qingtian Group" not "Qingtian Cloud"). The annotation guide names companies as the text does and gives a unit its
 * own entity (with {@code subsidiaryOf} where the text says so). An entry "Gruppe&gt;Group" names the unit in English.
 */
final class GroupUnitNames {
    /** The unit word right after a name: a space or hyphen, the word, and no letter or digit after it. */
    private final Pattern after;
    /** Each unit word's English form (the word itself when it has none). */
    private final Map<String, String> english = new HashMap<>();

    private GroupUnitNames(Iterable<String> entries) {
        StringBuilder alt = new StringBuilder();
        for (String e : entries) {
            String[] p = e.split(">", 2);
            english.put(p[0], p.length == 2 ? p[1] : p[0]);
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(p[0]));
        }
        after = Pattern.compile("[ -](" + alt + ")(?![\\p{L}\\p{N}-])");
    }

    /** The language's unit words, or null when it lists none. */
    static GroupUnitNames of(NameShapes shapes) {
        var words = shapes.words("unit-word");
        return words.isEmpty() ? null : new GroupUnitNames(new java.util.TreeSet<>(words));
    }

    /** A unit word right after a name that ends at {@code end}. */
    record Unit(int start, int end, String english) {}

    /**
     * English: a capitalised word after a known name that is no unit word of {@code units} (null: none listed) makes
     * a longer name, for discovery to find ("Ostrel Linework"; "Tata Sons" is the unit's name, {@link #after}).
     */
    static boolean longerNameFollows(String text, int end, GroupUnitNames units) {
        return text.startsWith(" ", end) && CapitalisedRuns.capitalisedWordAt(text, end + 1) && (units == null || units.after(text, end) == null);
    }

    /** The unit word that follows {@code end} in {@code text}, or null. */
    Unit after(String text, int end) {
        Matcher m = after.matcher(text).region(end, text.length());
        return m.lookingAt() ? new Unit(m.start(1), m.end(1), english.get(m.group(1))) : null;
    }
}
