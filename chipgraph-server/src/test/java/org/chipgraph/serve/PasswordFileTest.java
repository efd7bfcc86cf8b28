package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {
    @Test
    void readsUserPasswordLinesIgnoringCommentsAndRoles(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p"), "# writers\n\neditor: s3cret\nbot: t0ken, writer\n");
        assertEquals(Map.of("editor", "s3cret", "bot", "t0ken"), PasswordFile.read(f).users());
    }

    @Test
    void aLineWithoutAPasswordIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p"), "editor: s3cret\nbot:\n");
        InputError e = assertThrows(InputError.class, () -> PasswordFile.read(f));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }

    @Test
    void aFileWithoutUsersIsAnError(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p"), "# nobody\n");
        assertThrows(InputError.class, () -> PasswordFile.read(f));
    }

    @Test
    void aClientReadsItsPasswordFromARealmFileOrABarePasswordFile(@TempDir Path dir) throws Exception {
        assertEquals("s3cret", PasswordFile.clientPassword(Files.writeString(dir.resolve("realm"), "editor: s3cret\n"), "editor"));
        assertEquals("s3cret", PasswordFile.clientPassword(Files.writeString(dir.resolve("bare"), "s3cret\n"), "editor"));
    }
}
