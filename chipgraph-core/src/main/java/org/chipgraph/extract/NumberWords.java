package org.chipgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;

/**
 * Amounts written with a number word before a scale ("zwei Milliarden Dollar", "eine halbe Milliarde Euro", "two
 * billion dollars"): reporters write small multiples of millions and billions in words. The words and their values
 * are the language's {@code number-word} pairs in its pattern file ("zwei=2 | eine halbe=0.5"); a word alone is no
 * amount ("eine Milliarde" is, "eine Firma" is not), so only a word before a scale counts.
 */
final class NumberWords {

    private static final String SCALE = "(?<scale>Milliarden|Milliarde|Mrd\\.?|Millionen|Million|Mio\\.?|billions?|bn|millions?|trillions?)";

    private final Pattern amount;
    private final Map<String, BigDecimal> values;

    private NumberWords(Pattern amount, Map<String, BigDecimal> values) {
        this.amount = amount;
        this.values = values;
    }

    /** From the pairs "word=value | word=value" ({@code where} names the file for errors); null when there are none. */
    static NumberWords of(String pairs, String where) {
        if (pairs == null || pairs.isBlank()) return null;
        Map<String, BigDecimal> values = new HashMap<>();
        for (String pair : pairs.split("\\|")) {
            String[] kv = pair.strip().split("=");
            try {
                if (kv.length != 2 || kv[0].isBlank()) throw new NumberFormatException();
                values.put(key(kv[0]), new BigDecimal(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new InputError(where + ": number-word '" + pair.strip() + "', expected word=number (e.g. zwei=2, eine halbe=0.5)");
            }
        }
        List<String> words = new ArrayList<>(values.keySet());
        words.sort((a, b) -> b.length() - a.length());
        String alternation = String.join("|", words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + QuantityParser.BOUND + ")?(?<word>" + alternation + ")[\\s-]+" + SCALE
                + "(?![\\p{L}])" + QuantityParser.SUFFIX_CURRENCY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new NumberWords(p, values);
    }

    private static String key(String word) { return word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); }

    /** The amounts in words of a text (none unless it holds a scale word, the cheap test first). */
    List<QuantityParser.Amount> find(String text) {
        List<QuantityParser.Amount> out = new ArrayList<>();
        if (!text.contains("illi") && !text.contains("Mrd") && !text.contains("Mio") && !text.contains("bn")) return out;
        Matcher m = amount.matcher(text);
        while (m.find()) {
            BigDecimal value = values.get(key(m.group("word")));
            if (value == null) continue;
            out.add(QuantityParser.amount(m, value.multiply(QuantityParser.scaleOf(m.group("scale")))));
        }
        return out;
    }
}
