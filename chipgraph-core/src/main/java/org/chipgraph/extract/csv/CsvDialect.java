package org.chipgraph.extract.csv;

import java.nio.charset.Charset;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * How a CSV layout is written, as its mapping declares it ({@code #@ dialect ...}): delimiter, quote,
 * encoding, whether a byte-order mark may lead, which cell texts mean "no value", whether cells are trimmed.
 * The header is always the first record; columns are found by its names.
 */
public record CsvDialect(char delimiter, char quote, Charset encoding, boolean bom, Set<String> nulls, boolean trim) {

    public static final CsvDialect DEFAULT = new CsvDialect(',', '"', java.nio.charset.StandardCharsets.UTF_8, true, Set.of(""), true);

    /** The Commons CSV format: records only; the header is read as the first record so it can be checked. */
    public CSVFormat format() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .build();
    }

    /** The cell's text, or null when the dialect says the cell holds no value. */
    public String value(String raw) {
        if (raw == null) return null;
        String v = trim ? raw.strip() : raw;
        return nulls.contains(v) ? null : v;
    }
}
