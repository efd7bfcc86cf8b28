package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names the registry lacks and no discovery cue marks (no corporate suffix, descriptor or apposition):
 * "Korvani placed orders for ...", "... the contract manufacturer for Halvorn", "... designs the QX40". A proper-noun
 * chunker: runs of capitalised words (also CamelCase and letters-with-digits model shapes) that no other mention
 * took, kept when OpenNLP's tagger reads one of their words as a proper noun. What is capitalised without being a
 * company or a chip is filtered by the language's word lists ({@code name-not-word}, {@code person-title},
 * {@code person-after}, {@code first-name}, {@code place}, {@code place-before}, {@code agency-word},
 * {@code name-determiner}, {@code not-chip-shape}). A model shape (letters and digits) is a chip where chips stand
 * (after a number, a determiner or a possessive, before a chip noun), else a company ("Orbis9 ordered ...").
 * Only sentences where a rule could fire (its required words are there) are searched: the tagger is costly.
 */
final class NameFinder {

    /** A found name: where it is in the sentence and what it names ("Company", "Chip"). */
    record Found(int start, int end, String type) {}

    private static final int MAX_WORDS = 4;
    /** Words of context on each side of the names the tagger reads: its features look two words away. */
    private static final int WINDOW = 6;

    private final boolean german;
    private final Set<String> notWord, titles, firstNames, places, agencyWords, determiners, stop, nonNames, chipNouns, productNouns;
    private final GermanNameEdges edges;
    private final TaggerNameReading reading;
    private final Pattern personAfter, authorityAfter, placeBefore, notChipShape, commonEnding;
    /** Whole names of no party (holidays, events, technologies); words that alone are no name but may be part of one. */
    private final Set<String> others, genericWords;
    /** General nouns for companies before a name, no part of it ("die Firmen Korlan Systems"; name-shapes generic-noun). */
    private final Set<String> genericNouns;
    /** Words after which a name is a company, never a chip ("bei Korlan bestellt", "bought from Korlan"). */
    private final Set<String> companyPrepositions;
    /** Words between a name and the chip noun that makes it a chip ("edge", "AI"; name-shapes chip-modifier). */
    private final Set<String> chipModifiers;
    /** A company's head noun ("the networking firm Veltrom"): a name right after it is a company (company-descriptor). */
    private final Pattern companyHead;
    /** Capitalised parts joined by hyphens that make one name ("Velt-Ostra"), not a compound. */
    private final HyphenNames hyphens;

    NameFinder(String language, NameShapes shapes, PatternFile p, Set<String> nonNames, HyphenNames hyphens) {
        german = "de".equals(language);
        notWord = p.words("name-not-word", false);
        titles = p.words("person-title", true);
        firstNames = p.words("first-name", false);
        places = p.words("place", true);
        agencyWords = p.words("agency-word", false);
        determiners = p.words("name-determiner", true);
        stop = p.words("stop-words", true);
        chipNouns = p.words("name-chip-noun", true);
        productNouns = p.words("name-product-noun", true);
        edges = new GermanNameEdges(p.words("name-preposition", true), p.words("stop-words", true), shapes, this::commonNounAt, p.germanParticiples());
        this.nonNames = nonNames;
        personAfter = p.list("person-after") == null ? null : Pattern.compile("^\\s*,?\\s*(?:" + p.list("person-after") + ")(?![\\p{L}])");
        placeBefore = p.list("place-before") == null ? null : Pattern.compile("(?:^|\\s)(?:" + p.list("place-before") + ")\\s+$");
        authorityAfter = p.list("authority-after") == null ? null : Pattern.compile("^\\s+(?:" + p.list("authority-after") + ")(?![\\p{L}])");
        others = p.words("name-other", false);
        genericWords = p.words("name-generic-word", false);
        genericNouns = shapes.words("generic-noun");
        companyPrepositions = shapes.words("company-preposition");
        chipModifiers = shapes.words("chip-modifier");
        companyHead = p.list("company-descriptor") == null ? null : Pattern.compile("(?:" + p.list("company-descriptor") + ")");
        commonEnding = Pattern.compile("(?:" + (p.list("common-noun-ending") == null ? "(?!)" : p.list("common-noun-ending")) + ")$");
        reading = new TaggerNameReading(commonEnding);
        this.hyphens = hyphens;
        notChipShape = p.list("not-chip-shape") == null ? null : Pattern.compile("(?:" + p.list("not-chip-shape") + ")");
    }

    /**
     * Names in the untaken parts of a sentence. {@code verdicts} remembers, per article, what the tagger said of a
     * name, at the head of a sentence and elsewhere (a name reads much the same wherever it stands there). Unless
     * {@code othersPresent} (the sentence has other mentions) or a shape no common word has is found, the tagger is
     * not asked: a rule needs two mentions.
     */
    List<Found> find(WordSpans words, boolean[] taken, boolean othersPresent, SyntaxTagger tagger, Map<String, Boolean> verdicts, ExtractionProfile profile) {
        String text = words.text;
        List<Found> out = new ArrayList<>();
        int n = words.size();
        // (German headlines are written in sentence case, and German capitalises every noun: no title case there)
        boolean titleCase = !german && titleCase(words);
        // names the tagger must read: start, end, at the sentence's head (1 or 0), first and last word
        List<int[]> pending = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!candidateWord(words, k, taken)) continue;
            int last = k;
            while (last + 1 < n && last + 1 - k < MAX_WORDS && continues(words, last, last + 1, taken)) last++;
            int first = k;
            k = last;
            // leading words of no name ("The", "Chinese"): a capital there says nothing
            while (first <= last && (stop.contains(words.lower(first)) || nonNames.contains(word(words, first)) || genericNouns.contains(word(words, first)))) first++;
            // German genitive before a noun ("Orvantas Beschleuniger", "Orvantas Umsatzwachstum"): the name ends before its -s
            boolean genitive = first <= last && german && genitiveBeforeNoun(words, first, last);
            if (genitive) last = first;
            else if (german && first <= last && !hyphens.whole(words, first, last)) {
                // a general noun glued to the name is no part of it ("Infineon Leistungshalbleiter")
                first = edges.first(words, first, last);
                last = edges.last(words, first, last);
            }
            if (first > last || isOther(words, first, last, taken)) continue;
            int start = words.start(first), end = words.end(last) - (genitive ? 1 : 0);
            String type = type(words, first, last);
            if (type == null) continue;
            if (sentenceStart(text, start) && DATELINE.matcher(text).region(end, text.length()).lookingAt()) continue;
            if (type.equals("Chip")) { out.add(new Found(start, end, type)); continue; }
            // a headline capitalises every word: only shapes no common word has count there
            if (titleCase && !strongShape(words, first, last)) continue;
            boolean atStart = sentenceStart(text, start);
            // a shape no common word has ("Orbis9", "NeuroSpan", "YMTC") is a name whatever the tagger makes of it
            // (a hyphen name: German, a shape no compound has, "T-Netcom"; English, the tagger reads it)
            boolean hyphenated = hyphens.around(words, first) != null, strong = german && hyphenated;
            for (int i = first; i <= last && !strong && !hyphenated; i++) strong = strongWord(word(words, i));
            if (strong) { out.add(new Found(start, end, type)); continue; }
            Boolean known = verdicts.get((atStart ? "^" : "") + text.substring(start, end));
            if (known == null) pending.add(new int[] {start, end, atStart ? 1 : 0, first, last});
            else if (known) out.add(new Found(start, end, type));
        }
        if (pending.isEmpty() || (!othersPresent && out.isEmpty())) return out;
        // the tagger reads only the names and a few words around them: its cost grows with the words it is given
        int a = pending.get(0)[3] - WINDOW, b = pending.get(pending.size() - 1)[4] + 1 + WINDOW;
        int from = a <= 0 ? 0 : words.start(a);
        int to = b >= n ? text.length() : words.start(b);
        String window = text.substring(from, to);
        profile.nameChecked();
        SyntaxTagger.Tagged tagged = tagger.tag(window);
        for (int[] c : pending) {
            boolean atStart = c[2] == 1;
            boolean known = reading.readsAsName(window, tagged, c[0] - from, c[1] - from, atStart, tagger.language());
            verdicts.put((atStart ? "^" : "") + text.substring(c[0], c[1]), known);
            if (known) out.add(new Found(c[0], c[1], "Company"));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * Capitalised runs (and model shapes) no mention took and no word list rules out, without asking the tagger: names
     * of open type that only a rule's slot can confirm ({@link SlotNames}). A lone common-looking word at the head of
     * a sentence is left out (every sentence begins with a capital) unless the article writes it capitalised inside
     * a sentence and never in lower case ({@code namedInside}, {@link ArticleCapitals}), and in a headline only shapes
     * no common word has.
     */
    List<int[]> tentative(WordSpans words, boolean[] taken, java.util.Set<String> namedInside) {
        String text = words.text;
        List<int[]> out = new ArrayList<>();
        int n = words.size();
        boolean titleCase = !german && titleCase(words);
        for (int k = 0; k < n; k++) {
            if (!candidateWord(words, k, taken)) continue;
            int last = k;
            while (last + 1 < n && last + 1 - k < MAX_WORDS && continues(words, last, last + 1, taken)) last++;
            int first = k, runStart = k;
            k = last;
            while (first <= last && (stop.contains(words.lower(first)) || nonNames.contains(word(words, first)) || genericNouns.contains(word(words, first)))) first++;
            if (german && first <= last && !hyphens.whole(words, first, last)) {
                first = edges.first(words, first, last);
                last = edges.last(words, first, last);
            }
            // "The Information", "The Economist": a capitalised article inside a sentence begins a title, not a party;
            // at a sentence's head, before one plain word, too ("The Pentagon", "The Verge")
            int article = stop.contains(words.lower(runStart)) ? runStart : runStart - 1;
            if (article >= 0 && article < first && stop.contains(words.lower(article)) && Character.isUpperCase(text.charAt(words.start(article)))
                    && (!sentenceStart(text, words.start(article)) || (first == last && !strongShape(words, first, last)))) continue;
            // a chip or product noun (or in German a word with a noun's ending) after a name is what it makes or sells
            // ("Halvex Speicher", "Orvanta Accelerators"), not part of it
            while (last > first && commonNounAt(words, last) && !hyphens.whole(words, first, last)) last--;
            if (first > last || (german && genitiveBeforeNoun(words, first, last)) || isOther(words, first, last, taken)) continue;
            // (an English hyphen name only as the tagger reads it: its acronym part may be a term's, "High-NA")
            if (type(words, first, last) == null || (!german && hyphens.around(words, first) != null)) continue;
            int start = words.start(first), end = words.end(last);
            boolean strong = strongShape(words, first, last);
            if (titleCase && !strong) continue;
            // (German: one word heading the sentence before its verb may be the subject: "Korlan liefert ...")
            boolean germanHead = german && first == last && !strong && edges.headBeforeVerb(words, first);
            if (sentenceStart(text, start) && (DATELINE.matcher(text).region(end, text.length()).lookingAt()
                    || (first == last && !strong && !germanHead && (german || !EnglishHeadNames.plausible(words, first, namedInside))))) continue;
            // a chip or product noun is no name ("4,000 Accelerators")
            // German capitalises every noun: there a lone word is a name only in a shape no noun has ("QX9", "NeuroSpan")
            // or between one of the name-preposition words and the verb or punctuation closing its clause ("bei Kelvix
            // bestellt", "an Humain verkauft"), where a rule's slot must still confirm it
            if (first == last && !strong && (commonNounAt(words, first) || (german && !germanHead && !edges.beforeClosingVerb(words, first)))) continue;
            out.add(new int[] {start, end});
        }
        return out;
    }

    /**
     * Could [{@code start}, {@code end}) be a company's name by the word lists: capitalised words no mention took, not
     * a person, place, authority or agency, of two words or more or a shape no common word has ("Pelmora Systems said
     * it ..."; the tagger is not asked).
     */
    boolean couldName(WordSpans words, int start, int end, boolean[] taken) {
        int first = words.firstAtOrAfter(start), last = first;
        while (last + 1 < words.size() && words.start(last + 1) < end) last++;
        for (int k = first; k <= last; k++) if (!candidateWord(words, k, taken)) return false;
        if (stop.contains(words.lower(first)) || nonNames.contains(word(words, first))) return false;
        // a lone plain word before "said" is as often a person's surname ("Huang said it ..."): only a longer name or a
        // shape no word has ("Pelmora Systems", "NeuroSpan")
        if (first == last && !strongShape(words, first, last)) return false;
        return !isOther(words, first, last, taken, false) && type(words, first, last) != null && !commonNounAt(words, first);
    }

    /** Is the word before {@code pos} one after which a name is a company, never a chip ("bei", "from", "the firm")? */
    boolean afterCompanyPreposition(WordSpans words, int pos) {
        int k = words.firstAtOrAfter(pos) - 1;
        if (k < 0 || k >= words.size()) return false;
        return companyPrepositions.contains(words.lower(k)) || (companyHead != null && companyHead.matcher(word(words, k)).matches());
    }

    /** A chip or product noun, or in German a word with a common noun's ending. */
    private boolean commonNounAt(WordSpans words, int k) {
        String lower = words.lower(k);
        return chipNouns.contains(lower) || productNouns.contains(lower) || (german && commonEnding.matcher(word(words, k)).find());
    }

    /**
     * German: is the run's first word a genitive -s and the next a common noun (a chip noun or one with a common-noun
     * ending)? "Orvantas Beschleuniger" is Orvanta's accelerators, not a company called so.
     */
    private boolean genitiveBeforeNoun(WordSpans words, int first, int last) {
        if (last == first) return false;
        String w = word(words, first);
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || strongWord(w)) return false;
        String next = word(words, first + 1);
        return chipNouns.contains(words.lower(first + 1)) || commonEnding.matcher(next).find();
    }

    /**
     * A person: a given name begins it, a title stands before it, or, when {@code saying} is asked, a verb of
     * saying follows it ("..., Lena Marsh told"). Companies speak too ("A, B and C said"), so the caller asks for
     * the verb only where a person is the likelier reading.
     */
    boolean personAt(WordSpans words, int start, int end, boolean saying) {
        int first = words.firstAtOrAfter(start), last = words.firstAtOrAfter(end) - 1;
        if (first > last || last >= words.size()) return false;
        if (firstNames.contains(word(words, first))) return true;
        for (int i = Math.max(0, first - 2); i < first; i++) if (titles.contains(words.lower(i))) return true;
        return saying && personAfter != null && personAfter.matcher(words.text).region(words.end(last), words.text.length()).lookingAt();
    }

    /** A capitalised, CamelCase or model-shaped word no mention took and no list rules out. */
    private boolean candidateWord(WordSpans words, int k, boolean[] taken) {
        int a = words.start(k), b = words.end(k);
        for (int i = a; i < b; i++) if (taken[i]) return false;
        // the shape first, as it needs no copy of the word: most words of a sentence are lower case
        // ("eMMC", "iPhone": an inner capital; "x86" alone is no name)
        char c = words.text.charAt(a);
        if (!Character.isUpperCase(c) && !(Character.isLowerCase(c) && CharScan.upperAfterFirst(words.text, a, b))) return false;
        String w = words.text.substring(a, b);
        // (one letter is no name, but for a letter glued to another by "&": "AT&S", "KT&W")
        return !(notWord.contains(w) || (w.length() == 1 && !(a > 0 && words.text.charAt(a - 1) == '&') && !(b < words.text.length() && words.text.charAt(b) == '&')
                && hyphens.around(words, k) == null));
    }

    /** Does word {@code b} continue the run that ends with {@code a}: a name word joined to it, or a model number after a hyphen ("Tarno-9")? */
    private boolean continues(WordSpans words, int a, int b, boolean[] taken) {
        if (candidateWord(words, b, taken)) return joined(words, a, b);
        int s = words.start(b);
        return words.text.substring(words.end(a), s).equals("-") && !taken[s] && Character.isDigit(words.text.charAt(s));
    }

    /** Are words {@code a} and {@code a+1} one name: a space or " & " between, or a hyphen before a model number ("Kelvin-X4")? */
    private boolean joined(WordSpans words, int a, int b) {
        String gap = words.text.substring(words.end(a), words.start(b));
        if (gap.equals(" ") || gap.equals(" & ") || gap.equals("&")) return true;
        return gap.equals("-") && (hasDigit(words.text, words.start(b), words.end(b)) || hyphens.around(words, b) != null);
    }

    /** A person, place, authority or sentence opener: capitalised, but no company or chip. */
    private boolean isOther(WordSpans words, int first, int last, boolean[] taken) {
        return isOther(words, first, last, taken, true);
    }

    /** As above; {@code speechAfter} false: a verb of saying after it says nothing ("Pelmora Systems said it ..."). */
    private boolean isOther(WordSpans words, int first, int last, boolean[] taken, boolean speechAfter) {
        String text = words.text;
        for (int i = first; i <= last; i++) {
            String w = word(words, i);
            if (agencyWords.contains(w) || titles.contains(words.lower(i))) return true;
        }
        // a given name begins a person's name, also when it stands just before ("Elon| Musk's")
        if (firstNames.contains(word(words, first)) || (first > 0 && firstNames.contains(word(words, first - 1)))) return true;
        String whole = text.substring(words.start(first), words.end(last));
        if (places.contains(whole.toLowerCase(java.util.Locale.ROOT)) || nonNames.contains(whole)) return true;
        // a title before it ("chief executive Marcus Webb", "Analyst Lee"), or "said" after it
        for (int i = Math.max(0, first - 2); i < first; i++) if (titles.contains(words.lower(i))) return true;
        if (speechAfter && personAfter != null && personAfter.matcher(text).region(words.end(last), text.length()).lookingAt()) return true;
        int s = words.start(first), e = words.end(last);
        // "Alibaba (Taobao)": a name in brackets is another name of what stands before it
        if (s > 0 && text.charAt(s - 1) == '(' && e < text.length() && text.charAt(e) == ')') return true;
        // "Blackwell-Lösung", "HBM4-Stapel": the first part of a compound is a modifier; "Chipsparte HiSilicon": a
        // capitalised word right before another mention describes it
        // (unless the run is a hyphen name whole: "Velt-Ostra")
        if (((e < text.length() && text.charAt(e) == '-') || (s > 0 && text.charAt(s - 1) == '-')) && !hyphens.whole(words, first, last)) return true;
        // (a mention that begins with a lower-case word, "in March", "last year", describes nothing: "from Pelmora in March")
        if (last + 1 < words.size() && words.start(last + 1) == e + 1 && text.charAt(e) == ' ' && taken[words.start(last + 1)]
                && !Character.isLowerCase(text.charAt(words.start(last + 1)))) return true;
        String before = text.substring(Math.max(0, words.start(first) - 30), words.start(first));
        if (placeBefore != null && placeBefore.matcher(before).find() && !strongShape(words, first, last)) return true;
        // German capitalises every noun: one after an article or pronoun is a common noun ("die Nachfrage")
        // ("die chinesische Halbleiterbranche": lower-case words between)
        // and after a nationality or a genitive ("chinesische Streitkräfte", "Chinas Militär"; after an adjective: see TaggerNameReading) ("chinesische Streitkräfte", "taiwanisches Militär")
        if (german && !strongShape(words, first, last) && first > 0 && taken[words.start(first - 1)]
                && text.substring(words.end(first - 1), words.start(first)).equals(" ")) return true;
        if (german && !strongShape(words, first, last)) {
            for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
                if (determiners.contains(words.lower(i))) return true;
                if (!Character.isLowerCase(text.charAt(words.start(i)))) break;
            }
        }
        // "the Biden administration": a name before one of these is a person or an authority
        if (authorityAfter != null && authorityAfter.matcher(text).region(e, text.length()).lookingAt()) return true;
        String run = text.substring(s, e);
        if (others.contains(run)) return true;
        boolean generic = true;
        for (int i = first; i <= last && generic; i++) generic = genericWords.contains(word(words, i));
        if (generic) return true;
        return false;
    }

    /** Is the word at or after {@code pos} a chip noun ("GPUs", "chips")? */
    boolean chipNounAt(WordSpans words, int pos) {
        int k = words.firstAtOrAfter(pos);
        return k < words.size() && chipNouns.contains(words.lower(k));
    }

    /** "Chip" for a model shape where chips stand, "Company" otherwise; null for shapes of no name ("3nm", "Q3", "5G"). */
    private String type(WordSpans words, int first, int last) {
        String text = words.text;
        boolean model = false;
        for (int i = first; i <= last; i++) {
            String w = word(words, i);
            if (hasDigit(text, words.start(i), words.end(i))) {
                if (notChipShape != null && notChipShape.matcher(w).matches()) return null;
                // ("Tarno-9": the number after a hyphen is the model's, its letters stand before it)
                if (CharScan.hasLetter(w) || (i > first && text.charAt(words.start(i) - 1) == '-')) model = true;
                else if (i == first) return null;
            }
        }
        if (!model) return "Company";
        if (notChipShape != null && notChipShape.matcher(text.substring(words.start(first), words.end(last))).matches()) return null;
        // "its A3 supercomputer": a model of a product that is no chip
        if (last + 1 < words.size() && productNouns.contains(words.lower(last + 1))) return null;
        // where chips stand: after a number, a determiner or a possessive, or before a chip noun
        int after = last + 1;
        // (what a chip is for may stand between: "Vantor-4 edge AI processors")
        while (after < words.size() && after <= last + 2 && chipModifiers.contains(word(words, after))) after++;
        if (after < words.size() && chipNouns.contains(words.lower(after))) return "Chip";
        if (first > 0) {
            String prev = words.lower(first - 1);
            if (prev.equals("s") || determiners.contains(prev) || prev.chars().allMatch(Character::isDigit)) return "Chip";
        }
        return "Company";
    }

    static boolean strongWord(String w) {
        return (w.length() >= 2 && CharScan.upperAfterFirst(w, 0, w.length()))
                || (hasDigit(w, 0, w.length()) && CharScan.hasLetter(w));
    }

    /** CamelCase ("NeuroSpan"), an acronym ("YMTC") or letters with digits: shapes no common word has. */
    private static boolean strongShape(WordSpans words, int first, int last) {
        for (int i = first; i <= last; i++) {
            int a = words.start(i), b = words.end(i);
            if (b - a >= 2 && CharScan.upperAfterFirst(words.text, a, b)) return true;
            if (hasDigit(words.text, a, b)) return true;
        }
        return false;
    }

    /** "WASHINGTON -", "BEIJING (Reuters)": a dateline's place opens the sentence. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:[-–—:]|\\((?:\\p{Lu}[\\p{L} ]*)\\)\\s*[-–—])");

    /** Is this where the sentence begins (only quotes, dashes or brackets before it)? */
    private static boolean sentenceStart(String text, int start) {
        for (int i = 0; i < start; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    /** A headline: most of its words (five or more) capitalised. */
    private static boolean titleCase(WordSpans words) {
        if (words.size() < 5) return false;
        int caps = 0;
        for (int k = 0; k < words.size(); k++) if (Character.isUpperCase(words.text.charAt(words.start(k)))) caps++;
        return caps * 10 >= words.size() * 7;
    }

    private static String word(WordSpans words, int k) { return words.text.substring(words.start(k), words.end(k)); }

    private static boolean hasDigit(String s, int a, int b) { return CharScan.hasDigit(s, a, b); }
}
