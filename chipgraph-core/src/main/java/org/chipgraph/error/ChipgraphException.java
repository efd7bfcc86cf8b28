package org.chipgraph.error;

/**
 * An error chipgraph explains to its user in one line: what input, store or command line was wrong and what was
 * expected. Its {@link Kind} decides the exit code (the CLI) or the HTTP status (the endpoint), each in one place.
 */
public abstract class ChipgraphException extends RuntimeException {
    /** What went wrong, from the user's side. */
    public enum Kind {
        /** A file, header, row, query or value that is not what was expected. */
        INPUT,
        /** The store cannot be used as asked: locked by another process, read-only, its disk full. */
        STORE,
        /** The command line or a question's parameters ask for something that cannot be answered as asked. */
        USAGE
    }

    protected ChipgraphException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract Kind kind();

    /** The message on one line, whatever it holds (a stray line break from an input file). */
    public String oneLine() {
        return String.valueOf(getMessage()).replaceAll("\\R", " ");
    }
}
