package org.chipgraph.fact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * The one name normaliser: the key under which spellings of one name meet ("Süss MicroTec AG" and "SUSS
 * MicroTec" are both "suss microtec"). News, tables, name search and the scorer's tests all key names here; the
 * word lists (corporate suffixes, letters to fold) are data, {@value #FILE}. A {@link Mode} says which rules
 * apply, for the few users that need a different key; the rules, in order:
 * <ol>
 * <li>lower case;</li>
 * <li>accents and umlauts dropped (Unicode decomposition), then the {@code fold} letters ("ß" -> "ss");</li>
 * <li>a possessive "'s" dropped ("Nvidia's" -> "Nvidia"), curly apostrophes read as straight ones;</li>
 * <li>a trailing parenthetical dropped ("Hon Hai (Foxconn)" -> "Hon Hai"): it is an acronym or a gloss;</li>
 * <li>"&amp;" read as "and";</li>
 * <li>dotted abbreviations joined ("U.S." -> "US", "S.p.A." -> "SpA");</li>
 * <li>every run of punctuation and white space one space, none at the ends;</li>
 * <li>corporate suffixes dropped from the end, repeatedly, never the whole name;</li>
 * <li>for chips, the words joined ("Ascend 910B" = "Ascend910B");</li>
 * <li>for chips, on request, a leading vendor name dropped ({@link #withoutLeadingVendor}; the vendors are the
 * registry's companies).</li>
 * </ol>
 */
public final class NameKey {

    public static final String FILE = "ontology/name-keys.txt";

    /** Which rules make the key. */
    public enum Mode {
        /** Every rule but joining words: how companies, countries and controls are matched (news and tables). */
        ENTITY(true, true, true, true, false),
        /** As {@link #ENTITY}, but a trailing parenthetical kept: it tells table variants apart ("910B1 (v1)"). */
        ENTITY_WITH_GLOSS(true, true, false, true, false),
        /** As {@link #ENTITY}, and the words joined: how the news extractor matches chip names. */
        CHIP(true, true, true, true, true),
        /** Spelling only (accents, case, punctuation, spaces): name search, whose "same name" keeps suffixes. */
        SPELLING(true, false, false, false, false),
        /**
         * As ../shared/eval/score.py keys names: accents kept, "&amp;" as "and", possessive dropped, punctuation but
         * "_" a space, its own suffix words; no parenthetical or abbreviation rule. For the tests that mirror it only.
         */
        SCORER(false, true, false, true, false);

        final boolean fold;
        final boolean possessiveAndAmpersand;
        final boolean dropGloss;
        final boolean dropSuffixes;
        final boolean joinWords;

        Mode(boolean fold, boolean possessiveAndAmpersand, boolean dropGloss, boolean dropSuffixes, boolean joinWords) {
            this.fold = fold;
            this.possessiveAndAmpersand = possessiveAndAmpersand;
            this.dropGloss = dropGloss;
            this.dropSuffixes = dropSuffixes;
            this.joinWords = joinWords;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern TRAILING_GLOSS = Pattern.compile("(\\s*\\([^()]*\\)[\\s.,;]*)+$");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** score.py's [^\w\s-] and "-": Python's \w includes "_". */
    private static final Pattern SCORER_NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private static volatile NameKey standard;

    private final Map<String, String> folds;
    /** Suffixes as word lists, longest first. */
    private final List<List<String>> suffixes;
    private final Set<String> scorerSuffixes;

    private NameKey(Map<String, String> folds, List<List<String>> suffixes, Set<String> scorerSuffixes) {
        this.folds = folds;
        this.suffixes = suffixes;
        this.scorerSuffixes = scorerSuffixes;
    }

    /** The project's normaliser ({@value #FILE}), read once. */
    public static NameKey standard() {
        NameKey k = standard;
        if (k == null) {
            synchronized (NameKey.class) {
                if (standard == null) {
                    var f = BundledFiles.find(FILE).orElseThrow(() -> new InputError(FILE + ": missing, expected the name-key rules"));
                    standard = parse(f.origin(), f.text());
                }
                k = standard;
            }
        }
        return k;
    }

    /** Rules from text in the format of {@value #FILE}; a bad line is an error naming the line. */
    public static NameKey parse(String origin, String text) {
        Map<String, String> folds = new LinkedHashMap<>();
        List<List<String>> suffixes = new ArrayList<>();
        Set<String> scorer = new java.util.HashSet<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] w = line.split("\\s+");
            switch (w[0]) {
                case "fold" -> {
                    if (w.length != 3) throw new InputError(origin + ":" + (i + 1) + ": expected 'fold LETTER TEXT', found '" + line + "'");
                    folds.put(w[1], w[2]);
                }
                case "suffix", "scorer-suffix" -> {
                    if (w.length < 2) throw new InputError(origin + ":" + (i + 1) + ": expected '" + w[0] + " WORD...', found no word");
                    for (String s : Arrays.asList(w).subList(1, w.length)) {
                        if (!s.equals(s.toLowerCase(Locale.ROOT)) || NON_WORD.matcher(s).find()) {
                            throw new InputError(origin + ":" + (i + 1) + ": suffix word '" + s + "' must be written as a key (lower case, letters and digits)");
                        }
                    }
                    if (w[0].equals("suffix")) suffixes.add(List.of(w).subList(1, w.length));
                    else scorer.addAll(List.of(w).subList(1, w.length));
                }
                default -> throw new InputError(origin + ":" + (i + 1) + ": unknown rule '" + w[0] + "', expected fold, suffix or scorer-suffix");
            }
        }
        suffixes.sort((a, b) -> b.size() - a.size());
        return new NameKey(Map.copyOf(folds), List.copyOf(suffixes), Set.copyOf(scorer));
    }

    /** The key of a name in {@link Mode#ENTITY}. */
    public String key(String name) {
        return key(name, Mode.ENTITY);
    }

    /** The key of a name under the rules of {@code mode}; empty for a name of punctuation only. */
    public String key(String name, Mode mode) {
        String s = name.toLowerCase(Locale.ROOT);
        if (mode.fold) s = fold(s);
        if (mode.possessiveAndAmpersand) {
            s = POSSESSIVE.matcher(s.replace('\u2019', '\'')).replaceAll("");
        }
        if (mode.dropGloss) s = TRAILING_GLOSS.matcher(s).replaceAll(" ");
        if (mode.possessiveAndAmpersand) s = s.replace("&", " and ");
        if (mode != Mode.SCORER) s = joinDotted(s);
        s = (mode == Mode.SCORER ? SCORER_NON_WORD : NON_WORD).matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) return s;
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        if (mode == Mode.SCORER) {
            while (words.size() > 1 && scorerSuffixes.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        } else if (mode.dropSuffixes) {
            dropSuffixes(words);
        }
        return String.join(mode.joinWords ? "" : " ", words);
    }

    /**
     * A chip's key without the vendor names it starts with ("nvidia h100 sxm5" -> "h100 sxm5"), longest vendor
     * first, repeatedly, never the whole key. {@code vendorKeys} are keys of company names (the registry's).
     */
    public static String withoutLeadingVendor(String key, Set<String> vendorKeys) {
        String[] words = key.split(" ");
        int start = 0;
        boolean again = true;
        while (again && start < words.length - 1) {
            again = false;
            for (int end = words.length - 1; end > start; end--) {
                if (vendorKeys.contains(String.join(" ", Arrays.copyOfRange(words, start, end)))) {
                    start = end;
                    again = true;
                    break;
                }
            }
        }
        return String.join(" ", Arrays.copyOfRange(words, start, words.length));
    }

    /** Is this one word (any case, with or without dots: "Inc.", "AG") a corporate suffix? */
    public boolean isSuffix(String word) {
        String w = key(word, Mode.SPELLING);
        for (List<String> s : suffixes) if (s.size() == 1 && s.get(0).equals(w)) return true;
        return false;
    }

    private String fold(String s) {
        if (isAscii(s)) return s; // most names: nothing to decompose or fold, and this runs per mention
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        for (var f : folds.entrySet()) if (d.contains(f.getKey())) d = d.replace(f.getKey(), f.getValue());
        // recomposed, so scripts that decomposition splits without marks (Hangul) stay as written
        return Normalizer.normalize(d, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    private static String joinDotted(String s) {
        if (s.indexOf('.') < 0) return s;
        Matcher m = DOTTED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(".", "")));
        return m.appendTail(out).toString();
    }

    private void dropSuffixes(List<String> words) {
        boolean changed = true;
        while (changed && words.size() > 1) {
            changed = false;
            for (List<String> suffix : suffixes) {
                int n = suffix.size();
                if (n < words.size() && words.subList(words.size() - n, words.size()).equals(suffix)) {
                    words.subList(words.size() - n, words.size()).clear();
                    changed = true;
                    break;
                }
            }
        }
    }
}
