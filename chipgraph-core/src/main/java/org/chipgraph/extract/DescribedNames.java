package org.chipgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German: where a company's name after its description ends. (1) In the first field of a main clause ("Der Kölner Serverbauer
 * Halvex Systeme hat ...", "Auch das Start-up Morvik Rechenzentren, das ..., kauft ..."). German capitalises every noun,
 * so a general noun after a name is usually cut off it ("liefert dem Autobauer Corvex Halbleiter": what is delivered).
 * In the first field, though, one phrase stands before the finite verb: a name and a capitalised noun there, right
 * after a description in the nominative and right before the verb (or a relative clause or apposition on it), are one
 * name. (2) A place right after a description begins a name when capitalised words follow it ("der malaysische
 * Dienstleister Penang Orvita montiert ...", "des Staatsfonds Qatar Nordwind Capital"): German names the seat with a
 * preposition ("der Dienstleister aus Penang"). Word lists: {@code subject-article} of the name shapes, the pattern
 * file's {@code company-descriptor}, {@code chip-noun}, {@code common-noun-ending}, {@code stop-words},
 * {@code name-not-word} and {@code name-generic-word}.
 */
final class DescribedNames {
    private final Pattern shape;
    private final Set<String> stopWords;
    private final Set<String> notFirst;
    /** The gazetteer's cities and regions: taken as places, yet the last word of a name ("Lechwerk Sachsen"). */
    private final Set<String> cities;
    private final Pattern chipNoun;
    /** A descriptor word ending right before a place, and the capitalised words after it (group "rest"). */
    private final Pattern descriptorBefore, placeTail;
    private final Pattern commonNoun;

    private DescribedNames(Pattern shape, Set<String> stopWords, Set<String> notFirst, Set<String> cities, Pattern chipNoun, Pattern descriptorBefore,
                           Pattern placeTail, Pattern commonNoun) {
        this.descriptorBefore = descriptorBefore;
        this.placeTail = placeTail;
        this.commonNoun = commonNoun;
        this.shape = shape;
        this.stopWords = stopWords;
        this.notFirst = notFirst;
        this.cities = cities;
        this.chipNoun = chipNoun;
    }

    /** The language's finder, or null when its name shapes have no {@code subject-article} or its patterns no descriptor. */
    static DescribedNames of(NameShapes shapes, PatternFile patterns, Set<String> cities) {
        String articles = shapes.alternation("subject-article");
        String desc = patterns.list("company-descriptor");
        if (articles == null || desc == null) return null;
        // the opening (a sentence adverb may stand first: "Auch der ..."), the article, up to three words of description,
        // the descriptor, then two or three capitalised words, then the verb or ", der/das/ein ..."
        String regex = shapes.clauseOpening().pattern() + "(?i:" + articles + ")\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + desc + ")\\s+"
                + "(?<name>\\p{Lu}[\\p{L}\\p{N}]+(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*){1,2})"
                + "(?=\\s+(?<next>\\p{Ll}[\\p{L}]*)(?![\\p{L}-])|\\s*,\\s+(?:der|die|das|ein|eine)\\s)";
        Set<String> notFirst = new java.util.HashSet<>(patterns.words("name-not-word", false));
        notFirst.addAll(patterns.words("name-generic-word", false));
        String chips = patterns.list("chip-noun"), endings = patterns.list("common-noun-ending");
        String common = endings == null ? "(?!)" : "[\\p{L}-]*(?:" + endings + ")";
        return new DescribedNames(Pattern.compile(regex), patterns.words("stop-words", true), Set.copyOf(notFirst), Set.copyOf(cities),
                chips == null ? null : Pattern.compile("(?:" + chips + ")"),
                Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + desc + ")\\s+$"),
                Pattern.compile("^(?<rest>(?:\\s+\\p{Lu}[\\p{L}\\p{N}]+){1,2})(?=[\\s,.;:]|$)"),
                Pattern.compile("(?:" + common + (chips == null ? "" : "|" + chips) + ")"));
    }

    /** The span of a name with a noun in the first field (1) whose words are all free, or null. */
    int[] firstField(String text, boolean[] taken) {
        Matcher m = shape.matcher(text);
        if (!m.lookingAt()) return null;
        // a preposition or conjunction after the words means the phrase goes on ("... Systeme aus Köln hat", "... und")
        String next = m.group("next");
        if (next != null && stopWords.contains(next.toLowerCase(Locale.ROOT))) return null;
        String[] words = m.group("name").split("\\s+");
        if (notFirst.contains(words[0]) || (chipNoun != null && chipNoun.matcher(words[words.length - 1]).matches())) return null;
        // a city or region may end the name ("der Anlagenbauer Lechwerk Sachsen darf ..."): the gazetteer took its words
        // as a place that names no party
        int free = cities.contains(words[words.length - 1]) ? m.end("name") - words[words.length - 1].length() : m.end("name");
        for (int i = m.start("name"); i < free; i++) if (taken[i]) return null;
        return new int[] {m.start("name"), m.end("name")};
    }

    /**
     * Where a name that begins with the place [{@code start}, {@code end}) ends (2): after the capitalised words that follow
     * it, when a descriptor stands right before it and the last of them is no common noun; -1 otherwise.
     */
    int placeNameEnd(String text, int start, int end) {
        if (!descriptorBefore.matcher(text).region(Math.max(0, start - 60), start).find()) return -1;
        Matcher m = placeTail.matcher(text).region(end, text.length());
        if (!m.lookingAt()) return -1;
        String[] words = m.group("rest").strip().split("\\s+");
        if (notFirst.contains(words[0])) return -1;
        for (String w : words) if (stopWords.contains(w.toLowerCase(Locale.ROOT))) return -1;
        return commonNoun.matcher(words[words.length - 1]).matches() ? -1 : m.end();
    }
}
