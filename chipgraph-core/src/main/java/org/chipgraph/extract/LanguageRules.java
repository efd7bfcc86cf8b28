package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.error.InputError;

/** One language's compiled rules and gazetteer. */
final class LanguageRules {
    final PatternFile file;
    final EntityMatcher matcher = new EntityMatcher();
    final EntityDiscovery discovery;
    final NameCheck names;
    final NameFinder nameFinder;
    /** Nouns of a site after a name ("its X data centre"): the name is no chip. */
    final FacilityNouns facilityNouns;
    /** German: "Der Kölner Serverbauer Halvex Systeme hat ...", a name with a noun in the first field (null: none). */
    final DescribedNames describedNames;
    /** "der Halvon-Konzern": a name glued to a noun for the company itself (German). */
    final ChipGenerations companyCompounds;
    /** "Google Cloud", "Tata Sons": unit words after a known company's name; null when the language lists none. */
    final GroupUnitNames groupUnits;
    /** German: "der Kestrel-Generation", a chip line named before a generation noun (null: none). */
    final ChipGenerations chipGenerations;
    /** German: "ein Start-up namens Orvex" (null: none). */
    final IntroducedNames introducedNames;
    /** German: "die Deutsche Telekom", a capitalised country adjective beginning a name (null: none). */
    final AdjectiveNames adjectiveNames;
    /** "Die Amerikaner beliefern ...": a people standing for a company of theirs ({@link Demonyms}), or null. */
    final Demonyms demonyms;
    /** The subject a possessive belongs to by its clause; the possessives that only a clause subject resolves ("ihre"). */
    final ClauseSubjects clauseSubjects;
    /** References decided by a party's role in the deal told (null for a language without {@code role-*} lines). */
    final DealRoleReferences dealRoles;
    /** ", the company said": the speaker a description names (null for a language without a {@code speaker-description} line). */
    final SpeakerDescription speakerDescription;
    /** The words of quoted first person and its speaker ({@link QuotedSpeech}), or null. */
    final QuotedSpeech.Words quotedSpeech;
    /** "Pelmora said it ...": a sentence-opening name before a verb of saying and the pronoun that stands for it. */
    final Pattern speakerPronoun;
    final WordCue subjectPossessive;
    /** "auf der Liste": a list named before in the article (null: none). */
    final WordCue listAnaphor;
    final WordCue issuerUnknown, controlNoun, controlVerb, controlNew, negation, planned, reported, clauseBreak, possessivePronoun, possessivePlural, anaphor, outlet, collective, chipAnaphor, countryAnaphor;
    final boolean issuerAfterControl, issuerSameClause;
    /** The groups of control-modal that mark the control-verb mention: "v", and "w", "x", "y", "z" where the cue has them. */
    final List<String> controlModalGroups;
    /** {@link #controlModal} tried at the words it can begin with, or null. */
    final WordCue controlModalCue;
    /** Capitalised words after a description that are no name ("the company The ..."): the language's not-name. */
    final Set<String> notNames;
    /** Chip families of the registry ("Ascend" of "Ascend 910B"): before a new model number they are left to discovery. */
    final Set<String> chipFamilies;
    /** "three=3", "both=2": how many companies a collective reference counts. */
    final Map<String, Integer> collectiveCounts;
    /** A verb of stopping anywhere in the match's clause, also after it ("... an Y gestoppt"), or null. */
    final Pattern negationClause;
    /** Hedges before a match, denials across it, deliveries told as a schedule ({@link Hedges}). */
    final Hedges hedges;
    /** Comparisons, sources and relative clauses whose names are no party outside them ({@link AsideSpans}). */
    final AsideSpans asides;
    /** A singular description right before a list ("der Bonner Konzern"): it names the list's first member only. */
    final Pattern singularBefore;
    /** A later list member with its own article ("A und der Videodienst B"): the list is no apposition of the description before it. */
    final Pattern listOwnDescription;
    /** A singular apposition right after a list (", the cloud arm of"): it describes the list's last member only. */
    final Pattern singularAfter;
    /** "zwei=2", "eine halbe=0.5": amounts written in words before a scale ("zwei Milliarden Dollar"), or null. */
    final NumberWords numberWords;
    /** "Vantor and Kelm Cloud will be its first customers.": buyers named without what they buy ({@link BuyerReferences}), or null. */
    final Pattern buyersWithoutObject;
    /** "The Z is built by X, and its memory comes from Y": a chip and the supplier of its memory ({@link PartSuppliers}), or null. */
    final Pattern partSupplier;
    /** "Y has booked more than half of X's capacity": a customer booking a foundry's capacity ({@link BookedCapacity}), or null; the capacity words. */
    final Pattern capacityBooked, capacityNoun;
    /** "Zu den ersten Kunden zählen X": customers with no owner at a sentence's head (group p, {@link ImplicitOwner}), or null. */
    final Pattern ownerImplicit, ownerLead;
    /** (session 34) A sentence of customers with no owner that speaks of renting ({@link ImplicitOwner}), or null. */
    final Pattern ownerImplicitRent;
    /** "Die Server liefert der Hersteller Y.": goods fronted, a supplier (group c), no recipient ({@link ImplicitRecipients}), or null. */
    final Pattern recipientImplicit;
    /** (session 33) What joins a second supplier to the first in such a sentence ("by X and by Taiwan's Y"), or null. */
    final Pattern recipientImplicitJoint;
    /** "Der Betreiber X baut ein Rechenzentrum.": a sentence about a site, whose topic takes goods ({@link ImplicitRecipients}), or null. */
    final Pattern recipientProject;
    final Pattern cityContext, targetBefore, describedAfter, sinceBefore, issuerAfter, controlNewAfter, controlAnaphor;
    /** "adopted by Washington": before an issuer, not a target (or null); "on Wednesday": dates a control to the article (or null). */
    final Pattern issuerAgent, controlNow, issuingWord, issuerSubject, issuerSubjectAfter, sinceThen, issuerRelative;
    /** Right before a control word that is a verb of a new act ("would ban", "will restrict"), or null. */
    final Pattern controlAct;
    final CoordinatedNames coordinatedNames;
    /** A chip's label that names a memory part ("HBM3E", "LPDDR5X"), for "the stacks", "the memory"; null: none. */
    final Pattern memoryPart;
    /** A chip named in the singular: the words before its name (a find ending there) and after it (null: not told). */
    final Pattern chipSingularBefore, chipSingularAfter;
    final ModelNumberList modelNumbers;
    final Pattern controlModal, issuerModifiers, issuerVerbs, subjectPronoun, parentAnaphor, preposition, coordination, parentWords, anaphorComplement, anaphorPartitive, foundryNouns, appositionStart, chipList, shortName, coordinationAside, coordinationPeer, coordinationClosing, coordinationApposition, coordinationDescribed, subjectPronounPlural, anaphorApposition, subjectPronounInverted, subjectPronounRelative, subjectPronounClause;
    static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|The|der|Der|die|Die)\\s+$");
    final Map<String, WordCue> issuerCues = new LinkedHashMap<>();
    /** {@link #issuerCues} found in one pass over a sentence's words, in the same order. */
    final WordCueSet issuerCueSet;
    final Map<String, EntityRef> vendorByName = new LinkedHashMap<>();
    final Map<EntityRef, Pattern> vendors = new LinkedHashMap<>();
    final Set<String> foundries = new HashSet<>();
    /** A sentence that gives a deal's value ({@link DealValues}), or null. */
    final Pattern dealValue;
    final Pattern purchaseValue;
    /** (session 34) A sentence whose topic won an order or a customer ({@link OrderWinners}); (session 40) "der Nachfolger X", "a successor, the X" ({@link SuccessorModels}); each or null. */
    final Pattern orderWon, successorName;
    /** A sentence that tells a delivery of what was ordered ({@link DeliveryFollowUps}), or null. */
    final Pattern delivery;
    /** A receiver named in a delivery sentence: then it is no follow-up of an order, or null. */
    final Pattern deliveryRecipient;
    /** A discovered company's name that ends in one of these is a foundry ("Kestova Foundry"; name-shapes foundry-designator). */
    final Pattern foundryName;

    /** A foundry: registered as one, or a discovered name that ends in a foundry's designator ("Kestova Foundry"). */
    boolean isFoundry(EntityRef e) {
        return foundries.contains(e.label()) || (e.discovered() && foundryName.matcher(e.label()).find());
    }
    /** Per rule, its required mention kinds as bit masks over 'A'..'Z' (one mask per slot), or null when a kind is not a capital letter. */
    final long[][] ruleKindMasks;
    /** Per rule, the ids of its required word groups; a group holds when any of its words is a token of the sentence. */
    final int[][] ruleWordGroups;
    /** Per rule, the compound tails one of which its sentence must hold ({@link RequiredFragments}); read once, not per sentence. */
    final String[][][] ruleTails;
    /** Lower-case word to the ids of the required word groups that contain it. */
    final Map<String, int[]> wordGroups = new HashMap<>();
    final int wordGroupCount;
    final RuleIndex ruleIndex;
    /**
     * Per thread, the rules' matchers and their lead conditions' ({@link RuleMatcher}), made as a rule is first tried and
     * reused by every article the thread reads: a matcher's arrays cost more to make than most tries of its rule.
     */
    final ThreadLocal<java.util.regex.Matcher[][]> ruleMatchers;

    LanguageRules(String language, PatternFile file, ReferenceEntities ref, boolean reducedRegistry, List<CityGazetteer.City> cities,
            List<ExportControls.Issuer> issuerTable) {
        this.file = file;
        int nRules = file.rules.size();
        ruleKindMasks = new long[nRules][];
        ruleWordGroups = new int[nRules][];
        ruleTails = RequiredFragments.of(file);
        ruleMatchers = ThreadLocal.withInitial(() -> new java.util.regex.Matcher[2][nRules]);
        Map<String, List<Integer>> byWord = new HashMap<>();
        int groupId = 0;
        for (int r = 0; r < nRules; r++) {
            PatternFile.Rule rule = file.rules.get(r);
            long[] masks = new long[rule.requiredKinds().size()];
            for (int k = 0; masks != null && k < masks.length; k++) {
                String any = rule.requiredKinds().get(k);
                for (int i = 0; i < any.length(); i++) {
                    char c = any.charAt(i);
                    if (c < 'A' || c > 'Z') { masks = null; break; }
                    masks[k] |= 1L << (c - 'A');
                }
            }
            ruleKindMasks[r] = masks;
            int[] groups = new int[rule.requiredWords().size()];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = groupId;
                for (String w : rule.requiredWords().get(g)) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(groupId);
                groupId++;
            }
            ruleWordGroups[r] = groups;
        }
        wordGroupCount = groupId;
        ruleIndex = new RuleIndex(ruleWordGroups, wordGroupCount);
        for (var e : byWord.entrySet()) wordGroups.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).distinct().toArray());
        Map<String, EntityRef> normal = new HashMap<>();
        List<String> families = new ArrayList<>();
        Set<String> nonNames = new HashSet<>(), cityNames = new HashSet<>();
        for (ReferenceEntities.Named n : ref.entities) {
            for (String f : n.forms()) {
                matcher.add(f, n.ref(), false, false);
                normal.putIfAbsent(n.ref().type() + ":" + EntityDiscovery.normal(f, n.ref().type()), n.ref());
            }
            String[] words = n.ref().label().split("\\s+");
            if (n.ref().type().equals("Chip") && words.length == 2 && words[1].matches("\\d.*") && !families.contains(words[0])) families.add(words[0]);
            if (n.ref().type().equals("Country")) nonNames.addAll(n.forms());
        }
        for (PatternFile.Alias a : file.aliases) {
            EntityRef target = ref.byLabel.get(a.type() + ":" + a.label());
            boolean home = a.label().equals("@home");
            if (target == null && !home && reducedRegistry) continue;
            if (target == null && !home) throw new InputError(file.origin + ": alias for unknown " + a.type() + " \"" + a.label() + "\"");
            if (home) target = new EntityRef("", "@home", "Country", false);
            // a city names its country only where a company is placed in it ("Shenzhen-based", "based in Hsinchu")
            if (a.city()) {
                for (String f : a.forms()) matcher.add(f, new EntityRef(target.iri(), target.label(), NewsExtractor.CITY, false), false, false);
                for (String f : a.forms()) nonNames.add(f);
                cityNames.addAll(a.forms());
                continue;
            }
            for (String f : a.forms()) {
                matcher.add(f, target, a.adjective(), home);
                if (a.adjective()) nonNames.add(f);
            }
        }
        // the gazetteer's cities, as the alias-city lines: their country only where a company is placed in them
        for (CityGazetteer.City c : cities) {
            EntityRef country = ref.byLabel.get("Country:" + c.country());
            if (country == null) throw new InputError("patterns/cities.tsv:" + c.line() + ": unknown country \"" + c.country() + "\"");
            for (String f : c.forms()) matcher.add(f, new EntityRef(country.iri(), country.label(), NewsExtractor.CITY, false), false, false);
            nonNames.addAll(c.forms());
            cityNames.addAll(c.forms());
        }
        // the language's name shapes, read once and shared by the stages that use them
        NameShapes shapes = NameShapes.of(language);
        memoryPart = shapes.memoryPart();
        chipSingularBefore = file.list("chip-singular-before") == null ? null : Pattern.compile("(?:" + file.list("chip-singular-before") + ")$");
        chipSingularAfter = file.list("chip-singular-after") == null ? null : Pattern.compile("^(?:" + file.list("chip-singular-after") + ")");
        // one reading of hyphen-joined names for discovery and the name finder
        HyphenNames hyphenNames = new HyphenNames(language, shapes, file, nonNames);
        discovery = new EntityDiscovery(shapes, normal, file, families, nonNames, hyphenNames);
        chipFamilies = Set.copyOf(families);
        // words a capital does not make a name: sentence openers, generic words, what stands before "chips" unnamed
        Set<String> commonWords = new HashSet<>(file.words("name-not-word", false));
        commonWords.addAll(file.words("name-generic-word", false));
        commonWords.addAll(file.words("not-chip-name", false));
        names = new NameCheck(SyntaxTagger.of(language), commonWords, file.list("company-suffix") == null ? null : Pattern.compile("(?:" + file.list("company-suffix") + (shapes.alternation("designator") == null ? "" : "|" + shapes.alternation("designator")) + ")"),
                DescribedNameReading.of(shapes, file));
        nameFinder = new NameFinder(language, shapes, file, nonNames, hyphenNames);
        facilityNouns = new FacilityNouns(shapes);
        describedNames = DescribedNames.of(shapes, file, cityNames);
        chipGenerations = ChipGenerations.of(shapes, file, nonNames);
        companyCompounds = ChipGenerations.of(shapes, file, nonNames, "company-compound-tail");
        groupUnits = GroupUnitNames.of(shapes);
        introducedNames = IntroducedNames.of(shapes, file);
        adjectiveNames = AdjectiveNames.of(shapes, file);
        demonyms = Demonyms.load(language, ref.byLabel);
        controlNoun = WordCue.of(file.list("control"));
        controlVerb = WordCue.of(file.list("control-verb"));
        // the joints of a list of names: ", ", " and ", ", and "
        coordinatedNames = file.list("list-joint") == null ? null : new CoordinatedNames(file.list("list-joint"), shapes, file.list("coordination-closing"));
        modelNumbers = file.list("list-joint") == null ? null : new ModelNumberList(file.list("list-joint"));
        cityContext = file.list("city-context") == null ? null : Pattern.compile(file.list("city-context"));
        // "The order is worth about $600 million": a deal word and a value word in a sentence with money
        dealValue = file.list("deal-value") == null ? null : Pattern.compile(file.list("deal-value"));
        // "ordered HBM4 worth $1.1 billion": a value phrase on the goods of the sentence's own purchase (group m: the money)
        purchaseValue = file.list("purchase-value") == null ? null : Pattern.compile(file.list("purchase-value"));
        // "The first 1,500 units arrived in May": a delivery told after the order
        delivery = file.list("delivery") == null ? null : Pattern.compile(file.list("delivery"));
        orderWon = file.list("order-won") == null ? null : Pattern.compile(file.list("order-won"));
        successorName = file.list("successor-name") == null ? null : Pattern.compile(file.list("successor-name"));
        deliveryRecipient = file.list("delivery-recipient") == null ? null : Pattern.compile(file.list("delivery-recipient"));
        issuerAfterControl = "yes".equals(file.list("issuer-after-control"));
        issuerSameClause = "yes".equals(file.list("issuer-same-clause"));
        controlModal = file.list("control-modal") == null ? null : Pattern.compile(file.list("control-modal"));
        controlModalCue = controlModal == null ? null : WordCue.atBoundary(controlModal);
        // words before a country that make it a target or a place, not an issuer ("exports to China")
        targetBefore = file.list("issuer-not-after") == null ? null : Pattern.compile("(?i)\\b(?:" + file.list("issuer-not-after") + ")$");
        // "the Chinese chipmaker was placed on ...": a nationality of a company's description, never the issuer
        describedAfter = file.list("issuer-not-before") == null ? null : Pattern.compile("(?:" + file.list("issuer-not-before") + ")");
        // "die Exportkontrollen der USA": what links a control to the country after it that issues it
        issuerAfter = file.list("issuer-after") == null ? null : Pattern.compile("(?i)(?:" + file.list("issuer-after") + ")");
        // "ihre Exportkontrollen ... verschärft": what after a control, in its clause, makes it a new measure
        controlNewAfter = file.list("control-new-after") == null ? null : Pattern.compile("[^.;:]*?\\b(?:" + file.list("control-new-after") + ")\\b");
        // "Das betrifft ...": a sentence opening that refers to the control named just before
        controlAnaphor = file.list("control-anaphor") == null ? null : Pattern.compile("(?:" + file.list("control-anaphor") + ")");
        // tried only at the words it can begin with: a look-behind at every character cost a twentieth of the extractor
        listAnaphor = file.list("list-anaphor") == null ? null
                : WordCue.at(Pattern.compile("(?:" + file.list("list-anaphor") + ")"), WordCue.prefixes(file.list("list-anaphor")));
        // "since 2019": a date that points back to a measure in force since then
        sinceBefore = file.list("since") == null ? null : Pattern.compile("(?i)\\b(?:" + file.list("since") + ")\\s+(?:\\p{L}+\\s+){0,2}$");
        issuerSubject = file.list("issuer-subject") == null ? null : Pattern.compile("(?:" + file.list("issuer-subject") + ")");
        issuerSubjectAfter = file.list("issuer-subject-after") == null ? null : Pattern.compile("(?:" + file.list("issuer-subject-after") + ")$");
        sinceThen = file.list("since-then") == null ? null : Pattern.compile("(?i)(?<![\\p{L}])(?:" + file.list("since-then") + ")(?![\\p{L}])");
        issuerRelative = file.list("issuer-relative") == null ? null : Pattern.compile("(?:" + file.list("issuer-relative") + ")[^,;:.]*");
        issuerAgent = file.list("issuer-agent") == null ? null : Pattern.compile("(?i)(?:" + file.list("issuer-agent") + ")$");
        controlNow = file.list("control-now") == null ? null : Pattern.compile("(?i)(?<![\\p{L}])(?:" + file.list("control-now") + ")(?![\\p{L}])");
        // an issuing verb before a control noun makes it an act of the news ("China imposed export controls"), not a standing measure
        controlAct = file.list("control-act") == null ? null : Pattern.compile("(?<![\\p{L}])(?:" + file.list("control-act") + ")\\s+$");
        issuingWord = file.list("issuer-verb") == null ? null : Pattern.compile("(?<![\\p{L}])(?:" + file.list("issuer-verb") + ")(?![\\p{L}])");
        controlModalGroups = controlModal == null ? List.of()
                : java.util.stream.Stream.of("v", "w", "x", "y", "z").filter(g -> controlModal.pattern().contains("(?<" + g + ">")).toList();
        notNames = file.words("not-name", false);
        collectiveCounts = References.counts(file);
        numberWords = NumberWords.of(file.list("number-word"), file.origin);
        // between an issuing country and its control: only modifiers ("Taiwan's new export controls")
        issuerModifiers = file.list("issuer-modifier") == null ? null
                : Pattern.compile("^(?:'s|s)?(?:\\s+(?:" + file.list("issuer-modifier") + "))*\\s*(?:export\\s+|Export-?)?$", Pattern.CASE_INSENSITIVE);
        // or the country is the subject of an issuing verb ("China imposed", "China's commerce ministry announced")
        issuerVerbs = file.list("issuer-verb") == null ? null
                : Pattern.compile("^(?:'s|s)?(?!\\s+(?:was|were|is|are|been|being|wurde|wurden)\\b)(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:has\\s+|have\\s+|had\\s+|hat\\s+|haben\\s+|on\\s+\\p{L}+day\\s+|\\p{L}+ly\\s+)?(?:" + file.list("issuer-verb") + ")\\b");
        controlNew = WordCue.of(file.list("control-new"));
        // issuers that are no country of the registry ("European Union"): their measures are left out
        issuerUnknown = file.list("issuer-unknown") == null ? null
                : WordCue.at(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + file.list("issuer-unknown") + ")(?![\\p{L}\\p{N}])"), WordCue.wordPrefixes(file.list("issuer-unknown")));
        negation = WordCue.of(file.list("negation"));
        negationClause = file.list("negation-clause") == null ? null : Pattern.compile(file.list("negation-clause"));
        hedges = Hedges.of(file);
        asides = AsideSpans.of(file);
        singularBefore = file.list("singular-before") == null ? null : Pattern.compile("(?:" + file.list("singular-before") + ")$");
        listOwnDescription = file.list("list-own-description") == null ? null : Pattern.compile(file.list("list-own-description"));
        singularAfter = file.list("singular-after") == null ? null : Pattern.compile(file.list("singular-after"));
        planned = WordCue.of(file.list("planned"));
        reported = WordCue.of(file.list("reported"));
        // a news outlet is a source, never a party: its name is taken before entities are looked for
        outlet = file.list("outlet") == null ? null
                : WordCue.at(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + file.list("outlet") + ")(?![\\p{L}\\p{N}])"), WordCue.wordPrefixes(file.list("outlet")));
        clauseBreak = WordCue.of(file.list("break"));
        // "the company", "der Konzern": begins at a word, so it is tried at the words it can begin with
        anaphor = file.list("anaphor") == null ? null
                : WordCue.at(Pattern.compile(file.list("anaphor")), WordCue.prefixes(file.list("anaphor")));
        anaphorComplement = file.list("anaphor-complement") == null ? null
                : Pattern.compile("^\\s+(?:" + file.list("anaphor-complement") + ")\\s");
        foundryNouns = file.list("anaphor-foundry") == null ? null
                : Pattern.compile("(?:" + file.list("anaphor-foundry") + ")", Pattern.CASE_INSENSITIVE);
        anaphorPartitive = file.list("anaphor-partitive") == null ? null
                : Pattern.compile("(?:^|\\s)(?:" + file.list("anaphor-partitive") + ")\\s+$", Pattern.CASE_INSENSITIVE);
        collective = file.list("collective") == null ? null
                : WordCue.at(Pattern.compile(file.list("collective")), WordCue.prefixes(file.list("collective")));
        chipAnaphor = file.list("chip-anaphor") == null ? null
                : WordCue.at(Pattern.compile(file.list("chip-anaphor")), WordCue.prefixes(file.list("chip-anaphor")));
        countryAnaphor = file.list("country-anaphor") == null ? null
                : WordCue.at(Pattern.compile(file.list("country-anaphor")), WordCue.prefixes(file.list("country-anaphor")));
        buyersWithoutObject = file.list("buyers-without-object") == null ? null : Pattern.compile(file.list("buyers-without-object"));
        partSupplier = file.list("part-supplier") == null ? null : Pattern.compile(file.list("part-supplier"));
        capacityBooked = file.list("capacity-booked") == null ? null : Pattern.compile(file.list("capacity-booked"));
        capacityNoun = file.list("capacity-noun") == null ? null : Pattern.compile("\\b(?:" + file.list("capacity-noun") + ")\\b");
        possessivePronoun = WordCue.of(file.list("possessive-pronoun"));
        possessivePlural = WordCue.of(file.list("possessive-pronoun-plural"));
        clauseSubjects = ClauseSubjects.of(file.macros, file.list("preposition"));
        dealRoles = DealRoleReferences.of(file, clauseSubjects);
        speakerDescription = SpeakerDescription.of(file, clauseSubjects);
        quotedSpeech = QuotedSpeech.Words.of(file.macros);
        String speech = file.macros.get("REF_SPEECH_VERB_ONE"), itWord = file.macros.get("REF_SPEECH_PRONOUN_ONE");
        // "Pelmora said it ...": a capitalised run opening the sentence, a verb of saying, maybe "that", the pronoun
        // (after a sentence adverb too: "Separately, Pelmora said it ..."; German "Pelmora teilte mit, dass es ...")
        speakerPronoun = speech == null || itWord == null ? null : Pattern.compile(shapes.clauseOpening().pattern()
                + "(?<name>\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})\\s+"
                + speech + ",?\\s+(?:(?:that|dass)\\s+)?(?<it>" + itWord + ")(?![\\p{L}\\p{N}])");
        String subjectOnly = file.macros.get("REF_POSSESSIVE_SUBJECT_ONLY_ONE");
        // the word class as it is (a group of its nouns): no offsets into its wrapper
        subjectPossessive = subjectOnly == null ? null : WordCue.of(subjectOnly);
        subjectPronoun = file.list("subject-pronoun") == null ? null : Pattern.compile("^(?:" + file.list("subject-pronoun") + ")\\b");
        // "Im Mai hat er ... geliefert": the pronoun after a verb second (group p), not at the sentence's head
        subjectPronounInverted = file.list("subject-pronoun-inverted") == null ? null : Pattern.compile("^(?:" + file.list("subject-pronoun-inverted") + ")");
        // "..., den es an Y liefert": a subject pronoun inside a relative clause on an object (group p)
        subjectPronounRelative = file.list("subject-pronoun-relative") == null ? null : Pattern.compile(file.list("subject-pronoun-relative"));
        // "X was bolder: it bought ...": a subject pronoun opening a clause inside the sentence (group p)
        subjectPronounClause = file.list("subject-pronoun-clause") == null ? null : Pattern.compile(file.list("subject-pronoun-clause"));
        ownerImplicit = file.list("owner-implicit") == null ? null : Pattern.compile("^(?:" + file.list("owner-implicit") + ")");
        // (session 34) "Als erster Kunde steht Y fest": group p stands for the company the article leads with
        ownerLead = file.list("owner-lead") == null ? null : Pattern.compile("^(?:" + file.list("owner-lead") + ")");
        ownerImplicitRent = file.list("owner-implicit-rent") == null ? null : Pattern.compile(file.list("owner-implicit-rent"));
        recipientImplicit = file.list("recipient-implicit") == null ? null : Pattern.compile(file.list("recipient-implicit"));
        recipientImplicitJoint = file.list("recipient-implicit-joint") == null ? null : Pattern.compile("^(?:" + file.list("recipient-implicit-joint") + ")$");
        recipientProject = file.list("recipient-project") == null ? null : Pattern.compile(file.list("recipient-project"));
        subjectPronounPlural = file.list("subject-pronoun-plural") == null ? null : Pattern.compile("^(?:" + file.list("subject-pronoun-plural") + ")\\b");
        parentAnaphor = null;
        parentWords = file.list("parent-anaphor") == null ? null : Pattern.compile("^\\s*(?:" + file.list("parent-anaphor") + ")(?![\\p{L}])");
        // "from Nvidia's H20": a possessive between the preposition and the slot changes nothing
        chipList = file.list("chip-list") == null ? null
                : Pattern.compile("^(?:" + file.list("chip-list") + ")§H(\\d+)§", Pattern.CASE_INSENSITIVE);
        // "Changxin Memory Technologies, kurz CXMT,": the joint before the short name a company goes by
        shortName = file.list("short-name-joint") == null ? null
                : Pattern.compile("(?:" + file.list("short-name-joint") + ")(\\p{Lu}[\\p{Lu}\\p{N}&-]{1,7})(?![\\p{L}\\p{N}])");
        // "Der dritte Anbieter, der US-Hersteller Micron, ...": the apposition names the company the description means
        anaphorApposition = file.list("anaphor-apposition") == null ? null
                : Pattern.compile("^,\\s+(?:" + file.list("anaphor-apposition") + ")\\s");
        // (session 36: a place may stand between the name and its apposition, "bei X in Dresden, das ...": apposition-place)
        appositionStart = file.list("apposition-start") == null ? null
                : Pattern.compile("^" + (file.list("apposition-place") == null ? "" : "(?:" + file.list("apposition-place") + ")?")
                        + ",\\s+(?:" + file.list("apposition-start") + ")\\s", Pattern.CASE_INSENSITIVE);
        preposition = file.list("preposition") == null ? null
                : Pattern.compile("(?:^|\\s)(?:" + file.list("preposition") + ")\\s*(?:§C\\d+§'s\\s+)?$", Pattern.CASE_INSENSITIVE);
        if (file.list("coordination") == null) throw new InputError(file.origin + ": no coordination line, expected the regex that joins the names of a list");
        coordination = Pattern.compile(file.list("coordination"));
        coordinationAside = file.list("coordination-aside") == null ? null : Pattern.compile("^(?:" + file.list("coordination-aside") + ")");
        coordinationPeer = file.list("coordination-peer") == null ? null : Pattern.compile("(?:" + file.list("coordination-peer") + ")");
        coordinationClosing = file.list("coordination-closing") == null ? null : Pattern.compile("(?:" + file.list("coordination-closing") + ")");
        coordinationApposition = file.list("coordination-apposition") == null ? null : Pattern.compile("(?:" + file.list("coordination-apposition") + ")");
        coordinationDescribed = file.list("coordination-described") == null ? null : Pattern.compile("(?:" + file.list("coordination-described") + ")");
        issuerCues.putAll(IssuerCues.of(file, ref, issuerTable));
        issuerCueSet = new WordCueSet(List.copyOf(issuerCues.values()));
        for (var e : file.vendors.entrySet()) {
            EntityRef company = ref.byLabel.get("Company:" + e.getKey());
            if (company == null && reducedRegistry) continue;
            if (company == null) throw new InputError(file.origin + ": vendor for unknown company \"" + e.getKey() + "\"");
            vendors.put(company, e.getValue());
        }
        foundries.addAll(file.foundries);
        String foundryWords = shapes.alternation("foundry-designator");
        foundryName = Pattern.compile(foundryWords == null ? "(?!)" : "\\s(?:" + foundryWords + ")$");
    }

    /** Is {@code chip} a memory part by its name's shape ("HBM3E", "DDR5"; {@link #memoryPart})? */
    boolean isMemoryPart(EntityRef chip) {
        return memoryPart != null && memoryPart.matcher(chip.label()).matches();
    }
}
