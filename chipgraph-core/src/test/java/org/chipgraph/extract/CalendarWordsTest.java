package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
    private static final String TWO_LINES = "month\t3\tMarch | März\nweekday\t4\tThursday | Donnerstag\n";

    @Test
    void aNameOfEitherLanguageGivesItsNumberInAnyCase() {
        CalendarWords c = new CalendarWords("cal.tsv", TWO_LINES);
        assertEquals(3, c.number(CalendarWords.Kind.MONTH, "märz"));
        assertEquals(4, c.number(CalendarWords.Kind.WEEKDAY, "Donnerstag"));
    }

    @Test
    void aMonthNumberOutOfRangeNamesTheFileAndLine() {
        InputError e = assertThrows(InputError.class, () -> new CalendarWords("cal.tsv", TWO_LINES + "month\t13\tSmarch\n"));
        assertTrue(e.getMessage().startsWith("cal.tsv:3: expected month or weekday"), e.getMessage());
    }

    @Test
    void aNameWithOtherThanLettersIsRefused() {
        InputError e = assertThrows(InputError.class, () -> new CalendarWords("cal.tsv", "month\t9\tSept.\nweekday\t1\tMonday\n"));
        assertTrue(e.getMessage().startsWith("cal.tsv:1: expected names of letters only"), e.getMessage());
    }

    @Test
    void theBundledFileHasTwelveMonthsAndSevenWeekdaysInBothLanguages() {
        CalendarWords c = CalendarWords.STANDARD;
        for (String m : new String[] {"January", "Januar", "December", "Dezember"}) assertTrue(c.names(CalendarWords.Kind.MONTH).contains(m), m);
        for (String d : new String[] {"Monday", "Montag", "Sunday", "Sonntag"}) assertTrue(c.names(CalendarWords.Kind.WEEKDAY).contains(d), d);
        assertEquals(12, c.number(CalendarWords.Kind.MONTH, "Dezember"));
    }
}
