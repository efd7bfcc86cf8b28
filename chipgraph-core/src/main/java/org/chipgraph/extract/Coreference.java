package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chipgraph.fact.EntityRef;

/**
 * Light coreference over one article: pronouns ("It", "its", "seine", "deren") and descriptions ("the
 * company", "the US chipmaker", "der Konzern") refer to the nearest compatible company. A possessive or a
 * description takes the nearest company earlier in its sentence, else the first company (the likely
 * subject) of the nearest earlier sentence that names one; a sentence-initial "It" takes the latter.
 * It also remembers what the article said about countries and parents, for "compatriot" and "the TikTok owner".
 */
final class Coreference {
    private final List<List<EntityRef>> companiesBySentence = new ArrayList<>();
    private final Map<String, EntityRef> headquarters = new HashMap<>();
    private final Map<String, EntityRef> parents = new HashMap<>();

    /** The registry's seats (company IRI to country IRI), for descriptions with a nationality ("the Taiwanese foundry"). */
    private final Map<String, String> seats;

    Coreference(Map<String, String> seats) { this.seats = seats; }

    Coreference() { this(Map.of()); }

    /**
     * A description that says more than "the company": "the Taiwanese foundry" takes the nearest candidate (as
     * {@link #nearest}, then the companies of up to three earlier sentences) whose country is that one and that is of
     * that kind; else the nearest whose known country does not contradict it; else, without a country, {@link #nearest};
     * with one, null.
     */
    EntityRef nearestFitting(List<EntityRef> earlierInSentence, int sentence, EntityRef country, java.util.function.Predicate<EntityRef> kind) {
        List<EntityRef> candidates = new ArrayList<>();
        for (int i = earlierInSentence.size() - 1; i >= 0; i--) candidates.add(earlierInSentence.get(i));
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3; i--) if (i < companiesBySentence.size()) candidates.addAll(companiesBySentence.get(i));
        EntityRef open = null;
        // the subject of the sentence before, when the sentence names no company before the description
        EntityRef topic = earlierInSentence.isEmpty() ? previousSubject(sentence) : null;
        for (EntityRef c : candidates) {
            String seat = headquarters.containsKey(c.iri()) ? headquarters.get(c.iri()).iri() : seats.get(c.iri());
            if (country != null && seat != null && !seat.equals(country.iri())) continue;
            boolean kindFits = kind.test(c);
            if (kindFits && (country == null || seat != null || c.equals(topic))) return c;
            if (open == null && (kindFits || country != null)) open = c;
        }
        if (open != null) return open;
        // "der Bonner Konzern" after only US companies: a description whose country every candidate contradicts refers to
        // none of them (a company the extractor did not recognise), never to the nearest anyway
        return country != null ? null : nearest(earlierInSentence, sentence);
    }

    /**
     * "Die Amerikaner", "die Japaner": a people standing for a company of theirs. The nearest candidate (earlier in the
     * sentence, then the companies of up to three sentences before) whose seat, as the article says or the registry
     * knows, is {@code country}; else the subject of the sentence before when its seat is unknown; else null (the
     * people themselves: "die Amerikaner kaufen weniger Autos").
     */
    EntityRef ofCountry(List<EntityRef> earlierInSentence, int sentence, EntityRef country) {
        List<EntityRef> candidates = new ArrayList<>();
        for (int i = earlierInSentence.size() - 1; i >= 0; i--) candidates.add(earlierInSentence.get(i));
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3; i--) if (i < companiesBySentence.size()) candidates.addAll(companiesBySentence.get(i));
        for (EntityRef c : candidates) if (country.iri().equals(seat(c))) return c;
        EntityRef topic = earlierInSentence.isEmpty() ? previousSubject(sentence) : null;
        return topic != null && seat(topic) == null ? topic : null;
    }

    /** Records the companies of sentence {@code index} in order of appearance (called once per sentence, in order). */
    void sentence(int index, List<EntityRef> companies) {
        while (companiesBySentence.size() <= index) companiesBySentence.add(new ArrayList<>());
        companiesBySentence.get(index).addAll(companies);
    }

    /** The nearest earlier company: in the same sentence before the anaphor, else the subject of an earlier one. */
    EntityRef nearest(List<EntityRef> earlierInSentence, int sentence) {
        if (!earlierInSentence.isEmpty()) return earlierInSentence.get(earlierInSentence.size() - 1);
        return previousSubject(sentence);
    }

    /** The first company of the nearest earlier sentence that names one (at most three sentences back). */
    EntityRef previousSubject(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3; i--) {
            if (i < companiesBySentence.size() && !companiesBySentence.get(i).isEmpty()) return companiesBySentence.get(i).get(0);
        }
        return null;
    }

    private final Map<Integer, List<List<EntityRef>>> groupsBySentence = new HashMap<>();
    private final Map<Integer, List<EntityRef>> chipsBySentence = new HashMap<>();

    /** Records the lists of companies ("ByteDance, Alibaba and Tencent") and the chips sentence {@code index} names. */
    void named(int index, List<List<EntityRef>> groups, List<EntityRef> chips, List<EntityRef> countries) {
        groupsBySentence.put(index, groups);
        chipsBySentence.put(index, chips);
        countriesBySentence.put(index, countries);
    }

    private final Map<Integer, List<EntityRef>> countriesBySentence = new HashMap<>();

    /**
     * "The country's": the country named last before it in this sentence, else the one country of the latest sentence
     * (up to two before) that names countries; null when that sentence names several.
     */
    EntityRef country(int sentence, List<EntityRef> earlierInSentence) {
        if (!earlierInSentence.isEmpty()) return earlierInSentence.get(earlierInSentence.size() - 1);
        for (int i = sentence - 1; i >= 0 && i >= sentence - 2; i--) {
            List<EntityRef> cs = countriesBySentence.getOrDefault(i, List.of());
            if (!cs.isEmpty()) return cs.size() == 1 ? cs.get(0) : null;
        }
        return null;
    }

    /**
     * "The three companies", "both Korean firms": the latest list of companies of this or the three sentences before it,
     * of {@code size} companies when the text counts them, none of whose known seats contradicts the nationality
     * {@code country} (null: none said); else, counted and with a nationality, the companies of that country these
     * sentences name, when exactly that many; else, counted, the last {@code size} members of the latest longer list;
     * null when none fits.
     */
    List<EntityRef> group(int sentence, Integer size, EntityRef country) {
        for (int i = sentence; i >= 0 && i >= sentence - 3; i--) {
            List<List<EntityRef>> gs = groupsBySentence.getOrDefault(i, List.of());
            for (int k = gs.size() - 1; k >= 0; k--) if ((size == null || gs.get(k).size() == size) && ofCountry(gs.get(k), country)) return gs.get(k);
        }
        if (size == null) return null;
        if (country != null) {
            List<EntityRef> of = new ArrayList<>();
            for (int i = sentence; i >= 0 && i >= sentence - 3; i--) {
                if (i >= companiesBySentence.size()) continue;
                for (EntityRef c : companiesBySentence.get(i)) if (country.iri().equals(seat(c)) && !of.contains(c)) of.add(c);
            }
            if (of.size() == size) return of;
        }
        for (int i = sentence; i >= 0 && i >= sentence - 3; i--) {
            List<List<EntityRef>> gs = groupsBySentence.getOrDefault(i, List.of());
            for (int k = gs.size() - 1; k >= 0; k--) {
                List<EntityRef> g = gs.get(k);
                if (g.size() > size && ofCountry(g.subList(g.size() - size, g.size()), country)) return List.copyOf(g.subList(g.size() - size, g.size()));
            }
        }
        return null;
    }

    /** Does no member's known seat contradict {@code country}? (Any list fits no nationality.) */
    private boolean ofCountry(List<EntityRef> members, EntityRef country) {
        if (country == null) return true;
        for (EntityRef c : members) {
            String seat = seat(c);
            if (seat != null && !seat.equals(country.iri())) return false;
        }
        return true;
    }

    /** The company's country: as the article says, else the registry's seat; null when unknown. */
    String seat(EntityRef c) {
        return headquarters.containsKey(c.iri()) ? headquarters.get(c.iri()).iri() : seats.get(c.iri());
    }

    /** "The chip": the one chip the latest sentence (this one or up to two before) that names chips names; else null. */
    private final Map<Integer, List<List<EntityRef>>> chipMentionsBySentence = new HashMap<>();

    /** Records the chip mentions of sentence {@code index}, each with its chips (a list of several is one mention). */
    void chipMentions(int index, List<List<EntityRef>> mentions) { chipMentionsBySentence.put(index, mentions); }

    /**
     * "them", "the chips", "the stacks": the chips that fit of the nearest sentence naming any (this one before the
     * reference, else up to {@code back} before): the one chip that fits, or, for a plural reference, a list of chips
     * named as one ("H100 and H200 chips"); none when the sentence names several apart (which is meant is unclear).
     */
    List<EntityRef> chips(int sentence, List<List<EntityRef>> earlierInSentence, int back, boolean plural, java.util.function.Predicate<EntityRef> fits) {
        for (int i = sentence; i >= 0 && i >= sentence - back; i--) {
            List<List<EntityRef>> ms = i == sentence ? earlierInSentence : chipMentionsBySentence.getOrDefault(i, List.of());
            List<EntityRef> fitting = new ArrayList<>();
            List<EntityRef> list = null;
            int lists = 0;
            for (List<EntityRef> m : ms) {
                List<EntityRef> f = m.stream().filter(fits).toList();
                for (EntityRef e : f) if (!fitting.contains(e)) fitting.add(e);
                if (f.size() > 1) { list = f; lists++; }
            }
            if (fitting.isEmpty()) continue;
            if (fitting.size() == 1) return fitting;
            return plural && lists == 1 && list.containsAll(fitting) ? list : List.of();
        }
        return List.of();
    }

    EntityRef chip(int sentence, List<EntityRef> earlierInSentence) {
        if (!earlierInSentence.isEmpty()) return earlierInSentence.size() == 1 ? earlierInSentence.get(0) : null;
        for (int i = sentence - 1; i >= 0 && i >= sentence - 2; i--) {
            List<EntityRef> cs = chipsBySentence.getOrDefault(i, List.of());
            if (!cs.isEmpty()) return cs.size() == 1 ? cs.get(0) : null;
        }
        return null;
    }

    private final Map<Integer, EntityRef> topics = new HashMap<>();

    /** Records the company sentence {@code index} is about ({@link SentenceTopic}), if any. */
    void topic(int index, EntityRef company) { if (company != null) topics.put(index, company); }

    /** The company the nearest earlier sentence with one is about (at most three sentences back), or null. */
    EntityRef previousTopic(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3; i--) if (topics.containsKey(i)) return topics.get(i);
        return null;
    }

    /** (session 34) The company the article leads with: the topic of its first sentence that has one, or null. */
    EntityRef leadTopic() {
        return topics.keySet().stream().min(Integer::compare).map(topics::get).orElse(null);
    }

    /**
     * (session 35) The company the paragraph so far is about: of the topics of its sentences before this one, the one that
     * is the topic most often, the first on a tie (a paragraph leads with its subject; a partner named later in passing
     * does not displace it); a paragraph with no topic yet gives the article's lead ({@link #leadTopic}).
     */
    EntityRef paragraphLead(int sentence) {
        EntityRef best = commonestTopic(java.util.stream.IntStream.range(0, sentence).filter(i -> paragraph(i) == paragraph(sentence)));
        return best != null ? best : leadTopic();
    }

    /** (session 34) The companies the article so far has ordering or buying something. */
    private final java.util.Set<String> buyers = new java.util.HashSet<>();

    void buyer(EntityRef company) { buyers.add(company.iri()); }

    /**
     * (session 34) The landlord of tenants named with no owner ("Als erste Mieter stehen X fest"): the nearest company of
     * the last five sentences' topics that the article has ordering or buying (compute it rents out), else
     * {@link #passageTopic}.
     */
    EntityRef landlordTopic(int sentence) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 5; i--) {
            EntityRef t = topics.get(i);
            if (t != null && buyers.contains(t.iri())) return t;
        }
        return passageTopic(sentence);
    }

    /** (session 34) The paragraph of each sentence ({@link Paragraphs}); none known means one paragraph. */
    private int[] paragraphs = new int[0];

    void paragraphs(int[] paragraphOfSentence) { this.paragraphs = paragraphOfSentence.clone(); }

    private int paragraph(int sentence) { return sentence < paragraphs.length ? paragraphs[sentence] : 0; }

    /**
     * (session 34) The company the paragraph so far is mostly about: of the topics of its sentences before this one (five at
     * most), the one that is the topic most often, the nearer on a tie; a paragraph with no topic yet gives
     * {@link #previousTopic}. A company named once in passing ("Die Telekom, die 20 Prozent an X hält, übernimmt die
     * Netzanbindung.") does not displace the company the paragraph has been telling of.
     */
    EntityRef passageTopic(int sentence) {
        EntityRef best = commonestTopic(java.util.stream.IntStream.iterate(sentence - 1,
                i -> i >= 0 && i >= sentence - 5 && paragraph(i) == paragraph(sentence), i -> i - 1));
        return best != null ? best : previousTopic(sentence);
    }

    /** Of the topics of {@code sentences}, the one that is the topic most often; on a tie the one reached first; null: none. */
    private EntityRef commonestTopic(java.util.stream.IntStream sentences) {
        Map<String, Integer> counts = new HashMap<>();
        EntityRef best = null;
        int bestCount = 0;
        for (int i : sentences.toArray()) {
            EntityRef t = topics.get(i);
            if (t == null) continue;
            int c = counts.merge(t.iri(), 1, Integer::sum);
            if (c > bestCount) { best = t; bestCount = c; }
        }
        return best;
    }

    private final Map<Integer, List<EntityRef>> subjectLists = new HashMap<>();

    /** Records that sentence {@code index} begins with a list of companies (its likely subject). */
    void subjectList(int index, List<EntityRef> companies) { subjectLists.put(index, companies); }

    /** "They": the list of companies the sentence before began with; null when it began otherwise. */
    List<EntityRef> previousSubjectList(int sentence) { return subjectLists.get(sentence - 1); }

    void headquarteredIn(EntityRef company, EntityRef country) { headquarters.putIfAbsent(company.iri(), country); }

    EntityRef headquartersOf(EntityRef company) { return headquarters.get(company.iri()); }

    void parentOf(EntityRef company, EntityRef parent) { parents.putIfAbsent(company.iri(), parent); }

    EntityRef parentOf(EntityRef company) { return parents.get(company.iri()); }

    /**
     * The home country for "compatriot"/"inländische": that of the nearest earlier company of the sentence whose
     * country is known or written before it, else of a company of the three sentences before.
     */
    EntityRef home(List<EarlierCompany> earlierInSentence, int sentence) {
        for (int i = earlierInSentence.size() - 1; i >= 0; i--) {
            EarlierCompany c = earlierInSentence.get(i);
            EntityRef h = headquarters.get(c.company().iri());
            if (h == null) h = c.writtenCountry();
            if (h != null) return h;
        }
        // "its domestic rival": a company earlier in the sentence is the one meant; its home unknown is no licence to
        // take an earlier sentence's company's
        if (!earlierInSentence.isEmpty()) return null;
        for (int i = sentence - 1; i >= 0 && i >= sentence - 3; i--) {
            if (i >= companiesBySentence.size()) continue;
            for (EntityRef c : companiesBySentence.get(i)) {
                EntityRef h = headquarters.get(c.iri());
                if (h != null) return h;
            }
        }
        return null;
    }
}
