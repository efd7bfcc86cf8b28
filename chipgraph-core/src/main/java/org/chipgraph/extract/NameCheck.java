package org.chipgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Decides with OpenNLP's tags whether a name the discovery shapes found reads as a name. The shapes go by
 * capitals ("chipmaker X", "X Y Group", "Huawei's X chips"), and a capital is weak evidence: a sentence may begin
 * there, German capitalises every noun, headlines capitalise every word. A discovered name is kept when one of its
 * own words (corporate suffixes aside) is tagged a proper noun or a foreign word; in English also a capitalised
 * noun that is its own lemma, which is how the tagger labels a name it has never seen ("Pingtouge"; at the head of
 * a sentence it may call one an imperative verb), while an inflected common noun ("Exports", lemma "export") is not
 * a name. After a lower-case word, a capitalised adjective or adverb that is its own lemma and none of the language's
 * common words is also how the tagger labels a name it has never seen ("chip designer Ventrue", not "the chipmaker
 * Also"), and so is an adjective heading the sentence ("Ventrue, a chip designer, ..."). A chip's name may also be a
 * number or a noun.
 * Called only for names the registry does not know, and only they and a few words around them are tagged.
 */
final class NameCheck {
    private final SyntaxTagger tagger;
    /** Capitalised words that are no name of their own ("Also", "Latest"); null: no adjective or adverb reads as a name. */
    private final Set<String> commonWords;
    /** The language's corporate suffixes and designators ("Networks", "Semi"); null: none. */
    private final java.util.regex.Pattern suffixWord;
    /** German: a name right after its description where no common noun stands; null: none. */
    private final DescribedNameReading described;

    NameCheck(SyntaxTagger tagger) {
        this(tagger, null, null, null);
    }

    NameCheck(SyntaxTagger tagger, Set<String> commonWords) {
        this(tagger, commonWords, null, null);
    }

    NameCheck(SyntaxTagger tagger, Set<String> commonWords, java.util.regex.Pattern suffixWord, DescribedNameReading described) {
        this.tagger = tagger;
        this.commonWords = commonWords;
        this.suffixWord = suffixWord;
        this.described = described;
    }

    SyntaxTagger tagger() { return tagger; }

    /** Whether a name needs the check: a chip's model number ("X500") is evidence enough. */
    static boolean needed(String name, String type) {
        return !("Chip".equals(type) && QuantityParser.hasDigit(name));
    }

    /** Words of context on each side of a name: the tagger's features look two words away. */
    private static final int WINDOW = 6;

    /**
     * Does [{@code start}, {@code end}) of a sentence read as the name of a {@code type}? Only the name and a few
     * words on each side are tagged: the tagger's cost grows with the words it is given.
     */
    boolean reads(WordSpans words, int start, int end, String type) {
        return reads(tagger, words, start, end, type);
    }

    /** As above, with the document's view of the tagger ({@link SyntaxTagger#forDocument}). */
    boolean reads(SyntaxTagger tagger, WordSpans words, int start, int end, String type) {
        int first = words.firstAtOrAfter(start), after = words.firstAtOrAfter(end);
        int from = first - WINDOW <= 0 ? 0 : words.start(first - WINDOW);
        int to = after + WINDOW >= words.size() ? words.text.length() : words.start(after + WINDOW);
        String window = words.text.substring(from, to);
        // the tokenizer may keep a possessive on its name ("Lingmar's"): the token then counts as the name's
        int e = end;
        if (end + 2 <= words.text.length() && (words.text.startsWith("'s", end) || words.text.startsWith("’s", end))) e = Math.min(end + 2, to);
        return reads(window, tagger.tag(window), start - from, e - from, type, from == 0);
    }

    /** Does [{@code start}, {@code end}) of a tagged sentence read as the name of a {@code type} ("Company", "Chip")? */
    boolean reads(String sentence, SyntaxTagger.Tagged tagged, int start, int end, String type) {
        return reads(sentence, tagged, start, end, type, true);
    }

    private boolean reads(String sentence, SyntaxTagger.Tagged tagged, int start, int end, String type, boolean sentenceStart) {
        boolean chip = "Chip".equals(type);
        int[] inside = tagged.inside(start, end);
        if (!chip && headBeforeApposition(sentence, tagged, inside, sentenceStart)) return true;
        if (!chip && described != null && described.reads(sentence, tagged, inside, sentenceStart)) return true;
        // a corporate suffix ends the name ("is Preferred Networks"): inside an English sentence a capitalised participle
        // of it ("Preferred/VERB", "Applied", "United") is the name's; another inflected word ("Exports Group") is not
        boolean suffixed = false;
        int lastWord = inside.length == 0 ? -1 : inside[inside.length - 1];
        if (suffixWord != null && inside.length > 1) {
            String w = sentence.substring(tagged.tokens()[lastWord].getStart(), tagged.tokens()[lastWord].getEnd());
            suffixed = suffixWord.matcher(w).matches() || EntityDiscovery.isSuffix(w);
        }
        for (int i : inside) {
            String word = sentence.substring(tagged.tokens()[i].getStart(), tagged.tokens()[i].getEnd());
            if (EntityDiscovery.isSuffix(word)) continue;
            String tag = tagged.tags()[i];
            if (suffixed && i != lastWord && (tag.equals("VERB") || tag.equals("ADJ")) && word.endsWith("ed") && tagger.language().equals("en")
                    && Character.isUpperCase(word.charAt(0)) && afterLowerCase(sentence, tagged, i)) return true;
            if (tag.equals("PROPN") || tag.equals("X")) return true;
            if (chip && (tag.equals("NUM") || tag.equals("NOUN"))) return true;
            // an unknown capitalised word: a noun to the English tagger, or at the head of the sentence an imperative
            boolean unknownShape = tag.equals("NOUN") || (tag.equals("VERB") && i == 0 && sentenceStart)
                    || ((tag.equals("ADJ") || tag.equals("ADV")) && commonWords != null && !commonWords.contains(word) && afterLowerCase(sentence, tagged, i))
                    || (tag.equals("ADJ") && i == 0 && sentenceStart && commonWords != null && !commonWords.contains(word));
            // a capitalised word after a lower-case one that the tagger takes for a word English writes in lower case
            // (a preposition, article, pronoun, conjunction: "the Israeli company Veltrom/ADP") is one it has never seen
            unknownShape |= CLOSED.contains(tag) && commonWords != null && !commonWords.contains(word) && afterLowerCase(sentence, tagged, i);
            if (unknownShape && tagger.language().equals("en") && Character.isUpperCase(word.charAt(0))
                    && tagged.lemma(i).equals(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Word classes English writes in lower case: a capitalised word so tagged after a lower-case word is unknown to the tagger. */
    static final java.util.Set<String> CLOSED = java.util.Set.of("ADP", "DET", "PRON", "SCONJ", "CCONJ", "AUX", "PART");

    /** Tags the English tagger gives a name it has never seen heading a sentence before a comma ("Helvig/INTJ, a ..."). */
    private static final java.util.Set<String> UNKNOWN_HEAD = java.util.Set.of("NOUN", "PROPN", "X", "INTJ", "ADJ", "VERB");

    /**
     * One word heading the sentence, then a comma and an apposition a discovery cue asked about ("Korlan, ein Hersteller
     * aus Oslo, ...", "Helvig, headquartered in Oslo, ..."). German: a noun with an article after the comma (a common
     * noun heading a sentence takes an article itself). English: the tagger, which has never seen the word, guesses an
     * interjection, noun or adjective that is its own lemma; a word of the language's common words or an adverb
     * ("However, a start-up ...") is none.
     */
    private boolean headBeforeApposition(String sentence, SyntaxTagger.Tagged tagged, int[] inside, boolean sentenceStart) {
        if (!sentenceStart || inside.length != 1 || inside[0] != 0) return false;
        int i = inside[0];
        if (i + 2 >= tagged.tags().length) return false;
        var comma = tagged.tokens()[i + 1];
        if (!sentence.substring(comma.getStart(), comma.getEnd()).equals(",")) return false;
        String word = sentence.substring(tagged.tokens()[i].getStart(), tagged.tokens()[i].getEnd());
        if (tagger.language().equals("de")) return tagged.tags()[i].equals("NOUN") && tagged.tags()[i + 2].equals("DET");
        return tagger.language().equals("en") && UNKNOWN_HEAD.contains(tagged.tags()[i]) && Character.isUpperCase(word.charAt(0))
                && commonWords != null && !commonWords.contains(word) && tagged.lemma(i).equals(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Is token {@code i} preceded by a lower-case word? The English tagger often reads a name it has never seen as an
     * adjective or adverb ("chip designer Ventrue"); a capital after a lower-case word is no sentence head nor headline.
     */
    private static boolean afterLowerCase(String sentence, SyntaxTagger.Tagged tagged, int i) {
        if (i == 0) return false;
        char c = sentence.charAt(tagged.tokens()[i - 1].getStart());
        return Character.isLowerCase(c);
    }
}
