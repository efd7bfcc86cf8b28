package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.error.ChipgraphException;
import org.chipgraph.error.InputError;
import org.chipgraph.store.StoreInUseException;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a store folder left by a crash opens. */
@Tag("integration")
class StoreOpeningTest {
    @TempDir Path tmp;

    @Test
    void aFolderKilledWhileTheStoreWasBeingMadeOpensAsANewStore() throws Exception {
        Path dir = tmp.resolve("db");
        Files.createDirectories(dir.resolve("Data-0001-tmp"));
        Files.writeString(dir.resolve("Data-0001-tmp/OSP.idn"), "");
        Files.writeString(dir.resolve("tdb.lock"), "");
        try (TdbStore store = TdbStore.open(dir)) {
            assertEquals(0, store.quadCount());
        }
        assertFalse(Files.exists(dir.resolve("Data-0001-tmp")), "the leftover -tmp folder is removed");
        assertTrue(Files.isDirectory(dir.resolve("Data-0001")));
    }

    @Test
    void aNewStoreLeavesNoTemporaryGeneration() {
        Path dir = tmp.resolve("db");
        try (TdbStore store = TdbStore.open(dir)) {
            assertEquals(0, store.quadCount());
        }
        assertTrue(Files.isDirectory(dir.resolve("Data-0001")));
        assertFalse(Files.exists(dir.resolve("Data-0001-tmp")));
    }

    @Test
    void aDamagedStoreIsReportedAsDamagedNotAsInUse() throws Exception {
        Path dir = tmp.resolve("db");
        TdbStore.open(dir).close();
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("Data-0001/OSP.idn").toFile(), "rw")) {
            f.setLength(0);
        }
        ChipgraphException e = assertThrows(ChipgraphException.class, () -> TdbStore.open(dir));
        assertFalse(e instanceof StoreInUseException, e.getMessage());
        assertTrue(e.getMessage().contains("cannot open TDB2 store"), e.getMessage());
    }
}
