package org.chipgraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German: a country adjective written with a capital inside a sentence is part of a name, not the country ("die Deutsche
 * Telekom", "bei der Deutschen Rechenwerk"). German writes the adjective in lower case ("die deutsche Industrie"), so
 * the capital marks a proper name. It begins a company's name when an article (the name shapes' {@code
 * adjective-name-after}) or a lower-case word stands right before it and a capitalised word follows that is no
 * authority, generic or non-name word ({@code agency-word}, {@code name-generic-word}, {@code name-not-word} of the
 * pattern file, {@code generic-noun} of the name shapes); a legal suffix may close the name ("AG"). A place's adjective in
 * -er is always capitalised ("der Singapurer Händler"), so only the declined forms count. Its label is the nominative:
 * "Deutsche" for "Deutschen".
 */
final class AdjectiveNames {
    /** Where the name ends and what it is called. */
    record Name(int end, String label) {}

    private final Set<String> before;
    private final Set<String> notNext;
    private final Pattern tail;

    private AdjectiveNames(Set<String> before, Set<String> notNext, Pattern tail) {
        this.before = before;
        this.notNext = notNext;
        this.tail = tail;
    }

    /** The language's reader, or null when its name shapes have no {@code adjective-name-after}. */
    static AdjectiveNames of(NameShapes shapes, PatternFile file) {
        Set<String> before = new HashSet<>();
        for (String w : shapes.words("adjective-name-after")) before.add(w.toLowerCase(Locale.ROOT));
        if (before.isEmpty()) return null;
        Set<String> notNext = new HashSet<>(file.words("agency-word", false));
        notNext.addAll(file.words("name-generic-word", false));
        notNext.addAll(file.words("name-not-word", false));
        notNext.addAll(shapes.words("generic-noun"));
        String suffix = shapes.alternation("legal-suffix");
        Pattern tail = Pattern.compile("^ (\\p{Lu}[\\p{L}-]*\\p{L})" + (suffix == null ? "" : "(?: (?:" + suffix + ")(?![\\p{L}\\p{N}]))?") + "(?![\\p{L}\\p{N}-])");
        return new AdjectiveNames(Set.copyOf(before), Set.copyOf(notNext), tail);
    }

    /** The name the capitalised adjective [{@code start}, {@code end}) begins, or null when it is the country's adjective. */
    Name at(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start)) || start < 2 || text.charAt(start - 1) != ' ') return null;
        // a place's adjective in -er is always capitalised ("der Singapurer Händler"): only a declined -e/-en/-es/-em form tells
        if (!text.substring(start, end).matches(".*e[nsm]?")) return null;
        int from = start - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        // the head of a sentence, or a word after a colon or a quote, is capitalised anyway
        if (from == start - 1) return null;
        String prev = text.substring(from, start - 1);
        if (!before.contains(prev.toLowerCase(Locale.ROOT)) && !Character.isLowerCase(prev.charAt(0))) return null;
        Matcher m = tail.matcher(text).region(end, text.length());
        if (!m.lookingAt() || notNext.contains(m.group(1))) return null;
        String adjective = text.substring(start, end);
        // the endings after the -e of the nominative: "Deutschen", "Deutsches", "Deutschem"
        String nominative = adjective.matches(".*e[nsm]") ? adjective.substring(0, adjective.length() - 1) : adjective;
        return new Name(m.end(), nominative + text.substring(end, m.end()));
    }
}
