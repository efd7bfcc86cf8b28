package org.chipgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.LongAdder;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's token, part-of-speech (Universal Dependencies tags) and lemma models for one language. Tagging costs
 * about as much as the whole rest of the extractor, so the extractor asks for it only on the few sentences where a
 * decision needs syntax (see {@link NameCheck}). Models load on first use and are shared; the taggers are not
 * thread-safe, so each thread gets its own.
 */
final class SyntaxTagger {

    /**
     * A tagged sentence: token offsets in the sentence and UD part-of-speech tags, one per token. Lemmas are made on
     * request, token by token: OpenNLP's lemmatizer is ten times slower than its tagger, and a decision needs few.
     */
    static final class Tagged {
        private final Span[] tokens;
        private final String[] words;
        private final String[] tags;
        private final String[] lemmas;
        private final LemmatizerME lemmatizer;

        private Tagged(Span[] tokens, String[] words, String[] tags, LemmatizerME lemmatizer) {
            this.tokens = tokens;
            this.words = words;
            this.tags = tags;
            this.lemmas = new String[tokens.length];
            this.lemmatizer = lemmatizer;
        }

        Span[] tokens() { return tokens; }

        String[] tags() { return tags; }

        /** The lemma of token {@code i}, lower case as the models give it. */
        String lemma(int i) {
            if (lemmas[i] == null) {
                // the token with its neighbours, for the model's context window
                int a = Math.max(0, i - 2), b = Math.min(words.length, i + 3);
                String[] ls = lemmatizer.lemmatize(java.util.Arrays.copyOfRange(words, a, b), java.util.Arrays.copyOfRange(tags, a, b));
                lemmas[i] = ls[i - a];
            }
            return lemmas[i];
        }

        /** The tokens that lie inside [{@code start}, {@code end}). */
        int[] inside(int start, int end) {
            int n = 0;
            int[] out = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) if (tokens[i].getStart() >= start && tokens[i].getEnd() <= end) out[n++] = i;
            return java.util.Arrays.copyOf(out, n);
        }
    }

    private final String language;
    private final String tokenModel, posModel, lemmaModel;
    private volatile Models models;
    private final ThreadLocal<Taggers> taggers;
    /**
     * A document's memo ({@link #forDocument}), null for the language's shared tagger: windows tagged (the same text
     * gives the same tokens, tags and lemmas), exact, living as long as one document. Measured on the 5 MB dev-set
     * bench: it answers 97 of 12,654 windows, saving about 7 times what it costs (0.5 s of tagging against 0.08 s of
     * look-ups over four passes). A memo of lemmas by their exact window answered none of 10,804 lemmas and cost 3 % of
     * the lemmatizer's time, and a memo of how each word splits into tokens answered 19 % of the words and measured
     * no faster: neither is kept. Word splits are remembered per thread across documents instead ({@link WordSplits}):
     * 60 % of the words on the first pass over 98 distinct articles (dev set, seeds, team-eval-3 to -8).
     */
    private final java.util.Map<String, Tagged> windows;
    private final ExtractionProfile profile;

    /** Words each thread remembers how to split ({@link WordSplits}): a few MB, more than a news corpus's common words. */
    private static final int WORDS_REMEMBERED = 50_000;

    private record Models(TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {}

    private static final class Taggers {
        final WordSplits splits;
        final POSTaggerME pos;
        final LemmatizerME lemmatizer;

        Taggers(Models m) {
            splits = new WordSplits(new TokenizerME(m.tokens()), WORDS_REMEMBERED);
            pos = SelectingBeamSearch.posTagger(m.pos());
            lemmatizer = new LemmatizerME(m.lemmas());
        }
    }

    private SyntaxTagger(String language, String tokenModel, String posModel, String lemmaModel) {
        this.language = language;
        this.tokenModel = tokenModel;
        this.posModel = posModel;
        this.lemmaModel = lemmaModel;
        this.taggers = ThreadLocal.withInitial(() -> new Taggers(models()));
        this.windows = null;
        this.profile = null;
    }

    /** A view of {@code shared} for one document (one thread): the same models, with the document's memo. */
    private SyntaxTagger(SyntaxTagger shared, ExtractionProfile profile) {
        this.language = shared.language;
        this.tokenModel = shared.tokenModel;
        this.posModel = shared.posModel;
        this.lemmaModel = shared.lemmaModel;
        this.taggers = shared.taggers;
        this.windows = new java.util.HashMap<>();
        this.profile = profile;
    }

    /**
     * This tagger for one document: what it tags and lemmatises is remembered until the document is done; nothing
     * outlives the document.
     */
    SyntaxTagger forDocument(ExtractionProfile profile) {
        return new SyntaxTagger(this, profile);
    }

    private static final SyntaxTagger ENGLISH = new SyntaxTagger("en", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");
    private static final SyntaxTagger GERMAN = new SyntaxTagger("de", "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin",
            "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin", "/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin");

    /** The tagger of a language ("en", "de"); English for any other. */
    static SyntaxTagger of(String language) {
        return "de".equals(language) ? GERMAN : ENGLISH;
    }

    String language() { return language; }

    Tagged tag(String sentence) {
        if (windows != null) {
            Tagged known = windows.get(sentence);
            if (profile != null) profile.window(known != null);
            if (known != null) return known;
        }
        Taggers t = taggers.get();
        Span[] spans = t.splits.tokenizePos(sentence, profile);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = t.pos.tag(words);
        Tagged out = new Tagged(spans, words, tags, t.lemmatizer);
        if (windows != null) windows.put(sentence, out);
        return out;
    }

    private Models models() {
        Models m = models;
        if (m == null) {
            synchronized (this) {
                if (models == null) {
                    models = new Models(load(tokenModel, TokenizerModel::new), load(posModel, POSModel::new), load(lemmaModel, SelectingBeamSearch::model));
                }
                m = models;
            }
        }
        return m;
    }

    private interface ModelReader<T> { T read(InputStream in) throws IOException; }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = SyntaxTagger.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " missing from the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
