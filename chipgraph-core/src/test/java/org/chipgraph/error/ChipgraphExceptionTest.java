package org.chipgraph.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.chipgraph.query.ParameterException;
import org.chipgraph.store.StoreInUseException;
import org.junit.jupiter.api.Test;

class ChipgraphExceptionTest {
    @Test
    void anInputErrorNamesTheFileLineAndFieldItKnows() {
        assertEquals("t.csv: line 7, field 'Owner': empty, expected a name",
                InputError.at(Path.of("t.csv"), 7, "Owner", "empty, expected a name").getMessage());
        assertEquals("t.csv: field 'Owner': missing", InputError.at(Path.of("t.csv"), 0, "Owner", "missing").getMessage());
        assertEquals("t.csv: line 3: not UTF-8", InputError.at(Path.of("t.csv"), 3, null, "not UTF-8").getMessage());
    }

    @Test
    void eachErrorSaysItsKind() {
        assertEquals(ChipgraphException.Kind.INPUT, new InputError("x").kind());
        assertEquals(ChipgraphException.Kind.USAGE, new ParameterException("x").kind());
        assertEquals(ChipgraphException.Kind.STORE, new StoreInUseException("x").kind());
    }

    @Test
    void theOneLineFormJoinsLineBreaksFromInputFiles() {
        assertEquals("bad value 'a b' in row 2", new InputError("bad value 'a\nb' in row 2").oneLine());
    }
}
