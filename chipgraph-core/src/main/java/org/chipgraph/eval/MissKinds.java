package org.chipgraph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The misses and extras of an evaluation by kind: the scorer's matching of extracted facts to gold facts, then
 * each missed gold fact ({@link MissClassifier}) and each extra fact ({@link ExtraClassifier}) classified, counted
 * by kind, relation and language. What it prints is counts only, so it may run on sets nobody may read.
 */
public final class MissKinds {
    private final MissClassifier misses;
    private final ExtraClassifier extras;

    public MissKinds(RegistryNames registry, SentenceSignals signals) {
        this.misses = new MissClassifier(registry, signals);
        this.extras = new ExtraClassifier(signals);
    }

    /** A fact and the label of its kind; for a miss in one sentence that sentence, else null. */
    public record Classified(ScoredFact fact, String kind, String sentence) {}

    /**
     * The counts of one evaluation, and each fact's kind ({@code missedKinds} in the order of
     * {@link ScorerMatch#missed()}, {@code extraKinds} of {@link ScorerMatch#extra()}; not printed).
     */
    public record Report(ScorerMatch match, KindTable missed, KindTable signals, KindTable extra, List<Classified> missedKinds, List<Classified> extraKinds) {
        public void print(PrintWriter out) {
            out.printf("missed gold facts by kind: %d of %d gold facts (%d matched, as the scorer matches)%n",
                    missed.total(), match.gold().size(), match.matched());
            missed.print(out);
            out.printf("%nsame-sentence misses by every signal that holds (one miss may count in several rows; the kind above is its first):%n");
            signals.print(out);
            out.printf("%nextra facts by kind: %d of %d extracted facts the scorer counts%n", extra.total(), match.system().size());
            extra.print(out);
        }

        /**
         * Every missed and extra fact with its kind, one tab-separated line each ({@code MISSED kind doc subject
         * relation object sentence}, the sentence only for a same-sentence miss): names and text, so only for sets
         * one may read.
         */
        public void printFacts(PrintWriter out) {
            out.printf("%nmissed and extra facts with their kind:%n");
            for (Classified c : missedKinds) line(out, "MISSED", c);
            for (Classified c : extraKinds) line(out, "EXTRA", c);
        }

        private static void line(PrintWriter out, String what, Classified c) {
            ScoredFact f = c.fact();
            out.println(String.join("\t", what, c.kind(), f.doc(), f.subject(), f.relation(), f.object(),
                    c.sentence() == null ? "" : c.sentence().replaceAll("\\s+", " ")));
        }
    }

    /**
     * @param docs the documents' mentions by file name (a gold document missing here is counted as no-document)
     */
    public Report classify(List<ScoredFact> gold, List<ScoredFact> extracted, Map<String, DocumentMentions> docs) {
        ScorerMatch match = ScorerMatch.of(gold, extracted);
        Map<String, List<ScoredFact>> extraByDoc = group(match.extra());
        Map<String, List<ScoredFact>> goldByDoc = group(gold);
        Map<String, List<ScoredFact>> missedByDoc = group(match.missed());
        List<String> languages = docs.values().stream().map(DocumentMentions::language).distinct().sorted().toList();
        KindTable missed = new KindTable(Arrays.stream(MissKind.values()).map(k -> k.label).toList(), languages);
        List<MissKind> sameSentence = Arrays.stream(MissKind.values()).filter(k -> k.label.startsWith("same-sentence:")).toList();
        KindTable signals = new KindTable(sameSentence.stream().map(k -> k.label).toList(), languages, false);
        List<Classified> missedKinds = new ArrayList<>();
        for (ScoredFact g : match.missed()) {
            DocumentMentions d = docs.get(g.doc());
            String lang = d == null ? "?" : d.language();
            MissClassifier.Verdict v = misses.judge(g, d, extraByDoc.getOrDefault(g.doc(), List.of()));
            missed.add(v.kind().label, g.relation(), lang);
            missedKinds.add(new Classified(g, v.kind().label, v.sentence()));
            for (MissKind s : v.signals()) signals.add(s.label, g.relation(), lang);
            if (v.kind() == MissKind.SAME_PLAIN) signals.add(MissKind.SAME_PLAIN.label, g.relation(), lang);
        }
        KindTable extra = new KindTable(Arrays.stream(ExtraKind.values()).map(k -> k.label).toList(), languages);
        List<Classified> extraKinds = new ArrayList<>();
        for (ScoredFact s : match.extra()) {
            DocumentMentions d = docs.get(s.doc());
            ExtraKind kind = extras.classify(s, goldByDoc.getOrDefault(s.doc(), List.of()), missedByDoc.getOrDefault(s.doc(), List.of()));
            extra.add(kind.label, s.relation(), d == null ? "?" : d.language());
            extraKinds.add(new Classified(s, kind.label, null));
        }
        return new Report(match, missed, signals, extra, List.copyOf(missedKinds), List.copyOf(extraKinds));
    }

    private static Map<String, List<ScoredFact>> group(List<ScoredFact> facts) {
        Map<String, List<ScoredFact>> out = new LinkedHashMap<>();
        for (ScoredFact f : facts) out.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
        return out;
    }
}
