package org.chipgraph.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Names written as capitalised parts joined by hyphens ("Velt-Ostra", "T-Netcom", "Ardel-NL"): one name, not a
 * modifier glued to a word. English writes a compound of common words in lower case ("Abu Dhabi-based", "US-made"),
 * so there every such compound of capitalised parts is a name candidate, unless a part is a place or a nationality
 * ("US-China"), a given name ("Anna-Lena"), or a word that is never a name ("AI", "GPU"). German capitalises every
 * noun and writes its compounds with a hyphen after a name ("Nvidia-Chips", "Zeiss-Sparte"): there the compound is
 * a name only when its last part has a shape no German noun has: an acronym ("Ardel-NL") or a word of English
 * company names ({@code hyphen-name-tail} of the name shapes: "T-Netcom", "Velt-Systems").
 */
final class HyphenNames {
    private final boolean german;
    /** Parts that make a compound no name: places, nationalities, given names, words that are never names. */
    private final Set<String> refused;
    private final Set<String> germanTails;
    /** Words that alone are no name but may be part of one ("Cloud", "Systems"): not every part may be one. */
    private final Set<String> generic;

    HyphenNames(String language, NameShapes shapes, PatternFile p, Set<String> nonNames) {
        german = "de".equals(language);
        refused = new HashSet<>(nonNames);
        refused.addAll(p.words("name-not-word", false));
        refused.addAll(p.words("first-name", false));
        for (String place : p.words("place", true)) refused.add(place);
        germanTails = shapes.words("hyphen-name-tail");
        generic = p.words("name-generic-word", false);
    }

    /**
     * Is {@code text[start, end)} one name of capitalised parts joined by hyphens (two or three parts, no spaces, the
     * last without digits: a number after a hyphen is a model's, see {@link NameFinder})?
     */
    boolean isName(String text, int start, int end) {
        String[] parts = text.substring(start, end).split("-", -1);
        if (parts.length < 2 || parts.length > 3) return false;
        int generics = 0;
        for (String part : parts) {
            if (generic.contains(part)) generics++;
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) return false;
            for (int i = 0; i < part.length(); i++) if (!Character.isLetter(part.charAt(i))) return false;
            if (refused.contains(part) || refused.contains(part.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        if (generics == parts.length) return false;
        // (one letter alone begins a name, "T-Netcom", but never ends one: "Vitamin-D", "Plan-B")
        String last = parts[parts.length - 1];
        if (last.length() == 1) return false;
        if (!german) return true;
        return acronym(last) || germanTails.contains(last);
    }

    /**
     * The hyphen compound of capitalised parts around word {@code k}, as {start, end} in the text, or null when the
     * word is not part of one: the compound runs from the last space (or the text's start) before the word to the next.
     */
    int[] around(WordSpans words, int k) {
        String text = words.text;
        int s = words.start(k), e = words.end(k);
        boolean before = s > 0 && text.charAt(s - 1) == '-', after = e < text.length() && text.charAt(e) == '-';
        if (!before && !after) return null;
        int a = s, b = e;
        while (a > 0 && (Character.isLetter(text.charAt(a - 1)) || text.charAt(a - 1) == '-')) a--;
        while (b < text.length() && (Character.isLetter(text.charAt(b)) || text.charAt(b) == '-')) b++;
        // (a trailing hyphen is no part: "Velt- und Ostra-Werke")
        if (text.charAt(b - 1) == '-' || text.charAt(a) == '-') return null;
        if (b < text.length() && Character.isDigit(text.charAt(b))) return null;
        // ("Zorva-Core 4": a family before a short model number names a chip, not a company)
        if (b + 1 < text.length() && text.charAt(b) == ' ' && shortNumberAt(text, b + 1)) return null;
        return isName(text, a, b) ? new int[] {a, b} : null;
    }

    /** Are words {@code first} to {@code last} one hyphen name, whole? */
    boolean whole(WordSpans words, int first, int last) {
        int[] h = around(words, first);
        return h != null && h[0] == words.start(first) && h[1] == words.end(last);
    }

    private static boolean shortNumberAt(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) j++;
        return j > i && j - i <= 2 && (j == text.length() || !Character.isLetterOrDigit(text.charAt(j)) || Character.isUpperCase(text.charAt(j)));
    }

    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 5) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }
}
