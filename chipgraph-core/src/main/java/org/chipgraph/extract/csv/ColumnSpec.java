package org.chipgraph.extract.csv;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One column a mapping reads: the SPARQL variable it binds, the header spellings that name it
 * (the first one present wins), whether the file must have it, its type, and how a multi-valued
 * cell splits. {@code line} is the mapping line that declares it, for error messages.
 */
public record ColumnSpec(String variable, List<String> headers, boolean required, CellType type,
                         DateTimeFormatter format, String formatText, Pattern split, int line) {

    public boolean multiValued() { return split != null; }
}
