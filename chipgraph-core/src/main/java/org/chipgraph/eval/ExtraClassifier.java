package org.chipgraph.eval;

import java.util.List;

/** Classifies an extracted fact that matched no gold fact ({@link ExtraKind}) by what the document's gold says. */
public final class ExtraClassifier {
    private final SentenceSignals signals;

    public ExtraClassifier(SentenceSignals signals) { this.signals = signals; }

    /**
     * @param gold   all gold facts of the fact's document
     * @param missed those of them no extracted fact matched: an extra fact is another control, object or
     *               subject only of a missed one (beside a matched one it is simply one fact more)
     */
    public ExtraKind classify(ScoredFact s, List<ScoredFact> gold, List<ScoredFact> missed) {
        for (ScoredFact g : gold) if (ScorerMatch.matches(s, g)) return ExtraKind.DUPLICATE;
        if (signals.source(s.subjectKey()) || (!s.subjectOnly() && signals.source(s.objectKey()))) return ExtraKind.SOURCE_AS_PARTY;
        for (ScoredFact g : missed) {
            if (!g.relation().equals(s.relation())) continue;
            if (s.relation().equals("restricts") && same(s.objectKey(), g.objectKey()) && MissClassifier.sameIssuer(s.subjectKey(), g.subjectKey())) return ExtraKind.OTHER_CONTROL;
            if (s.relation().equals("issues") && same(s.subjectKey(), g.subjectKey()) && MissClassifier.sameIssuer(s.objectKey(), g.objectKey())) return ExtraKind.OTHER_CONTROL;
        }
        if (s.subjectOnly()) return named(s.subjectKey(), gold) ? ExtraKind.UNRELATED : ExtraKind.NOT_IN_GOLD;
        for (ScoredFact g : gold) if (g.relation().equals(s.relation()) && same(s.subjectKey(), g.objectKey()) && same(s.objectKey(), g.subjectKey())) return ExtraKind.REVERSED;
        for (ScoredFact g : gold) if (!g.relation().equals(s.relation()) && !g.subjectOnly() && MissClassifier.samePair(s, g)) return ExtraKind.OTHER_RELATION;
        for (ScoredFact g : missed) if (g.relation().equals(s.relation()) && !g.subjectOnly() && same(s.subjectKey(), g.subjectKey())) return ExtraKind.OTHER_OBJECT;
        for (ScoredFact g : missed) if (g.relation().equals(s.relation()) && !g.subjectOnly() && same(s.objectKey(), g.objectKey())) return ExtraKind.OTHER_SUBJECT;
        if (!named(s.subjectKey(), gold) || !named(s.objectKey(), gold)) return ExtraKind.NOT_IN_GOLD;
        return ExtraKind.UNRELATED;
    }

    /** Does some gold fact of the document name this (as subject, or as object of a relation with one)? */
    private static boolean named(String key, List<ScoredFact> gold) {
        for (ScoredFact g : gold) {
            if (same(key, g.subjectKey()) || (!g.subjectOnly() && same(key, g.objectKey()))) return true;
        }
        return false;
    }

    private static boolean same(String system, String gold) { return ScorerNames.same(system, gold); }
}
