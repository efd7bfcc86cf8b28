package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * The document-level references stage: each pronoun ("It", "its", "seine"), description ("the company", "the Korean
 * memory maker", "der Konzern", "the TikTok owner"), group ("the three buyers", "beide Konzerne"), chip ("the chip",
 * "2,000 of the accelerators") and country reference ("the country's") becomes a mention of what the article named
 * before, chosen by {@link Coreference} (the article's memory of what was named where). The head nouns and their
 * classes are the language's {@code references.tsv} ({@link ReferenceNouns}), used by its reference cues.
 */
final class References {
    private final LanguageRules lang;
    private final Coreference coref;

    References(LanguageRules lang, Coreference coref) {
        this.lang = lang;
        this.coref = coref;
    }

    /**
     * Adds a mention for each reference of sentence {@code index} that names something earlier, orders the mentions
     * and records the sentence's companies (the candidates of later references).
     */
    void resolve(SentenceState st, int index) {
        companies(st, index);
        groupsChipsAndCountries(st, index);
        st.mentions.sort(Comparator.comparingInt(Mention::start));
        List<EntityRef> companies = new ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.COMPANY) companies.addAll(m.entities());
        coref.sentence(index, companies);
    }

    /** The sentence's pronouns and descriptions that refer to a company named before. */
    private void companies(SentenceState st, int index) {
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
                    boolean det = LanguageRules.DETERMINER_BEFORE.matcher(st.text).region(Math.max(0, m.start() - 6), m.start()).find();
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
        // "Im vergangenen Monat hat er ... geliefert": a subject pronoun after the verb second, no company or chip before it
        if (lang.subjectPronounInverted != null) {
            Matcher m = lang.subjectPronounInverted.matcher(st.text);
            if (m.find() && st.free(m.start("p"), m.end("p")) && st.mentions.stream().noneMatch(x -> x.start() < m.start("p")
                    && (x.kind() == MentionKind.COMPANY || x.kind() == MentionKind.CHIP))) {
                EntityRef c = coref.previousSubject(index);
                if (c != null) added.add(new Mention(m.start("p"), m.end("p"), MentionKind.COMPANY, List.of(c), false, true, false, false, null));
            }
        }
        // "They bought ...": the list that was the subject of the sentence before
        if (lang.subjectPronounPlural != null) {
            Matcher m = lang.subjectPronounPlural.matcher(st.text);
            if (m.find() && st.free(m.start(), m.end())) {
                List<EntityRef> group = coref.previousSubjectList(index);
                if (group != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, group, false, true, false, false, null));
            }
        }
        if (lang.anaphor != null) {
            for (Matcher m = lang.anaphor.first(st.words); m != null; m = lang.anaphor.next(m, st.words) ? m : null) {
                int a = m.start("noun"), b = m.end("noun");
                if (!st.free(a, b)) continue;
                EntityRef named = namedByApposition(st, b);
                if (named != null) { added.add(new Mention(a, b, MentionKind.COMPANY, List.of(named), false, true, false, false, null)); continue; }
                if (appositive(st, b)) continue;
                if (lang.anaphorPartitive != null && lang.anaphorPartitive.matcher(st.text).region(Math.max(0, m.start() - 12), m.start()).find()) continue;
                if (lang.anaphorComplement != null && lang.anaphorComplement.matcher(st.text).region(b, st.text.length()).lookingAt()) continue;
                boolean possessive = false;
                if (b + 1 < st.text.length() && (st.text.charAt(b) == '\'' || st.text.charAt(b) == '’') && st.text.charAt(b + 1) == 's') {
                    possessive = true;
                    b += 2;
                }
                EntityRef c = described(st, m.start(), a, m.group("noun"), index, possessive);
                if (c != null) added.add(new Mention(a, b, MentionKind.COMPANY, List.of(c), possessive, true, false, false, null));
            }
        }
        commit(st, added);
        // possessives after the descriptions: "The company shipped ... to Y, and said its next chip ...": "its" belongs to
        // the description that is the subject, which must be a mention by then
        possessives(st, index, added);
        commit(st, added);
        RelativePronounSubject.resolve(lang, coref, st, index);
        ClausePronounSubject.resolve(lang, coref, st, index);
        ImplicitOwner.resolve(lang, coref, st, index);
    }

    private static void commit(SentenceState st, List<Mention> added) {
        for (Mention m : added) { st.mentions.add(m); st.take(m.start(), m.end()); }
        added.clear();
    }

    /** "its", "their", "ihre": the owner by clause, else the nearest company or list. */
    private void possessives(SentenceState st, int index, List<Mention> added) {
        if (lang.possessivePronoun != null) {
            for (Matcher m = lang.possessivePronoun.first(st.words); m != null; m = lang.possessivePronoun.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                // "Dravik supplies Baidu with its cards": the subject of its clause (or of the clause before)
                EntityRef c = lang.clauseSubjects == null ? null : lang.clauseSubjects.owner(st, m.start(), m.end());
                if (lang.dealRoles != null) c = lang.dealRoles.possessive(st, m.start(), m.end(), c, coref.previousSubject(index));
                // "in talks with AMD about its MI355X": a chip the pattern file's vendor lines give to a company named before
                EntityRef maker = vendorBefore(st, m.end());
                if (maker != null) c = maker;
                // "TSMC counts Nvidia and AMD among its customers": "its" is not one of a list's members
                if (c == null) c = coref.nearest(outsideLists(st, companiesBefore(st, m.start())), index);
                if (c != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, List.of(c), true, true, false, false, null));
            }
        }
        // "Alibaba and Tencent doubled their orders": the nearest list of companies before it in the sentence, else the list
        // the sentence before began with; a single company owns no "their"
        if (lang.possessivePlural != null) {
            for (Matcher m = lang.possessivePlural.first(st.words); m != null; m = lang.possessivePlural.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                List<EntityRef> group = listBefore(st, m.start());
                if (group == null) group = coref.previousSubjectList(index);
                if (group != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, group, true, true, false, false, null));
            }
        }
        // "ihre": also "her" and "their", so only a company that is its clause's subject, alone, owns it
        if (lang.subjectPossessive != null && lang.clauseSubjects != null) {
            for (Matcher m = lang.subjectPossessive.first(st.words); m != null; m = lang.subjectPossessive.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                EntityRef c = lang.clauseSubjects.owner(st, m.start(), m.end());
                if (c != null && listMembers(st).contains(c)) c = null;
                if (c != null) added.add(new Mention(m.start(), m.end(), MentionKind.COMPANY, List.of(c), true, true, false, false, null));
            }
        }
    }

    /**
     * The companies of the nearest list before {@code pos} ("Alibaba and Tencent", joined as the pattern file's
     * coordination joins a list; lists are formed after references, so it is read from the mentions here), or null when
     * the nearest company stands alone.
     */
    private List<EntityRef> listBefore(SentenceState st, int pos) {
        List<Mention> companies = new ArrayList<>();
        for (Mention x : st.mentions) if (x.kind() == MentionKind.COMPANY && !x.possessive() && x.end() <= pos) companies.add(x);
        companies.sort(java.util.Comparator.comparingInt(Mention::start));
        if (companies.isEmpty()) return null;
        List<EntityRef> group = new ArrayList<>(companies.get(companies.size() - 1).entities());
        for (int i = companies.size() - 2; i >= 0; i--) {
            Mention a = companies.get(i), b = companies.get(i + 1);
            if (a.end() > b.start() || !lang.coordination.matcher(st.text.substring(a.end(), b.start())).matches()) break;
            group.addAll(0, a.entities());
        }
        return group.size() > 1 ? group : null;
    }

    /**
     * The company a description refers to: with a nationality before its noun ("the Taiwanese foundry") or a foundry's
     * noun, the nearest that fits; else the nearest.
     */
    private EntityRef described(SentenceState st, int from, int nounStart, String noun, int index, boolean possessive) {
        EntityRef country = SpeakerDescription.country(st, from, nounStart);
        EntityRef speaker = lang.speakerDescription == null ? null : possessive ? lang.speakerDescription.reporter(st, from, country, coref)
                : lang.speakerDescription.subject(st, from, nounStart + noun.length(), country, coref);
        if (speaker != null) return speaker;
        boolean foundryNoun = lang.foundryNouns != null && lang.foundryNouns.matcher(noun).matches();
        List<EntityRef> before = new ArrayList<>(companiesBefore(st, nounStart));
        before.removeAll(describedByApposition(st, from));
        // "Microsoft will buy accelerators from the start-up": a description after a preposition is not its clause's subject
        if (!before.isEmpty() && lang.preposition != null && lang.preposition.matcher(st.text).region(Math.max(0, from - 40), from).find()) {
            before.remove(before.get(0));
        }
        // "Kessler will build the Israeli firm's chip into ...": a description inside its clause never names that clause's
        // subject (the subject would be "its")
        if (lang.clauseSubjects != null && !lang.clauseSubjects.opensClause(st, from)) {
            EntityRef own = lang.clauseSubjects.ownSubject(st, from);
            if (own != null) before.removeIf(own::equals);
        }
        if (country == null && !foundryNoun) {
            // "Nvidia sold chips to Baidu, and the company plans ...": a description opening its clause is its subject,
            // and refers to the subject before it, not to the nearest company
            if (lang.clauseSubjects != null && lang.clauseSubjects.opensClause(st, from)) {
                EntityRef s = lang.dealRoles == null ? null : lang.dealRoles.buyerDescribed(st, from, nounStart + noun.length());
                if (s == null) s = lang.clauseSubjects.owner(st, from, from);
                if (s != null && before.contains(s)) return s;
            }
            return coref.nearest(before, index);
        }
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

    /**
     * "Der zweite Lieferant, der japanische Hersteller Korvo, baut ...": a description followed by an apposition that ends in one
     * company and closes with a comma means that company, not one named before; else null.
     */
    private EntityRef namedByApposition(SentenceState st, int end) {
        if (lang.anaphorApposition == null) return null;
        Matcher open = lang.anaphorApposition.matcher(st.text).region(end, st.text.length());
        if (!open.lookingAt()) return null;
        int close = st.text.indexOf(',', open.end());
        if (close < 0) return null;
        Mention last = null;
        for (Mention x : st.mentions) {
            if (x.kind() == MentionKind.COMPANY && x.start() >= open.end() && x.end() <= close) last = x;
        }
        if (last == null || last.possessive() || last.entities().size() != 1 || !st.text.substring(last.end(), close).isBlank()) return null;
        return last.entities().get(0);
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

    /**
     * The maker of the chip right after a possessive ("its MI355X"), by the pattern file's vendor lines, when that maker
     * is named earlier in the sentence; else null.
     */
    private EntityRef vendorBefore(SentenceState st, int possessiveEnd) {
        Mention chip = null;
        for (Mention x : st.mentions) {
            if (x.kind() == MentionKind.CHIP && x.start() >= possessiveEnd && x.entities().size() == 1
                    && st.text.substring(possessiveEnd, x.start()).split("\\s+").length <= 3 && (chip == null || x.start() < chip.start())) chip = x;
        }
        if (chip == null) return null;
        List<EntityRef> before = companiesBefore(st, possessiveEnd);
        for (var v : lang.vendors.entrySet()) {
            if (before.contains(v.getKey()) && v.getValue().matcher(chip.entities().get(0).label()).matches()) return v.getKey();
        }
        return null;
    }

    /** The companies without the members of a list of them ("Nvidia and AMD"), unless only list members are there. */
    private List<EntityRef> outsideLists(SentenceState st, List<EntityRef> candidates) {
        java.util.Set<EntityRef> members = listMembers(st);
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef e : candidates) if (!members.contains(e)) out.add(e);
        return out.isEmpty() ? candidates : out;
    }

    /** The companies of the sentence joined to another by the language's coordination ("Nvidia and AMD"). */
    private java.util.Set<EntityRef> listMembers(SentenceState st) {
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
        return members;
    }

    static List<EntityRef> companiesBefore(SentenceState st, int pos) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.COMPANY && m.end() <= pos && !m.homeWord()) before.add(m);
        before.sort(Comparator.comparingInt(Mention::start));
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : before) if (m.entities().size() == 1) out.add(m.entities().get(0));
        return out;
    }

    /** The language's {@code collective-count} pairs ("three=3 | both=2"), read once per language. */
    static Map<String, Integer> counts(PatternFile file) {
        Map<String, Integer> counts = new HashMap<>();
        String c = file.list("collective-count");
        if (c != null) {
            for (String pair : c.split("\\|")) {
                String[] kv = pair.strip().split("=");
                if (kv.length == 2) counts.put(kv[0].strip().toLowerCase(java.util.Locale.ROOT), Integer.parseInt(kv[1].strip()));
            }
        }
        return counts;
    }

    /** The sentence's references to a list of companies, a chip or a country named before. */
    private void groupsChipsAndCountries(SentenceState st, int index) {
        List<Mention> added = new ArrayList<>();
        if (lang.collective != null) {
            for (Matcher m = lang.collective.first(st.words); m != null; m = lang.collective.next(m, st.words) ? m : null) {
                int start = st.free(m.start(), m.end()) ? m.start() : afterCountries(st, m.start(), m.end());
                if (start < 0) continue;
                String n = m.group("n");
                Integer size = n == null ? null : lang.collectiveCounts.get(n.toLowerCase(java.util.Locale.ROOT));
                List<EntityRef> group = coref.group(index - 1, size, nationality(st, m.start(), m.end()));
                if (group != null) added.add(new Mention(start, m.end(), MentionKind.COMPANY, group, false, true, false, false, null));
            }
        }
        if (lang.chipAnaphor != null) {
            for (Matcher m = lang.chipAnaphor.first(st.words); m != null; m = lang.chipAnaphor.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                List<List<EntityRef>> before = new ArrayList<>();
                for (Mention x : st.mentions) if (x.kind() == MentionKind.CHIP && x.end() <= m.start() && !ChipReferenceTargets.singularFor(lang, st, x, m)) before.add(x.entities());
                List<EntityRef> chips = ChipReferenceTargets.of(lang, coref, m, index, before);
                if (!chips.isEmpty()) added.add(new Mention(m.start(), m.end(), MentionKind.CHIP, chips, false, true, false, false, null));
            }
        }
        if (lang.countryAnaphor != null) {
            for (Matcher m = lang.countryAnaphor.first(st.words); m != null; m = lang.countryAnaphor.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                List<EntityRef> before = new ArrayList<>();
                for (Mention x : st.mentions) if (x.kind() == MentionKind.COUNTRY && x.end() <= m.start() && !x.homeWord()) before.addAll(x.entities());
                EntityRef country = coref.country(index, before);
                if (country != null) added.add(new Mention(m.start(), m.end(), MentionKind.COUNTRY, List.of(country), false, true, false, false, null));
            }
        }
        for (Mention m : added) { st.mentions.add(m); st.take(m.start(), m.end()); }
    }

    /** The one nationality a reference's words hold ("both Korean companies"), or null. */
    private static EntityRef nationality(SentenceState st, int start, int end) {
        EntityRef country = null;
        for (Mention x : st.mentions) {
            if (x.kind() != MentionKind.COUNTRY || x.start() < start || x.end() > end || x.homeWord() || x.entities().size() != 1) continue;
            if (country != null && !country.equals(x.entities().get(0))) return null;
            country = x.entities().get(0);
        }
        return country;
    }

    /**
     * "Both Korean companies", "the two US chip designers": a collective whose words hold nationality mentions is kept
     * after the last of them (so the nationality stays its own mention before it); -1 when anything else is taken there.
     */
    private static int afterCountries(SentenceState st, int start, int end) {
        int after = -1;
        for (Mention x : st.mentions) {
            if (x.end() <= start || x.start() >= end) continue;
            if (x.kind() != MentionKind.COUNTRY || x.start() < start || x.end() > end) return -1;
            after = Math.max(after, x.end());
        }
        if (after < 0) return -1;
        while (after < end && Character.isWhitespace(st.text.charAt(after))) after++;
        return after < end && st.free(after, end) ? after : -1;
    }

    /** Records the sentence's lists of companies, its chips and countries, once its lists are joined ({@link Coordination}). */
    void rememberLists(SentenceState st, int index) {
        List<List<EntityRef>> groups = new ArrayList<>();
        List<EntityRef> chips = new ArrayList<>();
        List<EntityRef> countries = new ArrayList<>();
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COUNTRY && !m.anaphor() && !m.homeWord()) for (EntityRef e : m.entities()) if (!countries.contains(e)) countries.add(e);
            if (m.kind() == MentionKind.COMPANY && m.entities().size() > 1) groups.add(m.entities());
            if (m.kind() == MentionKind.CHIP && !m.anaphor()) for (EntityRef e : m.entities()) if (!chips.contains(e)) chips.add(e);
        }
        coref.named(index, groups, chips, countries);
        ChipReferenceTargets.remember(coref, st, index);
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COMPANY || m.homeWord()) continue;
            if (m.entities().size() > 1 && !m.possessive()) coref.subjectList(index, m.entities());
            break;
        }
    }
}
