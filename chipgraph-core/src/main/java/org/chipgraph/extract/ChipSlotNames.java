package org.chipgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chips named by a word without a digit, found by the slot the word stands in rather than by its shape: after a chip
 * noun and a word that names a type ("Beschleuniger vom Typ Korvex", name-shapes {@code model-type-word}), and
 * between a named company's genitive and a chip noun, apart or as a compound ("Halvorns Korvex-Beschleuniger"; the
 * language's {@code model-before-noun}). A capital says nothing in German, where these slots matter most, but a common
 * noun stands in neither slot: a type is named, and what a company's chips are called is a name. Words the lists rule
 * out (not-chip-name, name-not-word, a common noun's ending) are left.
 */
final class ChipSlotNames {
    /** One name word: a capital, then letters (an inner capital allowed, "Korvex", "NeuroCore"). */
    private static final String WORD = "\\p{Lu}[\\p{L}]{2,20}";

    private final Pattern typed, owned;
    private final Set<String> notChipNames, notWords, stop, nouns;
    private final Pattern commonEnding;

    private ChipSlotNames(Pattern typed, Pattern owned, Set<String> notChipNames, Set<String> notWords, Set<String> stop, Set<String> nouns, Pattern commonEnding) {
        this.typed = typed;
        this.owned = owned;
        this.notChipNames = notChipNames;
        this.notWords = notWords;
        this.stop = stop;
        this.nouns = nouns;
        this.commonEnding = commonEnding;
    }

    /** The cues of a language, or null when its name shapes give no chip nouns; the word lists are those {@link ChipNameCues} read. */
    static ChipSlotNames of(NameShapes shapes, PatternFile patterns, Set<String> notChipNames, Set<String> notWords, Set<String> stop,
            Set<String> productNouns) {
        String before = shapes.alternation("model-before-noun"), after = shapes.alternation("model-after-noun");
        String types = shapes.alternation("model-type-word");
        // (the chip noun, an article or a contracted one, the type word: "Chips vom Typ", "Beschleunigern des Typs")
        String chipNouns = after == null ? before : before == null ? after : after + "|" + before;
        Pattern typed = chipNouns == null || types == null ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + chipNouns + ")\\s+(?:\\p{Ll}{1,5}\\s+)?(?:" + types + ")\\s+(?<name>" + WORD + ")(?![\\p{L}\\p{N}-])(?!\\s+\\p{N})");
        // (the genitive is one word ending in -s; the caller checks that a mention took it)
        Pattern owned = before == null ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?<owner>\\p{Lu}[\\p{L}\\p{N}]*s)\\s+(?<name>" + WORD + ")[\\s-](?:" + before + ")(?![\\p{L}\\p{N}])");
        if (typed == null && owned == null) return null;
        String ending = patterns.list("common-noun-ending");
        // general words that head compounds before chip nouns ("Speicher-Chips", "Netzwerk-Chips"): chip and product
        // nouns and the name shapes' compound-modifier
        Set<String> nouns = new HashSet<>(patterns.words("name-chip-noun", true));
        nouns.addAll(productNouns);
        for (String w : shapes.words("compound-modifier")) nouns.add(w.toLowerCase(Locale.ROOT));
        return new ChipSlotNames(typed, owned, notChipNames, notWords, stop, Set.copyOf(nouns),
                ending == null ? null : Pattern.compile("(?:" + ending + ")$"));
    }

    /** Adds the chips these slots name in the parts of the sentence not yet taken to {@code out}, taking their words. */
    void find(WordSpans words, boolean[] taken, List<Mention> out) {
        String text = words.text;
        if (typed != null) {
            Matcher m = typed.matcher(text);
            while (m.find()) if (plausible(m.group("name"))) EntityDiscovery.add(m.start("name"), m.end("name"), "Chip", taken, out);
        }
        if (owned != null) {
            Matcher m = owned.matcher(text);
            while (m.find()) {
                // a company's genitive: a mention took the owner's word ("Halvorns"), the name after it is free
                if (!taken[m.start("owner")] || m.group("owner").endsWith("ss") || !plausible(m.group("name"))) continue;
                EntityDiscovery.add(m.start("name"), m.end("name"), "Chip", taken, out);
            }
        }
    }

    /**
     * A word the lists leave as a name: no general word before chips ("KI"), no month or pronoun, no chip, product or
     * compound-heading noun ("Speicher", "Netzwerk"), no common noun's ending.
     */
    private boolean plausible(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !notChipNames.contains(name) && !notWords.contains(name) && !stop.contains(lower) && !nouns.contains(lower)
                && (commonEnding == null || !commonEnding.matcher(name).find());
    }
}
