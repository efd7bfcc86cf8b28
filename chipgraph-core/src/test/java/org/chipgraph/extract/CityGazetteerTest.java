package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

/** The gazetteer of cities ({@code patterns/cities.tsv}): its rows, forms and errors. */
class CityGazetteerTest {

    @Test
    void aRowGivesItsCountryAndEveryNameAndAdjective() {
        List<CityGazetteer.City> cities = CityGazetteer.parse("t.tsv", "# comment\nGermany\tMunich | München\tMünchner\n");
        assertEquals(1, cities.size());
        assertEquals("Germany", cities.get(0).country());
        assertEquals(List.of("Munich", "München", "Münchner"), cities.get(0).forms());
    }

    @Test
    void aRowWithoutItsThreeColumnsIsAnErrorNamingTheLine() {
        InputError e = assertThrows(InputError.class, () -> CityGazetteer.parse("t.tsv", "# c\nGermany\tMunich\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
    }

    @Test
    void theBundledGazetteerCoversTheMainCitiesOfManyCountries() {
        List<CityGazetteer.City> cities = CityGazetteer.load();
        assertTrue(cities.size() >= 200, "rows: " + cities.size());
        assertTrue(cities.stream().map(CityGazetteer.City::country).distinct().count() >= 40);
    }
}
