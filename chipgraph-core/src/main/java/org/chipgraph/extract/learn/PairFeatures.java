package org.chipgraph.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.extract.SentenceMentions;

/**
 * The features the relation classifier sees of two mentions in one sentence: the words between them (crudely
 * stemmed, other mentions replaced by their kind), a window of two words outside each, their kinds and order, the
 * distance, punctuation and clause words between, negation and modal words, the language. Cheap by design: no
 * tagging, one pass over the sentence's words.
 */
public final class PairFeatures {
    private PairFeatures() {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[,;:()\"“”„–—]");
    /** Words that open a new clause between two mentions: a relative pronoun or a contrast. */
    private static final Set<String> CLAUSE = Set.of("which", "who", "whose", "while", "whereas", "but", "although", "though",
            "after", "before", "because", "während", "aber", "doch", "nachdem", "weil", "obwohl", "welche", "welcher", "welches");
    private static final Set<String> NEGATION = Set.of("not", "no", "never", "n't", "nor", "neither", "denied", "denies",
            "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "weder", "dementiert", "bestritt");
    private static final Set<String> MODAL = Set.of("may", "might", "could", "would", "should", "plans", "planned", "considering",
            "könnte", "könnten", "dürfte", "soll", "sollen", "sollte", "erwägt", "plant");

    /** A word of the sentence: its text lower-cased, its offsets, or the kind of the mention it is part of. */
    record Token(String word, int start, int end) {}

    /** The features of the pair: mention {@code first} before mention {@code second} of the sentence. */
    public static List<String> of(SentenceMentions s, int first, int second) {
        SentenceMentions.Named a = s.mentions().get(first), b = s.mentions().get(second);
        List<Token> tokens = tokens(s);
        List<String> f = new ArrayList<>();
        String types = letter(a) + ">" + letter(b);
        f.add("lang=" + s.language());
        f.add("types=" + types);
        if (a.reference()) f.add("ref1");
        if (b.reference()) f.add("ref2");
        List<String> between = new ArrayList<>();
        int commas = 0, mentionsBetween = 0;
        boolean negation = false, modal = false;
        for (Token t : tokens) {
            if (t.start() >= a.end() && t.end() <= b.start()) {
                String w = t.word();
                if (w.equals(",")) commas++;
                if (w.startsWith("<")) mentionsBetween++;
                if (CLAUSE.contains(w)) f.add("clause=" + w);
                if (";:()\"“”„–—".contains(w) && w.length() == 1 && !w.equals(",")) f.add("punct=" + w);
                negation |= negative(w);
                modal |= MODAL.contains(w);
                between.add(w.startsWith("<") ? w : stem(w));
            }
        }
        for (int i = 0; i < between.size(); i++) {
            f.add("b=" + between.get(i));
            f.add("tb=" + types + "|" + between.get(i));
            if (i + 1 < between.size() && between.size() <= 8) f.add("bb=" + between.get(i) + "_" + between.get(i + 1));
        }
        if (between.isEmpty()) f.add("adjacent");
        else {
            f.add("bfirst=" + between.get(0));
            f.add("blast=" + between.get(between.size() - 1));
        }
        f.add("dist=" + bucket(between.size()));
        f.add("commas=" + Math.min(commas, 2));
        f.add("mentionsBetween=" + Math.min(mentionsBetween, 2));
        window(tokens, a.start(), -1, "l", f);
        window(tokens, b.end(), 1, "r", f);
        for (Token t : tokens) {
            boolean outside = t.end() <= a.start() || t.start() >= b.end();
            if (outside && negative(t.word())) negation = true;
            if (outside && MODAL.contains(t.word())) modal = true;
        }
        if (negation) f.add("negation");
        if (modal) f.add("modal");
        return f;
    }

    private static boolean negative(String w) { return NEGATION.contains(w) || w.endsWith("n't") || w.endsWith("n’t"); }

    /** Two words before {@code at} (step -1) or after it (step 1), named l1, l2 / r1, r2. */
    private static void window(List<Token> tokens, int at, int step, String side, List<String> f) {
        int n = 0;
        if (step < 0) {
            for (int i = tokens.size() - 1; i >= 0 && n < 2; i--) if (tokens.get(i).end() <= at) f.add(side + (++n) + "=" + stem(tokens.get(i).word()));
        } else {
            for (int i = 0; i < tokens.size() && n < 2; i++) if (tokens.get(i).start() >= at) f.add(side + (++n) + "=" + stem(tokens.get(i).word()));
        }
        if (n == 0) f.add(side + "1=<edge>");
    }

    /** The sentence's words, each mention one token "<C>" (its kind's letter). */
    static List<Token> tokens(SentenceMentions s) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.text());
        int next = 0;
        List<SentenceMentions.Named> mentions = s.mentions();
        int at = 0;
        while (at < s.text().length()) {
            if (next < mentions.size() && mentions.get(next).start() <= at) {
                SentenceMentions.Named n = mentions.get(next++);
                if (n.end() > at) {
                    out.add(new Token("<" + letter(n) + ">", n.start(), n.end()));
                    at = n.end();
                }
                continue;
            }
            int limit = next < mentions.size() ? mentions.get(next).start() : s.text().length();
            m.region(at, limit);
            if (!m.find()) { at = limit; continue; }
            out.add(new Token(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
            at = m.end();
        }
        return out;
    }

    /** The kind's letter of a mention: C company, H chip, N country, X any export control. */
    static char letter(SentenceMentions.Named n) {
        return switch (n.kind()) {
            case "company" -> 'C';
            case "chip" -> 'H';
            case "country" -> 'N';
            default -> n.kind().startsWith("control") || n.kind().equals("listed_control") ? 'X' : 'O';
        };
    }

    /** A crude stem that joins a word's inflections ("supplies", "supplied", "supplying" -> "suppl"). */
    static String stem(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        if (w.length() <= 4) return w;
        for (String suffix : new String[] {"ing", "ies", "ied", "es", "ed", "en", "er", "te", "s", "y", "e", "t"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) { w = w.substring(0, w.length() - suffix.length()); break; }
        }
        return w.length() > 4 && (w.endsWith("y") || w.endsWith("i")) ? w.substring(0, w.length() - 1) : w;
    }

    private static String bucket(int n) {
        if (n <= 2) return String.valueOf(n);
        if (n <= 4) return "3-4";
        if (n <= 7) return "5-7";
        if (n <= 12) return "8-12";
        return "13+";
    }
}
