package org.chipgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chip names of several words that end in a model number: a family, maybe qualifier words or numbers, and a final
 * number or version ("Marlin 5", "Brisa Pro 7000X", "Kestra 8 Nova Gen 3", "TPU v7"). The shorter cues of
 * {@link ChipNameCues} take one or two words of such a name and leave the rest ("Brisa Pro" as a company, "Marlin"
 * without its number). Found where chips stand: right before a chip noun (one lower-case word may stand between:
 * "its Marlin 5 switch chip"), after a chip noun or a word naming a type ("Chips des Typs ..."), or after a possessive
 * when the name has three words or a number of three digits or more ("Nvidia's Brisa Pro 7000X").
 */
final class ChipModelNames {
    /** A name word: a family or qualifier (capitalised), or a number with up to three letters after it ("7000X"). */
    private static final String WORD = "(?:\\p{Lu}[\\p{L}]{1,12}|\\d{1,5}\\p{Lu}{0,3})";
    /** The last word: a number (with letters: "6000D") or a version ("v7", "v5e"). */
    private static final String LAST = "(?:\\d{1,5}\\p{Lu}{0,3}|v\\d{1,2}\\p{Ll}?)";
    /** A family (a capitalised word or an acronym, or two joined by a hyphen: "Zorva-Core", "MN-Core"), up to three words, then the last. */
    private static final String NAME = "(?<name>(?:\\p{Lu}[\\p{L}]{0,12}-)?\\p{Lu}[\\p{L}]{1,12}(?:\\s" + WORD + "){0,3}\\s" + LAST + ")(?![\\p{L}\\p{N}-])";
    /** A version as a name's last word ("v7", "v5e"). */
    private static final Pattern VERSION = Pattern.compile("v\\d{1,2}\\p{Ll}?");
    private static final Pattern YEAR = Pattern.compile("(?:19[5-9]\\d|20[0-3]\\d)");

    private final Pattern beforeNoun, afterNoun, afterOwner;
    private final Set<String> refused;
    private final Pattern notChipShape;
    private final Set<String> productNouns;

    private ChipModelNames(Pattern beforeNoun, Pattern afterNoun, Pattern afterOwner, Set<String> refused, Pattern notChipShape, Set<String> productNouns) {
        this.beforeNoun = beforeNoun;
        this.afterNoun = afterNoun;
        this.afterOwner = afterOwner;
        this.refused = refused;
        this.notChipShape = notChipShape;
        this.productNouns = productNouns;
    }

    /** The language's cues, or null when its name shapes have no chip nouns. */
    static ChipModelNames of(NameShapes shapes, PatternFile patterns, Set<String> nonNames) {
        String before = shapes.alternation("model-before-noun"), after = shapes.alternation("model-after-noun");
        if (before == null || after == null) return null;
        String types = shapes.alternation("model-type-word");
        String owners = shapes.alternation("chip-possessive"), mods = shapes.alternation("chip-modifier");
        Pattern beforeNoun = Pattern.compile("(?<![\\p{L}\\p{N}-])" + NAME + "\\s(?:\\p{Ll}[\\p{L}-]{1,15}\\s)?(?:" + before + ")(?![\\p{L}\\p{N}])");
        Pattern afterNoun = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + after + (types == null ? "" : "|" + types) + ")\\s+" + NAME);
        Pattern afterOwner = Pattern.compile("(?:(?<![\\p{L}\\p{N}-])(?:" + (owners == null ? "(?!)" : owners) + ")\\s|['’]s\\s)"
                + (mods == null ? "" : "(?:(?:" + mods + ")\\s+){0,2}") + NAME);
        Set<String> refused = new java.util.HashSet<>(nonNames);
        refused.addAll(patterns.words("name-not-word", false));
        refused.addAll(patterns.words("not-chip-name", false));
        refused.addAll(patterns.words("stop-words", false));
        String notChip = patterns.list("not-chip-shape");
        return new ChipModelNames(beforeNoun, afterNoun, afterOwner, Set.copyOf(refused), notChip == null ? null : Pattern.compile("(?:" + notChip + ")"),
                patterns.words("name-product-noun", true));
    }

    /** Adds the chips found in the parts of the sentence not yet taken to {@code out}, taking their words. */
    void find(WordSpans words, boolean[] taken, List<Mention> out) {
        String text = words.text;
        for (Pattern p : new Pattern[] {beforeNoun, afterNoun, afterOwner}) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                int start = trimmed(text, m.start("name"), m.end("name"));
                if (start < 0) continue;
                String name = text.substring(start, m.end("name"));
                if (!plausible(name) || (p == afterOwner && !longEnough(name)) || (p != beforeNoun && productAfter(words, m.end("name")))) continue;
                if (p == beforeNoun && count(text, start, name)) continue;
                EntityDiscovery.add(start, m.end("name"), "Chip", taken, out);
            }
        }
    }

    /** Where the name begins without its leading refused words ("The Brisa Pro 7000X"); -1 when fewer than two words are left. */
    private int trimmed(String text, int start, int end) {
        int s = start;
        while (s < end) {
            int sp = text.indexOf(' ', s);
            if (sp < 0 || sp >= end) return -1;
            String w = text.substring(s, sp);
            if ((!refused.contains(w) && !refused.contains(w.toLowerCase(Locale.ROOT))) || VERSION.matcher(text.substring(sp + 1, end)).matches()) break;
            s = sp + 1;
        }
        return s < end && Character.isUpperCase(text.charAt(s)) && text.indexOf(' ', s) > 0 && text.indexOf(' ', s) < end ? s : -1;
    }

    /**
     * Is a family and a bare number before a chip noun rather a count ("Rund 500 Chips", "bei Orvanta 4000 Beschleuniger
     * bestellt")? A count has three digits or more, or its word heads the sentence (where every word is capitalised)
     * and has no shape a common word lacks.
     */
    private static boolean count(String text, int start, String name) {
        String[] w = name.split("\\s");
        if (w.length != 2 || !w[1].chars().allMatch(Character::isDigit)) return false;
        if (w[1].length() >= 3) return true;
        return text.substring(0, start).chars().noneMatch(Character::isLetterOrDigit) && !NameFinder.strongWord(w[0]);
    }

    /** No common word, place or stop-word as the family or a qualifier, no year or measure as a number. */
    private boolean plausible(String name) {
        String[] words = name.split("\\s");
        // an acronym of a kind of chip with a version is a product's name ("TPU v7", "NPU v2"), as "TPU" alone is not
        boolean versioned = words.length == 2 && VERSION.matcher(words[1]).matches() && words[0].chars().allMatch(Character::isUpperCase);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!(i == 0 && versioned) && (refused.contains(w) || refused.contains(w.toLowerCase(Locale.ROOT)))) return false;
            // (each part of a hyphen family too: "KI-Chip 3" is no family)
            if (i == 0 && w.indexOf('-') > 0) for (String part : w.split("-")) if (refused.contains(part) || refused.contains(part.toLowerCase(Locale.ROOT))) return false;
            if (YEAR.matcher(w).matches() || (notChipShape != null && notChipShape.matcher(w).matches())) return false;
        }
        return true;
    }

    /** After a possessive only a name no phone or car shares as often: three words, or a number of three digits or more. */
    private static boolean longEnough(String name) {
        String[] w = name.split("\\s");
        return w.length >= 3 || w[w.length - 1].matches("\\d{3,5}\\p{Lu}{0,3}");
    }

    /** Does a product noun that is no chip follow {@code end} ("Galaxy 5500 phone")? */
    private boolean productAfter(WordSpans words, int end) {
        int k = words.firstAtOrAfter(end);
        return k < words.size() && productNouns.contains(words.lower(k));
    }
}
