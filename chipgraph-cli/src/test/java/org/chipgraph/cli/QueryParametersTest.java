package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chipgraph query` refuses parameters that would answer another question than was asked, with exit code 2. */
@Tag("integration")
class QueryParametersTest {
    @TempDir static Path dir;
    static String db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("db").toString();
        assertEquals(0, Cli.run("ingest", "--db", db, "samples").exit());
    }

    @Test
    void aMissingParameterExits2NamingIt() {
        Cli r = Cli.run("query", "--db", db, "--name", "company-chips");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("parameter 'company' is missing"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aCountryForACompanyExits2SayingWhatItIs() {
        Cli r = Cli.run("query", "--db", db, "--name", "company-chips", "-p", "company=China");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("China is a country, not a company"), r.err());
    }

    @Test
    void aRepeatedParameterExits2() {
        Cli r = Cli.run("query", "--db", db, "--name", "company-chips", "-p", "company=Alibaba", "-p", "company=ByteDance");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("parameter 'company' is given twice"), r.err());
    }

    @Test
    void aMisspeltQuestionExits2WithSuggestions() {
        Cli r = Cli.run("query", "--db", db, "--name", "control-exposur", "-p", "control=x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("did you mean control-exposure"), r.err());
    }

    @Test
    void limitAndOffsetPageTheRows() {
        Cli all = Cli.run("query", "--db", db, "--name", "facts", "-f", "csv", "--limit", "0");
        Cli page = Cli.run("query", "--db", db, "--name", "facts", "-f", "csv", "--limit", "2", "--offset", "1");
        assertEquals(0, page.exit(), page.err());
        var allRows = all.out().lines().toList();
        assertEquals(allRows.subList(0, 1), page.out().lines().limit(1).toList(), "same header");
        assertEquals(allRows.subList(2, 4), page.out().lines().skip(1).toList());
        assertTrue(page.err().contains("more with --offset 3"), page.err());
    }
}
