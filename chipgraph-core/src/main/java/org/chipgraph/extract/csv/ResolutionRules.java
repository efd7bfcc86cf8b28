package org.chipgraph.extract.csv;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * The data that drives entity resolution, read from {@code mappings/resolution-rules.txt}: corporate
 * suffixes dropped before comparing names, and the markers in a listed party's name that separate a
 * parent from the party ("Affiliated Entity:"), with the relation each marker means.
 */
public record ResolutionRules(List<List<String>> suffixes, List<Marker> markers, int minParentLabelLength) {

    public static final String FILE = "mappings/resolution-rules.txt";

    /** Text in a name; what comes before it is the parent, after it the party; {@code relation} is a cg: local name. */
    public record Marker(String text, String relation) {}

    public static ResolutionRules load() {
        var f = BundledFiles.find(FILE).orElseThrow(() -> new InputError(FILE + ": missing, expected the entity-resolution rules"));
        return parse(f.origin(), f.text());
    }

    static ResolutionRules parse(String origin, String text) {
        List<List<String>> suffixes = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        int minParent = 3;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> t = MappingParser.tokens(origin, i + 1, line);
            switch (t.get(0)) {
                case "suffix" -> suffixes.add(t.subList(1, t.size()).stream().map(s -> s.replace("\u0000", "")).map(EntityResolver::normaliseWord).toList());
                case "marker" -> {
                    if (t.size() != 3) throw MappingParser.err(origin, i + 1, "expected 'marker RELATION \"text\"'");
                    markers.add(new Marker(t.get(2).replace("\u0000", ""), t.get(1)));
                }
                case "min-parent-label-length" -> minParent = Integer.parseInt(t.get(1));
                default -> throw MappingParser.err(origin, i + 1, "unknown rule '" + t.get(0) + "', expected suffix, marker or min-parent-label-length");
            }
        }
        // longest suffixes first, so "co ltd" goes before "ltd"
        suffixes.sort((a, b) -> b.size() - a.size());
        return new ResolutionRules(List.copyOf(suffixes), List.copyOf(markers), minParent);
    }
}
