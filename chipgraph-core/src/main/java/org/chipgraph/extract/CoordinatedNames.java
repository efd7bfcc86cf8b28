package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.PartialDate;

/**
 * Capitalised names joined in one list with companies the sentence already names ("Meta, Microsoft and Oracle",
 * "Oracle und Meta"): a list holds things of one kind, so they are companies too. Only the list joints of the
 * language ({@code list-joint}) link them; the caller still asks the tagger whether each reads as a name.
 */
final class CoordinatedNames {
    // (possessive: "Elon Musk's venture" is no name cut short to "Elon")
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,2}+";

    /** A name right after a company and a joint, and a name right before a joint and a company (compiled once per language). */
    private final Pattern after, before;
    /** What may open a sentence before its first name (a sentence adverb: "Separately, "); general nouns cut off a name ("Firmen"). */
    private final Pattern opening;
    private final Set<String> genericNouns;
    /** The conjunction that closes a list ({@code coordination-closing}), or null: see {@link #clauseJoint}. */
    private final Pattern closing;

    /**
     * @param joint the language's list joints ({@code list-joint}); @param shapes the language's name shapes;
     * @param closing the language's {@code coordination-closing}, or null
     */
    CoordinatedNames(String joint, NameShapes shapes, String closing) {
        this.closing = closing == null ? null : Pattern.compile("(?:" + closing + ")");
        after = Pattern.compile("^(?:" + joint + ")(" + NAME + ")(?=[\\s,.;:)]|$)");
        before = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + ")(?:" + joint + ")$");
        opening = shapes.sentenceOpening();
        genericNouns = shapes.words("generic-noun");
    }

    /** Spans (start, end) of untaken names next to a company mention across a list joint. */
    List<int[]> find(SentenceState st) {
        List<int[]> out = new ArrayList<>();
        List<RelativeDateResolver.DateMention> dates = null;
        boolean grew = true;
        List<int[]> known = new ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.COMPANY && !m.possessive()) known.add(new int[] {m.start(), m.end()});
        while (grew) {
            grew = false;
            for (int[] k : new ArrayList<>(known)) {
                Matcher a = after.matcher(st.text).region(k[1], st.text.length());
                if (a.find() && st.free(a.start(1), a.end(1)) && !clauseJoint(st.text, k[0], st.text.substring(k[1], a.start(1)))) {
                    if (dates == null) dates = RelativeDateResolver.find(st.text, PartialDate.ofYear(2000));
                    int[] span = trimmed(st, dates, a.start(1), a.end(1));
                    if (span != null && !contains(known, span[0])) { out.add(span); known.add(span); grew = true; }
                }
                Matcher b = before.matcher(st.text).region(Math.max(0, k[0] - 60), k[0]);
                if (b.find() && st.free(b.start(1), b.end(1)) && !clauseJoint(st.text, b.start(1), st.text.substring(b.end(1), k[0]))) {
                    if (dates == null) dates = RelativeDateResolver.find(st.text, PartialDate.ofYear(2000));
                    int[] span = trimmed(st, dates, b.start(1), b.end(1));
                    if (span != null && !contains(known, span[0])) { out.add(span); known.add(span); grew = true; }
                }
            }
        }
        return out;
    }

    /**
     * "ship parts to SMIC, and Phase-2 orders ...": a comma before the conjunction after a name that no comma joins to one
     * before it joins clauses, not list members (a list takes that comma only after two members: "A, B, and C"), as in
     * {@link Coordination}.
     */
    private boolean clauseJoint(String text, int firstStart, String joint) {
        if (closing == null || !joint.strip().startsWith(",") || !closing.matcher(joint).find()) return false;
        return !text.substring(0, firstStart).stripTrailing().endsWith(",");
    }

    /**
     * The name without leading words of a date ("im Dezember Quantix"), of a sentence adverb ("Meanwhile Kestova") or
     * general nouns for companies ("Firmen Korlan"). At the sentence's head it is kept too ("Kestova and Marlow
     * Foundry agreed ..."): the caller asks the tagger, which there tells an unknown name from a common word.
     */
    private int[] trimmed(SentenceState st, List<RelativeDateResolver.DateMention> dates, int start, int end) {
        int s = start;
        for (var d : dates) {
            if (d.start() <= s && d.end() > s && d.end() < end) s = d.end();
        }
        Matcher o = opening.matcher(st.text);
        if (o.lookingAt() && s < o.end()) s = o.end();
        while (s < end && Character.isWhitespace(st.text.charAt(s))) s++;
        for (int w = wordEnd(st.text, s, end); w < end && genericNouns.contains(st.text.substring(s, w)); w = wordEnd(st.text, s, end)) {
            s = w;
            while (s < end && Character.isWhitespace(st.text.charAt(s))) s++;
        }
        if (s >= end || !Character.isUpperCase(st.text.charAt(s))) return null;
        // "... Meta and Apple.": the full stop ends the sentence, not the name (as it would "Corp." or "Inc.")
        if (st.text.charAt(end - 1) == '.' && !ABBREVIATION.matcher(st.text.substring(s, end)).find()) end--;
        return s < end ? new int[] {s, end} : null;
    }

    private static int wordEnd(String text, int from, int end) {
        int w = from;
        while (w < end && !Character.isWhitespace(text.charAt(w))) w++;
        return w;
    }

    /** Abbreviations that end a company's name with a full stop (in either language). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s.&])(?:Inc|Corp|Co|Ltd|Cos|Bhd|Plc|Cie|Bros|Mfg|Intl)\\.$");

    private static boolean contains(List<int[]> spans, int start) {
        for (int[] s : spans) if (s[0] == start) return true;
        return false;
    }
}
