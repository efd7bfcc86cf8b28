package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharScanTest {
    private static final List<String> WORDS = List.of("", "a", "A", "eMMC", "iPhone", "Torvik", "x86", "Q7", "7", "ÄÖü", "éÉ", "ß", "a\uD835\uDC00b");

    @Test
    void aCapitalAfterTheFirstCharacterIsFoundAsAStreamOfTheCharactersFindsIt() {
        for (String w : WORDS) {
            assertEquals(w.length() >= 1 && w.chars().skip(1).anyMatch(Character::isUpperCase), CharScan.upperAfterFirst(w, 0, w.length()), w);
        }
        assertEquals(false, CharScan.upperAfterFirst("xx eMMC", 3, 4), "only inside the bounds");
    }

    @Test
    void lettersAndDigitsAreFoundAsAStreamOfTheCharactersFindsThem() {
        for (String w : WORDS) {
            assertEquals(w.chars().anyMatch(Character::isLetter), CharScan.hasLetter(w), w);
            assertEquals(w.chars().anyMatch(Character::isDigit), CharScan.hasDigit(w, 0, w.length()), w);
        }
    }
}
