package org.chipgraph.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.chipgraph.error.InputError;

/**
 * The head nouns of references back to what an article named ({@code patterns/<lang>.references.tsv}): rows of
 * class, number ({@code one} or {@code many}) and nouns. Each class and number becomes the word class
 * {@code @REF_<CLASS>_<NUMBER>} ("memory-maker", "one": {@code @REF_MEMORY_MAKER_ONE}) that the reference cues of the
 * language's pattern file use, so a new head noun is a line of data in any language.
 */
final class ReferenceNouns {
    private static final Set<String> NUMBERS = Set.of("one", "many");
    private static final Pattern CLASS = Pattern.compile("[a-z][a-z-]*");

    private ReferenceNouns() {}

    /** The word classes of the file's text; {@code origin} names it in errors. */
    static Map<String, String> wordClasses(String origin, String text) { return wordClasses(origin, text, "REF_"); }

    /**
     * The word classes a language's pattern file may use: the head nouns of references (patterns/LANG.references.tsv,
     * REF_...) and the nouns of the relations ("shipments of ... to", "X's order for"; patterns/LANG.nominals.tsv,
     * NOM_...), each when the language has the file.
     */
    static Map<String, String> ofLanguage(String lang) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        org.chipgraph.source.BundledFiles.find("patterns/" + lang + ".references.tsv").ifPresent(t -> out.putAll(wordClasses(t.origin(), t.text())));
        org.chipgraph.source.BundledFiles.find("patterns/" + lang + ".nominals.tsv").ifPresent(t -> out.putAll(wordClasses(t.origin(), t.text(), "NOM_")));
        return out;
    }

    /**
     * As {@link #wordClasses(String, String)}, each class named with {@code prefix} instead of "REF_": the nouns of the
     * relations ({@code <lang>.nominals.tsv}, "NOM_": "supply", "many" is {@code @NOM_SUPPLY_MANY}) are rows of the same format.
     */
    static Map<String, String> wordClasses(String origin, String text, String prefix) {
        Map<String, StringBuilder> joined = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            String where = origin + ":" + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length != 3) throw new InputError(where + ": expected class<TAB>number<TAB>head nouns, found " + f.length + " fields");
            String cls = f[0].strip(), number = f[1].strip();
            if (!CLASS.matcher(cls).matches()) throw new InputError(where + ": class '" + cls + "' should be lower-case words joined by '-'");
            if (!NUMBERS.contains(number)) throw new InputError(where + ": number '" + number + "' should be 'one' or 'many'");
            StringBuilder nouns = new StringBuilder();
            for (String n : f[2].split("\\|")) {
                String noun = n.strip();
                if (noun.isEmpty()) continue;
                try {
                    Pattern.compile(noun);
                } catch (PatternSyntaxException e) {
                    throw new InputError(where + ": head noun '" + noun + "' is no valid regular expression: " + e.getDescription());
                }
                if (nouns.length() > 0) nouns.append('|');
                nouns.append(noun);
            }
            if (nouns.length() == 0) throw new InputError(where + ": no head nouns, expected nouns separated by |");
            String name = prefix + cls.replace('-', '_').toUpperCase(Locale.ROOT) + "_" + number.toUpperCase(Locale.ROOT);
            StringBuilder all = joined.computeIfAbsent(name, k -> new StringBuilder());
            if (all.length() > 0) all.append('|');
            all.append(nouns);
        }
        Map<String, String> out = new LinkedHashMap<>();
        joined.forEach((k, v) -> out.put(k, "(?:" + v + ")"));
        return out;
    }
}
