package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "it bought more than 100,000 units       | >100000",
            "it received fewer than 30,000 units     | <30000",
            "sie bestellte über 100.000 Stück        | >100000",
            "es kamen weniger als 30.000 an          | <30000",
            "about 800,000 chips                     | 800000",
            "at least 5,000 servers                  | >=5000",
            "bis zu 2.500 Einheiten                  | <=2500",
            "1.2 million chips                       | 1200000",
            "2 Millionen Chips                       | 2000000",
    })
    void quantities(String text, String expected) {
        List<QuantityParser.Amount> found = QuantityParser.find(text.strip());
        assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
        assertNull(found.get(0).money());
        assertEquals(expected.strip(), found.get(0).quantity().toString());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "it allocated $2bn for chips             | USD 2000000000",
            "placed US$16 billion in orders          | USD 16000000000",
            "investierte $2 Milliarden in Chips      | USD 2000000000",
            "gab 2 Mrd. US-Dollar aus                | USD 2000000000",
            "eine Belastung von 5,5 Milliarden Dollar | USD 5500000000",
            "a USD 5.5 billion charge                | USD 5500000000",
            "sales of $400 million                   | USD 400000000",
            "1,5 Milliarden Euro                     | EUR 1500000000",
            "a contract worth NT$2.4 billion         | TWD 2400000000",
            "an order worth 9 billion yen            | JPY 9000000000",
            "a 3.5 billion yuan deal                 | CNY 3500000000",
            "valued at Rs 1,800 crore                | INR 18000000000",
            "für 12 Millionen Franken                | CHF 12000000",
            "ein Auftrag über 40 Milliarden Yen      | JPY 40000000000",
    })
    void money(String text, String expected) {
        List<QuantityParser.Amount> found = QuantityParser.find(text.strip());
        assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
        assertEquals(expected.strip(), found.get(0).money().toString());
    }

    @Test
    void aDollarFigureInBracketsStandsForTheSumInAnotherCurrency() {
        List<QuantityParser.Amount> found = QuantityParser.find("an order valued at Rs 1,800 crore ($216 million), signed in May");
        assertEquals(1, found.size(), found::toString);
        assertEquals("USD 216000000", found.get(0).money().toString());
        assertEquals("Rs 1,800 crore ($216 million)", "an order valued at Rs 1,800 crore ($216 million), signed in May".substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void aCurrencyMarkerIsNoPartOfAName() {
        // "Rs" before a number is the rupee, never a capitalised word left for name discovery
        List<QuantityParser.Amount> found = QuantityParser.find("Rs 500 an hour per chip");
        assertEquals(1, found.size(), found::toString);
        assertEquals(0, found.get(0).start());
    }

    @Test
    void yearsPercentagesAndProcessNodesAreNotQuantities() {
        assertTrue(QuantityParser.find("In 2024 shares fell 6.6% and it moved to a 7-nm and 5 nm node").isEmpty(),
                () -> QuantityParser.find("In 2024 shares fell 6.6% and it moved to a 7-nm and 5 nm node").toString());
    }

    /** The language's number words, as its pattern file gives them. */
    private static NumberWords words(String lang) {
        String file = "patterns/" + lang + ".patterns";
        var f = org.chipgraph.source.BundledFiles.find(file).orElseThrow();
        String lines = f.text().lines().filter(l -> l.startsWith("number-word")).collect(java.util.stream.Collectors.joining("\n"));
        return NumberWords.of(PatternFile.parse(f.origin(), lines).list("number-word"), file);
    }

    @ParameterizedTest(name = "[{index}] \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "de | Für zwei Milliarden Dollar kauft die Firma Chips         | USD 2000000000",
            "de | Sie zahlte eine halbe Milliarde Euro für die Anlage      | EUR 500000000",
            "de | Der Auftrag hat einen Wert von drei Millionen US-Dollar  | USD 3000000",
            "de | rund anderthalb Milliarden Euro flossen in das Werk     | EUR 1500000000",
            "en | The deal is worth two billion dollars                   | USD 2000000000",
            "en | it spent half a billion dollars on servers              | USD 500000000",
    })
    void moneyInWords(String lang, String text, String expected) {
        List<QuantityParser.Amount> found = QuantityParser.find(text.strip(), words(lang.strip()));
        assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
        assertEquals(expected.strip(), found.get(0).money().toString());
    }

    @Test
    void aCountInWordsBeforeAScaleIsAQuantity() {
        List<QuantityParser.Amount> found = QuantityParser.find("Die Fabrik soll drei Millionen Chips im Jahr fertigen", words("de"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("3000000", found.get(0).quantity().toString());
    }

    @Test
    void aNumberWordWithoutAScaleIsNoAmount() {
        assertTrue(QuantityParser.find("Eine Firma kaufte zwei Server und drei Chips", words("de")).isEmpty());
        assertTrue(QuantityParser.find("Two firms bought a dozen servers", words("en")).isEmpty());
    }

    @Test
    void aDigitAmountIsNotCountedTwiceWithWords() {
        List<QuantityParser.Amount> found = QuantityParser.find("rund 1,5 Mrd. USD für die Chips", words("de"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("USD 1500000000", found.get(0).money().toString());
    }
}
