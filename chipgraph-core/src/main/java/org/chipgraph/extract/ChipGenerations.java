package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German: a name glued to a generation noun names a line of chips ("Beschleuniger der Kestrel-Generation", "die
 * Varno-Architektur"). German writes a common noun's compound closed ("Chipgeneration"); a hyphen before such a noun
 * sets off a name. Left out: general nouns (the pattern file's {@code chip-noun} and {@code common-noun-ending}), the
 * words of {@code name-not-word} and {@code name-generic-word} ("KI-Generation", "Chip-Generation"), places and
 * countries, agent nouns ({@code agent-noun-ending}: "Nachfolger-Generation"). Word lists: {@code chip-generation} of the
 * name shapes. The same shape names a company before a noun for the company itself ({@code company-compound-tail}: "an den
 * Halvon-Konzern", "des Halvon-Konzerns").
 */
final class ChipGenerations {
    private final Pattern shape;
    private final Pattern commonNoun;
    private final Set<String> notNames;
    /** Endings of German agent nouns ("Vorgänger", "Nachfolger"): no chip line is named so (agent-noun-ending). */
    private final Pattern agentNoun;

    private ChipGenerations(Pattern shape, Pattern commonNoun, Set<String> notNames, Pattern agentNoun) {
        this.shape = shape;
        this.commonNoun = commonNoun;
        this.notNames = notNames;
        this.agentNoun = agentNoun;
    }

    /** The language's finder, or null when its name shapes have no {@code chip-generation} words. */
    static ChipGenerations of(NameShapes shapes, PatternFile patterns, Set<String> nonNames) {
        return of(shapes, patterns, nonNames, "chip-generation");
    }

    /** As above, for the nouns of the name shapes' list {@code key}. */
    static ChipGenerations of(NameShapes shapes, PatternFile patterns, Set<String> nonNames, String key) {
        String nouns = shapes.alternation(key);
        if (nouns == null) return null;
        Pattern shape = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}\\p{N}]{2,})-(?:" + nouns + ")(?![\\p{L}\\p{N}-])");
        String chip = patterns.list("chip-noun"), endings = patterns.list("common-noun-ending");
        String common = (chip == null ? "" : "(?:" + chip + ")") + (chip != null && endings != null ? "|" : "")
                + (endings == null ? "" : "\\p{L}*(?:" + endings + ")");
        Set<String> not = new HashSet<>(patterns.words("name-not-word", false));
        not.addAll(patterns.words("name-generic-word", false));
        not.addAll(nonNames);
        // ("Tech-Konzern", "Software-Architektur": general words that head such compounds as often as names do)
        not.addAll(shapes.words("compound-modifier"));
        String agents = shapes.alternation("agent-noun-ending");
        return new ChipGenerations(shape, common.isEmpty() ? null : Pattern.compile(common), Set.copyOf(not),
                agents == null ? null : Pattern.compile("\\p{L}+(?:" + agents + ")"));
    }

    /** The spans of such names in {@code text} whose words are free: name start, name end, end of the compound. */
    List<int[]> find(String text, boolean[] taken) {
        List<int[]> out = new ArrayList<>();
        if (text.indexOf('-') < 0) return out;
        Matcher m = shape.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (taken[m.start(1)] || notNames.contains(name) || name.chars().allMatch(Character::isUpperCase)
                    || (commonNoun != null && commonNoun.matcher(name).matches()) || (agentNoun != null && agentNoun.matcher(name).matches())) continue;
            out.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        return out;
    }
}
