package org.chipgraph.extract.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;

/**
 * Two mentions of one sentence that some learned relation could join and that no rule joined: mention {@code first}
 * comes before mention {@code second} in the text.
 */
public record PairCandidate(SentenceMentions sentence, int first, int second) {

    /** Sentences with more mentions than this are lists and tables more than prose: their pairs are left to the rules. */
    static final int MAX_MENTIONS = 12;

    public SentenceMentions.Named firstMention() { return sentence.mentions().get(first); }

    public SentenceMentions.Named secondMention() { return sentence.mentions().get(second); }

    /** The candidates of an article's sentences, given the facts its rules gave. */
    public static List<PairCandidate> of(List<SentenceMentions> sentences, List<Fact> ruleFacts) {
        Set<String> joined = new HashSet<>();
        for (Fact f : ruleFacts) {
            if (f.object() == null) continue;
            joined.add(f.provenance().start() + "|" + f.subject().iri() + "|" + f.object().iri());
            joined.add(f.provenance().start() + "|" + f.object().iri() + "|" + f.subject().iri());
        }
        List<PairCandidate> out = new ArrayList<>();
        for (SentenceMentions s : sentences) {
            List<SentenceMentions.Named> ms = s.mentions();
            if (ms.size() < 2 || ms.size() > MAX_MENTIONS) continue;
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    if (ms.get(j).start() < ms.get(i).end()) continue;
                    if (canRelate(ms.get(i), ms.get(j)) && !joinedAny(joined, s.start(), ms.get(i), ms.get(j))) out.add(new PairCandidate(s, i, j));
                }
            }
        }
        return out;
    }

    /** Is there a learned relation between some entity of one and some (other) entity of the other? */
    static boolean canRelate(SentenceMentions.Named a, SentenceMentions.Named b) {
        for (EntityRef x : a.entities()) {
            for (EntityRef y : b.entities()) {
                if (!x.iri().equals(y.iri()) && !RelationOutcome.fitting(x.type(), y.type()).isEmpty()) return true;
            }
        }
        return false;
    }

    private static boolean joinedAny(Set<String> joined, int sentenceStart, SentenceMentions.Named a, SentenceMentions.Named b) {
        for (EntityRef x : a.entities()) for (EntityRef y : b.entities()) if (joined.contains(sentenceStart + "|" + x.iri() + "|" + y.iri())) return true;
        return false;
    }
}
