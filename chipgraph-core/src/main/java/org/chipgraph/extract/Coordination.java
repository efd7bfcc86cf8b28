package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * Lists: adjacent mentions of one kind joined by the language's {@code coordination} become one mention of several
 * entities ("ByteDance, Alibaba and Tencent", "A800 and H800", "China, Hong Kong and Russia"), so a rule's slot takes
 * every member and gives one fact per member. In English a list needs a conjunction: companies joined by bare commas
 * alone ("Unlike A, which bought from B, C has ...") are given back as single mentions (session 27).
 */
final class Coordination {
    private final LanguageRules lang;

    Coordination(LanguageRules lang) { this.lang = lang; }

    /**
     * "ByteDance, Alibaba and Tencent", "A800 and H800", "China, Hong Kong and Russia": one mention of several entities.
     * Returns whether a list was joined over an apposition or relative clause on a member ("A, a Malaysian reseller, and
     * B"): the caller then also reads the sentence without the list, where the apposition still describes its member.
     */
    boolean join(SentenceState st) {
        boolean overApposition = false;
        List<Mention> out = new ArrayList<>();
        List<Mention> in = st.mentions;
        // has the list ending out's last mention had its final conjunction ("A and B")? Then ", and C" begins a new clause
        boolean closed = false;
        // companies joined by commas only, per list in out: "Unlike A, which bought from B, C has ...": no conjunction, no list
        Map<Integer, List<Mention>> commaOnly = new HashMap<>();
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
                if (commaOnly.containsKey(out.size() - 1)) commaOnly.put(out.size() - 1, List.of());
                continue;
            }
            if (!out.isEmpty() && k + 1 < in.size() && bracketed(st, out.get(out.size() - 1), m)) {
                Mention prev = out.get(out.size() - 1), next = in.get(k + 1);
                if (next.kind() == prev.kind() && joins(st, prev, next)) {
                    List<EntityRef> es = new ArrayList<>(prev.entities());
                    for (EntityRef e : next.entities()) if (!es.contains(e)) es.add(e);
                    out.set(out.size() - 1, new Mention(prev.start(), next.end(), next.kind(), es, next.possessive(), false, false, false, null));
                    commaOnly.put(out.size() - 1, List.of());
                    k++;
                    continue;
                }
            }
            if (!out.isEmpty() && k + 1 < in.size() && peerJoined(st, out.get(out.size() - 1), m, in.get(k + 1))) {
                Mention prev = out.get(out.size() - 1), next = in.get(k + 1);
                List<EntityRef> es = new ArrayList<>(prev.entities());
                for (EntityRef e : next.entities()) if (!es.contains(e)) es.add(e);
                out.set(out.size() - 1, new Mention(prev.start(), next.end(), next.kind(), es, false, false, false, false, null));
                commaOnly.put(out.size() - 1, List.of());
                k++;
                continue;
            }
            if (!out.isEmpty()) {
                Mention prev = out.get(out.size() - 1);
                // "Inspur, Lenovo and Huawei's unit": a possessive does not join a list of plain names
                boolean joinable = prev.kind() == m.kind() && (m.kind() == MentionKind.COMPANY || m.kind() == MentionKind.CHIP || m.kind() == MentionKind.COUNTRY) && !prev.possessive() && !m.possessive()
                        && !prev.homeWord() && !m.homeWord() && !prev.anaphor() && !m.anaphor() && prev.end() <= m.start();
                String between = joinable ? st.text.substring(prev.end(), m.start()) : "";
                boolean aside = lang.coordinationAside != null && lang.coordinationAside.matcher(between).lookingAt();
                if (joinable && (!closed || aside) && lang.coordination.matcher(between).matches() && !qualified(st, prev, m) && !clauseJoint(prev, between)
                        && !compoundBeforeName(st, m)) {
                    trackCommas(commaOnly, out.size() - 1, prev, m, between);
                    List<EntityRef> es = new ArrayList<>(prev.entities());
                    for (EntityRef e : m.entities()) if (!es.contains(e)) es.add(e);
                    out.set(out.size() - 1, new Mention(prev.start(), asideEnd(st, between, m.end()), m.kind(), es, m.possessive(), false, false, false, null));
                    closed = closed || (lang.coordinationClosing != null && lang.coordinationClosing.matcher(between).find());
                    continue;
                }
            }
            int j = appositionMember(st, out, m);
            if (j >= 0) {
                Mention prev = out.get(j);
                List<EntityRef> es = new ArrayList<>(prev.entities());
                for (EntityRef e : m.entities()) if (!es.contains(e)) es.add(e);
                // the countries inside the apposition are inside the list's mention now
                while (out.size() > j) out.remove(out.size() - 1);
                final int from = j;
                commaOnly.keySet().removeIf(i -> i >= from);
                commaOnly.put(j, List.of());
                out.add(new Mention(prev.start(), m.end(), m.kind(), es, m.possessive(), false, false, false, null));
                closed = true;
                overApposition = true;
                continue;
            }
            closed = false;
            out.add(m);
        }
        st.mentions = splitCommaOnly(st, out, commaOnly);
        return overApposition;
    }

    /**
     * "... ordered tools from A, and B, the Singapore maker, sells ...": a comma before the conjunction that would make a
     * list of two single names joins clauses, not names (a list takes that comma only after two members: "A, B, and C").
     */
    private boolean clauseJoint(Mention prev, String between) {
        return lang.coordinationClosing != null && prev.entities().size() == 1 && between.strip().startsWith(",")
                && lang.coordinationClosing.matcher(between).find();
    }

    /**
     * Notes a plain join of {@code m} to the list at {@code at}: its members while every joint is a bare comma (English:
     * the language has a {@code coordination-closing} conjunction); an empty entry marks a list that had another joint.
     */
    private void trackCommas(Map<Integer, List<Mention>> commaOnly, int at, Mention prev, Mention m, String between) {
        List<Mention> parts = commaOnly.get(at);
        boolean bare = lang.coordinationClosing != null && m.kind() == MentionKind.COMPANY && between.strip().equals(",");
        if (!bare || (parts == null && prev.entities().size() > 1)) {
            commaOnly.put(at, List.of());
            return;
        }
        if (parts != null && parts.isEmpty()) return;
        List<Mention> next = new ArrayList<>(parts == null ? List.of(prev) : parts);
        next.add(m);
        commaOnly.put(at, next);
    }

    /**
     * The lists whose joints were all bare commas, given back as their members, unless a conjunction follows the last one
     * (the list ends in a member that is no mention: "Microsoft, Oracle, and Elon Musk's venture").
     */
    private List<Mention> splitCommaOnly(SentenceState st, List<Mention> out, Map<Integer, List<Mention>> commaOnly) {
        if (commaOnly.values().stream().allMatch(List::isEmpty)) return out;
        List<Mention> split = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            List<Mention> parts = commaOnly.get(i);
            Matcher after = parts == null || parts.isEmpty() ? null : CONTINUED.matcher(st.text).region(out.get(i).end(), st.text.length());
            boolean continued = after != null && after.lookingAt() && lang.coordinationClosing.matcher(after.group(1)).matches();
            if (parts == null || parts.isEmpty() || continued) split.add(out.get(i));
            else split.addAll(parts);
        }
        return split;
    }

    /**
     * "A, a Malaysian reseller, and B", "A, which designs radar chips, and the drone maker B": the language's
     * {@code coordination-apposition} over the text between two companies, with no mention inside it but countries
     * (a company there, "A, a unit of C, and B", leaves it open whose list it is); or a member its description
     * introduces, with a country's adjective or a capitalised place in it ("A and the German start-up B", "A and a Beijing
     * start-up called B", {@code coordination-described}, session 33). Returns the index in {@code out} of the member
     * before, or -1.
     */
    private int appositionMember(SentenceState st, List<Mention> out, Mention m) {
        if (m.kind() != MentionKind.COMPANY || m.possessive() || m.anaphor() || m.homeWord()) return -1;
        int j = out.size() - 1;
        while (j >= 0 && out.get(j).kind() == MentionKind.COUNTRY) j--;
        if (j < 0) return -1;
        Mention prev = out.get(j);
        if (prev.kind() != MentionKind.COMPANY || prev.possessive() || prev.anaphor() || prev.homeWord() || prev.end() > m.start()) return -1;
        for (Mention o : st.mentions)
            if (o != prev && o != m && o.start() >= prev.end() && o.end() <= m.start() && o.kind() != MentionKind.COUNTRY) return -1;
        String between = st.text.substring(prev.end(), m.start());
        if (lang.coordinationDescribed != null && lang.coordinationDescribed.matcher(between).matches()) return j;
        // a member of a list already joined ("A and B, a ..., and C") is no place for a second conjunction
        if (lang.coordinationApposition == null || prev.entities().size() != 1) return -1;
        return lang.coordinationApposition.matcher(between).matches() ? j : -1;
    }

    /**
     * "Nvidia and its rival AMD": {@code its} (resolved to the member before) and a peer noun join the next company to the
     * list, by the language's {@code coordination-peer} over the text between the two companies.
     */
    private boolean peerJoined(SentenceState st, Mention prev, Mention its, Mention next) {
        if (lang.coordinationPeer == null || !its.anaphor() || !its.possessive() || its.entities().size() != 1) return false;
        if (prev.kind() != MentionKind.COMPANY || next.kind() != MentionKind.COMPANY || prev.possessive() || next.possessive()
                || prev.anaphor() || next.anaphor() || prev.homeWord() || next.homeWord()) return false;
        if (!prev.entities().contains(its.entities().get(0)) || prev.end() > its.start() || its.end() > next.start()) return false;
        return lang.coordinationPeer.matcher(st.text.substring(prev.end(), next.start())).matches();
    }

    /** The word after a list and an optional comma: a conjunction there continues the list. */
    private static final Pattern CONTINUED = Pattern.compile("\\s*,?\\s*(\\p{L}+)");

    private static final Pattern CLOSING_COMMA = Pattern.compile("\\s*,");

    /**
     * "Alibaba and Baidu, as well as the start-up Zhipu, bought ...": a member added as an aside (the language's
     * {@code coordination-aside}) takes the comma that closes the aside, so the list stands right before its verb.
     */
    private int asideEnd(SentenceState st, String between, int end) {
        if (lang.coordinationAside == null || !lang.coordinationAside.matcher(between).lookingAt()) return end;
        Matcher c = CLOSING_COMMA.matcher(st.text).region(end, st.text.length());
        if (!c.lookingAt()) return end;
        for (Mention o : st.mentions) if (o.start() >= end && o.start() < c.end()) return end;
        return c.end();
    }

    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*"), CLOSE = Pattern.compile("\\s*\\)");

    /** Is {@code m} of {@code prev}'s kind and alone in brackets right after it ("ByteDance (TikTok)")? */
    private static boolean bracketed(SentenceState st, Mention prev, Mention m) {
        if (m.kind() != prev.kind() || prev.kind() != MentionKind.COMPANY || prev.end() > m.start() || prev.possessive() || m.possessive()) return false;
        return OPEN.matcher(st.text.substring(prev.end(), m.start())).matches()
                && CLOSE.matcher(st.text).region(m.end(), st.text.length()).lookingAt();
    }

    /** A name, a hyphen, a word and a company name: "TSMC" in "an die TSMC-Tochter ESMC" describes the name after it (session 30). */
    private static final Pattern COMPOUND_HEAD = Pattern.compile("-\\p{L}+\\s+");

    /** Is {@code m} the first part of a compound that describes the company named right after it? Then it is no list member. */
    private static boolean compoundBeforeName(SentenceState st, Mention m) {
        Matcher c = COMPOUND_HEAD.matcher(st.text).region(m.end(), st.text.length());
        if (!c.lookingAt()) return false;
        for (Mention o : st.mentions) if (o.start() == c.end() && o.kind() == MentionKind.COMPANY) return true;
        return false;
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
