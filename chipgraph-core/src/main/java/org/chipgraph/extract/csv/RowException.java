package org.chipgraph.extract.csv;

/** A row that cannot be mapped: its column (or null for the whole row) and what was expected. Skippable. */
public final class RowException extends RuntimeException {
    private final String column;

    public RowException(String column, String message) {
        super(message);
        this.column = column;
    }

    public String column() { return column; }
}
