package org.chipgraph.fact;

/**
 * Bad input from the user: a file, header, row, query or parameter that is not what was expected.
 * The message is one line naming the input (file and line where known) and what was expected;
 * the CLI prints it without a stack trace and exits 1.
 */
public class InputException extends RuntimeException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }
}
