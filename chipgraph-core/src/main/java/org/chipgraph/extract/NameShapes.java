package org.chipgraph.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * One language's name-shape word lists ({@code patterns/<lang>.name-shapes.txt}): the words that make a place
 * part of a company's name ("Korea Zinc"), the descriptors of a formal registered name ("Intelligent Technology
 * Co."), the nouns after which a model number names a chip ("der KI-Chip Z9"), and the chip nouns and the words
 * before them that make a name a chip ("its Helix superchip": model-before-noun, chip-modifier, chip-class,
 * chip-possessive, chip-determiner), the sentence adverbs that may open a sentence before a name ("Separately,", "Zudem")
 * and the general nouns for companies cut off a name's left edge ("die Firmen Korlan Systems"). A language without the file has
 * empty lists, so these shapes find nothing there.
 */
final class NameShapes {
    private static final Pattern LINE = Pattern.compile("([a-z-]+)\\s*=\\s*(.+)");
    private static final Set<String> KEYS = Set.of("place-name-head", "hyphen-name-tail", "name-descriptor", "model-after-noun", "model-after-compound-tail", "model-before-noun", "chip-modifier", "chip-class", "chip-possessive", "chip-determiner", "chip-owner-after",
            "sentence-adverb", "generic-noun", "company-preposition", "not-name-ending", "not-name-head", "not-name-head-phrase", "designator", "foundry-designator", "memory-name", "memory-family", "legal-suffix", "subject-article", "described-article", "chip-generation", "agent-noun-ending", "name-introducer",
            "adjective-name-after", "clause-head-after", "model-type-word", "company-compound-tail", "compound-modifier", "genitive-article", "facility-noun",
            "short-form-adjective", "short-form-generic", "unit-word");

    private final Map<String, String> lists = new LinkedHashMap<>();

    /** The language's file, or empty lists when it has none. */
    static NameShapes of(String language) {
        String file = "patterns/" + language + ".name-shapes.txt";
        return BundledFiles.find(file).map(f -> parse(f.origin(), f.text())).orElseGet(NameShapes::new);
    }

    static NameShapes parse(String origin, String text) {
        NameShapes s = new NameShapes();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            Matcher m = LINE.matcher(l);
            if (!m.matches() || !KEYS.contains(m.group(1))) {
                throw new InputError(origin + ":" + (i + 1) + ": expected \"key = word|word\" with a key of " + KEYS + ", found \"" + l + "\"");
            }
            s.lists.merge(m.group(1), m.group(2).strip(), (a, b) -> a + "|" + b);
        }
        return s;
    }

    /** A list whose lines are regular expressions, joined as alternatives; null when absent. */
    String regex(String key) {
        return lists.get(key);
    }

    /** The words of a list, as written. */
    Set<String> words(String key) {
        String v = lists.get(key);
        return v == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(v.split("\\|")));
    }

    /**
     * A pattern for what may open a sentence before its first name: nothing, or one of the sentence adverbs and a comma
     * or space ("Separately, ", "Zudem "), anchored at the start; its end is where the name may begin.
     */
    Pattern sentenceOpening() {
        String adverbs = alternation("sentence-adverb");
        return Pattern.compile("^[\\s\"'(\\[–—-]*" + (adverbs == null ? "" : "(?:(?:" + adverbs + ")(?:,\\s*|\\s+))?"));
    }

    /**
     * As {@link #sentenceOpening}, also after the language's {@code clause-head-after} marks: a colon opens a clause that
     * stands as a sentence does ("Rivals are gaining ground: Tarvesh Coating said it ..."), so what may open a sentence
     * may open it. Only for cues that read a name at the head (a speaker, a described first field), not for lists.
     */
    Pattern clauseOpening() {
        String marks = alternation("clause-head-after");
        String opening = sentenceOpening().pattern().substring(1);
        return Pattern.compile("^" + (marks == null ? "" : "(?:[^\\n]{0,300}?(?:" + marks + ")\\s+)?") + opening);
    }

    /** A chip label that names a memory part: a memory generation ("HBM3E") or family alone ("HBM"); null when the lists are empty. */
    Pattern memoryPart() {
        String gens = alternation("memory-name"), families = alternation("memory-family");
        if (gens == null && families == null) return null;
        return Pattern.compile("(?:" + (gens == null ? "" : gens) + (gens != null && families != null ? "|" : "") + (families == null ? "" : families) + ")");
    }

    /** The list as a regex alternation of quoted words, or null when empty. */
    String alternation(String key) {
        String v = lists.get(key);
        if (v == null) return null;
        StringBuilder sb = new StringBuilder();
        for (String w : v.split("\\|")) sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
        return sb.toString();
    }
}
