package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The digit test that lets a sentence skip the model-name regexes agrees with their "\d" on every character. */
class ChipModelNamesTest {

    @Test
    void aSentenceHasADigitExactlyWhenTheNamesRegexDigitFindsOne() {
        Pattern digit = Pattern.compile("\\d");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "Brisa Pro " + c;
            assertEquals(digit.matcher(s).find(), ChipModelNames.hasDigit(s), "U+" + Integer.toHexString(c));
        }
    }
}
