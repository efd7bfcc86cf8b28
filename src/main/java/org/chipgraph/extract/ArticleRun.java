package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.chipgraph.source.Article;

/**
 * The extraction of one article: all per-article state (mentions, coreference, the article's dated
 * export controls, facts so far). Passes: (1) sentences and their mentions, dates and amounts;
 * (2) export-control mentions resolved against the whole article; (3) per sentence, coreference,
 * coordination, placeholder rendering and the relation rules; (4) article-level conventions (a
 * vendor makes its chips, an issuer issues the controls that restrict something).
 */
final class ArticleRun {
    private final Article article;
    private final String docIri;
    private final NewsExtractor.LanguageRules lang;
    private final ReferenceEntities reference;
    private final ExportControls controls;
    private final SentenceSplitter splitter;
    private final Coreference coref;
    private final GroupAndChipReferences references;
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final Map<String, EntityRef> discovered = new LinkedHashMap<>();
    private final EntityRef unitedStates;
    private final RuleTrace trace;
    /** The article's export controls: the registry's and those discovered in it. */
    private ControlResolver controlChoice;

    ArticleRun(Article article, String docIri, NewsExtractor.LanguageRules lang, ReferenceEntities reference,
               ExportControls controls, SentenceSplitter splitter, RuleTrace trace) {
        this.article = article;
        this.trace = trace;
        this.docIri = docIri;
        this.lang = lang;
        this.reference = reference;
        this.controls = controls;
        this.splitter = splitter;
        this.coref = new Coreference();
        this.references = new GroupAndChipReferences(lang, coref);
        this.unitedStates = reference.byLabel.get("Country:United States");
    }

    List<Fact> run() {
        controlChoice = new ControlResolver(article, lang, reference, controls);
        long ts = PROFILE ? System.nanoTime() : 0;
        List<SentenceSplitter.Sentence> sentences = splitter.split(article.content(), article.bodyStart(), article.language());
        SENTENCES.add(sentences.size());
        if (PROFILE) RULE_NANOS.computeIfAbsent("phase:split", k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - ts);
        long t0 = PROFILE ? System.nanoTime() : 0;
        List<SentenceState> states = new ArrayList<>();
        for (SentenceSplitter.Sentence s : sentences) states.add(mentions(s));
        long t1 = PROFILE ? System.nanoTime() : 0;
        controlChoice.resolve(states);
        long rules = 0;
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            anaphors(st, i);
            references.resolve(st, i);
            st.mentions.sort(Comparator.comparingInt(Mention::start));
            List<EntityRef> companies = new ArrayList<>();
            for (Mention m : st.mentions) if (m.kind() == 'C') companies.addAll(m.entities());
            coref.sentence(i, companies);
            coordinate(st);
            references.remember(st, i);
            render(st);
            long r0 = PROFILE ? System.nanoTime() : 0;
            applyRules(st, i);
            if (PROFILE) rules += System.nanoTime() - r0;
        }
        long t2 = PROFILE ? System.nanoTime() : 0;
        articleConventions(states);
        if (PROFILE) {
            RULE_NANOS.computeIfAbsent("phase:mentions", k -> new java.util.concurrent.atomic.LongAdder()).add(t1 - t0);
            RULE_NANOS.computeIfAbsent("phase:rules", k -> new java.util.concurrent.atomic.LongAdder()).add(rules);
            RULE_NANOS.computeIfAbsent("phase:coref+render", k -> new java.util.concurrent.atomic.LongAdder()).add(t2 - t1 - rules);
            RULE_NANOS.computeIfAbsent("phase:conventions", k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t2);
        }
        return new ArrayList<>(facts.values());
    }

    // ------------------------------------------------------------------ pass 1: mentions

    private SentenceState mentions(SentenceSplitter.Sentence s) {
        SentenceState st = new SentenceState(s);
        boolean german = "de".equals(article.language());
        // money first: "US$16 billion" and "2 Mrd. US-Dollar" hold no country
        List<QuantityParser.Amount> amounts = QuantityParser.find(st.text);
        for (QuantityParser.Amount a : amounts) {
            if (a.money() == null) continue;
            st.mentions.add(new Mention(a.start(), a.end(), 'M', List.of(), false, false, false, false, a.money()));
            st.take(a.start(), a.end());
        }
        if (lang.outlet != null) {
            for (Matcher m = lang.outlet.first(st.words); m != null; m = lang.outlet.next(m, st.words) ? m : null) st.take(m.start(), m.end());
        }
        for (EntityMatcher.Hit h : lang.matcher.find(st.words, german)) {
            if (!st.free(h.start(), h.end())) continue;
            EntityRef e = h.entry().ref();
            if (NewsExtractor.CITY.equals(e.type())) {
                // a city is its country where a company is placed in it, and never a company's name
                if (placesACompany(st, h.start(), h.end())) {
                    st.mentions.add(Mention.entity(h.start(), h.end(), 'N', reference.byIri(e.iri()), false));
                }
                st.take(h.start(), h.end());
                continue;
            }
            char kind = Mention.kindOf(e.type());
            if (kind == 'X') {
                ExportControls.Control c = controlChoice.byIri(e.iri());
                if (c != null && c.list()) kind = 'L';
                st.mentions.add(new Mention(h.start(), h.end(), kind, List.of(e), h.possessive(), false, false, false, c));
            } else if (h.entry().home()) {
                st.mentions.add(new Mention(h.start(), h.end(), 'N', List.of(), false, false, true, false, null));
            } else {
                st.mentions.add(Mention.entity(h.start(), h.end(), kind, e, h.possessive()));
            }
            st.take(h.start(), h.end());
        }
        // a name discovered earlier in the article is known from then on ("Sophgo, a chip designer, ... Sophgo denied")
        if (articleNames != null) {
            for (EntityMatcher.Hit h : articleNames.find(st.words, german)) {
                if (!st.free(h.start(), h.end())) continue;
                st.mentions.add(Mention.entity(h.start(), h.end(), 'C', h.entry().ref(), h.possessive()));
                st.take(h.start(), h.end());
            }
        }
        for (Mention m : lang.discovery.find(st.words, st.taken)) addDiscovered(st, m.start(), m.end(), (String) m.payload());
        // "Meta, Microsoft and Oracle": a name coordinated with companies is a company
        for (int[] span : CoordinatedNames.find(st, lang.coordinatedName)) if (st.free(span[0], span[1])) addDiscovered(st, span[0], span[1], "Company");
        addControlTriggers(st, lang.controlNoun, 'X');
        modalControls(st);
        addControlTriggers(st, lang.controlVerb, 'V');
        st.dates = RelativeDateResolver.find(st.text, article.date());
        for (var d : st.dates) st.take(d.start(), d.end());
        for (QuantityParser.Amount a : amounts) {
            if (a.money() == null && st.free(a.start(), a.end())) st.amounts.add(a);
        }
        return st;
    }

    /** A name the registry may not know, found by a discovery shape (which took its span): kept if it reads as a name, and known from then on. */
    private void addDiscovered(SentenceState st, int start, int nameEnd, String type) {
        int end = nameEnd;
        boolean possessive = false;
        if (end + 1 < st.text.length() && (st.text.charAt(end) == '\'' || st.text.charAt(end) == '’') && st.text.charAt(end + 1) == 's') {
            possessive = true;
            end += 2;
        }
        EntityRef e = lang.discovery.name(st.text.substring(start, nameEnd), type);
        if (e == null) return;
        // "Changxin Memory Technologies (CXMT)": the short name in brackets is the name the company goes by
        Matcher acr = ACRONYM.matcher(st.text).region(nameEnd, st.text.length());
        if (e.discovered() && !possessive && acr.lookingAt()) {
            EntityRef shortName = lang.discovery.name(acr.group(1), type);
            if (shortName != null) {
                if (shortName.discovered()) remember(shortName, e.label());
                e = shortName;
                end = acr.end();
            }
        }
        if (e.discovered()) {
            String key = type + ":" + EntityDiscovery.normal(e.label(), type);
            // a name new to the article must read as a name to the tagger (it and its neighbours are tagged then)
            if (!discovered.containsKey(key) && NameCheck.needed(e.label(), type)
                    && !lang.names.reads(st.words, start, nameEnd, type)) return;
            final EntityRef found = e;
            e = discovered.computeIfAbsent(key, k -> found);
            if (e == found && "Company".equals(type)) remember(e);
        }
        st.mentions.add(new Mention(start, end, Mention.kindOf(type), List.of(e), possessive, false, false, false, null));
        st.take(start, end);
    }

    /** "Shenzhen-based", "based in Hsinchu", "mit Sitz in Suwon": the language's city-context cue, over the text around the city written as before&lt;city&gt;after. */
    private boolean placesACompany(SentenceState st, int start, int end) {
        if (lang.cityContext == null) return false;
        String around = st.text.substring(Math.max(0, start - 30), start) + "<" + st.text.substring(start, end) + ">"
                + st.text.substring(end, Math.min(st.text.length(), end + 40));
        return lang.cityContext.matcher(around).find();
    }

    /** Names of companies discovered in this article, with and without their corporate suffix. */
    private EntityMatcher articleNames;

    private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,7})\\)");

    /** A discovered company is also known by a longer name the article gave it. */
    private void remember(EntityRef company, String longName) {
        remember(company);
        articleNames.add(longName, company, false, false);
    }

    private void remember(EntityRef company) {
        if (articleNames == null) articleNames = new EntityMatcher();
        articleNames.add(company.label(), company, false, false);
        String shorter = EntityDiscovery.withoutSuffix(company.label());
        if (!shorter.equals(company.label())) articleNames.add(shorter, company, false, false);
    }

    /** Where the last placeholder of one of {@code kinds} begins, or -1. */
    private static int lastPlaceholder(SentenceState st, String kinds) {
        for (int k = st.placeholderStarts.length - 1; k >= 0; k--) if (kinds.indexOf(st.placeholderKinds[k]) >= 0) return st.placeholderStarts[k];
        return -1;
    }

    private static void indexPlaceholders(SentenceState st) {
        String a = st.abstracted;
        int n = 0;
        int[] starts = new int[8];
        char[] kinds = new char[8];
        for (int i = a.indexOf('§'); i >= 0 && i + 1 < a.length(); i = a.indexOf('§', i + 1)) {
            char k = a.charAt(i + 1);
            if (k < 'A' || k > 'Z') continue;
            if (n == starts.length) { starts = java.util.Arrays.copyOf(starts, n * 2); kinds = java.util.Arrays.copyOf(kinds, n * 2); }
            starts[n] = i;
            kinds[n++] = k;
            i = a.indexOf('§', i + 1); // skip the placeholder's closing mark
            if (i < 0) break;
        }
        st.placeholderStarts = java.util.Arrays.copyOf(starts, n);
        st.placeholderKinds = java.util.Arrays.copyOf(kinds, n);
    }

    /**
     * "dürfen ... nicht mehr nach China geliefert werden", "can no longer be sold to China": a modal and a negation
     * around a verb of selling state a restriction. The cue's group "v" or "w" (the negation, or the verb of needing a licence) becomes the control-verb
     * mention, so the negation is the restriction, not a denial of the sentence's facts.
     */
    private void modalControls(SentenceState st) {
        if (lang.controlModal == null) return;
        Matcher m = lang.controlModal.matcher(st.text);
        boolean second = lang.controlModal.pattern().contains("(?<w>");
        while (m.find()) {
            int a = m.start("v"), b = m.end("v");
            if (a < 0 && second) { a = m.start("w"); b = m.end("w"); }
            if (a < 0 || !st.free(a, b)) continue;
            st.mentions.add(new Mention(a, b, 'V', List.of(), false, false, false, false, null));
            st.take(a, b);
        }
    }

    private void addControlTriggers(SentenceState st, WordCue cue, char kind) {
        if (cue == null) return;
        for (Matcher m = cue.first(st.words); m != null; m = cue.next(m, st.words) ? m : null) {
            if (!st.free(m.start(), m.end())) continue;
            boolean isNew = false;
            if (lang.controlNew != null) {
                isNew = lang.controlNew.in(st.text.substring(Math.max(0, m.start() - 25), m.start()));
            }
            st.mentions.add(new Mention(m.start(), m.end(), kind, List.of(), false, false, false, isNew, null));
            st.take(m.start(), m.end());
        }
    }

    // ------------------------------------------------------------------ pass 3: coreference, coordination, rendering

    private void anaphors(SentenceState st, int index) {
        List<Mention> added = new ArrayList<>();
        // "the TikTok owner": a company followed by owner/parent is that company's parent, if the article said so
        if (lang.parentWords != null) {
            Pattern after = lang.parentWords;
            List<Mention> keep = new ArrayList<>();
            for (Mention m : st.mentions) {
                if (m.kind() == 'C' && !m.possessive() && m.entities().size() == 1) {
                    EntityRef parent = coref.parentOf(m.entities().get(0));
                    if (parent == null) { keep.add(m); continue; }
                    Matcher a = after.matcher(st.text).region(m.end(), st.text.length());
                    boolean det = NewsExtractor.LanguageRules.DETERMINER_BEFORE.matcher(st.text).region(Math.max(0, m.start() - 6), m.start()).find();
                    if (a.lookingAt() && det) {
                        keep.add(new Mention(m.start(), m.end() + a.end(), 'C', List.of(parent), false, true, false, false, null));
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
                if (c != null) added.add(new Mention(m.start(), m.end(), 'C', List.of(c), false, true, false, false, null));
            }
        }
        if (lang.possessivePronoun != null) {
            for (Matcher m = lang.possessivePronoun.first(st.words); m != null; m = lang.possessivePronoun.next(m, st.words) ? m : null) {
                if (!st.free(m.start(), m.end())) continue;
                EntityRef c = coref.nearest(companiesBefore(st, m.start()), index);
                if (c != null) added.add(new Mention(m.start(), m.end(), 'C', List.of(c), true, true, false, false, null));
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
                EntityRef c = coref.nearest(companiesBefore(st, a), index);
                if (c != null) added.add(new Mention(a, b, 'C', List.of(c), possessive, true, false, false, null));
            }
        }
        for (Mention m : added) { st.mentions.add(m); st.take(m.start(), m.end()); }
    }

    /** "the company Moore Threads", "der US-Chiphersteller Nvidia": a description right before a name is not an anaphor. */
    private static boolean appositive(SentenceState st, int end) {
        int i = end;
        while (i < st.text.length() && (st.text.charAt(i) == ' ')) i++;
        if (i == end || i >= st.text.length()) return false;
        for (Mention m : st.mentions) if (m.start() == i && m.kind() == 'C') return true;
        // "the company Zhipu", "das Unternehmen Naura": a description before a name we do not know
        Matcher name = APPOSED_NAME.matcher(st.text).region(i, st.text.length());
        return name.lookingAt() && !NOT_NAMES.contains(name.group(1));
    }

    private static final Pattern APPOSED_NAME = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*)\\s+(?:\\p{Ll}|\\p{Lu}|[,.])");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "It", "In", "On", "For", "And", "But", "Der", "Die", "Das",
            "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Im", "Am", "Auf", "Mit", "Und", "Aber", "Auch", "Nach", "Bei", "Von");

    private static List<EntityRef> companiesBefore(SentenceState st, int pos) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == 'C' && m.end() <= pos && !m.homeWord()) before.add(m);
        before.sort(Comparator.comparingInt(Mention::start));
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : before) if (m.entities().size() == 1) out.add(m.entities().get(0));
        return out;
    }

    /** "ByteDance, Alibaba and Tencent", "A800 and H800", "China, Hong Kong and Russia": one mention of several entities. */
    private void coordinate(SentenceState st) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : st.mentions) {
            if (!out.isEmpty()) {
                Mention prev = out.get(out.size() - 1);
                // "Inspur, Lenovo and Huawei's unit": a possessive does not join a list of plain names
                boolean joinable = prev.kind() == m.kind() && "CHN".indexOf(m.kind()) >= 0 && !prev.possessive() && !m.possessive()
                        && !prev.homeWord() && !m.homeWord() && !prev.anaphor() && !m.anaphor() && prev.end() <= m.start();
                if (joinable && lang.coordination.matcher(st.text.substring(prev.end(), m.start())).matches()) {
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

    /** The sentence with each mention replaced by §K<i>§ (K its kind, i its index), "'s" kept for possessives. */
    private static void render(SentenceState st) {
        StringBuilder sb = new StringBuilder(st.text.length() + 8 * st.mentions.size());
        int[] map = new int[st.text.length() + 8 * st.mentions.size() + 1];
        int n = 0;
        int pos = 0;
        for (int i = 0; i < st.mentions.size(); i++) {
            Mention m = st.mentions.get(i);
            if (m.start() < pos) continue;
            for (int k = pos; k < m.start(); k++) { sb.append(st.text.charAt(k)); map = put(map, n++, k); }
            String ph = "§" + m.kind() + i + "§" + (m.possessive() ? "'s" : "");
            for (int k = 0; k < ph.length(); k++) { sb.append(ph.charAt(k)); map = put(map, n++, k == 0 ? m.start() : m.end()); }
            pos = m.end();
        }
        for (int k = pos; k < st.text.length(); k++) { sb.append(st.text.charAt(k) == '’' ? '\'' : st.text.charAt(k)); map = put(map, n++, k); }
        map = put(map, n++, st.text.length());
        st.abstracted = sb.toString().replace('’', '\'').replace('“', '"').replace('”', '"').replace('„', '"');
        indexPlaceholders(st);
        st.toText = java.util.Arrays.copyOf(map, n);
    }

    private static int[] put(int[] a, int i, int v) {
        if (i == a.length) a = java.util.Arrays.copyOf(a, a.length * 2);
        a[i] = v;
        return a;
    }

    // ------------------------------------------------------------------ pass 3: rules

    /** Relations whose subject is the doer of a verb, which a preposition before it rules out. */
    private static final Set<Relation> AGENT_RELATIONS = Set.of(Relation.ORDERS, Relation.BUYS, Relation.RECEIVES,
            Relation.SUPPLIES, Relation.SPENDS, Relation.MAKES, Relation.FABRICATES, Relation.DENIES);

    private static final boolean PROFILE = System.getenv("CHIPGRAPH_EXTRACT_PROFILE") != null;
    static final java.util.concurrent.atomic.LongAdder SENTENCES = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> RULE_NANOS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean profiled(PatternFile.Rule rule, Matcher m, int from, long t0) {
        long t = System.nanoTime();
        boolean found = m.find(from);
        RULE_NANOS.computeIfAbsent(rule.origin(), k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t);
        return found;
    }

    private static final boolean DEBUG = System.getenv("CHIPGRAPH_EXTRACT_DEBUG") != null;

    /** The rules' matchers, reused across the sentences of this article (an ArticleRun belongs to one thread). */
    private Matcher[] matchers;

    private void applyRules(SentenceState st, int index) {
        if (DEBUG) System.err.println("S" + index + ": " + st.abstracted);
        boolean[] present = new boolean[128];
        long presentMask = 0;
        for (Mention mm : st.mentions) {
            present[mm.kind()] = true;
            if (mm.kind() >= 'A' && mm.kind() <= 'Z') presentMask |= 1L << (mm.kind() - 'A');
        }
        // which required word groups of the rules the sentence's tokens satisfy (one hash look-up per token)
        // and where in the rendered sentence each group's last word begins: a match must begin before it
        boolean[] groupHolds = new boolean[lang.wordGroupCount];
        int[] groupLast = new int[lang.wordGroupCount];
        WordSpans words = WordSpans.of(st.abstracted);
        for (int k = 0; k < words.size(); k++) {
            int[] gs = lang.wordGroups.get(words.lower(k));
            if (gs != null) for (int g : gs) { groupHolds[g] = true; groupLast[g] = words.start(k); }
        }
        List<PatternFile.Rule> all = lang.file.rules;
        if (matchers == null) matchers = new Matcher[all.size()];
        rules:
        for (int ri = 0; ri < all.size(); ri++) {
            PatternFile.Rule rule = all.get(ri);
            long[] masks = lang.ruleKindMasks[ri];
            if (masks != null) {
                for (long km : masks) if ((km & presentMask) == 0) continue rules;
            } else if (!rule.possible(present)) continue;
            for (int g : lang.ruleWordGroups[ri]) if (!groupHolds[g]) continue rules;
            long t0 = PROFILE ? System.nanoTime() : 0;
            Matcher m = matchers[ri] == null ? (matchers[ri] = rule.pattern().matcher(st.abstracted)) : matchers[ri].reset(st.abstracted);
            String lead = rule.leadKinds();
            if (lead == null && rule.wordStart() != null) {
                // a rule that begins with a word: tried at the words it can begin with (same matches, same order)
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int from = 0;
                while (from <= st.abstracted.length() && rule.wordStart().findFrom(m, words, from)) {
                    from = m.start() + 1;
                    onMatch(st, index, rule, m);
                }
            } else if (lead == null) {
                int from = 0;
                while (from <= st.abstracted.length() && (PROFILE ? profiled(rule, m, from, t0) : m.find(from))) {
                    from = m.start() + 1;
                    onMatch(st, index, rule, m);
                }
            } else {
                // every match begins at a placeholder of the lead kinds: try there only (the same matches as
                // find() from each position, in the same order); transparent bounds keep look-behinds and \b
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int lastStart = Integer.MAX_VALUE;
                for (int g : lang.ruleWordGroups[ri]) lastStart = Math.min(lastStart, groupLast[g]);
                // and each slot the rule must match later needs a placeholder of its kinds after the beginning
                for (String kinds : rule.laterKinds()) lastStart = Math.min(lastStart, lastPlaceholder(st, kinds) - 1);
                for (int k = 0; k < st.placeholderStarts.length; k++) {
                    if (st.placeholderStarts[k] > lastStart) break;
                    if (lead.indexOf(st.placeholderKinds[k]) < 0) continue;
                    m.region(st.placeholderStarts[k], st.abstracted.length());
                    if (!m.lookingAt()) continue;
                    onMatch(st, index, rule, m);
                }
                if (PROFILE) RULE_NANOS.computeIfAbsent(rule.origin(), x -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
            }
        }
    }

    /** A rule matched: checks the match's context (preposition, negation) and emits its fact. */
    private void onMatch(SentenceState st, int index, PatternFile.Rule rule, Matcher m) {
        Mention subj = rule.hasSubject() ? st.mentions.get(Integer.parseInt(m.group("s"))) : null;
        Mention obj = rule.hasObject() ? st.mentions.get(Integer.parseInt(m.group("o"))) : null;
        if (AGENT_RELATIONS.contains(rule.relation()) && startsWithPlainSlot(st, m, subj, obj) && afterPreposition(st, m.start())) return;
        if (!rule.options().contains("neg-ok") && negated(st.abstracted.substring(m.start(), m.end()))) return;
        if (DEBUG) System.err.println("   " + rule.origin() + " " + rule.relation() + " <" + m.group() + ">");
        emit(st, index, rule, m, subj, obj, attribution(st));
    }

    /** Who the sentence says reported it ("said three people"), or null; looked for once, on its first match. */
    private String attribution(SentenceState st) {
        if (!st.attributionKnown) {
            st.attributionKnown = true;
            Matcher r = lang.reported == null ? null : lang.reported.first(st.words);
            st.attribution = r == null ? null : r.group().strip();
        }
        return st.attribution;
    }

    /** Does the match begin with its subject or object slot, not possessive (so a preposition before it matters)? */
    private static boolean startsWithPlainSlot(SentenceState st, Matcher m, Mention subj, Mention obj) {
        if (subj != null && m.start("s") == m.start() + 2 && !subj.possessive()) return true;
        return obj != null && m.start("o") == m.start() + 2 && !obj.possessive();
    }

    /** Negation counts in the clause that holds the end of the match: after the match's last comma. */
    private boolean negated(String span) {
        if (lang.negation == null) return false;
        int comma = span.lastIndexOf(", ");
        return lang.negation.in(comma < 0 ? span : span.substring(comma));
    }

    /** A subject right after "von", "with", "from"... is the object of that preposition, not a subject. */
    private boolean afterPreposition(SentenceState st, int absStart) {
        if (lang.preposition == null) return false;
        String before = st.abstracted.substring(Math.max(0, absStart - 30), absStart);
        return lang.preposition.matcher(before).find();
    }

    private void emit(SentenceState st, int index, PatternFile.Rule rule, Matcher m, Mention subj, Mention obj, String reportedBy) {
        int ms = st.toText[m.start()], me = st.toText[m.end()];
        List<EntityRef> subjects = subj != null ? entities(st, subj, index) : List.of();
        List<EntityRef> objects;
        if (obj != null) objects = entities(st, obj, index);
        else if (rule.implicitObjectKind() != null) objects = implicitObject(st, rule.implicitObjectKind().charAt(0), ms);
        else objects = List.of();
        Relation rel = rule.relation();
        if (rel == Relation.ISSUES && subj == null) {
            List<EntityRef> issuers = new ArrayList<>();
            for (EntityRef o : objects) {
                ExportControls.Control c = controlChoice.byIri(o.iri());
                if (c != null) { EntityRef is = reference.byIri(c.issuer()); if (is != null && !issuers.contains(is)) issuers.add(is); }
            }
            subjects = issuers;
        }
        if (subjects.isEmpty()) return;
        if (rel != Relation.DENIES && objects.isEmpty()) return;

        Stance stance = Stance.ASSERTED;
        String attribution = null;
        String span = st.abstracted.substring(m.start(), m.end());
        // a denies fact is itself asserted (that X denied something); DENIED marks claims that are denied,
        // which the store's facts table leaves out, and a negated match gives no fact at all
        if (rule.options().contains("planned") || (lang.planned != null && lang.planned.in(span))) stance = Stance.PLANNED;
        else if (reportedBy != null) { stance = Stance.REPORTED; }
        if (reportedBy != null) attribution = reportedBy;

        boolean group = subjects.size() > 1;
        Quantity q = rule.options().contains("qty") && !group ? quantity(st, ms, me) : null;
        Money money = rule.options().contains("money") ? money(st, m, ms, me) : null;
        if (rel == Relation.SPENDS && (money == null || group)) return;
        PartialDate date = rule.options().contains("date") ? date(st, ms, me) : null;

        double conf = rule.confidence();
        if (subj != null && (subj.anaphor() || subj.homeWord())) conf *= 0.85;
        if (obj != null && (obj.anaphor() || obj.homeWord())) conf *= 0.85;
        if (obj == null && rule.implicitObjectKind() != null) conf *= 0.85;
        if (span.length() > 120) conf *= 0.9;

        String text = null;
        if (rel == Relation.DENIES) {
            text = deniedText(st, m);
            objects = List.of();
        }
        for (EntityRef s : subjects) {
            if (rel == Relation.DENIES) {
                traced(rule, put(NewsExtractor.fact(s, rel, null, text, null, null, date, stance, attribution, conf * (s.discovered() ? 0.75 : 1), docIri, st.sentence), s, null));
                continue;
            }
            for (EntityRef o : objects) {
                if (s.iri().equals(o.iri())) continue;
                if (!typesFit(rel, s, o)) continue;
                if (rule.options().contains("foundry") && !lang.foundries.contains(s.label())) continue;
                if (rule.options().contains("no-foundry") && lang.foundries.contains(s.label())) continue;
                double c = conf * (s.discovered() || o.discovered() ? 0.75 : 1);
                PartialDate d = date;
                if (rel == Relation.RESTRICTS || rel == Relation.ISSUES) {
                    EntityRef ctl = rel == Relation.RESTRICTS ? s : o;
                    ExportControls.Control cc = controlChoice.byIri(ctl.iri());
                    if (cc == null) continue;
                    if (rel == Relation.RESTRICTS && cc.issuer().equals(o.iri())) continue;
                    if (cc.date() != null) d = cc.date();
                }
                if (rel == Relation.MAKES && !rule.options().contains("launch")) d = null;
                traced(rule, put(NewsExtractor.fact(s, rel, o, null, q, money, d, stance, attribution, c, docIri, st.sentence), s, o));
                if (rel == Relation.ORDERS) {
                    traced(rule, put(NewsExtractor.fact(s, Relation.BUYS, o, null, null, null, null, stance, attribution, c, docIri, st.sentence), s, o));
                }
            }
        }
    }

    private static boolean typesFit(Relation r, EntityRef s, EntityRef o) {
        return switch (r) {
            case MAKES, BUYS, ORDERS, RECEIVES -> s.type().equals("Company") && o.type().equals("Chip");
            case SUPPLIES, SUBSIDIARY_OF -> s.type().equals("Company") && o.type().equals("Company");
            case FABRICATES, SPENDS -> s.type().equals("Company") && (o.type().equals("Chip") || o.type().equals("Company"));
            case RESTRICTS -> s.type().equals("ExportControl") && !o.type().equals("ExportControl");
            case ISSUES -> s.type().equals("Country") && o.type().equals("ExportControl");
            case DESIGNED_FOR -> s.type().equals("Chip") && o.type().equals("Country");
            case HEADQUARTERED_IN -> s.type().equals("Company") && o.type().equals("Country");
            case DENIES -> true;
        };
    }

    private void traced(PatternFile.Rule rule, Fact f) { trace.fired(rule.origin(), f); }

    /** Keeps the fact (or the surer of two with one key) and returns it as given. */
    private Fact put(Fact f, EntityRef s, EntityRef o) {
        Fact given = f;
        if (f.relation() == Relation.HEADQUARTERED_IN) coref.headquarteredIn(s, o);
        if (f.relation() == Relation.SUBSIDIARY_OF) coref.parentOf(s, o);
        String k = NewsExtractor.key(f);
        Fact old = facts.get(k);
        if (old == null || old.confidence() < f.confidence()
                || (old.quantity() == null && f.quantity() != null) || (old.date() == null && f.date() != null && old.confidence() <= f.confidence())) {
            if (old != null && old.confidence() > f.confidence()) {
                f = new Fact(f.subject(), f.relation(), f.object(), f.objectText(), f.quantity() != null ? f.quantity() : old.quantity(),
                        f.money() != null ? f.money() : old.money(), f.date() != null ? f.date() : old.date(), old.stance(),
                        old.attribution(), old.confidence(), f.provenance());
            }
            facts.put(k, f);
        }
        return given;
    }

    private List<EntityRef> entities(SentenceState st, Mention m, int index) {
        if (m.homeWord()) {
            EntityRef home = coref.home(companiesBefore(st, m.start()), index);
            return home == null ? List.of() : List.of(home);
        }
        return m.entities();
    }

    private static List<EntityRef> implicitObject(SentenceState st, char kind, int pos) {
        Mention best = null;
        for (Mention m : st.mentions) if (m.kind() == kind && m.end() <= pos) best = m;
        if (best == null) for (Mention m : st.mentions) if (m.kind() == kind) { best = m; break; }
        return best == null ? List.of() : best.entities();
    }

    // ------------------------------------------------------------------ quantities, money, dates near a match

    /** Where to look: after the match up to the next clause break, inside the match after its last break, before it in its clause. */
    private int[] regions(SentenceState st, int ms, int me) {
        int insideStart = ms, afterEnd = st.text.length(), clauseStart = 0;
        int[] breaks = clauseBreaks(st);
        for (int k = 0; k < breaks.length; k += 2) {
            int bs = breaks[k], be = breaks[k + 1];
            if (be <= ms) clauseStart = be;
            else if (bs >= ms && be <= me) insideStart = be;
            // a break right after the match ("erhielt jedoch bis Juli ...") opens the clause the match belongs to
            else if (bs >= me && (bs > me + 2 || !st.text.substring(me, bs).isBlank())) { afterEnd = bs; break; }
        }
        return new int[] {clauseStart, insideStart, me, afterEnd};
    }

    /** The sentence's clause breaks as start, end pairs; found once per sentence. */
    private int[] clauseBreaks(SentenceState st) {
        if (st.clauseBreaks == null) {
            int[] b = new int[0];
            if (lang.clauseBreak != null) {
                for (Matcher m = lang.clauseBreak.first(st.words); m != null; m = lang.clauseBreak.next(m, st.words) ? m : null) {
                    b = java.util.Arrays.copyOf(b, b.length + 2);
                    b[b.length - 2] = m.start();
                    b[b.length - 1] = m.end();
                }
            }
            st.clauseBreaks = b;
        }
        return st.clauseBreaks;
    }

    private Quantity quantity(SentenceState st, int ms, int me) {
        int[] r = regions(st, ms, me);
        for (QuantityParser.Amount a : st.amounts) if (a.start() >= r[2] && a.end() <= r[3]) return a.quantity();
        for (QuantityParser.Amount a : st.amounts) if (a.start() >= r[1] && a.end() <= r[2]) return a.quantity();
        return null;
    }

    private Money money(SentenceState st, Matcher m, int ms, int me) {
        for (int i = m.start(); i < m.end(); i++) {
            if (st.abstracted.charAt(i) == '§' && i + 1 < st.abstracted.length() && st.abstracted.charAt(i + 1) == 'M') {
                int j = st.abstracted.indexOf('§', i + 1);
                Mention mm = st.mentions.get(Integer.parseInt(st.abstracted.substring(i + 2, j)));
                return (Money) mm.payload();
            }
        }
        int[] r = regions(st, ms, me);
        for (Mention mm : st.mentions) if (mm.kind() == 'M' && mm.start() >= r[1] && mm.end() <= r[3]) return (Money) mm.payload();
        return null;
    }

    private PartialDate date(SentenceState st, int ms, int me) {
        int[] r = regions(st, ms, me);
        for (var d : st.dates) if (d.start() >= r[2] && d.end() <= r[3]) return d.date();
        for (var d : st.dates) if (d.start() >= r[1] && d.end() <= r[2]) return d.date();
        RelativeDateResolver.DateMention before = null;
        for (var d : st.dates) if (d.start() >= r[0] && d.end() <= r[1]) before = d;
        return before == null ? null : before.date();
    }

    /** The short text of what was denied: the rule's "text" group with placeholders turned back into words. */
    private static String deniedText(SentenceState st, Matcher m) {
        int a, b;
        try {
            a = m.start("text");
            b = m.end("text");
        } catch (IllegalArgumentException e) {
            a = -1;
            b = -1;
        }
        if (a < 0) return "the report";
        String t = st.text.substring(st.toText[a], st.toText[b]).strip();
        t = t.replaceAll("^(?i)(?:that|dass|den|die|das|the|a|an|any|eine?n?|no|kein\\w*)\\s+", "");
        t = t.replaceAll("[,.;:\"”“]+$", "").strip();
        if (t.length() > 80) t = t.substring(0, 80).replaceAll("\\s+\\S*$", "");
        return t.isEmpty() ? "the report" : t;
    }

    // ------------------------------------------------------------------ pass 4: article-level conventions

    private void articleConventions(List<SentenceState> states) {
        // a chip family ("Ascend") is dropped when the article names a model of it ("Ascend 910B")
        Set<String> chipLabels = new HashSet<>();
        for (SentenceState st : states) for (Mention m : st.mentions) if (m.kind() == 'H') for (EntityRef e : m.entities()) chipLabels.add(e.label());
        Set<String> families = new HashSet<>();
        for (String a : chipLabels) for (String b : chipLabels) if (!a.equals(b) && b.startsWith(a + " ")) families.add(a);
        facts.values().removeIf(f -> (f.object() != null && f.object().type().equals("Chip") && families.contains(f.object().label()))
                || (f.subject().type().equals("Chip") && families.contains(f.subject().label())));

        // a vendor makes the chips of its model-number shape when the article names the vendor
        Set<String> companiesNamed = new HashSet<>();
        for (SentenceState st : states) for (Mention m : st.mentions) if (m.kind() == 'C' && !m.anaphor()) for (EntityRef e : m.entities()) companiesNamed.add(e.iri());
        Set<String> made = new HashSet<>();
        for (Fact f : facts.values()) if (f.relation() == Relation.MAKES) made.add(f.object().iri());
        for (SentenceState st : states) {
            for (Mention m : st.mentions) {
                if (m.kind() != 'H') continue;
                for (EntityRef chip : m.entities()) {
                    if (made.contains(chip.iri()) || families.contains(chip.label())) continue;
                    String maker = reference.makers.get(chip.iri());
                    if (maker != null && companiesNamed.contains(maker) && reference.byIri(maker) != null) {
                        EntityRef vendor = reference.byIri(maker);
                        made.add(chip.iri());
                        put(NewsExtractor.fact(vendor, Relation.MAKES, chip, null, null, null, null, Stance.ASSERTED, null, 0.6, docIri, st.sentence), vendor, chip);
                        continue;
                    }
                    for (var v : lang.vendors.entrySet()) {
                        if (v.getValue().matcher(chip.label()).matches() && companiesNamed.contains(v.getKey().iri())) {
                            made.add(chip.iri());
                            put(NewsExtractor.fact(v.getKey(), Relation.MAKES, chip, null, null, null, null, Stance.ASSERTED, null,
                                    chip.discovered() ? 0.45 : 0.6, docIri, st.sentence), v.getKey(), chip);
                            break;
                        }
                    }
                }
            }
        }

        // the issuer of a control that restricts something issues it
        List<Fact> issued = new ArrayList<>();
        Set<String> have = new HashSet<>();
        for (Fact f : facts.values()) if (f.relation() == Relation.ISSUES) have.add(f.object().iri());
        for (Fact f : facts.values()) {
            if (f.relation() != Relation.RESTRICTS || have.contains(f.subject().iri())) continue;
            ExportControls.Control c = controlChoice.byIri(f.subject().iri());
            EntityRef issuer = c == null ? null : reference.byIri(c.issuer());
            if (issuer == null) continue;
            have.add(f.subject().iri());
            issued.add(new Fact(issuer, Relation.ISSUES, f.subject(), null, null, null, c.date(), f.stance(), f.attribution(),
                    f.confidence() * 0.95, f.provenance()));
        }
        for (Fact f : issued) facts.put(NewsExtractor.key(f), f);
    }
}
