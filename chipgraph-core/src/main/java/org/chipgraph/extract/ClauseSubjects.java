package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * The company a possessive ("its", "seine") belongs to by the clause it stands in: the subject of its clause, or of
 * the clause before it when its own has none (the possessive then sits in an object or a prepositional phrase:
 * "Dravik ... supplies Baidu with its cards" is Dravik's cards, not Baidu's). A subject is a company that opens its
 * clause, alone or after a description of it ("the Munich start-up X"), never after a preposition or as an owner
 * ("Nvidia's"). A clause opened by a relative word ("..., which ships its chips") belongs to the company right before
 * it. The words come from the language's {@code references.tsv}: {@code clause-opener}, {@code relative},
 * {@code determiner} and the company head nouns ({@code company}, {@code foundry}, {@code memory-maker}).
 */
final class ClauseSubjects {
    /** Clause boundaries: punctuation and the words that open a clause. */
    private final Pattern boundary;
    /** What may stand between a clause's start and its subject: nothing, a determiner, or a description ending in a head noun. */
    private final Pattern lead;
    /** A relative word opening a clause, after its boundary. */
    private final Pattern relative;
    /** What may stand before a reference that opens its clause: nothing or a conjunction. */
    private final Pattern opening;
    /** What may stand before a description (a resolved reference) that is its clause's subject: "The Texan company". */
    private final Pattern descriptionLead;

    private ClauseSubjects(Pattern boundary, Pattern lead, Pattern relative, Pattern opening, Pattern descriptionLead) {
        this.boundary = boundary;
        this.lead = lead;
        this.relative = relative;
        this.opening = opening;
        this.descriptionLead = descriptionLead;
    }

    /**
     * The language's clause subjects from its reference word classes ({@link ReferenceNouns}) and its prepositions (no
     * word of a description before a subject); null when it has no clause openers.
     */
    static ClauseSubjects of(Map<String, String> classes, String prepositions) {
        String openers = classes.get("REF_CLAUSE_OPENER_ONE");
        if (openers == null) return null;
        String det = classes.getOrDefault("REF_DETERMINER_ONE", "(?:the|a|an)");
        StringBuilder heads = new StringBuilder();
        for (String k : List.of("REF_COMPANY_ONE", "REF_FOUNDRY_ONE", "REF_MEMORY_MAKER_ONE")) {
            if (classes.containsKey(k)) heads.append(heads.length() > 0 ? "|" : "").append(classes.get(k));
        }
        Pattern boundary = Pattern.compile("[,;:()\"]|(?<![\\p{L}\\p{N}])(?:" + openers + ")(?![\\p{L}\\p{N}])");
        // a description ending in a head noun (also as the end of a compound: "Chipentwickler", "chip-designer"): after a
        // determiner any words but prepositions ("the small Swedish firm"), without one only capitalised or hyphenated
        // words (a place, a nationality: "US chip designer", "fast-growing")
        String head = "(?:[\\p{L}]+-?)?(?i:" + heads + ")\\s+";
        String notPrep = prepositions == null ? "" : "(?!(?i:" + prepositions + ")\\s)";
        // the end of a dateline before the subject ("BEIJING, Nov 12 - X", "DOHA (Gulf Wire) - X")
        String lead = "\\s*(?:(?:\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}\\s*)?[-–—]\\s+)?(?:(?:" + det + ")\\s+";
        if (heads.length() > 0) {
            lead += "|(?:" + det + ")\\s+(?:" + notPrep + "[\\p{L}\\p{N}.&'-]+\\s+){0,4}" + head
                    + "|(?:(?:\\p{Lu}[\\p{L}\\p{N}.&'-]*|[\\p{L}\\p{N}]+-[\\p{L}\\p{N}-]+)\\s+){0,4}" + head;
        }
        lead += ")?";
        String rel = classes.get("REF_RELATIVE_ONE");
        Pattern relative = rel == null ? null : Pattern.compile("[,\\s]*(?:" + rel + ")(?![\\p{L}\\p{N}])");
        String conj = classes.get("REF_CONJUNCTION_ONE");
        Pattern opening = Pattern.compile("\\s*" + (conj == null ? "" : "(?:(?:" + conj + ")\\s+)?"));
        // a description's own modifiers stand before its head noun, which is the mention ("The Texan company")
        Pattern descriptionLead = Pattern.compile("\\s*(?:" + (conj == null ? "" : "(?:" + conj + ")\\s+") + ")?(?:" + det + ")\\s+(?:" + notPrep
                + "[\\p{L}\\p{N}&'-]+\\s+){0,3}");
        return new ClauseSubjects(boundary, Pattern.compile(lead), relative, opening, descriptionLead);
    }

    /** The company the possessive at {@code pos} belongs to by its clause, or null when no clause before it has a company subject. */
    EntityRef owner(SentenceState st, int pos, int posEnd) {
        List<Mention> companies = new ArrayList<>();
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COMPANY && m.end() <= pos && !m.homeWord() && m.entities().size() == 1) companies.add(m);
        }
        if (companies.isEmpty()) return null;
        companies.sort(Comparator.comparingInt(Mention::start));
        int[] bounds = boundaries(st.text, pos);
        // "Nvidia, which ships its chips to ...", "Nvidia, dessen Chips ...": a relative clause's subject is the company before it
        if (relative != null && bounds.length > 0) {
            int bs = bounds[bounds.length - 2];
            if (relative.matcher(st.text).region(bs, posEnd).lookingAt()) {
                for (Mention m : companies) {
                    if (!m.possessive() && m.end() <= bs && st.text.substring(tailEnd(st, m.end(), bs), bs).matches("[\\s,]*")) return m.entities().get(0);
                }
            }
        }
        for (int i = companies.size() - 1; i >= 0; i--) {
            Mention m = companies.get(i);
            if (m.possessive()) continue;
            int start = clauseStart(bounds, m.start());
            if (lead.matcher(st.text).region(start, m.start()).matches() || dateLead(st, start, m.start())) return m.entities().get(0);
            if (m.anaphor() && descriptionLead.matcher(st.text).region(start, m.start()).matches()) return m.entities().get(0);
        }
        return null;
    }

    /**
     * After a company's name, the end of the company noun glued to it that discovery took as part of it ("die Halvon-Gruppe,
     * die ...": the relative clause is the company's), else {@code end} ("Halvon-Chips, die ..." are the chips).
     */
    private static int tailEnd(SentenceState st, int end, int limit) {
        int e = end;
        if (e < limit && st.text.charAt(e) == '-') {
            while (e + 1 < limit && Character.isLetter(st.text.charAt(e + 1))) e++;
            boolean taken = e > end;
            for (int i = end + 1; i <= e && taken; i++) taken = st.taken[i];
            if (taken) return e + 1;
        }
        return end;
    }

    /**
     * Does a reference at {@code at} open its clause (nothing before it there but a conjunction: "..., and the company
     * plans ...")? Such a description is its clause's subject, and refers to the subject before it.
     */
    boolean opensClause(SentenceState st, int at) {
        int start = clauseStart(boundaries(st.text, at), at);
        return opening.matcher(st.text).region(start, at).matches();
    }

    /**
     * The company that is the subject of the clause holding {@code at}, when it stands in that clause before {@code at}
     * (not a subject of a clause before), or null.
     */
    EntityRef ownSubject(SentenceState st, int at) {
        int start = clauseStart(boundaries(st.text, at), at);
        Mention first = null;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COMPANY || m.possessive() || m.homeWord() || m.entities().size() != 1 || m.start() < start || m.end() > at) continue;
            if (first == null || m.start() < first.start()) first = m;
        }
        if (first == null) return null;
        return lead.matcher(st.text).region(start, first.start()).matches() || dateLead(st, start, first.start()) ? first.entities().get(0) : null;
    }

    /** "Last month Nvidia ...": a date alone before the subject. */
    private static boolean dateLead(SentenceState st, int start, int at) {
        if (st.dates == null) return false;
        for (var d : st.dates) {
            if (d.start() >= start && st.text.substring(start, d.start()).isBlank() && st.text.substring(d.end(), at).isBlank()) return true;
        }
        return false;
    }

    /** The clause boundaries before {@code pos}, as start, end pairs. */
    private int[] boundaries(String text, int pos) {
        int[] b = new int[0];
        Matcher m = boundary.matcher(text).region(0, pos);
        while (m.find()) {
            b = java.util.Arrays.copyOf(b, b.length + 2);
            b[b.length - 2] = m.start();
            b[b.length - 1] = m.end();
        }
        return b;
    }

    /** Where the clause holding {@code at} begins: the end of the last boundary before it. */
    private static int clauseStart(int[] bounds, int at) {
        int start = 0;
        for (int k = 0; k < bounds.length; k += 2) if (bounds[k + 1] <= at) start = bounds[k + 1];
        return start;
    }
}
