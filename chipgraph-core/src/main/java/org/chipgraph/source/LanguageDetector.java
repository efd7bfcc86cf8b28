package org.chipgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Detects an article's language with OpenNLP's language-detection model; answers ISO 639-1 codes. */
public final class LanguageDetector {
    private static final String MODEL = "/langdetect-183.bin";
    private final LanguageDetectorModel model;

    public LanguageDetector() {
        model = Model.INSTANCE;
    }

    /** The model is large and immutable: loaded once per process, on first use. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
                if (in == null) throw new IllegalStateException("OpenNLP language model " + MODEL + " missing from the classpath");
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Returns "en", "de", or the ISO 639-3 code of another language. */
    public String detect(String text) {
        // LanguageDetectorME is not thread-safe; it is cheap to make next to the shared model.
        return code(new LanguageDetectorME(model).predictLanguage(sample(text)).getLang());
    }

    /**
     * The most likely language with its probability, and the probability of each other language, to
     * tell a sure detection (0.93-1.0 on our articles) from a guess on a short text (0.02-0.1).
     */
    public record Guess(String language, double confidence, java.util.Map<String, Double> all) {
        public double confidenceOf(String code) { return all.getOrDefault(code, 0.0); }
    }

    public Guess guess(String text) {
        opennlp.tools.langdetect.Language[] ls = new LanguageDetectorME(model).predictLanguages(sample(text));
        java.util.Map<String, Double> all = new java.util.HashMap<>();
        for (var l : ls) all.put(code(l.getLang()), l.getConfidence());
        return new Guess(code(ls[0].getLang()), ls[0].getConfidence(), all);
    }

    private static String sample(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private static String code(String iso3) {
        return switch (iso3) {
            case "eng" -> "en";
            case "deu" -> "de";
            default -> iso3;
        };
    }
}
