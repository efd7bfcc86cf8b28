package org.chipgraph.extract;

import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * References decided by the role a company has in the deal the sentence tells, asked by {@link References} where the
 * nearest company or the clause's subject would take the wrong party of that deal:
 * <ul>
 *   <li>"X sold chips to Y last year, and the robot maker has since ordered more": a description opening a clause whose
 *       verb buys, orders or receives, right after a clause that sold to Y, is the buyer Y (a writer who meant X would
 *       have written "it");</li>
 *   <li>"X said Y had bought 40,000 of its engines": a possessive on the goods a reported buyer acquires is the speaker
 *       X (a buyer does not buy its own goods from someone else);</li>
 *   <li>"X ships memory to Y for use in its accelerator": a possessive in a purpose after the recipient is the recipient.</li>
 * </ul>
 * The words are the language's pattern lines {@code role-*}; a language without them keeps its references as they were.
 */
final class DealRoleReferences {
    /** The clause of a sale up to its recipient: "sold 800 of its QK-2 processors to " (a find ending where Y begins). */
    private final Pattern saleBefore;
    /** What may stand between the recipient and a description opening the next clause: "last year, and ". */
    private final Pattern joint;
    /** The verb after such a description that makes it a buyer: " has since ordered". */
    private final Pattern buyerVerb;
    /** A verb of saying between the speaker and the reported buyer: " said ", " said that ". */
    private final Pattern speech;
    /** From the reported buyer to its possessive: " had bought 40,000 of ", " will deploy ", " would manufacture ". */
    private final Pattern acquired;
    /** What after a possessive makes the goods the possessor's own ("its own chips"), or null. */
    private final Pattern own;
    /** From the recipient to its possessive: " in March for use in ". */
    private final Pattern purpose;
    /** What joins a company to a possessive that names its role: ", " (apposition), " would be " (predicate). */
    private final Pattern rolePredicate;
    /** The role after such a possessive: " largest customer". */
    private final Pattern roleNoun;
    private final ClauseSubjects clauses;

    private DealRoleReferences(PatternFile file, String speechVerb, ClauseSubjects clauses) {
        this.clauses = clauses;
        this.rolePredicate = Pattern.compile("^(?:" + file.list("role-predicate") + ")$");
        this.roleNoun = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + file.list("role-noun") + ")(?![\\p{L}])");
        this.saleBefore = Pattern.compile("(?:" + file.list("role-sale-before") + ")$");
        this.joint = Pattern.compile("^(?:" + file.list("role-joint") + ")$");
        this.buyerVerb = Pattern.compile("^(?:" + file.list("role-buyer-verb") + ")(?![\\p{L}])");
        // session 32: the language may say what else stands between a speaker and the reported buyer (an apposition on the
        // speaker, a time, a description of the buyer: "X, a Leeds designer, said on Monday that the cloud operator Y ...")
        this.speech = file.list("role-speech") != null ? Pattern.compile("^(?:" + file.list("role-speech") + ")$")
                : Pattern.compile("^\\s+" + speechVerb + ",?\\s+(?:that\\s+)?$");
        this.own = file.list("role-own") == null ? null : Pattern.compile("^(?:" + file.list("role-own") + ")(?![\\p{L}])");
        this.acquired = Pattern.compile("^(?:" + file.list("role-acquired") + ")$");
        this.purpose = Pattern.compile("^(?:" + file.list("role-purpose") + ")$");
    }

    /** The language's role references, or null when its pattern file has no {@code role-*} lines. */
    static DealRoleReferences of(PatternFile file, ClauseSubjects clauses) {
        String speechVerb = file.macros.get("REF_SPEECH_VERB_ONE");
        for (String key : new String[] {"role-sale-before", "role-joint", "role-buyer-verb", "role-acquired", "role-purpose", "role-predicate", "role-noun"}) {
            if (file.list(key) == null) return null;
        }
        return speechVerb == null || clauses == null ? null : new DealRoleReferences(file, speechVerb, clauses);
    }

    /**
     * The buyer a description opening a clause refers to ("..., and the robot maker has since ordered ..."): the recipient
     * of the sale told right before it in the sentence; null when the sentence does not read so.
     *
     * @param from where the description begins (its article), {@code end} where its noun ends
     */
    EntityRef buyerDescribed(SentenceState st, int from, int end) {
        // the cheap test first: only a buying verb right after the description can make it the buyer
        if (!buyerVerb.matcher(st.text).region(end, st.text.length()).lookingAt()) return null;
        Mention recipient = lastCompanyBefore(st, from);
        if (recipient == null || !joint.matcher(st.text).region(recipient.end(), from).matches()) return null;
        int clause = clauseStart(st.text, recipient.start());
        return saleBefore.matcher(st.text).region(clause, recipient.start()).find() ? recipient.entities().get(0) : null;
    }

    /**
     * The owner of a possessive at {@code pos} when the deal's roles decide it, else {@code owner} (the clause's subject, or
     * null): the speaker for goods a reported buyer acquires, the recipient for a purpose after it, and never the company
     * a role is said of ("Y, its largest customer", "Y would be its first customer": the subject before Y, or of the sentence
     * before, {@code previousSubject}).
     */
    EntityRef possessive(SentenceState st, int pos, int end, EntityRef owner, EntityRef previousSubject) {
        Mention before = lastCompanyBefore(st, pos);
        if (before == null) return owner;
        if (roleNoun.matcher(st.text).region(end, st.text.length()).lookingAt()
                && rolePredicate.matcher(st.text).region(before.end(), pos).matches()) return roleHolder(st, before, previousSubject);
        int clause = clauseStart(st.text, before.start());
        // "X ships memory to Y in March for use in its accelerator"
        if (purpose.matcher(st.text).region(before.end(), pos).matches()
                && saleBefore.matcher(st.text).region(clause, before.start()).find()) return before.entities().get(0);
        // "X said Y had bought 40,000 of its engines", "X said on Monday that the operator Y will deploy its Z": Y is the buyer
        // (user, or maker for hire) of a chip, X the speaker who opens the sentence; "its own" chips stay Y's
        if (owner != null && owner.equals(before.entities().get(0)) && acquired.matcher(st.text).region(before.end(), pos).matches()
                && chipAfter(st, end) && (own == null || !own.matcher(st.text).region(end, st.text.length()).lookingAt())) {
            Mention speaker = lastCompanyBefore(st, before.start());
            if (speaker != null && !speaker.entities().get(0).equals(owner) && speech.matcher(st.text).region(speaker.end(), before.start()).matches()) {
                return speaker.entities().get(0);
            }
        }
        return owner;
    }

    /**
     * Whose role is said of {@code of}: the subject of its clause, else the nearest other company before it, else the subject
     * of the sentence before ("Ferrow makes probe cards. Lindqvist is its largest customer."); null if none.
     */
    private EntityRef roleHolder(SentenceState st, Mention of, EntityRef previousSubject) {
        EntityRef self = of.entities().get(0);
        EntityRef subject = clauses.owner(st, of.start(), of.start());
        if (subject != null && !subject.equals(self)) return subject;
        for (Mention m = lastCompanyBefore(st, of.start()); m != null; m = lastCompanyBefore(st, m.start())) {
            if (!m.entities().get(0).equals(self)) return m.entities().get(0);
        }
        return previousSubject == null || previousSubject.equals(self) ? null : previousSubject;
    }

    /** Does a chip follow the possessive ending at {@code end} within three words ("its next HV-4 accelerator")? */
    private static boolean chipAfter(SentenceState st, int end) {
        for (Mention x : st.mentions) {
            if (x.kind() == MentionKind.CHIP && x.start() >= end && st.text.substring(end, x.start()).trim().split("\\s+").length <= 3) return true;
        }
        return false;
    }

    /** The last company named alone before {@code pos} (no possessive, no list), or null. */
    private static Mention lastCompanyBefore(SentenceState st, int pos) {
        Mention last = null;
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COMPANY && m.end() <= pos && !m.homeWord() && !m.possessive() && m.entities().size() == 1
                    && (last == null || m.start() > last.start())) last = m;
        }
        return last;
    }

    /** Where the clause holding {@code pos} begins, as far as a sale reaches back: after the last ";" or ":". */
    private static int clauseStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) != ';' && text.charAt(i) != ':') i--;
        return i + 1;
    }
}
