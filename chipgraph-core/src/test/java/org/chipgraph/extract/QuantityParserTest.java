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
    })
    void money(String text, String expected) {
        List<QuantityParser.Amount> found = QuantityParser.find(text.strip());
        assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
        assertEquals(expected.strip(), found.get(0).money().toString());
    }

    @Test
    void yearsPercentagesAndProcessNodesAreNotQuantities() {
        assertTrue(QuantityParser.find("In 2024 shares fell 6.6% and it moved to a 7-nm and 5 nm node").isEmpty(),
                () -> QuantityParser.find("In 2024 shares fell 6.6% and it moved to a 7-nm and 5 nm node").toString());
    }
}
