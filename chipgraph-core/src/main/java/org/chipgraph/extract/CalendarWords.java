package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/** The month and weekday names of patterns/calendar.tsv, with their numbers, as the date expressions need them. */
final class CalendarWords {
    enum Kind { MONTH, WEEKDAY }

    private final Map<Kind, List<String>> names = new HashMap<>();
    private final Map<Kind, Map<String, Integer>> numbers = new HashMap<>();

    static final CalendarWords STANDARD = load();

    private static CalendarWords load() {
        var file = BundledFiles.find("patterns/calendar.tsv")
                .orElseThrow(() -> new InputError("patterns/calendar.tsv: missing, expected the month and weekday names of dates"));
        return new CalendarWords(file.origin(), file.text());
    }

    CalendarWords(String origin, String text) {
        for (Kind k : Kind.values()) {
            names.put(k, new ArrayList<>());
            numbers.put(k, new HashMap<>());
        }
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            Kind kind = f.length == 3 ? kind(f[0].strip()) : null;
            int max = kind == Kind.MONTH ? 12 : 7;
            if (kind == null || !f[1].strip().matches("\\d{1,2}") || Integer.parseInt(f[1].strip()) < 1 || Integer.parseInt(f[1].strip()) > max) {
                throw new InputError(origin + ":" + (i + 1) + ": expected month or weekday<TAB>its number (month 1-12, weekday 1-7)<TAB>names separated by |, got \"" + l + "\"");
            }
            for (String n : f[2].split("\\|")) {
                String name = n.strip();
                if (name.isEmpty()) continue;
                // letters only: the names go into regexes unquoted, where WordCue.prefixes can read their first words
                if (!name.matches("\\p{L}+")) throw new InputError(origin + ":" + (i + 1) + ": expected names of letters only, got \"" + name + "\"");
                names.get(kind).add(name);
                numbers.get(kind).put(name.toLowerCase(Locale.ROOT), Integer.parseInt(f[1].strip()));
            }
        }
        for (Kind k : Kind.values()) {
            if (names.get(k).isEmpty()) throw new InputError(origin + ": no " + k.name().toLowerCase(Locale.ROOT) + " names, expected lines for each");
        }
    }

    private static Kind kind(String s) {
        return switch (s) {
            case "month" -> Kind.MONTH;
            case "weekday" -> Kind.WEEKDAY;
            default -> null;
        };
    }

    /** The names as written ("May", "März"). */
    List<String> names(Kind kind) { return List.copyOf(names.get(kind)); }

    /** The names in lower case, for a cheap test of whether a text may hold one. */
    List<String> lowerNames(Kind kind) { return names.get(kind).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList(); }

    /** A regex alternation of the names, longest first, as a named group. */
    String group(Kind kind, String groupName) {
        List<String> sorted = new ArrayList<>(names.get(kind));
        sorted.sort((a, b) -> b.length() - a.length());
        return "(?<" + groupName + ">" + String.join("|", sorted) + ")";
    }

    /** The number of a name of this kind, in any case; throws when it is none. */
    int number(Kind kind, String name) {
        Integer n = numbers.get(kind).get(name.toLowerCase(Locale.ROOT));
        if (n == null) throw new IllegalArgumentException("not a " + kind.name().toLowerCase(Locale.ROOT) + ": " + name);
        return n;
    }
}
