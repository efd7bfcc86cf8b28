package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;

/**
 * A sentence's export-control cues as mentions: control nouns and verbs (new where the words around say so), a
 * sentence opening with a reference to the control named before, lists named before, and a modal with a negation
 * around a verb of selling. Taken out of {@link MentionFinder}, which calls {@link #add} after the names.
 */
final class ControlMentions {
    private ControlMentions() {}

    /** Adds the sentence's control mentions, in words no other mention took. */
    static void add(SentenceState st, LanguageRules lang) {
        addControlTriggers(st, lang, lang.controlNoun, MentionKind.CONTROL_NOUN);
        controlAnaphor(st, lang);
        listAnaphors(st, lang);
        modalControls(st, lang);
        addControlTriggers(st, lang, lang.controlVerb, MentionKind.CONTROL_VERB);
    }

    /**
     * "dürfen ... nicht mehr nach China geliefert werden", "can no longer be sold to China": a modal and a negation
     * around a verb of selling state a restriction. The cue's group "v", "w" or "x" (the negation, or the verb of needing a licence) becomes the control-verb
     * mention, so the negation is the restriction, not a denial of the sentence's facts.
     */
    private static void modalControls(SentenceState st, LanguageRules lang) {
        if (lang.controlModalCue == null) return;
        for (Matcher m = lang.controlModalCue.first(st.words); m != null; m = lang.controlModalCue.next(m, st.words) ? m : null) {
            int a = -1, b = -1;
            for (String g : lang.controlModalGroups) {
                if (m.start(g) >= 0) { a = m.start(g); b = m.end(g); break; }
            }
            if (a < 0 || !st.free(a, b)) continue;
            st.mentions.add(new Mention(a, b, MentionKind.CONTROL_VERB, List.of(), false, false, false, false, null));
            st.take(a, b);
        }
    }

    /** "Das betrifft ...", "This covers ...": a sentence opening with a reference to the control named just before. */
    private static void controlAnaphor(SentenceState st, LanguageRules lang) {
        if (lang.controlAnaphor == null) return;
        Matcher m = lang.controlAnaphor.matcher(st.text);
        if (!m.lookingAt() || !st.free(m.start(), m.end())) return;
        st.mentions.add(new Mention(m.start(), m.end(), MentionKind.CONTROL_NOUN, List.of(), false, true, false, false, null));
        st.take(m.start(), m.end());
    }

    /** "auf der Liste", "auf die taiwanische Liste": a list named before in the article (a list mention with no control yet). */
    private static void listAnaphors(SentenceState st, LanguageRules lang) {
        if (lang.listAnaphor == null) return;
        for (Matcher m = lang.listAnaphor.first(st.words); m != null; m = lang.listAnaphor.next(m, st.words) ? m : null) {
            if (!st.free(m.start(), m.end())) continue;
            st.mentions.add(new Mention(m.start(), m.end(), MentionKind.LISTED_CONTROL, List.of(), false, true, false, false, null));
            st.take(m.start(), m.end());
        }
    }

    private static void addControlTriggers(SentenceState st, LanguageRules lang, WordCue cue, MentionKind kind) {
        if (cue == null) return;
        for (Matcher m = cue.first(st.words); m != null; m = cue.next(m, st.words) ? m : null) {
            if (!st.free(m.start(), m.end())) continue;
            boolean isNew = false;
            if (lang.controlNew != null) {
                isNew = lang.controlNew.in(st.text.substring(Math.max(0, m.start() - 25), m.start()));
            }
            // German verb last: "haben die USA ihre Exportkontrollen ... verschärft": the verb after the control makes it new
            if (!isNew && lang.controlNewAfter != null) {
                isNew = lang.controlNewAfter.matcher(st.text).region(m.end(), Math.min(st.text.length(), m.end() + 120)).lookingAt();
            }
            st.mentions.add(new Mention(m.start(), m.end(), kind, List.of(), false, false, false, isNew, null));
            st.take(m.start(), m.end());
        }
    }
}
