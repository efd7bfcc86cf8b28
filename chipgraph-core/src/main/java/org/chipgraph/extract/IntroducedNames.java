package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name introduced by a word that says a name follows ("ein Start-up namens Orvex", "einen Nachfolger namens QX-12",
 * "einen Inferenzchip namens Varno"; name-shapes {@code name-introducer}). What it names comes from the noun before the
 * word: a company descriptor ({@code company-descriptor}) names a company, a chip noun ({@code model-after-noun} or a
 * compound ending in {@code model-after-compound-tail}) a chip; a model number (letters and a digit) is a chip after any
 * noun. Otherwise nothing is taken: "namens der Regierung" (on behalf of) names no party.
 */
final class IntroducedNames {

    /** A name found: its span and its type ("Company" or "Chip"). */
    record Found(int start, int end, String type) {}

    private final Pattern shape;
    private final Pattern company;
    private final Pattern chip;
    /** Words no name holds ("Anfang", "März": name-not-word, name-generic-word): a name ends before one. */
    private final java.util.Set<String> notWords;

    private IntroducedNames(Pattern shape, Pattern company, Pattern chip, java.util.Set<String> notWords) {
        this.notWords = notWords;
        this.shape = shape;
        this.company = company;
        this.chip = chip;
    }

    /** The language's finder, or null when its name shapes have no {@code name-introducer}. */
    static IntroducedNames of(NameShapes shapes, PatternFile patterns) {
        String introducers = shapes.alternation("name-introducer");
        if (introducers == null) return null;
        String desc = patterns.list("company-descriptor");
        String nouns = shapes.alternation("model-after-noun"), tails = shapes.alternation("model-after-compound-tail");
        String chipNouns = nouns == null ? null : nouns + (tails == null ? "" : "|\\p{Lu}[\\p{L}-]*(?:" + tails + ")");
        // the noun before the introducer, the introducer, one to three capitalised words (a model number among them)
        Pattern shape = Pattern.compile("(?<noun>[\\p{L}-]+)\\s+(?:" + introducers + ")\\s+(?<name>\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*){0,2})(?![\\p{L}\\p{N}])");
        java.util.Set<String> notWords = new java.util.HashSet<>(patterns.words("name-not-word", false));
        notWords.addAll(patterns.words("name-generic-word", false));
        return new IntroducedNames(shape, desc == null ? null : Pattern.compile("(?:" + desc + ")"),
                chipNouns == null ? null : Pattern.compile("(?:" + chipNouns + ")"), java.util.Set.copyOf(notWords));
    }

    /** The names so introduced in {@code text} whose words are free. */
    List<Found> find(String text, boolean[] taken) {
        List<Found> out = new ArrayList<>();
        Matcher m = shape.matcher(text);
        while (m.find()) {
            if (taken[m.start("name")]) continue;
            String noun = m.group("noun"), name = m.group("name");
            String[] words = name.split("\\s+");
            int n = 0;
            while (n < words.length && !notWords.contains(words[n])) n++;
            if (n == 0) continue;
            name = String.join(" ", java.util.Arrays.copyOf(words, n));
            boolean model = name.matches("\\p{Lu}[\\p{L}]{0,5}-?\\d{1,4}[\\p{L}]{0,3}");
            String type = chip != null && (model || chip.matcher(noun).matches()) ? "Chip"
                    : company != null && company.matcher(noun).matches() && !model ? "Company" : null;
            if (type != null) out.add(new Found(m.start("name"), m.start("name") + name.length(), type));
        }
        return out;
    }
}
