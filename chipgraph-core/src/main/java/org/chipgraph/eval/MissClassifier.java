package org.chipgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chipgraph.extract.SentenceMentions;

/**
 * Classifies a missed gold fact ({@link MissKind}) from what the extractor recognised in its document and the
 * facts it extracted there that matched nothing (the document's extra facts).
 */
public final class MissClassifier {
    private final RegistryNames registry;
    private final SentenceSignals signals;

    public MissClassifier(RegistryNames registry, SentenceSignals signals) {
        this.registry = registry;
        this.signals = signals;
    }

    /**
     * A miss's kind, and for a pair in one sentence every signal that holds there (the kind is the first of them;
     * several may hold: "A and B were supplied by C" is coordination and passive); the sentence of that pair, null
     * for a miss of another kind.
     */
    public record Verdict(MissKind kind, List<MissKind> signals, String sentence) {}

    /** The kind of a missed gold fact (see {@link #judge}). */
    public MissKind classify(ScoredFact g, DocumentMentions doc, List<ScoredFact> extras) {
        return judge(g, doc, extras).kind();
    }

    /**
     * @param doc    the document's mentions, null when the document was not read
     * @param extras the document's extracted facts that matched no gold fact
     */
    public Verdict judge(ScoredFact g, DocumentMentions doc, List<ScoredFact> extras) {
        MissKind kind = kind(g, doc, extras);
        if (kind != null) return new Verdict(kind, List.of(), null);
        List<DocumentMentions.Occurrence> subjects = doc.occurrences(g.subjectKey());
        DocumentMentions.Occurrence[] pair = closestPair(subjects, doc.occurrences(g.objectKey()));
        List<MissKind> signals = inSentence(pair, g.relation());
        return new Verdict(signals.isEmpty() ? MissKind.SAME_PLAIN : signals.get(0), signals, pair[0].sentence().text());
    }

    /** The kind, or null for a pair recognised in one sentence (whose kind its signals give). */
    private MissKind kind(ScoredFact g, DocumentMentions doc, List<ScoredFact> extras) {
        if (doc == null) return MissKind.NO_DOCUMENT;
        if (wrongControl(g, extras)) return MissKind.WRONG_CONTROL;
        List<DocumentMentions.Occurrence> subjects = doc.occurrences(g.subjectKey());
        List<DocumentMentions.Occurrence> objects = g.subjectOnly() ? subjects : doc.occurrences(g.objectKey());
        if ((subjects.isEmpty() && otherControl(doc, g.subjectKey())) || (objects.isEmpty() && otherControl(doc, g.objectKey()))) {
            return MissKind.WHICH_CONTROL;
        }
        if (subjects.isEmpty() || objects.isEmpty()) {
            boolean unregistered = (subjects.isEmpty() && !registry.knows(g.subjectKey()))
                    || (objects.isEmpty() && !registry.knows(g.objectKey()));
            return unregistered ? MissKind.UNSEEN_UNREGISTERED : MissKind.UNSEEN_REGISTERED;
        }
        for (ScoredFact s : extras) if (s.relation().equals(g.relation()) && same(s.subjectKey(), g.subjectKey()) && !g.subjectOnly()) return MissKind.WRONG_OBJECT;
        for (ScoredFact s : extras) if (s.relation().equals(g.relation()) && !g.subjectOnly() && same(s.objectKey(), g.objectKey())) return MissKind.WRONG_SUBJECT;
        for (ScoredFact s : extras) if (s.relation().equals(g.relation()) && same(s.subjectKey(), g.objectKey()) && same(s.objectKey(), g.subjectKey())) return MissKind.REVERSED;
        for (ScoredFact s : extras) if (!s.relation().equals(g.relation()) && samePair(s, g)) return MissKind.WRONG_RELATION;
        if (g.subjectOnly()) return MissKind.SAME_PLAIN;
        int nearest = Integer.MAX_VALUE;
        for (var a : subjects) for (var b : objects) nearest = Math.min(nearest, Math.abs(a.sentence().index() - b.sentence().index()));
        if (nearest > 2) return MissKind.DOCUMENT_LEVEL;
        if (nearest > 0) return MissKind.NEAR_SENTENCES;
        return null;
    }

    /** Is the key a control's, and does the document link a mention to another control of its issuer? */
    private static boolean otherControl(DocumentMentions doc, String goldKey) {
        if (!ScorerNames.control(goldKey)) return false;
        for (String label : doc.labels()) {
            String k = ScorerNames.key(label);
            if (!ScorerNames.same(k, goldKey) && sameIssuer(k, goldKey)) return true;
        }
        return false;
    }

    /** The subject and object mentions of one sentence with the fewest words between them. */
    private static DocumentMentions.Occurrence[] closestPair(List<DocumentMentions.Occurrence> subjects, List<DocumentMentions.Occurrence> objects) {
        DocumentMentions.Occurrence[] best = null;
        int bestWords = Integer.MAX_VALUE;
        for (var a : subjects) {
            for (var b : objects) {
                if (a.sentence().index() != b.sentence().index()) continue;
                int w = SentenceSignals.words(between(a.sentence().text(), a.mention(), b.mention()));
                if (w < bestWords) {
                    bestWords = w;
                    best = new DocumentMentions.Occurrence[] {a, b};
                }
            }
        }
        return best;
    }

    /** The signals that hold for a pair in one sentence, in the order of the kinds. */
    private List<MissKind> inSentence(DocumentMentions.Occurrence[] pair, String relation) {
        SentenceMentions sentence = pair[0].sentence();
        String t = sentence.text();
        String lang = sentence.language();
        List<SentenceMentions.Named> ms = new ArrayList<>(List.of(pair[0].mention(), pair[1].mention()));
        ms.sort(Comparator.comparingInt(SentenceMentions.Named::start));
        SentenceMentions.Named first = ms.get(0), second = ms.get(1);
        String between = between(t, first, second);
        String region = t.substring(first.start(), SentenceSignals.clauseEnd(t, Math.max(first.end(), second.end())));
        String before = t.substring(SentenceSignals.clauseStart(t, first.start()), first.start());
        String after = t.substring(Math.min(t.length(), second.end()), SentenceSignals.clauseEnd(t, second.end()));
        List<MissKind> out = new ArrayList<>();
        if (relation.equals("headquarteredIn") && first != second && signals.nationality(first == pair[1].mention(), between)) out.add(MissKind.SAME_NATIONALITY);
        if (coordinated(sentence, first) || coordinated(sentence, second) || first == second) out.add(MissKind.SAME_COORDINATION);
        if (signals.passive(lang, region)) out.add(MissKind.SAME_PASSIVE);
        if (signals.relativeClause(lang, between)) out.add(MissKind.SAME_RELATIVE);
        if (signals.verbFinal(lang, before, between, after)) out.add(MissKind.SAME_VERB_FINAL);
        if (first.reference() || second.reference()) out.add(MissKind.SAME_REFERENCE);
        if (signals.farApart(between)) out.add(MissKind.SAME_FAR);
        return out;
    }

    /** Is the mention a list, or joined to a neighbouring mention of its kind by a list joint? */
    private boolean coordinated(SentenceMentions sentence, SentenceMentions.Named m) {
        if (m.entities().size() > 1) return true;
        List<SentenceMentions.Named> all = sentence.mentions();
        int k = all.indexOf(m);
        for (int j : new int[] {k - 1, k + 1}) {
            if (j < 0 || j >= all.size()) continue;
            SentenceMentions.Named n = all.get(j);
            if (n.kind().equals(m.kind()) && signals.joint(between(sentence.text(), j < k ? n : m, j < k ? m : n))) return true;
        }
        return false;
    }

    /** The text between two mentions (in either order), empty when they overlap. */
    static String between(String text, SentenceMentions.Named a, SentenceMentions.Named b) {
        SentenceMentions.Named x = a.start() <= b.start() ? a : b, y = x == a ? b : a;
        return y.start() > x.end() ? text.substring(x.end(), y.start()) : "";
    }

    private static boolean wrongControl(ScoredFact g, List<ScoredFact> extras) {
        for (ScoredFact s : extras) {
            if (!s.relation().equals(g.relation())) continue;
            if (g.relation().equals("restricts") && same(s.objectKey(), g.objectKey()) && sameIssuer(s.subjectKey(), g.subjectKey())) return true;
            if (g.relation().equals("issues") && same(s.subjectKey(), g.subjectKey()) && sameIssuer(s.objectKey(), g.objectKey())) return true;
        }
        return false;
    }

    /** Two controls of one issuer (a label naming none takes any). */
    static boolean sameIssuer(String system, String gold) {
        if (!ScorerNames.control(system) || !ScorerNames.control(gold)) return false;
        String a = ScorerNames.issuer(system), b = ScorerNames.issuer(gold);
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    static boolean samePair(ScoredFact s, ScoredFact g) {
        return (same(s.subjectKey(), g.subjectKey()) && same(s.objectKey(), g.objectKey()))
                || (same(s.subjectKey(), g.objectKey()) && same(s.objectKey(), g.subjectKey()));
    }

    private static boolean same(String system, String gold) { return ScorerNames.same(system, gold); }
}
