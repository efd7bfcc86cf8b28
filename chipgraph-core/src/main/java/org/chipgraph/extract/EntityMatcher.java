package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * Finds the names of known entities in a sentence: a hash lookup on the first token, then the longest
 * label that continues there. Tolerates the shapes news gives names: possessives ("Huawei's",
 * "Huawei’s"), German genitive -s ("Nvidias"), hyphen compounds ("Huawei-Chips", "H20-Chips",
 * "US-Regierung"). Short or all-capital labels ("US", "MTT") must match case exactly; others only
 * need the first letter's case ("Bytedance" finds ByteDance, the verb "ascend" does not find Ascend).
 */
final class EntityMatcher {

    /** A surface form of an entity, split into lower-case tokens. */
    record Entry(String[] tokens, String[] surfaceTokens, String surface, EntityRef ref, boolean strictCase, boolean adjective, boolean home) {}

    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    /** What may stand between the tokens of a multi-word name. */
    private static final Pattern GAP = Pattern.compile("[\\s.\\-'’&,]*");

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    /** A chip's name and its number, written together or apart ("Trainium2", "Trainium 2", "Gaudi 3", "Gaudi3"). */
    private static final Pattern NAME_AND_NUMBER = Pattern.compile("(\\p{L}{3,})[ -]?(\\d{1,2})");

    void add(String surface, EntityRef ref, boolean adjective, boolean home) {
        addForm(surface, ref, adjective, home);
        Matcher m = NAME_AND_NUMBER.matcher(surface);
        if ("Chip".equals(ref.type()) && m.matches()) {
            addForm(m.group(1) + " " + m.group(2), ref, adjective, home);
            addForm(m.group(1) + m.group(2), ref, adjective, home);
        }
    }

    /** A form matched only as spelt ("Ostrel", a short form: never the word "ostrel"), before other entries of that form. */
    void addCased(String surface, EntityRef ref) {
        addForm(surface, ref, false, false, true);
    }

    /** Every form of {@code from} names {@code to} from now on. */
    void replace(EntityRef from, EntityRef to) {
        for (List<Entry> list : byFirst.values()) {
            list.replaceAll(x -> x.ref.equals(from) ? new Entry(x.tokens, x.surfaceTokens, x.surface, to, x.strictCase, x.adjective, x.home) : x);
        }
    }

    private void addForm(String surface, EntityRef ref, boolean adjective, boolean home) {
        addForm(surface, ref, adjective, home, false);
    }

    private void addForm(String surface, EntityRef ref, boolean adjective, boolean home, boolean cased) {
        List<String> toks = tokens(surface);
        if (toks.isEmpty()) return;
        String letters = surface.replaceAll("[^\\p{L}\\p{N}]", "");
        boolean strict = cased || letters.length() <= 4 || letters.equals(letters.toUpperCase(Locale.ROOT));
        Entry e = new Entry(toks.stream().map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new), toks.toArray(String[]::new), surface, ref, strict, adjective, home);
        List<Entry> list = byFirst.computeIfAbsent(e.tokens[0], k -> new ArrayList<>());
        for (Entry x : list) if (x.surface.equals(surface) && x.ref.iri().equals(ref.iri())) return;
        list.add(e);
        list.sort(Comparator.comparingInt((Entry x) -> -x.tokens.length));
    }

    /** German and some English outlets write long acronyms in title case ("Smic", "Asml"): four letters or more. */
    private static boolean titleCaseAcronym(String tok, String want) {
        if (want.length() < 4 || !want.equals(want.toUpperCase(Locale.ROOT)) || !want.chars().allMatch(Character::isLetter)) return false;
        return tok.equals(want.charAt(0) + want.substring(1).toLowerCase(Locale.ROOT));
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** A match of an entry: where, and whether it ended in a possessive. */
    record Hit(int start, int end, Entry entry, boolean possessive) {}

    List<Hit> find(WordSpans toks, boolean german) {
        String text = toks.text;
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Hit best = null;
            int bestLen = 0;
            String first = toks.lower(i);
            List<Entry> cands = byFirst.get(first);
            // German genitive "Nvidias"; a model number's plural "H100s" (both languages)
            if (cands == null && first.endsWith("s") && first.length() > 2) cands = byFirst.get(first.substring(0, first.length() - 1));
            if (cands != null) {
                for (Entry e : cands) {
                    Hit h = tryAt(text, toks, i, e, german);
                    if (h != null && e.tokens.length > bestLen) { best = h; bestLen = e.tokens.length; }
                }
            }
            if (best != null) {
                hits.add(best);
                i += bestLen;
            } else {
                i++;
            }
        }
        return hits;
    }

    private static Hit tryAt(String text, WordSpans toks, int i, Entry e, boolean german) {
        int n = e.tokens.length;
        if (i + n > toks.size()) return null;
        boolean genitive = false, plural = false;
        for (int j = 0; j < n; j++) {
            String low = toks.lower(i + j);
            boolean last = j == n - 1;
            if (!low.equals(e.tokens[j])) {
                // German genitive: "Nvidias", "Huaweis" (only on the last token, only a lower-case -s: "L40S" is another model)
                boolean plusS = last && low.length() == e.tokens[j].length() + 1 && low.startsWith(e.tokens[j]) && !e.adjective
                        && text.charAt(toks.end(i + j) - 1) == 's';
                if (plusS && german) genitive = true;
                // "Nvidia H100s", "300 MI300Xs": the plural of a chip whose name ends in a digit or a capital
                else if (plusS && modelNumber(e)) plural = true;
                else return null;
            }
            if (j > 0) {
                int gapStart = toks.end(i + j - 1), gapEnd = toks.start(i + j);
                if (gapEnd - gapStart > 3 || !GAP.matcher(text).region(gapStart, gapEnd).matches()) return null;
            }
            String tok = text.substring(toks.start(i + j), toks.end(i + j));
            String want = surfaceToken(e, j);
            if (e.strictCase) {
                String cmp = genitive || plural ? tok.substring(0, tok.length() - 1) : tok;
                if (want != null && !cmp.equals(want) && !titleCaseAcronym(cmp, want)) return null;
            } else if (j == 0 && want != null && Character.isUpperCase(want.charAt(0)) != Character.isUpperCase(tok.charAt(0))) {
                return null;
            }
        }
        int start = toks.start(i);
        int end = toks.end(i + n - 1);
        // "US$16 billion" is money, not the country
        if (end < text.length() && text.charAt(end) == '$') return null;
        boolean possessive = genitive;
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
            end += 2;
            possessive = true;
        } else if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end - 1) == 's'
                && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
            end += 1;
            possessive = true;
        }
        // a label that ends with a period ("Co.", "Corp.") takes it with it
        if (e.surface.endsWith(".") && end < text.length() && text.charAt(end) == '.' && !possessive) end++;
        return new Hit(start, end, e, possessive);
    }

    private static boolean modelNumber(Entry e) {
        String last = e.surfaceTokens.length == 0 ? "" : e.surfaceTokens[e.surfaceTokens.length - 1];
        if (!"Chip".equals(e.ref().type()) || last.isEmpty()) return false;
        char c = last.charAt(last.length() - 1);
        return Character.isDigit(c) || Character.isUpperCase(c);
    }

    private static String surfaceToken(Entry e, int j) {
        return j < e.surfaceTokens.length ? e.surfaceTokens[j] : null;
    }
}
