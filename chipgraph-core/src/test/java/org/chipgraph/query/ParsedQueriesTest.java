package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** A question's text is parsed once; each caller gets a copy of its own, so one page's limit never leaks into the next. */
class ParsedQueriesTest {
    static final String TEXT = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s";

    @Test
    void eachCallerGetsItsOwnCopyOfTheParsedQuery() {
        Query first = ParsedQueries.of(TEXT);
        first.setLimit(5);
        Query second = ParsedQueries.of(TEXT);
        assertNotSame(first, second);
        assertFalse(second.hasLimit(), "the first caller's limit reached the second: " + second);
        assertEquals(first.getQueryPattern(), second.getQueryPattern());
    }

    @Test
    void twoPagesOfAQuestionKeepTheirOwnLimitAndOffset() {
        Question q = QuestionLibrary.parse("t", "test", "# title: t\n" + TEXT + "\n");
        Query page1 = QueryRunner.paged(q, 10, 0);
        Query page3 = QueryRunner.paged(q, 10, 20);
        assertEquals(11, page1.getLimit());
        assertFalse(page1.hasOffset());
        assertEquals(11, page3.getLimit());
        assertEquals(20, page3.getOffset());
    }

    @Test
    void theSharedParseIsOneObjectThatNoCopyChanges() {
        Query shared = ParsedQueries.shared(TEXT);
        ParsedQueries.of(TEXT).setLimit(5);
        assertSame(shared, ParsedQueries.shared(TEXT));
        assertFalse(shared.hasLimit());
    }

    @Test
    void aSyntaxErrorIsReportedEveryTimeNotCached() {
        assertThrows(org.apache.jena.query.QueryParseException.class, () -> ParsedQueries.of("SELECT WHERE {"));
        assertThrows(org.apache.jena.query.QueryParseException.class, () -> ParsedQueries.of("SELECT WHERE {"));
    }
}
