package org.chipgraph.source;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    static LanguageDetector languages;

    @BeforeAll
    static void models() { languages = new LanguageDetector(); }

    static Path file(String name) { return Path.of("chipgraph-core/src/test/resources/source", name); }

    static Article read(String name) { return new ArticleReader(languages, null).read(file(name)); }

    static String error(String name) {
        return assertThrows(InputError.class, () -> read(name)).getMessage();
    }

    @Test
    void headerLinesGiveUrlDateLanguageAndTitle() {
        Article a = read("headed.txt");
        assertEquals("https://example.org/x", a.url());
        assertEquals(PartialDate.ofDay(2025, 1, 15), a.date());
        assertEquals("en", a.language());
        assertEquals("A headed article", a.title());
        assertTrue(a.body().startsWith("\nNvidia makes"), a.body());
        assertEquals(64, a.sha256().length());
    }

    @Test
    void bodyOffsetIndexesTheWholeFile() {
        Article a = read("headed.txt");
        int at = a.content().indexOf("Nvidia makes");
        assertTrue(at >= a.bodyStart());
        assertEquals("Nvidia makes", a.content().substring(at, at + 12));
    }

    @Test
    void englishDateInFirstLineIsFound() {
        assertEquals(PartialDate.ofDay(2024, 12, 3), read("date-in-first-line-en.txt").date());
    }

    @Test
    void germanDateInFirstLineIsFound() {
        assertEquals(PartialDate.ofDay(2025, 3, 12), read("date-in-first-line-de.txt").date());
    }

    @Test
    void isoDateWithWordsAroundItIsFound() {
        assertEquals(PartialDate.ofDay(2024, 9, 30), DateLineFinder.inLine(" date 2024-09-30 The logo at the office").orElseThrow());
    }

    @Test
    void languageIsDetectedWhenNoHeaderGivesIt() {
        assertEquals("en", read("date-in-first-line-en.txt").language());
        assertEquals("de", read("german-no-lang.txt").language());
    }

    @Test
    void articleWithoutDateIsRejectedNamingTheFileAndTheFix() {
        String msg = error("no-date.txt");
        assertTrue(msg.contains("no-date.txt") && msg.contains("--date"), msg);
    }

    @Test
    void fallbackDateIsUsedWhenTheArticleHasNone() {
        Article a = new ArticleReader(languages, PartialDate.ofMonth(2024, 5)).read(file("no-date.txt"));
        assertEquals(PartialDate.ofMonth(2024, 5), a.date());
    }

    @Test
    void malformedHeaderNamesFileAndLine() {
        String msg = error("malformed-header.txt");
        assertTrue(msg.contains("malformed-header.txt:2") && msg.contains("# key: value"), msg);
    }

    @Test
    void headerWithoutValueIsRejected() {
        String msg = error("header-without-value.txt");
        assertTrue(msg.contains("header-without-value.txt:1") && msg.contains("no value"), msg);
    }

    @Test
    void impossibleDateIsRejected() {
        String msg = error("impossible-date.txt");
        assertTrue(msg.contains("impossible-date.txt") && msg.contains("2024-2-30"), msg);
    }

    @Test
    void emptyFileIsRejected() {
        assertTrue(error("empty.txt").contains("empty file"));
    }

    @Test
    void binaryFileIsRejected() {
        assertTrue(error("binary.txt").contains("binary file"));
    }

    @Test
    void latin1FileIsRejectedWithLineAndByte() {
        String msg = error("latin1.txt");
        assertTrue(msg.contains("not valid UTF-8") && msg.contains("line 3") && msg.contains("0xFC"), msg);
    }

    @Test
    void thirdLanguageIsRejected() {
        String msg = error("french.txt");
        assertTrue(msg.contains("french.txt") && msg.contains("English or German"), msg);
    }

    @Test
    void byteOrderMarkIsAccepted() {
        Article a = read("bom.txt");
        assertEquals(PartialDate.ofDay(2025, 1, 15), a.date());
        assertEquals("en", a.language());
    }

    @Test
    void crlfLineEndsAreAccepted() {
        Article a = read("crlf.txt");
        assertEquals("en", a.language());
        assertTrue(a.body().contains("Huawei makes"));
    }

    @Test
    void missingFileIsAnInputError() {
        assertThrows(InputError.class, () -> read("does-not-exist.txt"));
    }
}
