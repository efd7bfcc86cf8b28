package org.chipgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;

/**
 * Cheap signals of a sentence around two argument spans, needing no reading by a person: is an argument part of a
 * list, is there a passive, a relative clause, a German verb-final clause, how many words lie between. The word
 * lists are data ({@value #FILE}). Heuristics by design: they count kinds of misses, they find no facts.
 */
public final class SentenceSignals {
    public static final String FILE = "org/chipgraph/eval/sentence-signals.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
    private static final Pattern EN_REGULAR_PARTICIPLE = Pattern.compile("\\p{Ll}{2,}ed");
    /** A German participle by its shape: lower case, ge- at the start or after a separable prefix, -t or -en at the end. */
    private static final Pattern DE_PARTICIPLE = Pattern.compile("\\p{Ll}{0,6}ge\\p{Ll}{2,}(?:t|en)");

    private final Map<String, List<String>> lists;
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final int farApart;
    private final int nationalityWords;

    private SentenceSignals(Map<String, List<String>> lists) {
        this.lists = lists;
        List<String> far = lists.getOrDefault("any far-apart-words", List.of("12"));
        this.farApart = Integer.parseInt(far.get(0));
        this.nationalityWords = Integer.parseInt(lists.getOrDefault("any nationality-words", List.of("3")).get(0));
    }

    /** The bundled lists. */
    public static SentenceSignals standard() {
        try (InputStream in = SentenceSignals.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) throw new InputError(FILE + ": missing, expected the sentence-signal word lists");
            return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists in the format of {@value #FILE}; a line without "LANG NAME:" is an error naming it. */
    public static SentenceSignals parse(String origin, String text) {
        Map<String, List<String>> lists = new HashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String[] head = colon < 0 ? new String[0] : line.substring(0, colon).strip().split("\\s+");
            if (head.length != 2) throw new InputError(origin + ":" + (i + 1) + ": expected 'LANG NAME: words', found '" + line + "'");
            String body = line.substring(colon + 1).strip();
            List<String> words = new ArrayList<>();
            for (String w : (body.contains("|") ? body.split("\\|") : body.split("\\s+"))) if (!w.isBlank()) words.add(w.strip().toLowerCase(Locale.ROOT));
            lists.put(head[0] + " " + head[1], List.copyOf(words));
        }
        return new SentenceSignals(lists);
    }

    /** The words of a list for a language (its own and the "any" ones). */
    List<String> list(String lang, String name) {
        List<String> out = new ArrayList<>(lists.getOrDefault(lang + " " + name, List.of()));
        out.addAll(lists.getOrDefault("any " + name, List.of()));
        return out;
    }

    /** A list as one pattern of whole words, longest first. */
    private Pattern pattern(String lang, String name) {
        return patterns.computeIfAbsent(lang + " " + name, k -> {
            List<String> words = new ArrayList<>(list(lang, name));
            if (words.isEmpty()) return null;
            words.sort((a, b) -> b.length() - a.length());
            StringBuilder alt = new StringBuilder();
            for (String w : words) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(w));
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        });
    }

    /** Does the text hold a word (or words) of the list? */
    boolean has(String lang, String name, String text) {
        Pattern p = pattern(lang, name);
        return p != null && p.matcher(text).find();
    }

    /** Is the text between two names nothing but a list joint (", ", " and ", ", and ")? */
    public boolean joint(String between) {
        String t = between.strip();
        if (t.isEmpty()) return false;
        String rest = pattern("any", "joint").matcher(t).replaceAll(" ").replace(",", " ");
        if (rest.strip().equals(t)) return false;
        Pattern filler = pattern("any", "joint-filler");
        if (filler != null) rest = filler.matcher(rest).replaceAll(" ");
        return rest.isBlank();
    }

    /** Is the name a news agency's or outlet's (a key as the scorer makes it)? */
    public boolean source(String key) {
        for (String s : list("any", "source")) if (ScorerNames.key(s).equals(key)) return true;
        return false;
    }

    /** Words (letters and digits) in a text. */
    public static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) n++;
        return n;
    }

    /** More words between two arguments than the far-apart limit? */
    public boolean farApart(String between) { return words(between) > farApart; }

    /**
     * A nationality said of a name in passing: the country (as it is written, e.g. an adjective) stands a few words
     * before the name with no punctuation between ("Chinese memory maker Kestrel"), or in an apposition after it
     * ("Kestrel, a Chinese memory maker").
     *
     * @param countryFirst the country mention comes first
     * @param between      the text between the two mentions
     */
    public boolean nationality(boolean countryFirst, String between) {
        if (countryFirst) return words(between) <= nationalityWords && between.chars().noneMatch(c -> ",;:.()".indexOf(c) >= 0);
        // the name may run on past the mention ("Kestrel Semiconductor, a ..."): two words before the comma at most
        int comma = between.indexOf(',');
        if (comma < 0 || words(between.substring(0, comma)) > 2) return false;
        String rest = between.substring(comma + 1).strip();
        int space = rest.indexOf(' ');
        String first = space < 0 ? rest : rest.substring(0, space);
        return list("any", "apposition-article").contains(first.toLowerCase(Locale.ROOT)) && words(rest) <= nationalityWords + 2
                && rest.chars().noneMatch(c -> ",;:.()".indexOf(c) >= 0);
    }

    /** A passive in the text: a be/werden form, then (within three words) a participle. */
    public boolean passive(String lang, String text) {
        List<String> w = wordList(text);
        boolean de = lang.equals("de");
        for (int i = 0; i < w.size(); i++) {
            if (!list(lang, "passive-auxiliary").contains(w.get(i).toLowerCase(Locale.ROOT))) continue;
            if (de && w.get(i).equalsIgnoreCase("worden")) return true;
            // German: the participle closes the clause, so it may stand anywhere after the auxiliary
            int last = de ? w.size() : Math.min(w.size(), i + 4);
            for (int j = i + 1; j < last; j++) {
                String x = w.get(j);
                if (de ? DE_PARTICIPLE.matcher(x).matches() : (EN_REGULAR_PARTICIPLE.matcher(x).matches() || list(lang, "participle").contains(x))) return true;
            }
        }
        return false;
    }

    /** A relative clause opens in the text: a relative pronoun after a comma (English: also without one). */
    public boolean relativeClause(String lang, String text) {
        Pattern p = pattern(lang, "relative");
        if (p == null) return false;
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (lang.equals("en")) return true;
            if (text.substring(0, m.start()).stripTrailing().endsWith(",")) return true;
        }
        return false;
    }

    /**
     * A German clause with its verb at the end: {@code before} (the clause up to the first argument) or
     * {@code between} opens a subordinate clause, or an auxiliary or modal stands before the second argument
     * and the clause ends in a lower-case verb form ({@code after}: the rest of the clause).
     */
    public boolean verbFinal(String lang, String before, String between, String after) {
        if (!lang.equals("de")) return false;
        if (has(lang, "subordinator", before) || has(lang, "subordinator", between)) return true;
        if (!has(lang, "auxiliary", before + " " + between)) return false;
        List<String> w = wordList(after);
        if (w.isEmpty()) return false;
        String end = w.get(w.size() - 1);
        return Character.isLowerCase(end.charAt(0)) && end.length() > 4 && (end.endsWith("en") || end.endsWith("t"))
                && !list(lang, "auxiliary").contains(end);
    }

    /** The clause a position is in ends at the next comma, semicolon, colon or the sentence's end. */
    public static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) if (",;:".indexOf(text.charAt(i)) >= 0) return i;
        return text.length();
    }

    /** The clause begins after the last comma, semicolon or colon before a position. */
    public static int clauseStart(String text, int to) {
        for (int i = to - 1; i >= 0; i--) if (",;:".indexOf(text.charAt(i)) >= 0) return i + 1;
        return 0;
    }

    private static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
