package org.chipgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * German: a name right after its description reads as a name whatever the tagger makes of its words. German capitalises
 * every noun, and the tagger takes a name it has never seen that looks like a German word ("Stahlwerk", "Kernfeld") for a
 * common noun. Two places after a description noun hold no common noun:
 * (1) after a description in the genitive ("Server des taiwanischen Herstellers X", "eine Tochter des Elektronikkonzerns
 * X"): a bare noun right after a genitive is its close apposition, its name;
 * (2) in the first field of a main clause, right before the finite verb ("Der Augsburger Chipentwickler X hat ...", "Die
 * Firma X Systems, die ..."): one phrase stands before the verb, so the words after the description are its name;
 * (3) in any case, when the name closes its phrase: after an article and a description, before a punctuation mark, a
 * conjunction or the sentence's end ("an den Smartphone-Hersteller X.", "mit dem Zulieferer X und ..."): a noun after a
 * description with its own article is its name unless it is the object of a double-object verb ("liefert dem Konzern
 * Speicher."), which the language's common-noun endings and goods nouns rule out.
 * Word lists: name-shapes {@code genitive-article}, {@code subject-article} and {@code described-article}, the patterns'
 * {@code company-descriptor} and {@code common-noun-ending}.
 * Only asked about names a discovery cue found (via {@link NameCheck}), so it costs no tagging of its own.
 */
final class DescribedNameReading {
    /** At most this many words (adjectives, a city's adjective) between the article and the description. */
    private static final int MAX_MODIFIERS = 3;
    /** A name read so is of at most this many words. */
    private static final int MAX_NAME_WORDS = 3;
    private static final Set<String> NAME_TAGS = Set.of("NOUN", "PROPN", "X", "ADJ");

    private final Pattern descriptor;
    private final Set<String> genitiveArticles;
    private final Set<String> subjectArticles;
    private final Set<String> closingArticles;
    private final Pattern commonEnding;
    /** What may follow a name that closes its phrase (3): a punctuation mark or a conjunction (UD tags). */
    private static final Set<String> CLOSING_TAGS = Set.of("PUNCT", "CCONJ");

    private DescribedNameReading(Pattern descriptor, Set<String> genitiveArticles, Set<String> subjectArticles,
                                 Set<String> closingArticles, Pattern commonEnding) {
        this.descriptor = descriptor;
        this.genitiveArticles = genitiveArticles;
        this.subjectArticles = subjectArticles;
        this.closingArticles = closingArticles;
        this.commonEnding = commonEnding;
    }

    /** The language's reading, or null when its name shapes have no {@code genitive-article} or its patterns no descriptor. */
    static DescribedNameReading of(NameShapes shapes, PatternFile patterns) {
        Set<String> genitive = shapes.words("genitive-article");
        String desc = patterns.list("company-descriptor");
        if (genitive.isEmpty() || desc == null) return null;
        String endings = patterns.list("common-noun-ending");
        return new DescribedNameReading(Pattern.compile("(?:" + desc + ")"), lower(genitive), lower(shapes.words("subject-article")),
                lower(shapes.words("described-article")), Pattern.compile("(?:" + (endings == null ? "(?!)" : endings) + ")$"));
    }

    private static Set<String> lower(Set<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * Do the tokens {@code inside} of a tagged sentence (or window; {@code sentenceStart}: it begins the sentence) stand
     * right after a description where only a name can?
     */
    boolean reads(String sentence, SyntaxTagger.Tagged tagged, int[] inside, boolean sentenceStart) {
        if (inside.length == 0 || inside.length > MAX_NAME_WORDS) return false;
        String[] tags = tagged.tags();
        for (int i : inside) {
            String w = word(sentence, tagged, i);
            if (!Character.isUpperCase(w.charAt(0)) || !NAME_TAGS.contains(tags[i])) return false;
        }
        int d = inside[0] - 1, next = inside[inside.length - 1] + 1;
        // ("des Zulieferers Ende 2025": a time noun before a number dates the phrase)
        if (d < 1 || (next < tags.length && tags[next].equals("NUM"))) return false;
        String description = word(sentence, tagged, d);
        if (!Character.isUpperCase(description.charAt(0)) || !descriptor.matcher(description).matches()) return false;
        int a = d - 1;
        // ("des Smartphone-Herstellers X": the tokenizer may split a compound at its hyphen; its first part is the description's)
        if (a >= 1 && word(sentence, tagged, a).equals("-")) a -= 2;
        while (a >= 0 && d - 1 - a < MAX_MODIFIERS && modifier(sentence, tagged, a)) a--;
        if (a < 0) return false;
        String article = word(sentence, tagged, a).toLowerCase(Locale.ROOT);
        // (1) "des ... Herstellers X": the genitive's -s on the description
        if (genitiveArticles.contains(article) && description.endsWith("s")) return true;
        // (3) "an den Smartphone-Hersteller X." : the name closes the phrase of an article and its description
        if (closingArticles.contains(article) && closes(tags, next)
                && !commonEnding.matcher(word(sentence, tagged, inside[inside.length - 1])).find()) return true;
        // (2) "Der ... Chipentwickler X hat": the article opens the sentence (after one adverb at most: "Auch der ...")
        boolean opens = sentenceStart && (a == 0 || (a == 1 && tags[0].equals("ADV")));
        if (!opens || !subjectArticles.contains(article)) return false;
        int after = next;
        if (after >= tags.length) return false;
        if (tags[after].equals("VERB") || tags[after].equals("AUX")) return true;
        // ("Die Firma X, die ...": a relative clause or apposition on the name, still before the verb)
        return word(sentence, tagged, after).equals(",") && after + 1 < tags.length
                && (tags[after + 1].equals("PRON") || tags[after + 1].equals("DET"));
    }

    /** Does the phrase end before token {@code next}: the sentence's end, a punctuation mark or a conjunction? */
    private static boolean closes(String[] tags, int next) {
        return next >= tags.length || CLOSING_TAGS.contains(tags[next]);
    }

    /** An adjective, or a city's adjective ("Augsburger", which the tagger may read as a noun), before the description. */
    private static boolean modifier(String sentence, SyntaxTagger.Tagged tagged, int i) {
        String w = word(sentence, tagged, i);
        return tagged.tags()[i].equals("ADJ") || (Character.isUpperCase(w.charAt(0)) && w.endsWith("er") && w.length() > 4);
    }

    private static String word(String sentence, SyntaxTagger.Tagged tagged, int i) {
        return sentence.substring(tagged.tokens()[i].getStart(), tagged.tokens()[i].getEnd());
    }
}
