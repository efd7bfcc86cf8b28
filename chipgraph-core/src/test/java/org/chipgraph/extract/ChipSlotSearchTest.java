package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ChipSlotNames} tries its type-word slot only at the words a chip noun begins with, and its genitive slot only
 * in sentences with a chip noun after a space or hyphen (issue 12, speed, session 40): the chips found are those a
 * search over every position finds. German name shapes of the project; sentences of invented names.
 */
class ChipSlotSearchTest {
    private static final ChipSlotNames SLOTS = ChipSlotNames.of(NameShapes.of("de"), PatternFile.parse("test", ""), Set.of(), Set.of(), Set.of(), Set.of());

    /** The chips the slots name in {@code text}; the words in {@code takenWords} (by their text) count as taken by a mention. */
    private static List<String> chips(String text, String... takenWords) {
        boolean[] taken = new boolean[text.length()];
        for (String w : takenWords) {
            int at = text.indexOf(w);
            for (int i = at; i < at + w.length(); i++) taken[i] = true;
        }
        List<Mention> out = new ArrayList<>();
        SLOTS.find(WordSpans.of(text), taken, out);
        List<String> names = new ArrayList<>();
        for (Mention m : out) names.add(m.start() + ":" + text.substring(m.start(), m.end()));
        return names;
    }

    @Test
    void aTypeWordAfterAChipNounAnywhereInTheSentenceNamesTheChip() {
        String text = "Nach langen Tests bestellt Dorvik nun 400 KI-Chips vom Typ Korvex und Beschleuniger des Typs Marlen.";
        assertEquals(List.of("59:Korvex", "93:Marlen"), chips(text));
    }

    @Test
    void aChipNounInsideAWordOpensNoTypeSlot() {
        assertEquals(List.of(), chips("Die Superbeschleuniger vom Typ Korvex und XChips vom Typ Marlen sind teuer."));
    }

    @Test
    void aTypedNameBeforeANumberIsLeftToTheModelCues() {
        assertEquals(List.of(), chips("Geliefert werden Chips vom Typ Korvex 3 ab Mai."));
    }

    @Test
    void aGenitiveSlotNeedsAChipNounAfterTheName() {
        assertEquals(List.of("9:Talvaro"), chips("Halvorns Talvaro-Beschleuniger laufen bei Dorvik.", "Halvorns"));
        assertEquals(List.of(), chips("Halvorns Talvaro-Werk liegt bei Dresden.", "Halvorns"));
    }

    @Test
    void aGenitiveSlotAfterAWordNoMentionTookNamesNothing() {
        assertEquals(List.of(), chips("Halvorns Talvaro-Beschleuniger laufen bei Dorvik."));
    }

    @Test
    void theSlotsFindWhatASearchOverEveryPositionFinds() {
        // the slots' own regexes, searched at every position, on the sentences above
        String chipNouns = NameShapes.of("de").alternation("model-after-noun") + "|" + NameShapes.of("de").alternation("model-before-noun");
        Pattern typed = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + chipNouns + ")\\s+(?:\\p{Ll}{1,5}\\s+)?(?:"
                + NameShapes.of("de").alternation("model-type-word") + ")\\s+(?<name>\\p{Lu}[\\p{L}]{2,20})(?![\\p{L}\\p{N}-])(?!\\s+\\p{N})");
        for (String text : List.of("Nach langen Tests bestellt Dorvik nun 400 KI-Chips vom Typ Korvex und Beschleuniger des Typs Marlen.",
                "Die Superbeschleuniger vom Typ Korvex und XChips vom Typ Marlen sind teuer.", "Chips vom Typ Orlan, GPUs vom Typ Bavek.")) {
            List<String> searched = new ArrayList<>();
            for (Matcher m = typed.matcher(text); m.find(); ) searched.add(m.start("name") + ":" + m.group("name"));
            assertEquals(searched, chips(text), text);
        }
    }
}
