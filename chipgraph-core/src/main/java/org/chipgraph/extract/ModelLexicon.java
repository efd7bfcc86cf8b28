package org.chipgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The vocabulary of the shipped part-of-speech model: the word forms its training corpus held often enough to become
 * features ("w=konzern"), read from the model at first use (no word list of our own). German capitalises every noun,
 * so a capital says nothing there; but a common noun is a word of this vocabulary or a compound ending in one
 * ("Halbleiterkonzern"), while a company's name mostly is neither ("Vantiro"). {@link #commonWord} is that test.
 * The vocabulary is small (about 4,900 German forms), so a word it lacks is only evidence, for a slot to confirm.
 */
final class ModelLexicon {

    /** Endings an inflected form may add to a known one ("Lieferanten", "Konzerns", "Chips"). */
    private static final String[] ENDINGS = {"s", "n", "en", "e", "es", "er", "ern", "ns", "nen"};
    /** A compound's last part must be this long: shorter tails ("-ra", "-on") end names as often as nouns. */
    private static final int MIN_TAIL = 4;

    private static final Map<String, ModelLexicon> BY_LANGUAGE = new HashMap<>();

    /** Word forms, lower case. */
    private final Set<String> words;
    /**
     * Forms of {@link #MIN_TAIL} letters or more, lower case: a compound's last part. Any word class counts, not only
     * nouns: the model weighs "zeit" a proper noun (the newspaper) and "Inkrafttreten" ends in a verb.
     */
    private final Set<String> tails;

    /** Forms the model has a weight for as an adjective, lower case ("militärische", "westliche"). */
    private final Set<String> adjectives;

    ModelLexicon(Set<String> words, Set<String> tails, Set<String> adjectives) {
        this.words = words;
        this.tails = tails;
        this.adjectives = adjectives;
    }

    /** The lexicon of a tagger's language, read once from its model. */
    static ModelLexicon of(SyntaxTagger tagger) {
        synchronized (BY_LANGUAGE) {
            return BY_LANGUAGE.computeIfAbsent(tagger.language(), l -> read(tagger));
        }
    }

    private static ModelLexicon read(SyntaxTagger tagger) {
        if (!(tagger.posModel().getArtifact("pos.model") instanceof AbstractModel model)) return new ModelLexicon(Set.of(), Set.of(), Set.of());
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        Set<String> words = new HashSet<>(), tails = new HashSet<>(), adjectives = new HashSet<>();
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            if (!e.getKey().startsWith("w=")) continue;
            String w = e.getKey().substring(2).toLowerCase(Locale.ROOT);
            words.add(w);
            if (w.length() >= MIN_TAIL) tails.add(w);
            for (int o : e.getValue().getOutcomes()) if ("ADJ".equals(outcomes[o])) adjectives.add(w);
        }
        return new ModelLexicon(Set.copyOf(words), Set.copyOf(tails), Set.copyOf(adjectives));
    }

    /**
     * Is the word a common word: a form of the vocabulary (or one with an inflection ending added), or a compound whose
     * last part, after a hyphen or not, is a known word ("Halbleiterkonzern", "Chip-Hersteller", "Konzerns")?
     */
    boolean commonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (known(w, words)) return true;
        int hyphen = w.lastIndexOf('-');
        if (hyphen >= 0 && hyphen + 1 < w.length() && commonWord(w.substring(hyphen + 1))) return true;
        for (int i = 1; i + MIN_TAIL <= w.length(); i++) if (known(w.substring(i), tails)) return true;
        return false;
    }

    /** Is the lower-case word one the model has seen as an adjective? */
    boolean adjective(String word) {
        return adjectives.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean known(String w, Set<String> vocabulary) {
        if (vocabulary.contains(w)) return true;
        for (String ending : ENDINGS) {
            if (w.length() - ending.length() >= MIN_TAIL - 1 && w.endsWith(ending) && vocabulary.contains(w.substring(0, w.length() - ending.length()))) return true;
        }
        return false;
    }
}
