package org.chipgraph.error;

import java.nio.file.Path;

/**
 * Bad input from the user: a file, header, row, query or parameter that is not what was expected. The message is one
 * line naming the input (file, line and field where known) and what was expected.
 */
public class InputError extends ChipgraphException {
    public InputError(String message) { super(message, null); }
    public InputError(String message, Throwable cause) { super(message, cause); }

    /** "FILE: line N, field 'F': PROBLEM", leaving out what is not known (line &lt;= 0, field null). */
    public static InputError at(Path file, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) sb.append(": line ").append(line);
        if (field != null) sb.append(line > 0 ? ", " : ": ").append("field '").append(field).append('\'');
        return new InputError(sb.append(": ").append(problem).toString());
    }

    @Override
    public Kind kind() { return Kind.INPUT; }
}
