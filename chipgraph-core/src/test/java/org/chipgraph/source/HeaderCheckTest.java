package org.chipgraph.source;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers the text or the calendar contradicts: an error, or with --trust-headers a warning. */
class HeaderCheckTest {
    static LanguageDetector languages;
    static final Path BAD = Path.of("chipgraph-core/src/test/resources/bad");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @BeforeAll
    static void models() { languages = new LanguageDetector(); }

    static ArticleReader reader(boolean trust) {
        return new ArticleReader(languages, null, new HeaderCheck(languages, trust, TODAY));
    }

    static Article read(boolean trust, String text) {
        return reader(trust).read(Path.of("mem.txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEnglishArticleHeadedGermanIsRefusedNamingHeaderAndDetectedLanguage() {
        InputError e = assertThrows(InputError.class, () -> reader(false).read(BAD.resolve("lang-contradicts-text.txt")));
        assertTrue(e.getMessage().startsWith(BAD.resolve("lang-contradicts-text.txt") + ": header 'lang' is 'de' but the text is in 'en'"), e.getMessage());
        assertTrue(e.getMessage().contains("--trust-headers"), e.getMessage());
    }

    @Test
    void withTrustHeadersTheHeaderLanguageIsUsed() {
        assertEquals("de", reader(true).read(BAD.resolve("lang-contradicts-text.txt")).language());
    }

    @Test
    void aShortTextTooShortToBeSureOfKeepsItsHeader() {
        assertEquals("de", read(false, "# date: 2025-01-01\n# lang: de\n\nNvidia makes the H20.\n").language());
    }

    @Test
    void aDateInTheFutureIsRefused() {
        InputError e = assertThrows(InputError.class, () -> read(false, "# date: 2027-01\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n"));
        assertTrue(e.getMessage().contains("header 'date' is 2027-01, which is in the future (today is 2026-12-04)"), e.getMessage());
    }

    @Test
    void tomorrowIsNotTheFutureYet() {
        assertEquals("2026-12-05", read(false, "# date: 2026-12-05\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n").date().toString());
    }

    @Test
    void thisYearIsNotTheFuture() {
        assertEquals("2026", read(false, "# date: 2026\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n").date().toString());
    }

    @Test
    void withTrustHeadersAFutureDateIsUsed() {
        assertEquals("2999-01-01", reader(true).read(BAD.resolve("date-in-future.txt")).date().toString());
    }
}
