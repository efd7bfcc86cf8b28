package org.chipgraph.extract.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * The mappings in {@code mappings/*.rq}, and the choice of one for a file by its header: the mappings
 * whose required columns are all in the header fit; of several, one whose required columns include
 * every other's wins (stages.csv's columns are a subset of inputs.csv's); otherwise it is an error
 * that lists the candidates. Adding a CSV layout is adding a mapping file.
 */
public final class MappingLibrary {

    private final List<CsvMapping> mappings;

    public MappingLibrary(List<CsvMapping> mappings) { this.mappings = List.copyOf(mappings); }

    public static MappingLibrary bundled() {
        List<CsvMapping> out = new ArrayList<>();
        for (String rel : BundledFiles.list("mappings", ".rq")) {
            var f = BundledFiles.find(rel).orElseThrow();
            out.add(MappingParser.parse(rel.substring(rel.lastIndexOf('/') + 1), f.origin(), f.text()));
        }
        return new MappingLibrary(out);
    }

    /** Reads one mapping file given by the user. */
    public static CsvMapping read(Path file) {
        try {
            return MappingParser.parse(file.getFileName().toString(), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputError(file + ": cannot read mapping (" + e.getMessage() + "), expected a mapping file (.rq)");
        }
    }

    public List<CsvMapping> mappings() { return mappings; }

    /** The one mapping that fits a file whose header is read by {@code headerOf} (per dialect). */
    public CsvMapping choose(String fileName, java.util.function.Function<CsvDialect, List<String>> headerOf) {
        List<CsvMapping> fit = new ArrayList<>();
        for (CsvMapping m : mappings) {
            List<String> header = headerOf.apply(m.dialect());
            if (header != null && RowBinder.fits(m, header)) fit.add(m);
        }
        if (fit.size() == 1) return fit.get(0);
        for (CsvMapping m : fit) {
            var mine = required(m);
            if (fit.stream().allMatch(o -> o == m || (mine.containsAll(required(o)) && !required(o).containsAll(mine)))) return m;
        }
        List<String> names = mappings.stream().map(CsvMapping::name).toList();
        if (fit.isEmpty()) {
            throw new InputError(fileName + ": no mapping fits its header (row 1), expected the columns of one of "
                    + names + "; give one with --mapping FILE");
        }
        throw new InputError(fileName + ": several mappings fit its header (row 1): " + fit.stream().map(CsvMapping::name).toList()
                + ", expected one; choose with --mapping FILE");
    }

    private static java.util.Set<String> required(CsvMapping m) {
        java.util.Set<String> s = new java.util.HashSet<>();
        m.requiredColumns().forEach(c -> s.add(String.join("|", c.headers())));
        return s;
    }
}
