package org.chipgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.source.Article;

/**
 * The first stage of an article's extraction: each sentence's mentions. Names of registry entities, news outlets
 * (taken, never parties), cities where a company is placed in them, names discovered by their shapes (kept when
 * the tagger reads them as names, and known for the rest of the article), export-control nouns and verbs, dates and
 * amounts.
 */
final class MentionFinder {
    private final Article article;
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final ControlResolver controlChoice;
    private final ExtractionProfile profile;
    private final Map<String, EntityRef> discovered = new LinkedHashMap<>();
    private final java.util.Set<String> rejected = new java.util.HashSet<>();
    /** What the tagger said of names the name finder found in the middle of a sentence, per article. */
    private final Map<String, Boolean> nameVerdicts = new java.util.HashMap<>();
    /** The language's tagger with this article's memos (windows, word splits, lemmas), dropped with the article. */
    private final SyntaxTagger tagger;
    /** The short forms of the companies this article named in full. */
    private final ArticleShortForms shortForms;

    MentionFinder(Article article, LanguageRules lang, ReferenceEntities reference, ControlResolver controlChoice,
                  ExtractionProfile profile, ArticleShortForms shortForms) {
        this.article = article;
        this.lang = lang;
        this.reference = reference;
        this.controlChoice = controlChoice;
        this.profile = profile;
        this.tagger = lang.names.tagger().forDocument(profile);
        this.shortForms = shortForms;
    }

    /** The sentence's mentions: money, registry names, outlets, cities, discovered names, control cues, dates, amounts. */
    SentenceState find(SentenceSplitter.Sentence s) {
        SentenceState st = new SentenceState(s);
        current = st;
        boolean german = "de".equals(article.language());
        // money first: "US$16 billion" and "2 Mrd. US-Dollar" hold no country
        List<QuantityParser.Amount> amounts = QuantityParser.find(st.text, lang.numberWords);
        for (QuantityParser.Amount a : amounts) {
            if (a.money() == null) continue;
            st.mentions.add(new Mention(a.start(), a.end(), MentionKind.MONEY, List.of(), false, false, false, false, a.money()));
            st.take(a.start(), a.end());
        }
        if (lang.outlet != null) {
            for (Matcher m = lang.outlet.first(st.words); m != null; m = lang.outlet.next(m, st.words) ? m : null) st.take(m.start(), m.end());
        }
        for (EntityMatcher.Hit h : lang.matcher.find(st.words, german)) {
            if (!st.free(h.start(), h.end())) continue;
            EntityRef e = h.entry().ref();
            if (placeNamed(st, h)) continue;
            // "Ascend 960PR": a registered family before a model number the registry lacks is that new model (discovery's family shape)
            if (newModelAfter(st, h)) continue;
            if (NewsExtractor.CITY.equals(e.type())) {
                // a city is its country where a company is placed in it, and never a company's name
                if (placesACompany(st, h.start(), h.end())) {
                    st.mentions.add(Mention.entity(h.start(), h.end(), MentionKind.COUNTRY, reference.byIri(e.iri()), false));
                }
                st.take(h.start(), h.end());
                continue;
            }
            MentionKind kind = MentionKind.ofType(e.type());
            if (kind == MentionKind.CONTROL_NOUN) {
                ExportControls.Control c = controlChoice.byIri(e.iri());
                if (c != null && c.list()) kind = MentionKind.LISTED_CONTROL;
                st.mentions.add(new Mention(h.start(), h.end(), kind, List.of(e), h.possessive(), false, false, false, c));
            } else if (h.entry().home()) {
                st.mentions.add(new Mention(h.start(), h.end(), MentionKind.COUNTRY, List.of(), false, false, true, false, null));
            } else if (kind == MentionKind.COMPANY && !h.possessive()) {
                shortForms.claim(e, h.entry().surface());
                CorporateSuffixes.NameEnd full = CorporateSuffixes.after(st.text, h.end());
                st.mentions.add(Mention.entity(h.start(), full.end(), kind, e, full.possessive()));
                st.take(h.start(), full.end());
                continue;
            } else {
                if (kind == MentionKind.COMPANY) shortForms.claim(e, h.entry().surface());
                st.mentions.add(Mention.entity(h.start(), h.end(), kind, e, h.possessive()));
            }
            st.take(h.start(), h.end());
        }
        // a name discovered earlier in the article is known from then on ("Sophgo, a chip designer, ... Sophgo denied"; a chip too: "its Helix chip ... The Helix")
        if (articleNames != null) {
            for (EntityMatcher.Hit h : articleNames.find(st.words, german)) {
                if (!st.free(h.start(), h.end()) || newModelAfter(st, h)) continue;
                // "Talvik" known, "Talvik Compute" here: the longer name is for discovery to find
                if (!h.possessive() && lang.discovery.suffixFollows(st.text, h.end())) continue;
                // (English: "Ostrel" known from the headline, "Ostrel Linework, a foundry, ..." here: the long name, for discovery)
                if (!german && !h.possessive() && h.entry().ref().discovered() && GroupUnitNames.longerNameFollows(st.text, h.end(), lang.groupUnits)) continue;
                st.mentions.add(Mention.entity(h.start(), h.end(), MentionKind.ofType(h.entry().ref().type()), h.entry().ref(), h.possessive()));
                st.take(h.start(), h.end());
            }
        }
        // "Deutsche Telekom ... die Telekom": a short form of a company named in full before
        shortForms.mentions(st, german, lang.groupUnits);
        if (lang.groupUnits != null) unitNames(st);
        // (on a copy of what is taken: a shape the tagger then rejects leaves its words free for the name finder)
        int[] head = lang.describedNames == null ? null : lang.describedNames.firstField(st.text, st.taken);
        if (head != null && !lang.nameFinder.personAt(st.words, head[0], head[1], false)) addDiscovered(st, head[0], head[1], "Company");
        for (Mention m : lang.discovery.find(st.words, st.taken.clone())) addDiscovered(st, m.start(), m.end(), (String) m.payload());
        // (the compound is one token to the tagger: the generation noun is the evidence)
        if (lang.chipGenerations != null) for (int[] g : lang.chipGenerations.find(st.text, st.taken)) addDiscovered(st, g[0], g[1], "Chip", true);
        // ("an den Halvon-Konzern": the company's own noun is no description of another company)
        // ("die Schwarz-Gruppe": a unit word as the tail names the group, "Schwarz Group", not a short form of one of its units)
        if (lang.companyCompounds != null) for (int[] g : lang.companyCompounds.find(st.text, st.taken)) { st.take(g[1], g[2]); addDiscovered(st, g[0], g[1], "Company", true, unitName(st.text, g)); }
        if (lang.introducedNames != null) for (var n : lang.introducedNames.find(st.text, st.taken)) addDiscovered(st, n.start(), n.end(), n.type(), true);
        // "Meta, Microsoft and Oracle": a name coordinated with companies is a company
        if (lang.coordinatedNames != null) {
            for (int[] span : lang.coordinatedNames.find(st)) {
                // "..., Lena Marsh told reporters": a person after a comma is no list member; after a conjunction
                // the verb of saying is the list's ("A, B and C said")
                boolean afterComma = st.text.substring(0, span[0]).stripTrailing().endsWith(",");
                if (st.free(span[0], span[1]) && !lang.nameFinder.personAt(st.words, span[0], span[1], afterComma)) addDiscovered(st, span[0], span[1], "Company");
            }
        }
        // "Ascend 950, 960 und 970": bare model numbers listed after a chip of a family
        if (lang.modelNumbers != null && QuantityParser.hasDigit(st.text)) {
            for (ModelNumberList.Found f : lang.modelNumbers.find(st, lang.discovery)) {
                st.mentions.add(Mention.entity(f.start(), f.end(), MentionKind.CHIP, f.chip(), false));
                st.take(f.start(), f.end());
            }
        }
        ControlMentions.add(st, lang);
        st.dates = RelativeDateResolver.find(st.text, article.date());
        for (var d : st.dates) st.take(d.start(), d.end());
        // names with no cue at all (after every other mention took its words), by their shape and the tagger, where a rule could use them
        // (a rule needs a subject and an object: in a sentence without any other mention only names no common word
        // could be are taken, where the tagger's cost would mostly buy persons and places)
        if (st.someRuleHasItsWords(lang)) {
            for (NameFinder.Found f : lang.nameFinder.find(st.words, st.taken, !st.mentions.isEmpty(), tagger, nameVerdicts, profile)) {
                if (st.free(f.start(), f.end())) addDiscovered(st, f.start(), f.end(), chipAfterMaker(st, f), true);
            }
        }
        for (QuantityParser.Amount a : amounts) {
            if (a.money() == null && st.free(a.start(), a.end())) st.amounts.add(a);
        }
        backfill(st);
        earlier.add(st);
        return st;
    }

    /** "Korea Zinc", "China Mobile": a place before the language's place-name head words begins a company's name. */
    private boolean placeNamed(SentenceState st, EntityMatcher.Hit h) {
        String type = h.entry().ref().type();
        if (!h.possessive() && h.entry().adjective() && lang.adjectiveNames != null && adjectiveNamed(st, h)) return true;
        if (h.possessive() || h.entry().adjective() || h.entry().home() || !(type.equals("Country") || NewsExtractor.CITY.equals(type))) return false;
        boolean englishCity = NewsExtractor.CITY.equals(type) && !"de".equals(article.language());
        int end = lang.discovery.placeNameEnd(st.text, h.end());
        // (English only: German capitalises the nouns after a city's adjective, "Münchner Rechenzentrumsbetreiber X Compute")
        if (end < 0 && englishCity) end = lang.discovery.cityNameEnd(st.text, h.end());
        // (German: "der Dienstleister Penang Orvita", a place right after a description begins a name)
        if (end < 0 && lang.describedNames != null) end = lang.describedNames.placeNameEnd(st.text, h.start(), h.end());
        // ("Wuxi Tenglong, which ...": no suffix, so the tagger must read it as a name, and no person's name follows the city)
        boolean bare = end < 0 && englishCity && (end = lang.discovery.bareCityNameEnd(st.text, h.start(), h.end())) >= 0;
        if (end < 0 || !st.free(h.end(), end) || (bare && lang.nameFinder.personAt(st.words, h.end() + 1, end, true))) return false;
        int before = st.mentions.size();
        addDiscovered(st, h.start(), end, "Company", !bare);
        return st.mentions.size() > before;
    }

    /** "die Deutsche Telekom": a capitalised country adjective after an article begins a company's name ({@link AdjectiveNames}). */
    private boolean adjectiveNamed(SentenceState st, EntityMatcher.Hit h) {
        AdjectiveNames.Name n = lang.adjectiveNames.at(st.text, h.start(), h.end());
        if (n == null || !st.free(h.end(), n.end())) return false;
        int before = st.mentions.size();
        addDiscovered(st, h.start(), n.end(), "Company", true, n.label());
        return st.mentions.size() > before;
    }

    /** "Google Cloud", "Tata Sons": a known company's name before a unit word of its group names that unit ({@link GroupUnitNames}). */
    private void unitNames(SentenceState st) {
        for (Mention m : List.copyOf(st.mentions)) {
            if (m.kind() != MentionKind.COMPANY || m.possessive() || m.entities().size() != 1) continue;
            GroupUnitNames.Unit u = lang.groupUnits.after(st.text, m.end());
            if (u == null || !st.free(u.start(), u.end())) continue;
            int at = st.mentions.indexOf(m), before = st.mentions.size();
            st.mentions.remove(at);
            addDiscovered(st, m.start(), u.end(), "Company", true, st.text.substring(m.start(), m.end()) + " " + u.english());
            if (st.mentions.size() < before) st.mentions.add(at, m);
        }
    }

    /** The name of a company compound's head ("Schwarz"), with the English unit word when its tail is one ("Schwarz Group"). */
    private String unitName(String text, int[] compound) {
        GroupUnitNames.Unit u = lang.groupUnits == null ? null : lang.groupUnits.after(text, compound[1]);
        return text.substring(compound[0], compound[1]) + (u != null && u.end() == compound[2] ? " " + u.english() : "");
    }

    /** The article's sentences before the one being read, for names learnt later ({@link #backfill}). */
    private final List<SentenceState> earlier = new java.util.ArrayList<>();
    /** The sentence being read. */
    private SentenceState current;
    /** Names of companies learnt while reading the current sentence. */
    private EntityMatcher learnt;

    /**
     * A name is a name everywhere in its article: a company discovered in this sentence (by a cue or the tagger) is
     * also a mention where the article named it before, in words no other mention took ("Orvanta shipped ..." in the
     * lead, "Orvanta, a chip designer in Oslo, ..." further down).
     */
    private void backfill(SentenceState st) {
        if (learnt == null) return;
        EntityMatcher names = learnt;
        learnt = null;
        boolean german = "de".equals(article.language());
        for (SentenceState e : earlier) {
            for (EntityMatcher.Hit h : names.find(e.words, german)) {
                if (!e.free(h.start(), h.end()) || lang.discovery.suffixFollows(e.text, h.end()) || CapitalisedRuns.inLongerName(e, h.start(), h.end())) continue;
                e.mentions.add(Mention.entity(h.start(), h.end(), MentionKind.ofType(h.entry().ref().type()), h.entry().ref(), h.possessive()));
                e.take(h.start(), h.end());
            }
        }
    }

    /** A name the registry may not know, found by a discovery shape (which took its span): kept if it reads as a name, and known from then on. */
    private void addDiscovered(SentenceState st, int start, int nameEnd, String type) {
        addDiscovered(st, start, nameEnd, type, false);
    }

    /** As above; {@code read} says the tagger already read it as a name. */
    private void addDiscovered(SentenceState st, int start, int nameEnd, String type, boolean read) {
        addDiscovered(st, start, nameEnd, type, read, st.text.substring(start, nameEnd));
    }

    /** As above, named {@code surface} ("Deutsche Telekom" where the text declines it: "der Deutschen Telekom"). */
    private void addDiscovered(SentenceState st, int start, int nameEnd, String type, boolean read, String surface) {
        int end = nameEnd;
        boolean possessive = false;
        if (end + 1 < st.text.length() && (st.text.charAt(end) == '\'' || st.text.charAt(end) == '’') && st.text.charAt(end + 1) == 's') {
            possessive = true;
            end += 2;
        } else if (end < st.text.length() && end > start && st.text.charAt(end - 1) == 's' && (st.text.charAt(end) == '\'' || st.text.charAt(end) == '’')
                && (end + 1 == st.text.length() || !Character.isLetterOrDigit(st.text.charAt(end + 1)))) {
            // "Kelvor Systems' chip arm": the possessive of a name ending in s
            possessive = true;
            end += 1;
        } else if (end < st.text.length() && st.text.charAt(end) == 's' && "de".equals(article.language())
                && (end + 1 == st.text.length() || !Character.isLetterOrDigit(st.text.charAt(end + 1)))) {
            // "Orvantas Beschleuniger": the name finder ends a German genitive before its -s
            possessive = true;
            end += 1;
        }
        EntityRef e = lang.discovery.name(surface, type);
        if (e == null) return;
        // "Changxin Memory Technologies (CXMT)": the short name in brackets is the name the company goes by
        Matcher acr = ACRONYM.matcher(st.text).region(nameEnd, st.text.length());
        if (e.discovered() && !possessive && !acr.lookingAt() && lang.shortName != null) {
            // "Changxin Memory Technologies, kurz CXMT,": the language's joint before a short name (short-name-joint)
            acr = lang.shortName.matcher(st.text).region(nameEnd, st.text.length());
            if (acr.lookingAt()) {
                final int from = nameEnd, to = acr.end();
                st.mentions.removeIf(m -> m.start() >= from && m.end() <= to);
            }
        }
        if (e.discovered() && !possessive && acr.lookingAt()) {
            EntityRef shortName = lang.discovery.name(acr.group(1), type);
            if (shortName != null) {
                if (shortName.discovered()) remember(shortName, e.label());
                e = shortName;
                end = acr.end();
            }
        }
        // "der Deutschen Telekom": a registered company named in full by a shape of discovery
        if (!e.discovered() && "Company".equals(type)) shortForms.claim(e, surface);
        if (e.discovered()) {
            String key = type + ":" + EntityDiscovery.normal(e.label(), type);
            // a name new to the article must read as a name to the tagger (it and its neighbours are tagged then)
            // (a name the tagger rejected once in this article is not tagged again)
            if (rejected.contains(key) && !read) return;
            if (!read && !discovered.containsKey(key) && NameCheck.needed(e.label(), type)
                    && !checkName(st, start, nameEnd, type)) {
                rejected.add(key);
                return;
            }
            final EntityRef found = e;
            e = discovered.computeIfAbsent(key, k -> found);
            if (e == found && "Company".equals(type)) lengthen(e);
            if (e == found && ("Company".equals(type) || "Chip".equals(type))) remember(e);
        }
        st.mentions.add(new Mention(start, end, MentionKind.ofType(type), List.of(e), possessive, false, false, false, null));
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

    /** Is the hit a chip family followed by a model number ("Ascend| 960PR"), which discovery's family shape takes whole? */
    private boolean newModelAfter(SentenceState st, EntityMatcher.Hit h) {
        return lang.chipFamilies.contains(h.entry().ref().label()) && NEW_MODEL.matcher(st.text).region(h.end(), st.text.length()).lookingAt();
    }

    /** A model number after a chip family, as discovery's family shape reads it ("Ascend| 960PR"). */
    private static final Pattern NEW_MODEL = Pattern.compile("\\s+\\d{2,4}[A-Z]{0,2}(?![\\p{L}\\p{N}])");

    private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,7})\\)");

    /** A discovered company is also known by a longer name the article gave it. */
    private void remember(EntityRef company, String longName) {
        remember(company);
        articleNames.add(longName, company, false, false);
        // "Tianvo Intelligence (TVI) ... Tianvo": the long name's short form names the company too
        shortForms.claim(company, longName);
    }

    private void remember(EntityRef company) {
        if (articleNames == null) articleNames = new EntityMatcher();
        if (learnt == null) learnt = new EntityMatcher();
        String shorter = EntityDiscovery.withoutSuffix(company.label());
        for (EntityMatcher m : List.of(articleNames, learnt)) {
            m.add(company.label(), company, false, false);
            if (!shorter.equals(company.label())) m.add(shorter, company, false, false);
        }
        // "Ostrel Linework ... Ostrel": the short form a reporter uses after the long name names the same company (in
        // later sentences by ArticleShortForms, in earlier ones by backfill)
        String shortForm = "Company".equals(company.type()) ? shortForms.claim(company, company.label()) : null;
        if (shortForm != null && !shortForm.equals(shorter)) learnt.addCased(shortForm, company);
    }

    /**
     * "the chipmaker Ostrel" in the headline, "Ostrel Linework, a foundry, ..." below: a company discovered by its short
     * form before the article gave its long name is that company. The short one's mentions take the long name.
     */
    private void lengthen(EntityRef company) {
        String shortForm = lang.discovery.shortForm(company.label());
        if (shortForm == null) return;
        EntityRef shorter = discovered.get("Company:" + EntityDiscovery.normal(shortForm, "Company"));
        // ("Qingtian Group ... Qingtian Cloud": a name with more words than the short form is another company of the group)
        if (shorter == null || shorter == company || !shorter.discovered() || !shorter.label().equals(shortForm)) return;
        discovered.put("Company:" + EntityDiscovery.normal(shortForm, "Company"), company);
        for (SentenceState e : earlier) relabel(e, shorter, company);
        if (articleNames != null) articleNames.replace(shorter, company);
        shortForms.replace(shorter, company);
        if (current != null) relabel(current, shorter, company);
    }

    private static void relabel(SentenceState st, EntityRef from, EntityRef to) {
        for (int i = 0; i < st.mentions.size(); i++) {
            Mention m = st.mentions.get(i);
            if (!m.entities().contains(from)) continue;
            List<EntityRef> es = m.entities().stream().map(x -> x.equals(from) ? to : x).toList();
            st.mentions.set(i, m.withEntities(es));
        }
    }

    /** "Nvidia Blackwell GPUs": a name between its maker and a chip noun names the chips (a line or family), not a company. */
    private String chipAfterMaker(SentenceState st, NameFinder.Found f) {
        if (!"Company".equals(f.type()) || !lang.nameFinder.chipNounAt(st.words, f.end())) return f.type();
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COMPANY && !m.possessive() && m.end() < f.start() && st.text.substring(m.end(), f.start()).isBlank()) return "Chip";
        }
        return f.type();
    }

    private boolean checkName(SentenceState st, int start, int end, String type) {
        profile.shapeChecked();
        return lang.names.reads(tagger, st.words, start, end, type);
    }
}
