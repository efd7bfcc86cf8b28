package org.chipgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article body into sentences with OpenNLP's English and German sentence models.
 * Lines are split first: news files put headings, captions and paragraphs on their own lines, and a
 * heading without a full stop must not run into the next sentence. The models are thread-safe; the
 * detectors are not, so each thread gets its own.
 */
final class SentenceSplitter {
    /** Abbreviations after which the models wrongly end a sentence ("2 Mrd. US-Dollar", "Nvidia Corp. said"). */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:Mrd|Mio|Tsd|Co|Corp|Inc|Ltd|Nr|bzw|ca|Dr|Prof|No|vs|Jan|Feb|Aug|Sept|Okt|Dez)\\.$");
    /** A German ordinal ends the piece: "Ab dem 1." before "Juli", "im 3." before "Quartal" (German writes ordinals as digits and a full stop). */
    private static final java.util.regex.Pattern GERMAN_ORDINAL = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d{1,2}\\.$");

    private final SentenceModel english;
    private final SentenceModel german;
    private final ThreadLocal<SentenceDetectorME> en;
    private final ThreadLocal<SentenceDetectorME> de;

    /** A sentence with its offsets in the article's content. */
    record Sentence(int start, int end, String text) {}

    SentenceSplitter() {
        english = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
        german = load("/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin");
        en = ThreadLocal.withInitial(() -> new SentenceDetectorME(english));
        de = ThreadLocal.withInitial(() -> new SentenceDetectorME(german));
    }

    private static SentenceModel load(String resource) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " missing from the classpath");
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The models sometimes break after an abbreviation ("Nvidia Corp. chips", "X Ltd., Y") or inside a number
     * ("S$21.5 billion"); a piece that starts in lower case, follows a comma or continues a number is not a new sentence.
     */
    private static boolean continues(String content, Sentence prev, int next, boolean german) {
        char first = content.charAt(next);
        if (Character.isLowerCase(first)) return true;
        // no sentence ends in a comma: "The buyers, X Components Ltd., Y Trading ..." broke after the abbreviation's comma
        if (content.charAt(prev.end() - 1) == ',') return true;
        if (german && next == prev.end() + 1 && content.charAt(prev.end()) == ' ' && Character.isUpperCase(first)
                && GERMAN_ORDINAL.matcher(content).useTransparentBounds(true).region(Math.max(prev.start(), prev.end() - 3), prev.end()).find()) {
            return true;
        }
        // the abbreviation ends the piece: look at its last characters only (the look-behind still sees before them)
        int from = Math.max(prev.start(), prev.end() - 6);
        java.util.regex.Matcher abbreviation = ABBREVIATION.matcher(content).useTransparentBounds(from > prev.start())
                .region(from, prev.end());
        if (abbreviation.find()) return true;
        char last = content.charAt(prev.end() - 1);
        return Character.isDigit(first) && last == '.' && prev.end() >= 2 && Character.isDigit(content.charAt(prev.end() - 2))
                && next == prev.end();
    }

    List<Sentence> split(String content, int from, String language) {
        SentenceDetectorME detector = "de".equals(language) ? de.get() : en.get();
        List<Sentence> out = new ArrayList<>();
        int pos = from;
        while (pos < content.length()) {
            int eol = content.indexOf('\n', pos);
            int lineEnd = eol < 0 ? content.length() : eol;
            String line = content.substring(pos, lineEnd);
            if (!line.isBlank()) {
                for (Span s : detector.sentPosDetect(line)) {
                    int a = pos + s.getStart();
                    int b = pos + s.getEnd();
                    while (a < b && Character.isWhitespace(content.charAt(a))) a++;
                    while (b > a && Character.isWhitespace(content.charAt(b - 1))) b--;
                    if (b <= a) continue;
                    Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (prev != null && prev.end() >= pos && continues(content, prev, a, "de".equals(language))) {
                        out.set(out.size() - 1, new Sentence(prev.start(), b, content.substring(prev.start(), b)));
                    } else {
                        out.add(new Sentence(a, b, content.substring(a, b)));
                    }
                }
            }
            pos = lineEnd + 1;
        }
        return out;
    }
}
