package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.chipgraph.fact.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RelativeDateResolverTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The plant opened in 2021.                            | 2024-09-30 | 2021",
            "Sales have grown since 2019.                         | 2024-09-30 | 2019",
            "It shipped 5,000 units by July.                      | 2024-09-30 | 2024-07",
            "Shipments start this year.                           | 2025-03-14 | 2025",
            "The rules took effect last October.                  | 2023-10-18 | 2022-10",
            "The deal closed last March.                          | 2023-10-18 | 2023-03",
            "Vergangenes Jahr stieg der Umsatz.                   | 2024-09-30 | 2023",
            "Im laufenden Jahr wurden Chips bestellt.             | 2024-09-30 | 2024",
            "Im vergangenen Jahr kam der Chip auf den Markt.      | 2023-10    | 2022",
            "Bereits im Oktober letzten Jahres kam die Regel.     | 2023-10    | 2022-10",
            "Orders rose in the first three months of 2026.       | 2026-04    | 2026",
            "On March 3, 2024, the company said so.               | 2024-05-01 | 2024-03-03",
            "Am 12. März 2025 wurde es bekannt.                   | 2025-04    | 2025-03-12",
            "The rules took effect in October 2023.               | 2025-04    | 2023-10",
            "The list was expanded earlier this month.            | 2025-04-28 | 2025-04",
            "Launch is planned for next year.                     | 2023-11    | 2024",
            "Bis Januar kamen die ersten Lieferungen.             | 2025-02-20 | 2025-01",
            "Seoul tightened its rules in the spring.             | 2026-10-02 | 2026",
            "Deliveries begin in the third quarter.               | 2025-03    | 2025",
            "The fab is to open by the end of the year.           | 2025-03    | 2025",
            "The ministry on Tuesday added four firms to its list. | 2026-03-12 | 2026-03-10",
            "Das Ministerium hat am Donnerstag Regeln erlassen.    | 2026-03-12 | 2026-03-12",
            "The board will vote on the contract on Monday.       | 2026-03-12 | 2026-03-16",
            "Kestrel said last week that it had placed the order. | 2026-03-12 | 2026-03",
            "Der Vertrag wurde vergangene Woche unterzeichnet.    | 2026-03-04 | 2026-02",
            "The deal was signed earlier this week.               | 2026-03-31 | 2026-03",
            "Der Auftrag kam in dieser Woche.                     | 2026-04-02 | 2026-03",
            "The shares of the chip designer fell yesterday.      | 2026-03-01 | 2026-02-28",
            "Die ersten Module wurden im Dezember übergeben.      | 2026-01-22 | 2025-12",
            "Die Module sollen im Dezember ausgeliefert werden.   | 2026-01-22 | 2026-12",
            "Die Module werden im Dezember ausgeliefert.          | 2026-01-22 | 2026-12",
            "Die Fabrik läuft seit Mai im Testbetrieb.            | 2026-09-10 | 2026-05",
            "The agency published its licence rule on March 4.    | 2026-05-20 | 2026-03-04",
            "Brenford listed the two buyers on November 18.       | 2026-02-11 | 2025-11-18",
            "The curbs will apply from November 18 onwards.       | 2026-02-11 | 2026-11-18",
    })
    void resolvesAgainstTheArticleDate(String text, String article, String expected) {
        List<RelativeDateResolver.DateMention> found = RelativeDateResolver.find(text.strip(), PartialDate.parse(article.strip()));
        assertEquals(1, found.size(), () -> "dates in '" + text + "': " + found);
        assertEquals(expected.strip(), found.get(0).date().toString());
    }

    @Test
    void aSeasonOfANamedYearIsThatYearNotTheArticles() {
        var found = RelativeDateResolver.find("Output rose in the second half of 2024.", PartialDate.parse("2026-01"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("2024", found.get(0).date().toString());
    }

    @Test
    void mayAsAVerbIsNotADate() {
        assertTrue(RelativeDateResolver.find("Prices may rise.", PartialDate.parse("2024-01")).isEmpty());
    }

    @Test
    void processNodeIsNotAYear() {
        assertTrue(RelativeDateResolver.find("It uses a 2025nm node and 30% more power.", PartialDate.parse("2024-01")).isEmpty());
    }

    @Test
    void anExpressionIsTriedOnlyAtWordsItCanBeginWith() {
        assertArrayEquals(new String[] {"first", "last", "next"}, WordCue.prefixes("(?i)\\b(?:first|last)\\s+quarter|\\bnext\\s+year"));
        assertArrayEquals(new String[] {"19", "20"}, WordCue.prefixes("(?<![\\p{L}])(?<year>(?:19|20)\\d\\d)"));
        assertNull(WordCue.prefixes("\\b(?:im\\s+)?(?<month>Mai|Juni)"));
    }

    @Test
    void datesAtTheStartMiddleAndEndOfASentenceAreAllFound() {
        var found = RelativeDateResolver.find("March 2024 saw orders; by July the first quarter of 2025 was sold out, said people in 2023",
                PartialDate.parse("2024-05"));
        assertEquals(List.of("2024-03", "2024-07", "2025", "2023"), found.stream().map(d -> d.date().toString()).toList());
    }

    @Test
    void aWeekdayNeedsAnArticleDatedToTheDay() {
        assertTrue(RelativeDateResolver.find("The ministry on Tuesday added four firms.", PartialDate.parse("2026-03")).isEmpty());
    }

    @Test
    void aWeekdayBeforeItsDateGivesWayToTheDate() {
        var found = RelativeDateResolver.find("On Monday, March 2, 2026, the list grew.", PartialDate.parse("2026-03-12"));
        assertEquals(List.of("2026-03-02"), found.stream().map(d -> d.date().toString()).toList());
    }

    @Test
    void aGermanDayAndMonthWithoutAYearIsOfTheArticlesYear() {
        var found = RelativeDateResolver.find("Ab dem 1. Juli gilt die neue Regel.", PartialDate.parse("2026-06-11"));
        assertEquals(List.of("2026-07-01"), found.stream().map(d -> d.date().toString()).toList());
    }

    @Test
    void aGermanDayOfALaterMonthWithoutTheFutureIsLastYears() {
        var found = RelativeDateResolver.find("Seit dem 3. Oktober ruht die Produktion.", PartialDate.parse("2026-02-05"));
        assertEquals(List.of("2025-10-03"), found.stream().map(d -> d.date().toString()).toList());
    }

    @Test
    void lastAutumnInAGermanArticleOfJulyIsLastYears() {
        var found = RelativeDateResolver.find("Bereits im vergangenen Herbst hatte die Behörde die Ausfuhr beschränkt.", PartialDate.parse("2026-07-02"));
        assertEquals(List.of("2025"), found.stream().map(d -> d.date().toString()).toList());
    }
}
