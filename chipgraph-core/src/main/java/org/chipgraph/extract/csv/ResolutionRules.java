package org.chipgraph.extract.csv;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * The data that drives entity resolution, read from {@code mappings/resolution-rules.txt}: the markers in a
 * listed party's name that separate a parent from the party ("Affiliated Entity:"), with the relation each
 * marker means. How names are compared (corporate suffixes and all) is {@link org.chipgraph.fact.NameKey}'s.
 */
public record ResolutionRules(List<Marker> markers, int minParentLabelLength) {

    public static final String FILE = "mappings/resolution-rules.txt";

    /** Text in a name; what comes before it is the parent, after it the party; {@code relation} is a cg: local name. */
    public record Marker(String text, String relation) {}

    public static ResolutionRules load() {
        var f = BundledFiles.find(FILE).orElseThrow(() -> new InputError(FILE + ": missing, expected the entity-resolution rules"));
        return parse(f.origin(), f.text());
    }

    static ResolutionRules parse(String origin, String text) {
        List<Marker> markers = new ArrayList<>();
        int minParent = 3;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> t = MappingParser.tokens(origin, i + 1, line);
            switch (t.get(0)) {
                case "suffix" -> throw MappingParser.err(origin, i + 1, "corporate suffixes are listed in " + org.chipgraph.fact.NameKey.FILE + " now, for every source alike");
                case "marker" -> {
                    if (t.size() != 3) throw MappingParser.err(origin, i + 1, "expected 'marker RELATION \"text\"'");
                    markers.add(new Marker(t.get(2).replace("\u0000", ""), t.get(1)));
                }
                case "min-parent-label-length" -> minParent = Integer.parseInt(t.get(1));
                default -> throw MappingParser.err(origin, i + 1, "unknown rule '" + t.get(0) + "', expected marker or min-parent-label-length");
            }
        }
        return new ResolutionRules(List.copyOf(markers), minParent);
    }
}
