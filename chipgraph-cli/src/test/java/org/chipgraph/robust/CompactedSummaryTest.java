package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest that compacts the store at the end leaves a summary graph a rebuild would make (citations included). */
@Tag("integration")
class CompactedSummaryTest {
    @TempDir Path tmp;

    @Test
    void aCompactedStoreKeepsItsSummaryInStep() throws Exception {
        ingestAndCheck("always", "after an ingest that compacted");
    }

    @Test
    void anUncompactedStoreKeepsItsSummaryInStep() throws Exception {
        ingestAndCheck("never", "after an ingest");
    }

    /** Ingests 50 generated articles in batches on two threads, then compares the kept summary with a rebuild. */
    void ingestAndCheck(String compact, String when) throws Exception {
        Path corpus = tmp.resolve("articles");
        Corpus.write(corpus, 50, 7L, 0);
        Path store = tmp.resolve("db");
        var r = Cli.run("ingest", "--db", store.toString(), "--batch-docs", "3", "--threads", "2", "--compact", compact, corpus.toString());
        assertEquals(0, r.exit(), r.err());
        try (TdbStore db = TdbStore.open(store)) {
            SummaryInStep.check(db, when);
        }
    }
}
