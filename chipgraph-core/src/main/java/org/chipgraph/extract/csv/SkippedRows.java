package org.chipgraph.extract.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The report of rows left out by --skip-bad-rows: a TSV of file, row, line, column and reason, written as rows are skipped. */
final class SkippedRows implements AutoCloseable {
    private final BufferedWriter out;
    private long count;

    SkippedRows(Path report) {
        try {
            if (report.getParent() != null) Files.createDirectories(report.getParent());
            out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
            out.write("file\trow\tline\tcolumn\treason\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String file, long row, long line, String column, String reason) {
        count++;
        try {
            out.write(String.join("\t", file, Long.toString(row), Long.toString(line), column == null ? "" : column, tsv(reason)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() { return count; }

    private static String tsv(String s) { return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); }

    @Override public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
