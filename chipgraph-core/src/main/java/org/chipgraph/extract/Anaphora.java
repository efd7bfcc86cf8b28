package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * References and lists within the article: pronouns and descriptions ("its", "the company", "der Konzern", "the TikTok
 * owner") resolved to a company by {@link Coreference}, and adjacent names joined into one list mention
 * ("ByteDance, Alibaba and Tencent").
 */
final class Anaphora {
    private final NewsExtractor.LanguageRules lang;
    private final Coreference coref;

    Anaphora(NewsExtractor.LanguageRules lang, Coreference coref) {
        this.lang = lang;
        this.coref = coref;
    }

    /** Adds mentions for the sentence's pronouns and descriptions that refer to a company named before. */
    void resolve(SentenceState st, int index) {
        List<Mention> added = new ArrayList<>();
        // "the TikTok owner": a company followed by owner/parent is that company's parent, if the article said so
        if (lang.parentWords != null) {
            Pattern after = lang.parentWords;
            List<Mention> keep = new ArrayList<>();
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.COMPANY && !m.possessive() && m.entities().size() == 1) {
                    EntityRef parent = coref.parentOf(m.entities().get(0));
                    if (parent == null) { keep.add(m); continue; }
                    Matcher a = after.matcher(st.text).region(m.end(), st.text.length());
                    boolean det = NewsExtractor.LanguageRules.DETERMINER_BEFORE.matcher(st.text).region(Math.max(0, m.start() - 6), m.start()).find();
                    if (a.lookingAt() && det) {
                        keep.add(new Mention(m.start(), m.end() + a.end(), MentionKind.COMPANY, List.of(parent), false, true, false, false, null));
                        continue;
                    }
                }
                keep.add(m);
            }
            st.mentions = keep;
        }
        if (lang.subjectPronoun != null) {
            Matcher m = lang.subjectPronoun.matcher(st.text);
            if (m.find() && st.free(m.start(), m.end())) {
                EntityRef c = coref.previousSubject(index);
                if (c != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, List.of(c), false, true, false, false, null));
            }
        }
        if (lang.possessivePronoun != null) {
            for (Matcher m = lang.possessivePronoun.first(st.words); m != null; m = lang.possessivePronoun.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                // "TSMC counts Nvidia and AMD among its customers": "its" is not one of a list's members
                EntityRef c = coref.nearest(outsideLists(st, companiesBefore(st, m.start())), index);
                if (c != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, List.of(c), true, true, false, false, null));
            }
        }
        if (lang.anaphor != null) {
            for (Matcher m = lang.anaphor.first(st.words); m != null; m = lang.anaphor.next(m, st.words) ? m : null) {
                int a = m.start("noun"), b = m.end("noun");
                if (!st.free(a, b)) continue;
                if (appositive(st, b)) continue;
                if (lang.anaphorPartitive != null && lang.anaphorPartitive.matcher(st.text).region(Math.max(0, m.start() - 12), m.start()).find()) continue;
                if (lang.anaphorComplement != null && lang.anaphorComplement.matcher(st.text).region(b, st.text.length()).lookingAt()) continue;
                boolean possessive = false;
                if (b + 1 < st.text.length() && (st.text.charAt(b) == '\'' || st.text.charAt(b) == '’') && st.text.charAt(b + 1) == 's') {
                    possessive = true;
                    b += 2;
                }
                EntityRef c = described(st, m.start(), a, m.group("noun"), index);
                if (c != null) added.add(new Mention(a, b, MentionKind.COMPANY, List.of(c), possessive, true, false, false, null));
            }
        }
        for (Mention m : added) { st.mentions.add(m); st.take(m.start(), m.end()); }
    }

    /**
     * The company a description refers to: with a nationality before its noun ("the Taiwanese foundry") or a foundry's
     * noun, the nearest that fits; else the nearest.
     */
    private EntityRef described(SentenceState st, int from, int nounStart, String noun, int index) {
        EntityRef country = null;
        for (Mention x : st.mentions) {
            if (x.kind() == MentionKind.COUNTRY && x.start() >= from && x.end() <= nounStart && x.entities().size() == 1 && !x.homeWord()) country = x.entities().get(0);
        }
        boolean foundryNoun = lang.foundryNouns != null && lang.foundryNouns.matcher(noun).matches();
        List<EntityRef> before = new ArrayList<>(companiesBefore(st, nounStart));
        before.removeAll(describedByApposition(st, from));
        if (country == null && !foundryNoun) return coref.nearest(before, index);
        return coref.nearestFitting(before, index, country, c -> !foundryNoun || lang.foundries.contains(c.label()));
    }

    /**
     * "Lumeo Labs, a British start-up the company bought": a description inside the apposition of a company does not refer
     * to that company (the apposition runs from its comma to here without another comma).
     */
    private List<EntityRef> describedByApposition(SentenceState st, int from) {
        List<EntityRef> out = new ArrayList<>();
        if (lang.appositionStart == null) return out;
        for (Mention x : st.mentions) {
            if (x.kind() != MentionKind.COMPANY || x.end() > from || x.entities().size() != 1) continue;
            String between = st.text.substring(x.end(), from);
            if (lang.appositionStart.matcher(between).lookingAt() && between.indexOf(',', 1) < 0 && between.indexOf(';') < 0) out.add(x.entities().get(0));
        }
        return out;
    }

    /** "the company Moore Threads", "der US-Chiphersteller Nvidia": a description right before a name is not an anaphor. */
    private boolean appositive(SentenceState st, int end) {
        int i = end;
        while (i < st.text.length() && (st.text.charAt(i) == ' ')) i++;
        if (i == end || i >= st.text.length()) return false;
        for (Mention m : st.mentions) if (m.start() == i && m.kind() == MentionKind.COMPANY) return true;
        // "the company Zhipu", "das Unternehmen Naura": a description before a name we do not know
        Matcher name = APPOSED_NAME.matcher(st.text).region(i, st.text.length());
        return name.lookingAt() && !lang.notNames.contains(name.group(1));
    }

    private static final Pattern APPOSED_NAME = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*)\\s+(?:\\p{Ll}|\\p{Lu}|[,.])");

    /** The companies without the members of a list of them ("Nvidia and AMD"), unless only list members are there. */
    private List<EntityRef> outsideLists(SentenceState st, List<EntityRef> candidates) {
        List<Mention> cs = new ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.COMPANY && !m.homeWord() && m.entities().size() == 1) cs.add(m);
        cs.sort(Comparator.comparingInt(Mention::start));
        java.util.Set<EntityRef> members = new java.util.HashSet<>();
        for (int i = 1; i < cs.size(); i++) {
            Mention a = cs.get(i - 1), b = cs.get(i);
            if (a.end() <= b.start() && lang.coordination.matcher(st.text.substring(a.end(), b.start())).matches()) {
                members.add(a.entities().get(0));
                members.add(b.entities().get(0));
            }
        }
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef e : candidates) if (!members.contains(e)) out.add(e);
        return out.isEmpty() ? candidates : out;
    }

    static List<EntityRef> companiesBefore(SentenceState st, int pos) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.COMPANY && m.end() <= pos && !m.homeWord()) before.add(m);
        before.sort(Comparator.comparingInt(Mention::start));
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : before) if (m.entities().size() == 1) out.add(m.entities().get(0));
        return out;
    }

    /** "ByteDance, Alibaba and Tencent", "A800 and H800", "China, Hong Kong and Russia": one mention of several entities. */
    void coordinate(SentenceState st) {
        List<Mention> out = new ArrayList<>();
        List<Mention> in = st.mentions;
        for (int k = 0; k < in.size(); k++) {
            Mention m = in.get(k);
            // "ByteDance (TikTok), Tencent and Baidu": a name of the same kind in brackets after a member is an aside, and the
            // list goes on past it; "A800 (China-only) and H800": a bracket holding another kind of mention qualifies its member
            // "Semiconductor Manufacturing International Corp. (SMIC)": the short name of a company already named is part of its mention
            if (!out.isEmpty() && bracketed(st, out.get(out.size() - 1), m) && out.get(out.size() - 1).entities().containsAll(m.entities())) {
                Mention prev = out.get(out.size() - 1);
                Matcher close = CLOSE.matcher(st.text).region(m.end(), st.text.length());
                close.lookingAt();
                out.set(out.size() - 1, new Mention(prev.start(), close.end(), prev.kind(), prev.entities(), false, false, false, false, null));
                continue;
            }
            if (!out.isEmpty() && k + 1 < in.size() && bracketed(st, out.get(out.size() - 1), m)) {
                Mention prev = out.get(out.size() - 1), next = in.get(k + 1);
                if (next.kind() == prev.kind() && joins(st, prev, next)) {
                    List<EntityRef> es = new ArrayList<>(prev.entities());
                    for (EntityRef e : next.entities()) if (!es.contains(e)) es.add(e);
                    out.set(out.size() - 1, new Mention(prev.start(), next.end(), next.kind(), es, next.possessive(), false, false, false, null));
                    k++;
                    continue;
                }
            }
            if (!out.isEmpty()) {
                Mention prev = out.get(out.size() - 1);
                // "Inspur, Lenovo and Huawei's unit": a possessive does not join a list of plain names
                boolean joinable = prev.kind() == m.kind() && (m.kind() == MentionKind.COMPANY || m.kind() == MentionKind.CHIP || m.kind() == MentionKind.COUNTRY) && !prev.possessive() && !m.possessive()
                        && !prev.homeWord() && !m.homeWord() && !prev.anaphor() && !m.anaphor() && prev.end() <= m.start();
                if (joinable && lang.coordination.matcher(st.text.substring(prev.end(), m.start())).matches() && !qualified(st, prev, m)) {
                    List<EntityRef> es = new ArrayList<>(prev.entities());
                    for (EntityRef e : m.entities()) if (!es.contains(e)) es.add(e);
                    out.set(out.size() - 1, new Mention(prev.start(), m.end(), m.kind(), es, m.possessive(), false, false, false, null));
                    continue;
                }
            }
            out.add(m);
        }
        st.mentions = out;
    }

    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*"), CLOSE = Pattern.compile("\\s*\\)");

    /** Is {@code m} of {@code prev}'s kind and alone in brackets right after it ("ByteDance (TikTok)")? */
    private static boolean bracketed(SentenceState st, Mention prev, Mention m) {
        if (m.kind() != prev.kind() || prev.kind() != MentionKind.COMPANY || prev.end() > m.start() || prev.possessive() || m.possessive()) return false;
        return OPEN.matcher(st.text.substring(prev.end(), m.start())).matches()
                && CLOSE.matcher(st.text).region(m.end(), st.text.length()).lookingAt();
    }

    /** Would {@code next} join the list {@code prev} ends, over the text between them? */
    private boolean joins(SentenceState st, Mention prev, Mention next) {
        return prev.end() <= next.start() && !next.possessive() && !next.homeWord() && !next.anaphor()
                && lang.coordination.matcher(st.text.substring(prev.end(), next.start())).matches();
    }

    /** Does a mention lie between {@code prev} and {@code m} (inside a bracket that the coordination passes: "A800 (China-only), H800")? */
    private static boolean qualified(SentenceState st, Mention prev, Mention m) {
        for (Mention o : st.mentions) if (o != prev && o != m && o.start() >= prev.end() && o.end() <= m.start()) return true;
        // "H100, A800 (China-only), and H800": the member with its own bracket stands apart from the list before it
        Matcher open = OPEN.matcher(st.text).region(m.end(), st.text.length());
        if (open.lookingAt()) {
            int close = st.text.indexOf(')', open.end());
            for (Mention o : st.mentions) if (o != m && o.start() >= open.end() && close >= 0 && o.end() <= close && o.kind() != m.kind()) return true;
        }
        return false;
    }
}
