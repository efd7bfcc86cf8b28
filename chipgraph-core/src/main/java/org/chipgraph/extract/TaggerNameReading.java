package org.chipgraph.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How OpenNLP's tagger reads a span of capitalised words that {@link NameFinder} found: as a name (a proper noun, a
 * word the tagger has never seen next to a verb or in a list, in German a word class German writes in lower case) or
 * as common words. Kept apart from the finder, which decides where names may stand.
 */
final class TaggerNameReading {

    /** German words that end like common nouns ("-ungen", "-keit"): the tagger's "proper noun" is no evidence there. */
    private final Pattern commonEnding;

    TaggerNameReading(Pattern commonEnding) {
        this.commonEnding = commonEnding;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s$");

    /** Word classes German writes in lower case: a capitalised word tagged so is unknown to the tagger. */
    private static final Set<String> GUESSED = Set.of("ADP", "DET", "ADJ", "ADV", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PART");

    /**
     * Does the tagger read the span as a name: one of its words (corporate suffixes aside) a proper noun or foreign
     * word. (A capitalised noun that is its own lemma, which {@link NameCheck} also takes, let in too many common
     * words here, where no cue backs the name.)
     */
    boolean readsAsName(String text, SyntaxTagger.Tagged tagged, int start, int end, boolean atStart, String language) {
        // the tokenizer may keep a possessive on its name ("TikTok's"): tokens that overlap the span count
        int[] inside = overlapping(tagged, start, end);
        // German: a capitalised word after an adjective is a common noun ("chinesische Streitkräfte")
        if (language.equals("de") && inside.length > 0 && inside[0] > 0 && tagged.tags()[inside[0] - 1].equals("ADJ")) return false;
        for (int i : inside) {
            String w = text.substring(tagged.tokens()[i].getStart(), tagged.tokens()[i].getEnd());
            if (EntityDiscovery.isSuffix(w)) continue;
            String tag = tagged.tags()[i];
            // the tagger joins a possessive to its word ("PROPN+PART"); a capitalised word owning something is a name
            boolean name = tag.startsWith("PROPN") || tag.equals("X") || POSSESSIVE.matcher(w).find();
            // German: a common noun the tagger takes for a name is inflected ("Lieferungen") or has a noun ending
            // (the lemma, ten times the tagger's cost, only for a word that would otherwise count)
            if (name && language.equals("de") && (commonEnding.matcher(w).find() || !tagged.lemma(i).equalsIgnoreCase(w))) continue;
            if (name) return true;
            // English: a word the tagger has never seen is a noun that is its own lemma; in the middle of a sentence
            // and next to a verb or in a list it is a name ("Last year Dravik bought ...", "which include Korvani and ...")
            boolean unknown = !atStart && language.equals("en") && tag.equals("NOUN") && tagged.lemma(i).equals(w.toLowerCase(java.util.Locale.ROOT));
            if (unknown && (slotNeighbour(tagged, inside[0] - 1) || slotNeighbour(tagged, inside[inside.length - 1] + 1))) return true;
            // English: a capitalised word after a lower-case one that the tagger takes for a preposition, article or
            // pronoun ("the networking firm Veltrom/ADP") is one it has never seen (English writes those in lower case)
            if (!atStart && language.equals("en") && NameCheck.CLOSED.contains(tag) && Character.isUpperCase(w.charAt(0)) && i > 0
                    && Character.isLowerCase(text.charAt(tagged.tokens()[i - 1].getStart())) && tagged.lemma(i).equals(w.toLowerCase(java.util.Locale.ROOT))) return true;
            // German: a capitalised word the tagger takes for a preposition, article, adjective or verb is one it has
            // never seen ("Infineon/ADP liefert", "laut Jenoptik/DET"): German writes those word classes in lower case,
            // so it is a name. At the head of the sentence every word is capitalised and an adverb precedes the verb
            // (verb second): only a "preposition" or "article" right before a verb, which a real one never is
            if (language.equals("de") && GUESSED.contains(tag) && Character.isUpperCase(w.charAt(0)) && !commonEnding.matcher(w).find()
                    && (!atStart || ((tag.equals("ADP") || tag.equals("DET")) && verbAt(tagged, inside[inside.length - 1] + 1)))) return true;
        }
        return false;
    }

    /** Is token {@code i} a verb, an auxiliary or a conjunction: what stands next to a verb's subject or object, or in a list? */
    private static boolean slotNeighbour(SyntaxTagger.Tagged tagged, int i) {
        if (i < 0 || i >= tagged.tags().length) return false;
        String t = tagged.tags()[i];
        return t.equals("VERB") || t.equals("AUX") || t.equals("CCONJ");
    }

    private static boolean verbAt(SyntaxTagger.Tagged tagged, int i) {
        return i >= 0 && i < tagged.tags().length && (tagged.tags()[i].equals("VERB") || tagged.tags()[i].equals("AUX"));
    }

    private static int[] overlapping(SyntaxTagger.Tagged tagged, int start, int end) {
        var tokens = tagged.tokens();
        int n = 0;
        int[] out = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) if (tokens[i].getStart() < end && tokens[i].getEnd() > start) out[n++] = i;
        return java.util.Arrays.copyOf(out, n);
    }
}
