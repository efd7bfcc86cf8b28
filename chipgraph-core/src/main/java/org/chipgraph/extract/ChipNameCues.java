package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds chips the registry does not know by the cues news gives them: a memory generation ("HBM3E"), a vendor's
 * model-number shape ("MI308", the pattern file's chip-shape), a known chip family with a new number ("Ascend 920"),
 * a model number before or after a chip noun ("X500 chips", "der KI-Chip Z9"), a name between a possessive or
 * determiner and a chip noun ("its Helix superchip"), a name between an owner's possessive and a chip noun
 * ("Alibaba's Hanguang 800 chip"). The word lists are the language's name shapes and pattern file.
 */
final class ChipNameCues {
    /** A chip family's word and its model number ("Vespa 5X", "Orisca 7700"). */
    private static final String FAMILY_NUMBER = "\\p{Lu}[\\p{L}]{2,12}\\s\\d{1,4}\\p{Lu}{0,2}";
    /** A year, which a word before it dates rather than numbers ("Ende 2025", "March 2026"). */
    private static final Pattern YEAR = Pattern.compile("(?:19[5-9]\\d|20[0-3]\\d)");
    private final Set<String> stop;
    private final Set<String> nonNames;
    /** Words that stand before "chips" without being a chip's name ("Nvidia's AI chips"): the language's not-chip-name. */
    private final Set<String> notChipNames;
    private final Pattern notChipShape;
    private final WordCue chipBeforeNoun;
    private final Pattern possessedChip;
    /** "HBM3E", "HBM4-Speicher": a memory standard's generation names a product (name-shapes memory-name). */
    private final WordCue memoryName;
    private final List<WordCue> chipShapes = new ArrayList<>();
    /** "its Helix superchip", "the X3 accelerator", "seinen HX5-Beschleunigern": a name before a chip noun of the name-shape list. */
    private final WordCue chipByHeadNoun;
    private final Set<String> chipPossessives;
    /** "der KI-Chip Z9", "auf den Chip Vespa 5X": a model number after a chip noun of the name-shape list. */
    private final WordCue chipAfterNoun;
    /** "seinen neuen Orisca 7700", "its new Orisca 7700": a family and a model number after a possessive (name-shapes chip-possessive). */
    private final WordCue ownedModel;
    /** The same after a determiner, with a modifier between ("the new Orisca 7700"). */
    private final WordCue describedModel;
    /** Words that are never a chip family: the language's name-not-word (months, pronouns, ...). */
    private final Set<String> notWords;
    /** Products that are no chip ("phone", "Modell"): a model name right before one is that product's. */
    private final Set<String> productNouns;
    /** "die Kelda-Chips des Konzerns": words that name the chips' owner after them (name-shapes chip-owner-after). */
    private final Pattern ownerAfter;
    /** General nouns for companies ("Konzerns", "Herstellers"), also as a compound's tail, naming an owner after chips. */
    private final Set<String> genericNouns;
    /** "Brisa Pro 7000X", "Marlin 5 switch chip": names of several words ending in a model number, found first. */
    private final ChipModelNames modelNames;
    /** "Beschleuniger vom Typ Korvex", "Halvorns Korvex-Chips": a chip without a digit named by its slot. */
    private final ChipSlotNames slotNames;

    ChipNameCues(NameShapes nameShapes, PatternFile patterns, List<String> chipFamilies, Set<String> nonNames) {
        this.nonNames = nonNames;
        modelNames = ChipModelNames.of(nameShapes, patterns, nonNames);
        stop = patterns.words("stop-words", true);
        notChipNames = patterns.words("not-chip-name", false);
        notChipShape = patterns.list("not-chip-shape") == null ? null : Pattern.compile("(?:" + patterns.list("not-chip-shape") + ")");
        String nouns = nameShapes.alternation("model-after-noun");
        // German closes compounds: "seinen Inferenzchip BX3", "des Trainingschips TM-30" (a capitalised word ending in
        // one of these tails is a chip noun too; such a word can begin with anything, so no prefix index then)
        String tails = nameShapes.alternation("model-after-compound-tail");
        String nounWords = nouns == null || tails == null ? nouns : nouns + "|\\p{Lu}[\\p{L}-]*(?:" + tails + ")";
        // "the accelerator X1" and in apposition "its first accelerator, the X1,"; a family and its number ("the chip Vespa 5X")
        chipAfterNoun = nouns == null ? null : WordCue.atCased(Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + nounWords + ")(?:,\\s+the)?\\s+(\\p{Lu}[\\p{L}]{0,5}-?\\d{1,4}[\\p{L}]{0,3}|" + FAMILY_NUMBER + ")(?![\\p{L}\\p{N}-])"),
                tails != null ? null : WordCue.literalPrefixes(List.copyOf(nameShapes.words("model-after-noun")), false));
        chipPossessives = nameShapes.words("chip-possessive");
        notWords = patterns.words("name-not-word", false);
        productNouns = patterns.words("name-product-noun", true);
        slotNames = ChipSlotNames.of(nameShapes, patterns, notChipNames, notWords, stop, productNouns);
        genericNouns = nameShapes.words("generic-noun");
        String after = nameShapes.alternation("chip-owner-after");
        ownerAfter = after == null ? null : Pattern.compile("^\\s+(?:" + after + ")\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(\\S+)");
        String owners = nameShapes.alternation("chip-possessive"), dets = nameShapes.alternation("chip-determiner"), mods = nameShapes.alternation("chip-modifier");
        // a family with a number of three or four digits ("Orisca 7700"): shorter numbers name phones and cars as often
        String model = "(?<name>\\p{Lu}[\\p{L}]{2,12}\\s\\d{3,4}\\p{Lu}{0,2})(?![\\p{L}\\p{N}-])";
        ownedModel = owners == null ? null : WordCue.atCased(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + owners + ")\\s+"
                + (mods == null ? "" : "(?:(?:" + mods + ")\\s+){0,2}") + model), WordCue.literalPrefixes(List.copyOf(splitWords(owners)), false));
        describedModel = dets == null || mods == null ? null : WordCue.atCased(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + dets + ")\\s+"
                + "(?:(?:" + mods + ")\\s+){1,2}" + model), WordCue.literalPrefixes(List.copyOf(splitWords(dets)), false));
        chipByHeadNoun = chipByHeadNoun(nameShapes);
        String noun = patterns.list("chip-noun");
        // "Alibaba's Hanguang 800 chip", "Huawei’s Kirin chips": a capitalised name between a possessive and a chip noun
        possessedChip = noun == null ? null : Pattern.compile(
                "['’]s\\s+((?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){0,2}?(?:\\p{Lu}[\\p{L}\\p{N}-]*|\\d+[A-Za-z]*))\\s+(?:AI\\s+|KI-)?(?:" + noun + ")(?![\\p{L}])");
        chipBeforeNoun = noun == null ? null : WordCue.atCased(Pattern.compile(
                "(?<![\\p{L}\\p{N}-])((?:[A-Z]{1,4}-?\\d{2,4}[A-Z]{0,2}|[A-Z][a-z]{2,9}-[A-Z]{0,3}\\d{1,4}[A-Za-z]{0,2}))(?=[\\s-](?:AI\\s+|KI-)?(?:" + noun + ")(?![\\p{L}]))"),
                WordCue.casedPrefixes("[A-Z]"));
        String memory = nameShapes.alternation("memory-name");
        // (a hyphen after it opens a compound whose head is the part: "HBM4-Stapel"; a letter or digit would be another word)
        memoryName = memory == null ? null : WordCue.atCased(Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + memory + ")(?![\\p{L}\\p{N}])"),
                WordCue.literalPrefixes(List.copyOf(nameShapes.words("memory-name")), false));
        String shapes = patterns.list("chip-shape");
        if (shapes != null) chipShapes.add(WordCue.atCased(Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + shapes + ")(?![\\p{L}\\p{N}])"), WordCue.casedPrefixes(shapes)));
        if (!chipFamilies.isEmpty()) {
            String alt = String.join("|", chipFamilies.stream().map(Pattern::quote).toList());
            chipShapes.add(WordCue.atCased(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")\\s+\\d{2,4}[A-Z]{0,2}(?![\\p{L}\\p{N}])"),
                    WordCue.literalPrefixes(chipFamilies, false)));
        }
    }

    /** Adds the chips these cues find in the parts of the sentence not yet taken to {@code out}, taking their words. */
    void find(WordSpans words, boolean[] taken, List<Mention> out) {
        String text = words.text;
        if (memoryName != null) EntityDiscovery.collect(memoryName, words, 0, "Chip", taken, out);
        if (QuantityParser.hasDigit(text)) {
            if (modelNames != null) modelNames.find(words, taken, out);
            for (WordCue p : chipShapes) EntityDiscovery.collect(p, words, 0, "Chip", taken, out);
            if (chipBeforeNoun != null) EntityDiscovery.collect(chipBeforeNoun, words, 1, "Chip", taken, out);
            if (chipAfterNoun != null) {
                for (Matcher m = chipAfterNoun.first(words); m != null; m = chipAfterNoun.next(m, words) ? m : null) {
                    if (notChipShape != null && notChipShape.matcher(m.group(1)).matches()) continue;
                    if (m.group(1).indexOf(' ') > 0 && !familyNumber(m.group(1))) continue;
                    EntityDiscovery.add(m.start(1), m.end(1), "Chip", taken, out);
                }
            }
            for (WordCue cue : new WordCue[] {ownedModel, describedModel}) {
                if (cue == null) continue;
                for (Matcher m = cue.first(words); m != null; m = cue.next(m, words) ? m : null) {
                    // "its new Galaxy 5500 phone" names a phone
                    if (!familyNumber(m.group("name")) || productAfter(words, m.end("name"))) continue;
                    EntityDiscovery.add(m.start("name"), m.end("name"), "Chip", taken, out);
                }
            }
        }
        if (chipByHeadNoun != null) {
            for (Matcher m = chipByHeadNoun.first(words); m != null; m = chipByHeadNoun.next(m, words) ? m : null) {
                String name = m.group("name");
                String first = name.split("[\\s-]+")[0];
                if (notChipNames.contains(first) || nonNames.contains(first) || nonNames.contains(name) || stop.contains(first.toLowerCase(Locale.ROOT))) continue;
                boolean digit = QuantityParser.hasDigit(name);
                if (digit && notChipShape != null && notChipShape.matcher(name).matches()) continue;
                // "the Orvanta chips": without a digit only a possessive makes the name the chip, not its maker
                // ... or an owner named after the chips ("die Kelda-Chips des Konzerns")
                if (!digit && !chipPossessives.contains(m.group("owner")) && !ownerFollows(words, m.end(), taken)) continue;
                EntityDiscovery.add(m.start("name"), m.end("name"), "Chip", taken, out);
            }
        }
        if (possessedChip != null && (text.indexOf('\'') >= 0 || text.indexOf('’') >= 0)) {
            Matcher m = possessedChip.matcher(text);
            while (m.find()) {
                String first = m.group(1).split("\\s+")[0];
                if (notChipNames.contains(first) || nonNames.contains(first)) continue;
                EntityDiscovery.add(m.start(1), m.end(1), "Chip", taken, out);
            }
        }
        if (slotNames != null) slotNames.find(words, taken, out);
    }

    /** Is "Family 123" a chip's family and number: no common word before a number that is no year or measure? */
    private boolean familyNumber(String name) {
        int sp = name.indexOf(' ');
        String family = name.substring(0, sp), number = name.substring(sp + 1);
        if (notWords.contains(family) || notChipNames.contains(family) || nonNames.contains(family) || nonNames.contains(name)
                || stop.contains(family.toLowerCase(Locale.ROOT))) return false;
        return !YEAR.matcher(number).matches() && (notChipShape == null || !notChipShape.matcher(number).matches());
    }

    /** Does a product noun that is no chip follow {@code end} ("Galaxy 5500 phone")? */
    private boolean productAfter(WordSpans words, int end) {
        int k = words.firstAtOrAfter(end);
        return k < words.size() && productNouns.contains(words.lower(k));
    }

    /**
     * Is the owner of chips named right after them ("die Kelda-Chips des Konzerns", "... des US-Konzerns Rovena", "...
     * von Nvidia"): a chip-owner-after word, maybe an adjective, then a general noun for companies (also as a compound's
     * tail) or a name another mention took?
     */
    private boolean ownerFollows(WordSpans words, int end, boolean[] taken) {
        if (ownerAfter == null) return false;
        Matcher m = ownerAfter.matcher(words.text).region(end, words.text.length());
        if (!m.lookingAt()) return false;
        if (taken[m.start(1)]) return true;
        String w = m.group(1).replaceAll("[^\\p{L}-]+$", "");
        for (String g : genericNouns) {
            if (w.equals(g) || (g.length() >= 5 && (w.endsWith("-" + g) || w.endsWith(g.toLowerCase(Locale.ROOT))))) return true;
        }
        return false;
    }

    /**
     * A possessive or determiner (chip-possessive, chip-determiner), a name of one or two words (capitalised or with a
     * digit), maybe a class word (chip-class), then maybe modifiers (chip-modifier) and a chip noun (model-before-noun),
     * apart or as a compound ("HX5-Beschleuniger"); null when the language has no such nouns.
     */
    private static WordCue chipByHeadNoun(NameShapes shapes) {
        String nouns = shapes.alternation("model-before-noun");
        String owners = shapes.alternation("chip-possessive"), dets = shapes.alternation("chip-determiner");
        if (nouns == null || owners == null) return null;
        String ownerAlt = owners + (dets == null ? "" : "|" + dets);
        String mods = shapes.alternation("chip-modifier");
        String cls = shapes.alternation("chip-class");
        // a name begins with a capital ("the 800 chips" is a number); its second word may be a number ("Hanguang 800")
        String tail = "(?:-(?:\\p{Lu}|\\p{N})[\\p{L}\\p{N}]*)*";
        String word = "\\p{Lu}[\\p{L}\\p{N}]*" + tail + "(?:\\s(?:\\p{Lu}[\\p{L}\\p{N}]*|\\p{N}+\\p{L}*)" + tail + ")?";
        String regex = "(?<![\\p{L}\\p{N}])(?<owner>" + ownerAlt + ")\\s+" + (mods == null ? "" : "(?:(?:" + mods + ")\\s+){0,2}")
                + "(?<name>" + word + ")" + (cls == null ? "" : "(?:" + cls + ")?")
                + "[\\s-]" + (mods == null ? "" : "(?:(?:" + mods + ")[\\s-])?") + "(?:" + nouns + ")(?![\\p{L}\\p{N}])";
        return WordCue.atCased(Pattern.compile(regex), WordCue.literalPrefixes(List.copyOf(splitWords(ownerAlt)), false));
    }

    private static List<String> splitWords(String quotedAlternation) {
        List<String> out = new ArrayList<>();
        for (String w : quotedAlternation.split("\\|")) out.add(w.replace("\\Q", "").replace("\\E", ""));
        return out;
    }
}
