package org.chipgraph.extract;

import java.util.Set;

/**
 * German: where a name in a capitalised run begins and ends. German capitalises every noun, so a general noun glued to
 * a name ("nach eigenen Angaben HBM3E", "Infineon Leistungshalbleiter") is cut off it, and a lone unknown word is a name
 * only where a company stands: between a {@code name-preposition} word and the verb closing the clause ("bei Kelvix
 * bestellt"), or heading the sentence before its verb ("Kelvix liefert ...").
 */
final class GermanNameEdges {

    /** Is word {@code k} a common noun (a chip or product noun, or a word with a common noun's ending)? */
    interface CommonNoun {
        boolean at(WordSpans words, int k);
    }

    private final Set<String> prepositions, stopWords;
    private final CommonNoun commonNoun;
    /** Endings of adverbs and adjectives ("Selbstverständlich", "Bislang"): no name heads a sentence with one. */
    private final java.util.regex.Pattern adverbEnding;

    /** Closed-class words that may head a sentence ("Trotz", "Viele"): no name there. */
    private final Set<String> notHeads;

    /** The participles of the language's verb classes ("hergestellt"): heading the sentence, a fronted participle. */
    private final Set<String> participles;

    /** A participle or adverb heading the sentence before its auxiliary ("Gefertigt wird ...", "Ergänzend sollen ..."). */
    private final java.util.regex.Pattern notHeadPhrase;

    GermanNameEdges(Set<String> prepositions, Set<String> stopWords, NameShapes shapes, CommonNoun commonNoun, Set<String> participles) {
        this.participles = participles;
        Set<String> adverbEndings = shapes.words("not-name-ending");
        this.notHeads = shapes.words("not-name-head");
        String phrases = shapes.regex("not-name-head-phrase");
        notHeadPhrase = phrases == null ? null : java.util.regex.Pattern.compile("(?:" + phrases + ")");
        this.prepositions = prepositions;
        this.stopWords = stopWords;
        this.commonNoun = commonNoun;
        adverbEnding = java.util.regex.Pattern.compile("(?:" + (adverbEndings.isEmpty() ? "(?!)" : String.join("|", adverbEndings)) + ")$");
    }

    /** The run's first word after the common nouns that open it (one word is always left). */
    int first(WordSpans words, int first, int last) {
        while (first < last && !NameFinder.strongWord(word(words, first)) && commonNoun.at(words, first)) first++;
        return first;
    }

    /** The run's last word before the common nouns that close it (one word is always left). */
    int last(WordSpans words, int first, int last) {
        while (last > first && !NameFinder.strongWord(word(words, last)) && commonNoun.at(words, last)) last--;
        return last;
    }

    /**
     * Is word {@code k} right after a {@code name-preposition} word and followed by the clause's end or a lower-case
     * word that ends it (the participle or infinitive last: "bei Kelvix bestellt.")?
     */
    boolean beforeClosingVerb(WordSpans words, int k) {
        if (k == 0 || !prepositions.contains(words.lower(k - 1))) return false;
        String text = words.text;
        if (k + 1 >= words.size()) return true;
        String gap = text.substring(words.end(k), words.start(k + 1)).strip();
        if (!gap.isEmpty()) return gap.charAt(0) != '-' && gap.charAt(0) != '\'';
        if (!Character.isLowerCase(text.charAt(words.start(k + 1)))) return false;
        return k + 2 >= words.size() || !text.substring(words.end(k + 1), words.start(k + 2)).isBlank();
    }

    /**
     * Is word {@code k} one capitalised word heading the sentence before a lower-case word (the finite verb, verb
     * second: "Korlan liefert ...")? A German common noun there takes an article, or is a plural or mass noun: those
     * with a common noun's ending or the plural -en are left out, and a rule's slot must still confirm the name.
     */
    boolean headBeforeVerb(WordSpans words, int k) {
        if (k != 0 || k + 1 >= words.size() || commonNoun.at(words, k)) return false;
        String w = word(words, k);
        if (w.endsWith("en") || notHeads.contains(w) || adverbEnding.matcher(w).find() || !w.chars().skip(1).allMatch(Character::isLowerCase)) return false;
        // "Hergestellt werden die Chips von X": a participle of a verb class fronted before its auxiliary, no subject
        if (participles.contains(words.lower(k))) return false;
        String text = words.text;
        if (notHeadPhrase != null && notHeadPhrase.matcher(text.substring(words.start(k), words.end(k + 1))).matches()) return false;
        // the next word a verb: lower case and no article, preposition or pronoun ("Trotz der ...", "Je nach ...")
        return text.substring(words.end(k), words.start(k + 1)).equals(" ") && Character.isLowerCase(text.charAt(words.start(k + 1)))
                && !stopWords.contains(words.lower(k + 1));
    }

    private static String word(WordSpans words, int k) { return words.text.substring(words.start(k), words.end(k)); }
}
