package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * The gazetteer of cities ({@code patterns/cities.tsv}): each city's names and German adjectives ("München",
 * "Münchner") with the registry label of its country. A city names its country only where the language's
 * city-context places a company in it ("the Munich start-up", "das Dresdner Unternehmen"), and is never a party.
 */
final class CityGazetteer {
    /** One row: the country's registry label and the city's surface forms (names and adjectives). */
    record City(String country, List<String> forms, int line) {}

    private CityGazetteer() {}

    /** The bundled gazetteer's rows, or none when the project has no gazetteer. */
    static List<City> load() {
        return BundledFiles.find("patterns/cities.tsv").map(f -> parse(f.origin(), f.text())).orElse(List.of());
    }

    static List<City> parse(String origin, String text) {
        List<City> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length != 3) throw new InputError(origin + ":" + (i + 1) + ": expected country<TAB>names<TAB>German adjectives, found " + f.length + " fields");
            List<String> forms = new ArrayList<>();
            for (String col : List.of(f[1], f[2])) {
                for (String form : col.split("\\|")) if (!form.isBlank()) forms.add(form.strip());
            }
            if (f[0].isBlank() || forms.isEmpty()) throw new InputError(origin + ":" + (i + 1) + ": expected a country label and at least one city name");
            out.add(new City(f[0].strip(), forms, i + 1));
        }
        return out;
    }
}
