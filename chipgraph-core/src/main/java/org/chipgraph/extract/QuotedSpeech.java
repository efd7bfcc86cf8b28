package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * Quoted first person: in "We ship the part to two clouds," the company's finance chief said, or „Unser Konzern beliefert
 * X“, sagte Vorstandschef Y, the words "we", "us", "our", "wir", "uns", "unser Konzern" are the company the speaker speaks
 * for. The speaker is named in the attribution outside the quotation: a company there (", X said", "X chief executive Y
 * said", "a spokesperson for X"), an executive by role ("chief executive Y", "Finanzchef Y": the company the article spoke
 * of last), a person named so before ("Y said"), or "she"/"er" (the speaker before). A quotation with no attribution that
 * follows one in its paragraph keeps that speaker. The speaker is also the sentence's subject for later references ("The
 * chipmaker also ..."), not a company named inside the quotation. One instance per article.
 */
final class QuotedSpeech {
    /** The language's words: rows {@code speaker-verb}, {@code speaker-role}, {@code speaker-pronoun}, {@code first-person}, {@code first-person-possessive} of references.tsv. */
    record Words(WordCue verb, Pattern role, Pattern pronoun, Pattern firstPerson, Pattern firstPossessive) {
        /** The words of the pattern file's word classes, or null when the language has none. */
        static Words of(Map<String, String> macros) {
            String verb = macros.get("REF_SPEAKER_VERB_ONE"), role = macros.get("REF_SPEAKER_ROLE_ONE"), pronoun = macros.get("REF_SPEAKER_PRONOUN_ONE");
            String we = macros.get("REF_FIRST_PERSON_ONE"), our = macros.get("REF_FIRST_PERSON_POSSESSIVE_ONE");
            if (verb == null || role == null || pronoun == null || we == null || our == null) return null;
            // "unser Konzern", "our company": the possessive with a company noun after it is one mention of the speaker's company
            String noun = macros.get("REF_FIRST_PERSON_COMPANY_ONE");
            // the verb of saying is looked for in every sentence: tried only at the words it can begin with
            Pattern verbs = word(verb, 0);
            return new Words(WordCue.atCased(verbs, WordCue.casedPrefixes(verbs.pattern())), word(role, Pattern.CASE_INSENSITIVE), word(pronoun, Pattern.CASE_INSENSITIVE),
                    word(we, Pattern.CASE_INSENSITIVE),
                    Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + our + ")(?<noun>\\s+" + (noun == null ? "(?!)" : noun) + "(?![\\p{L}\\p{N}-]))?(?![\\p{L}\\p{N}-])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        private static Pattern word(String alternation, int flags) {
            return Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternation + ")(?![\\p{L}\\p{N}-])", flags | Pattern.UNICODE_CASE);
        }
    }

    /** A capitalised name of up to three words right after a role ("chief executive Dana Whitlock"): its last word is the surname. */
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}(?<surname>\\p{Lu}[\\p{L}'’-]+)");
    /** After a role, the firm it belongs to when that is not the company spoken of: "of", "at", "eines", "bei" ... */
    private static final Pattern OF_ANOTHER = Pattern.compile("^\\s+(?:of|at|for|with|from|eines|einer|des|der|bei|von)\\b");
    private static final Pattern APPOSED_ROLE = Pattern.compile("^,\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|der\\s+|die\\s+|ein\\s+|eine\\s+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{P}]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
    /** How many sentences back a speaker or "she said" may reach. */
    private static final int REACH = 3;

    private final Words words;
    private final Coreference coref;
    /** Surnames of the executives the article named by role, and the company each speaks for. */
    private final Map<String, EntityRef> people = new HashMap<>();
    private EntityRef lastSpeaker;
    private int lastSpeakerSentence = -REACH - 1;
    /** The quotation runs on past the end of the sentence before (in the same paragraph). */
    private boolean open;
    private int paragraph = -1;

    QuotedSpeech(Words words, Coreference coref) {
        this.words = words;
        this.coref = coref;
    }

    /** Adds a mention of the speaker's company for each first-person word quoted in sentence {@code index}. */
    void resolve(SentenceState st, int index, int paragraphOf) {
        if (paragraphOf != paragraph) { open = false; paragraph = paragraphOf; }
        List<int[]> quotes = quotes(st.text, open);
        EntityRef speaker = speaker(st, index, quotes);
        if (speaker == null) return;
        lastSpeaker = speaker;
        lastSpeakerSentence = index;
        if (quotes.isEmpty()) return;
        // the speaker is the sentence's subject for "The chipmaker ..." after it: first among its companies
        coref.sentence(index, List.of(speaker));
        for (int[] q : quotes) {
            for (Matcher m = words.firstPossessive.matcher(st.text).region(q[0], q[1]); m.find(); ) add(st, m.start(), m.end(), speaker, m.group("noun") == null);
            for (Matcher m = words.firstPerson.matcher(st.text).region(q[0], q[1]); m.find(); ) add(st, m.start(), m.end(), speaker, false);
        }
    }

    private static void add(SentenceState st, int a, int b, EntityRef c, boolean possessive) {
        if (!st.free(a, b)) return;
        st.mentions.add(new Mention(a, b, MentionKind.COMPANY, List.of(c), possessive, true, false, false, null));
        st.take(a, b);
    }

    /**
     * The quotations of the sentence as [start, end) spans: straight quotes toggle; „ and « open, ” and » close, “ opens in
     * English and closes a German „; a quotation still open at the end runs on into the next sentence.
     */
    private List<int[]> quotes(String text, boolean startsOpen) {
        List<int[]> out = new ArrayList<>();
        int from = startsOpen ? 0 : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inside = from >= 0;
            boolean opens = !inside && (c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB');
            boolean closes = inside && (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00BB');
            if (opens) from = i + 1;
            else if (closes) { out.add(new int[] {from, i}); from = -1; }
        }
        open = from >= 0;
        if (open) out.add(new int[] {from, text.length()});
        return out;
    }

    /**
     * Who speaks in the sentence, by the attribution outside its quotations (also with none: "Chief financial officer Y said
     * ..." names an executive for later); null when no verb of saying or no speaker is found.
     */
    private EntityRef speaker(SentenceState st, int index, List<int[]> quotes) {
        String outside = outside(st.text, quotes);
        Matcher verb = words.verb.first(quotes.isEmpty() ? st.words : WordSpans.of(outside));
        if (verb == null) {
            // a quotation alone in its sentence, right after one whose speaker is known: the same speaker goes on
            boolean alone = !quotes.isEmpty() && SPACE_OR_PUNCTUATION.matcher(outside).matches();
            return alone && lastSpeakerSentence == index - 1 ? lastSpeaker : null;
        }
        // the verb's clause: from the comma or colon before it to the comma after it
        int v = verb.start();
        int clauseStart = Math.max(outside.lastIndexOf(',', v - 1), outside.lastIndexOf(':', v - 1)) + 1;
        int clauseEnd = outside.indexOf(',', verb.end());
        if (clauseEnd < 0) clauseEnd = outside.length();
        // reported speech ("Y said the company would buy from X"): the speaker stands before the verb, or closes the sentence
        if (quotes.isEmpty() && WORD.matcher(outside.substring(verb.end(), clauseEnd)).results().count() > 4) clauseEnd = v;
        String clause = outside.substring(clauseStart, clauseEnd);
        // a company there: ", X said", "X chief executive Y said", "said a spokesperson for X"
        EntityRef company = companyIn(st, quotes, clauseStart, clauseEnd);
        // "said Y, chief executive of X", "sagte Y, Chef von X": the apposition after the speaker names the company
        if (company == null && clauseEnd < outside.length()) {
            int next = outside.indexOf(',', clauseEnd + 1);
            int appositionEnd = next < 0 ? outside.length() : next;
            if (words.role.matcher(outside).region(clauseEnd, appositionEnd).find()) company = companyIn(st, quotes, clauseEnd, appositionEnd);
        }
        // "chief executive Dana Whitlock", "Finanzchef Arif Rahman" with no company: the company the sentences before spoke of;
        // not an unnamed one of another firm ("a manager at a distributor", "ein Manager eines Händlers")
        Matcher role = words.role.matcher(clause);
        boolean byRole = role.find() && (NAME_AFTER.matcher(clause).region(role.end(), clause.length()).lookingAt()
                || !OF_ANOTHER.matcher(clause).region(role.end(), clause.length()).lookingAt());
        if (company == null && byRole) {
            company = coref.previousSubject(index);
            if (company == null && lastSpeakerSentence >= index - REACH) company = lastSpeaker;
        }
        if (company != null && byRole) {
            Matcher name = NAME_AFTER.matcher(clause).region(role.end(), clause.length());
            if (name.lookingAt()) people.putIfAbsent(name.group("surname"), company);
        }
        if (company == null && words.pronoun.matcher(clause).find() && lastSpeakerSentence >= index - REACH) company = lastSpeaker;
        for (Matcher n = CAPITALISED.matcher(clause); company == null && n.find(); ) company = people.get(n.group());
        return company;
    }

    /** The first company named between {@code from} and {@code to} outside the quotations, or null. */
    private EntityRef companyIn(SentenceState st, List<int[]> quotes, int from, int to) {
        Mention first = null;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COMPANY || m.entities().size() != 1 || m.homeWord() || m.anaphor() || inside(quotes, m.start())) continue;
            // a person read as a name ("Finanzchef Arif Rahman", "chief executive Dana Whitlock") speaks for no company of that name
            if (m.start() >= from && m.end() <= to && !person(st.text, from, m) && (first == null || m.start() < first.start())) first = m;
        }
        return first == null ? null : first.entities().get(0);
    }

    /**
     * Is the company mention a person: a role in its words or right before it ("Finanzchef Arif Rahman"), or in an
     * apposition right after it ("Arno Veidt, chief executive of X"; "X chief executive Y" keeps X)?
     */
    private boolean person(String text, int clauseStart, Mention m) {
        Matcher r = words.role.matcher(text).region(clauseStart, m.end());
        while (r.find()) if (r.end() > m.start() || text.substring(r.end(), m.start()).isBlank()) return true;
        Matcher apposed = APPOSED_ROLE.matcher(text).region(m.end(), text.length());
        return apposed.lookingAt() && words.role.matcher(text).region(apposed.end(), text.length()).lookingAt();
    }

    /** The sentence with its quotations blanked out (same offsets). */
    private static String outside(String text, List<int[]> quotes) {
        if (quotes.isEmpty()) return text; // most sentences: no copy
        StringBuilder sb = new StringBuilder(text);
        for (int[] q : quotes) for (int i = q[0]; i < q[1]; i++) sb.setCharAt(i, ' ');
        return sb.toString();
    }

    private static boolean inside(List<int[]> quotes, int pos) {
        for (int[] q : quotes) if (pos >= q[0] && pos < q[1]) return true;
        return false;
    }
}
