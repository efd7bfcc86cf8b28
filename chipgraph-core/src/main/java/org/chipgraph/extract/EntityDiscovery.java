package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.NameKey;
import org.chipgraph.rdf.Iris;

/**
 * Finds companies and chips the registry does not know, by the shapes news gives them: chips by their cues
 * ({@link ChipNameCues}), then companies by a corporate suffix ("Hygon Information Technology Co."), a descriptor
 * before a name ("chipmaker Zhaoxin"), a possessive before chips ("Lingmar's accelerators") or an apposition after
 * the name. A found name that equals a registry name after normalisation is that registry entity; otherwise it is
 * minted as discovered.
 */
final class EntityDiscovery {

    /** Words never (part of) a discovered name: the language's stop-words. */
    private final Set<String> stop;

    private final Map<String, EntityRef> byNormalName;
    private final WordCue companySuffix;
    private final WordCue companyDescriptor;
    /** The descriptor's nouns as plain text ({@link RequiredFragments}): a sentence without one has no match (German's is tried at every position). */
    private final String[][] descriptorFragments;
    private final Pattern descriptorWord;
    private final WordCue companyApposition;
    private final Set<String> prepositions;
    private final WordCue chipOwner;
    /** Chips by their cues: model shapes, memory generations, chip nouns around a name. */
    private final ChipNameCues chips;
    private final SuffixAfterSpace suffixWord;
    /** " Lanxi Computing" after a city: capitalised words and a corporate suffix, the rest of a company's name. */
    private final Pattern cityName;
    /** " Lianke," after a city: one to three capitalised words that end before a comma, a lower-case word or a possessive. */
    private final Pattern bareCityName;
    /** "in Suzhou", "the Suzhou": words before a city after which it is a place or describes, never a name's first word. */
    private final Pattern cityAsPlace;
    private final Set<String> nonNames;
    private final Pattern notChipShape;
    private final Set<String> productNouns;
    /** "Korea| Zinc", "China| Mobile": what after a place makes it part of a company's name. */
    private final Pattern placeNameTail;
    /** "Intelligent Technology Co.": the descriptors of a formal registered name. */
    private final Set<String> descriptors;
    /** "Co.", "Ltd.", "GmbH": the legal forms that make a name a formal registered one (name-shapes legal-suffix). */
    private final Set<String> legalSuffixes;
    /** "die Firmen Korlan Systems": general nouns for companies before a name are no part of it. */
    private final Set<String> genericNouns;
    /** Capitalised words that are no name alone ("Advanced", "Global", "Cloud"): never a long name's short form. */
    private final Set<String> plainWords = new java.util.HashSet<>();
    /** Words of names never their short form: the trade words of names (name-shapes short-form-generic and the place-name heads, designators, hyphen-name tails). */
    private final Set<String> neverShort = new java.util.HashSet<>();
    /** A nation's adjective before the name a company goes by ("Deutsche Telekom", name-shapes short-form-adjective). */
    private final Set<String> shortFormAdjectives;

    /** Capitalised parts joined by hyphens that are one name ("Brisk-Ware, a cloud operator"); null: none. */
    private final HyphenNames hyphens;

    EntityDiscovery(NameShapes nameShapes, Map<String, EntityRef> byNormalName, PatternFile patterns, List<String> chipFamilies, Set<String> nonNames) {
        this(nameShapes, byNormalName, patterns, chipFamilies, nonNames, null);
    }

    EntityDiscovery(NameShapes nameShapes, Map<String, EntityRef> byNormalName, PatternFile patterns, List<String> chipFamilies, Set<String> nonNames, HyphenNames hyphens) {
        this.hyphens = hyphens;
        this.byNormalName = byNormalName;
        descriptors = nameShapes.words("name-descriptor");
        legalSuffixes = nameShapes.words("legal-suffix");
        genericNouns = nameShapes.words("generic-noun");
        for (String key : List.of("short-form-generic", "place-name-head", "designator", "hyphen-name-tail")) neverShort.addAll(nameShapes.words(key));
        // ("Robert Bosch": a given name is a person's, never the company's short form)
        neverShort.addAll(patterns.words("first-name", false));
        shortFormAdjectives = nameShapes.words("short-form-adjective");
        String heads = nameShapes.alternation("place-name-head");
        String descWords = nameShapes.alternation("name-descriptor");
        // the head words (with descriptors after them: "Korea Zinc Co."), ending the name: a capitalised word after
        // them means the name goes on into what these words do not tell ("Taiwan Semiconductor Industry Association")
        placeNameTail = heads == null ? null : Pattern.compile("^ (?:" + heads + ")(?: (?:" + heads + (descWords == null ? "" : "|" + descWords) + "))*"
                + "(?![\\p{L}\\p{N}-])(?! \\p{Lu})");
        productNouns = patterns.words("name-product-noun", true);
        notChipShape = patterns.list("not-chip-shape") == null ? null : Pattern.compile("(?:" + patterns.list("not-chip-shape") + ")");
        this.stop = patterns.words("stop-words", true);
        plainWords.addAll(patterns.words("name-generic-word", false));
        plainWords.addAll(patterns.words("name-not-word", false));
        this.nonNames = nonNames;
        // the corporate suffixes and the industry designators of the name shapes ("Korlan Semi", "Tessit Foundry")
        String designators = nameShapes.alternation("designator");
        String suffix = patterns.list("company-suffix") == null ? designators
                : designators == null ? patterns.list("company-suffix") : "(?:" + patterns.list("company-suffix") + ")|" + designators;
        // each of these begins at the start of a word (its look-behind), so it is tried at word starts only
        companySuffix = suffix == null ? null : WordCue.atCased(Pattern.compile(
                "(?<![\\p{L}\\p{N}])((?:[A-Z][\\p{L}\\p{N}&-]*\\s+){0,3}[A-Z][\\p{L}\\p{N}&-]*)\\s+(?:" + suffix + ")(?![\\p{L}\\p{N}])"),
                WordCue.casedPrefixes("[A-Z]"));
        String desc = patterns.list("company-descriptor");
        // "Cloud-Anbieter Kestrava Cloud": a description before a suffixed name is not part of the name
        descriptorWord = desc == null ? null : Pattern.compile("(?:" + desc + ")");
        descriptorFragments = desc == null ? null : RequiredFragments.of(desc);
        // (up to three words, "&" joining two names as one firm's: "Dorran & Pell", "Kinabalu Advanced Packaging")
        // a chip noun or (German) a common noun after the name is what the company makes, not part of its name ("das Start-up
        // Senvia Chips", "der Autobauer Corvex Halbleiter")
        String chipNoun = patterns.list("chip-noun");
        String endings = patterns.list("common-noun-ending");
        String notNameWord = (chipNoun == null ? "" : "(?!(?:" + chipNoun + ")(?![\\p{L}\\p{N}]))")
                + (endings == null ? "" : "(?![\\p{L}-]*(?:" + endings + ")(?![\\p{L}\\p{N}]))");
        companyDescriptor = desc == null ? null : WordCue.atCased(Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + desc + ")\\s+([A-Z][\\p{L}\\p{N}]+(?:\\s+&\\s+[A-Z][\\p{L}\\p{N}]+|\\s+" + notNameWord + "[A-Z][\\p{L}\\p{N}]+){0,2})(?![\\p{L}\\p{N}])"),
                WordCue.casedPrefixes(desc));
        // "Sophgo, a Chinese chip designer": a capitalised name before a comma and a description; the tagger
        // then rules out what is no name ("However, a start-up ..."), a preposition before it a fronted phrase
        String appos = patterns.list("company-apposition");
        companyApposition = appos == null ? null : WordCue.atCased(Pattern.compile(
                "(?<![\\p{L}\\p{N}])((?:[A-Z][\\p{L}\\p{N}&-]*\\s+){0,3}[A-Z][\\p{L}\\p{N}]+),\\s+(?:" + appos + ")(?![\\p{L}])"),
                WordCue.casedPrefixes("[A-Z]"));
        String preps = patterns.list("preposition");
        prepositions = preps == null ? Set.of() : Set.of(preps.toLowerCase(Locale.ROOT).split("\\|"));
        String noun = patterns.list("chip-noun");
        // "Lingmar's accelerators": a capitalised name owning chips is a company (the chip's maker or buyer)
        chipOwner = noun == null ? null : WordCue.atCased(Pattern.compile(
                "(?<![\\p{L}\\p{N}])([A-Z][\\p{L}\\p{N}]+(?:\\s+[A-Z][\\p{L}\\p{N}]+)?)(?=['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + noun + ")(?![\\p{L}]))"),
                WordCue.casedPrefixes("[A-Z]"));
        chips = new ChipNameCues(nameShapes, patterns, chipFamilies, nonNames);
        suffixWord = SuffixAfterSpace.of(suffix);
        cityName = suffix == null ? null : Pattern.compile("^ (?:[A-Z][\\p{L}\\p{N}&-]*\\s){1,3}(?:" + suffix + ")(?![\\p{L}\\p{N}-])");
        bareCityName = Pattern.compile("^ [A-Z][\\p{L}\\p{N}&-]*(?: [A-Z][\\p{L}\\p{N}&-]*){0,2}(?=,\\s| \\p{Ll}|['’]s\\s)");
        String placeBefore = patterns.list("place-before"), determiners = patterns.list("name-determiner");
        cityAsPlace = Pattern.compile("(?i:(?<![\\p{L}])(?:" + (placeBefore == null ? "(?!)" : placeBefore) + "|" + (determiners == null ? "(?!)" : determiners) + ")\\s+)$");
    }

    /** Discovered mentions in the parts of {@code text} not yet taken by other mentions. */
    List<Mention> find(WordSpans words, boolean[] taken) {
        String text = words.text;
        List<Mention> out = new ArrayList<>();
        chips.find(words, taken, out);
        if (companySuffix != null && suffixWord.in(words)) {
            for (Matcher m = companySuffix.first(words); m != null; m = companySuffix.next(m, words) ? m : null) {
                String[] parts = m.group(1).split("\\s+");
                int off = nameStart(text, m.start(1), m.group(1));
                if (off < 0 || (nonNames.contains(parts[parts.length - 1]) && off == m.start(1) + m.group(1).length() - parts[parts.length - 1].length())) continue;
                add(off, m.end(), "Company", taken, out);
            }
        }
        if (companyDescriptor != null && (descriptorFragments == null || RequiredFragments.present(descriptorFragments, text.toLowerCase(Locale.ROOT)))) {
            for (Matcher m = companyDescriptor.first(words); m != null; m = companyDescriptor.next(m, words) ? m : null) addWhole(words, m.start(1), m.end(1), taken, out);
        }
        if (chipOwner != null && (text.indexOf('\'') >= 0 || text.indexOf('’') >= 0)) collect(chipOwner, words, 1, "Company", taken, out);
        if (companyApposition != null && text.indexOf(',') >= 0) {
            for (Matcher m = companyApposition.first(words); m != null; m = companyApposition.next(m, words) ? m : null) {
                // "In Shenzhen, the start-up ...": a place fronted by a preposition that opens the sentence
                int k = words.firstAtOrAfter(m.start(1)) - 1;
                if (k == 0 && prepositions.contains(words.lower(k))) continue;
                if (RelativeDateResolver.isDate(m.group(1))) continue;
                // "Huaxin Integrated Circuit, a contract chipmaker": the whole capitalised run, without the words before a name
                int off = nameStart(text, m.start(1), m.group(1));
                if (off >= 0) addWhole(words, off, m.end(1), taken, out);
            }
        }
        return out;
    }

    /**
     * Where a name found as the capitalised run {@code run} at {@code start} begins: after its leading words that are
     * no part of a name ("The", "Chinese", "Beijing-based", "rivals", a company descriptor); -1 when only its last
     * word is left and that is no name either.
     */
    private int nameStart(String text, int start, String run) {
        String[] parts = run.split("\\s+");
        int k = 0, off = start;
        // "der Bocholter Serverhersteller Halvard Systems": a general noun for companies, also as a compound's head,
        // ends what describes the name; all before it goes with it; so does a word of the language's company
        // descriptors ("der Thüringer Leiterplattenfertiger Halvard Systems GmbH": German compounds the list lacks)
        for (int j = parts.length - 2; j > 0; j--) {
            if (!genericHead(parts[j]) && !(descriptorWord != null && descriptorWord.matcher(parts[j]).matches())) continue;
            for (; k <= j; k++) off = text.indexOf(parts[k + 1], off + parts[k].length());
            break;
        }
        while (k < parts.length - 1 && (stop.contains(parts[k].toLowerCase(Locale.ROOT)) || nonNames.contains(parts[k])
                || parts[k].endsWith("-based") || genericNouns.contains(parts[k]) || (descriptorWord != null && descriptorWord.matcher(parts[k]).matches()))) {
            off = text.indexOf(parts[k + 1], off + parts[k].length());
            k++;
        }
        return off;
    }

    /** A company at [start, end), widened to the hyphen name its first or last word is part of ("Brisk-|Ware", "Velt|-Ostra"). */
    private void addWhole(WordSpans words, int start, int end, boolean[] taken, List<Mention> out) {
        if (hyphens != null) {
            int[] a = hyphens.around(words, words.firstAtOrAfter(start));
            if (a != null && a[1] >= start) start = Math.min(start, a[0]);
            int k = words.firstAtOrAfter(end) - 1;
            int[] b = k < 0 ? null : hyphens.around(words, k);
            if (b != null && b[0] <= end) end = Math.max(end, b[1]);
        }
        add(start, end, "Company", taken, out);
    }

    static void collect(WordCue cue, WordSpans words, int group, String type, boolean[] taken, List<Mention> out) {
        for (Matcher m = cue.first(words); m != null; m = cue.next(m, words) ? m : null) add(m.start(group), m.end(group), type, taken, out);
    }

    static void add(int start, int end, String type, boolean[] taken, List<Mention> out) {
        for (int i = start; i < end; i++) if (taken[i]) return;
        out.add(new Mention(start, end, MentionKind.ofType(type), List.of(), false, false, false, false, type));
        for (int i = start; i < end; i++) taken[i] = true;
    }

    /** A general noun for companies, or a compound ending in one ("Serverhersteller", "KI-Labor"). */
    private boolean genericHead(String word) {
        if (genericNouns.contains(word)) return true;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String g : genericNouns) {
            if (g.length() >= 5 && word.length() > g.length() && lower.endsWith(g.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Is {@code word} a general noun for companies that is cut off a name's left edge ("Firmen", "rivals")? */
    boolean genericNoun(String word) {
        return genericNouns.contains(word);
    }

    /** Does a corporate suffix of the language follow {@code end} ("Talvik| Compute")? */
    boolean suffixFollows(String text, int end) {
        if (suffixWord == null) return false;
        Matcher m = suffixWord.pattern.matcher(text).region(end, text.length());
        return m.lookingAt() && (m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end())));
    }

    /** Is {@code word} a corporate suffix ("Inc.", "AG", "Group")? */
    static boolean isSuffix(String word) {
        return NameKey.standard().isSuffix(word);
    }

    /** The name without its trailing corporate suffixes ("Vexlon Technologies Inc." -> "Vexlon"), never empty. */
    static String withoutSuffix(String name) {
        String[] words = name.split("\\s+");
        int n = words.length;
        while (n > 1 && isSuffix(words[n - 1])) n--;
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /** Names the mention: the registry entity with the same normalised name, else a minted discovered one. */
    EntityRef name(String surface, String type) {
        String clean = surface.replaceAll("['’]s$", "").strip();
        String key = normal(clean, type);
        if (stop.contains(key) || key.isEmpty() || nonNames.contains(clean)) return null;
        EntityRef known = byNormalName.get(type + ":" + key);
        if (known != null) return known;
        if ("Company".equals(type)) {
            String brand = brand(clean);
            if (!brand.equals(clean)) {
                known = byNormalName.get(type + ":" + normal(brand, type));
                if (known != null) return known;
                // "Vantar Intelligence" is what the article calls the company: only a legal form marks a formal name to shorten
                if (formal(clean)) clean = brand;
            }
        }
        return new EntityRef(Iris.minted(type, clean), clean, type, true);
    }

    /**
     * The word a reporter shortens a company's longer name to after introducing it ("Huaxin Integrated Circuit ...
     * Huaxin", "Suzhou Hengtai Computing ... Hengtai"): its first word that is no place, article or general noun, when
     * words of the name follow it; after a nation's adjective or a two-letter prefix the word after it, though it ends
     * the name ("Deutsche Telekom ... die Telekom", "SK Hynix ... Hynix"). Null when there is none, or it is a word no
     * name has alone (name-shapes short-form-generic, the trade words of names: "Tokyo Electron", "SK Telecom").
     */
    String shortForm(String label) {
        String[] w = label.split("\\s+");
        int bare = withoutSuffix(label).split("\\s+").length;
        int k = 0;
        boolean prefix = false;
        while (k < w.length - 1) {
            if (namePrefix(w[k], bare)) prefix = true;
            else if (!nonNames.contains(w[k]) && !stop.contains(w[k].toLowerCase(Locale.ROOT)) && !genericNouns.contains(w[k])) break;
            k++;
        }
        if (k >= w.length - 1 && !(prefix && k < bare)) return null;
        String s = w[k];
        if (s.length() < 3 || !Character.isUpperCase(s.charAt(0)) || !s.chars().allMatch(Character::isLetterOrDigit) || descriptors.contains(s)
                || plainWords.contains(s) || neverShort.contains(s) || isSuffix(s) || stop.contains(s.toLowerCase(Locale.ROOT))) return null;
        return s;
    }

    /**
     * Does the word stand before the name a company goes by: a nation's adjective ("Deutsche", "Chinese"), two capitals
     * ("SK"), or in a name of two words a capitalised country adjective (AdjectiveNames: "Schweizerische X")?
     */
    private boolean namePrefix(String word, int words) {
        return shortFormAdjectives.contains(word) || TWO_CAPITALS.matcher(word).matches()
                || (words == 2 && nonNames.contains(word) && DECLINED_ADJECTIVE.matcher(word).matches());
    }

    private static final Pattern TWO_CAPITALS = Pattern.compile("\\p{Lu}{2}");

    /** The registry's entity of this name, of any type, or null: a word of a longer name that names something itself. */
    EntityRef registered(String word) {
        for (String type : List.of("Company", "Chip", "Country")) {
            EntityRef known = byNormalName.get(type + ":" + normal(word, type));
            if (known != null) return known;
        }
        return null;
    }

    /** A German adjective's declined form, capitalised inside a name ("Deutsche", "Schweizerische"). */
    private static final Pattern DECLINED_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+e[nsm]?");

    /** Does the name end in a legal form ("Co.", "GmbH"), a formal registered name? */
    private boolean formal(String name) {
        String[] w = name.split("\\s+");
        return legalSuffixes.isEmpty() || legalSuffixes.contains(w[w.length - 1]);
    }

    /**
     * The name a company goes by in a formal registered name: without a place before it and the descriptors, places
     * and suffixes after it ("Vantar Intelligent Technology Beijing Co." -> "Vantar"). Only when a descriptor that is
     * no corporate suffix goes ("Intelligent", "Information"): a name of suffixes alone keeps its words.
     */
    String brand(String name) {
        String[] w = name.split("\\s+");
        int a = 0, b = w.length;
        boolean descriptor = false;
        while (b - a > 1 && (descriptors.contains(w[b - 1]) || nonNames.contains(w[b - 1]) || isSuffix(w[b - 1]))) {
            descriptor |= descriptors.contains(w[b - 1]) && !isSuffix(w[b - 1]);
            b--;
        }
        while (b - a > 1 && nonNames.contains(w[a])) a++;
        return descriptor ? String.join(" ", java.util.Arrays.copyOfRange(w, a, b)) : name;
    }

    /** Letters and digits that may name a chip: none of the language's not-chip-shape ("Q3", "5nm", "N3"). */
    boolean modelShape(String word) {
        return notChipShape == null || !notChipShape.matcher(word).matches();
    }

    /** Is the word after {@code pos} a product that is no chip ("phone", "supercomputer")? */
    boolean productNounAt(WordSpans words, int pos) {
        int k = words.firstAtOrAfter(pos);
        return k < words.size() && productNouns.contains(words.lower(k));
    }

    /**
     * Where a company's name that begins with a place ends ("Korea Zinc", "China Mobile"): the place's end
     * {@code placeEnd} followed by the language's place-name head words; -1 when none follow.
     */
    int placeNameEnd(String text, int placeEnd) {
        if (placeNameTail == null) return -1;
        Matcher m = placeNameTail.matcher(text).region(placeEnd, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * Where a company's name that begins with a city ends ("Ningbo Lanxi Computing", the Chinese way of naming a firm for
     * its home): the city's end {@code cityEnd} followed by capitalised words that end in a corporate suffix; -1 when
     * none follow.
     */
    int cityNameEnd(String text, int cityEnd) {
        if (cityName == null) return -1;
        Matcher m = cityName.matcher(text).region(cityEnd, text.length());
        if (!m.lookingAt()) return -1;
        // "Hsinchu Chipmaker Korlan Systems" is a description before a name, not one name
        for (String w : text.substring(cityEnd, m.end()).strip().split("\\s+")) if (genericHead(w) || stop.contains(w.toLowerCase(Locale.ROOT))) return -1;
        return m.end();
    }

    /**
     * Where a company's name that begins with a city ends when no suffix marks it ("Wuxi Tenglong, which ...", "Vietnam's
     * Haiphong Ledvo will ..."): one to three capitalised words right after the city, ending before a comma, a lower-case
     * word or a possessive; not after a preposition of place or a determiner ("in Suzhou Monday", "the Suzhou Industrial
     * Park"), nor with a general noun or stop-word among them. -1 when none follow.
     */
    int bareCityNameEnd(String text, int cityStart, int cityEnd) {
        if (cityAsPlace.matcher(text.substring(Math.max(0, cityStart - 20), cityStart)).find()) return -1;
        Matcher m = bareCityName.matcher(text).region(cityEnd, text.length());
        if (!m.lookingAt()) return -1;
        boolean plain = true;
        for (String w : text.substring(cityEnd, m.end()).strip().split("\\s+")) {
            if (genericHead(w) || stop.contains(w.toLowerCase(Locale.ROOT)) || nonNames.contains(w)) return -1;
            plain &= plainWords.contains(w);
        }
        // ("Pune Advanced Assembly": general words may follow the city, but not only such words, "Suzhou Industrial Park")
        return plain ? -1 : m.end();
    }

    /** Normalised name: the one name key ({@link NameKey}); chips also without spaces. */
    static String normal(String name, String type) {
        return NameKey.standard().key(name, "Chip".equals(type) ? NameKey.Mode.CHIP : NameKey.Mode.ENTITY);
    }

    static Map<String, EntityRef> index() { return new HashMap<>(); }
}
