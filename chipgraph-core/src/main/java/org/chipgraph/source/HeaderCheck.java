package org.chipgraph.source;

import java.nio.file.Path;
import java.time.LocalDate;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.PartialDate;

/**
 * Headers the article itself contradicts: a '# lang' the text is surely not in (the extractor would run
 * the other language's rules and find almost nothing), a '# date' in the future. An error naming the file,
 * the header and what was found; with --trust-headers a warning on stderr, and the header is used.
 */
public final class HeaderCheck {
    /** Detection this sure of a language... */
    static final double SURE = 0.5;
    /** ...while giving the header's language this little, contradicts the header (short texts never reach it). */
    static final double UNLIKELY = 0.05;

    private final LanguageDetector languages;
    private final boolean trustHeaders;
    private final LocalDate today;

    public HeaderCheck(LanguageDetector languages, boolean trustHeaders, LocalDate today) {
        this.languages = languages;
        this.trustHeaders = trustHeaders;
        this.today = today;
    }

    void language(Path file, String header, String body) {
        if (!FunctionWords.suspect(body, header)) return;
        LanguageDetector.Guess g = languages.guess(body);
        if (g.language().equals(header) || g.confidence() < SURE || g.confidenceOf(header) >= UNLIKELY) return;
        contradiction(String.format("%s: header 'lang' is '%s' but the text is in '%s' (detected with confidence %.2f)",
                file, header, g.language(), g.confidence()), "fix the header");
    }

    void date(Path file, PartialDate date) {
        // a day's grace: an article dated tomorrow somewhere east of UTC is not from the future
        PartialDate limit = PartialDate.ofDay(today.plusDays(1).getYear(), today.plusDays(1).getMonthValue(), today.plusDays(1).getDayOfMonth());
        PartialDate earliest = PartialDate.ofDay(date.year(), date.month() == null ? 1 : date.month(), date.day() == null ? 1 : date.day());
        if (earliest.compareTo(limit) <= 0) return;
        contradiction(file + ": header 'date' is " + date + ", which is in the future (today is " + today + ")", "fix the header");
    }

    private void contradiction(String message, String fix) {
        if (trustHeaders) {
            System.err.println("chipgraph: warning: " + message + "; used as given (--trust-headers)");
        } else {
            throw new InputError(message + "; " + fix + ", or pass --trust-headers to use it anyway");
        }
    }
}
