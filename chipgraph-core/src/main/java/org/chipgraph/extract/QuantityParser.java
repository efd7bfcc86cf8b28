package org.chipgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.Quantity;

/**
 * Finds counts ("more than 100,000", "über 100.000", "fewer than 30,000") and money ("$2bn",
 * "US$16 billion", "2 Mrd. US-Dollar") in a sentence. Thousands and decimal separators are told apart
 * by shape, not by language: a separator followed by exactly three digits groups thousands
 * ("100.000", "100,000"), otherwise it is a decimal point ("1.5bn", "5,5 Milliarden").
 */
final class QuantityParser {

    /** One number found in a text: exactly one of quantity and money is set. */
    record Amount(int start, int end, Quantity quantity, Money money) {}

    static final String BOUND = "(?<bound>more than|over|above|in excess of|at least|no fewer than|fewer than|less than|"
            + "under|up to|at most|about|around|approximately|roughly|nearly|almost|some|"
            + "mehr als|über|mindestens|weniger als|unter|bis zu|höchstens|rund|etwa|ca\\.|circa|knapp|fast)\\s+";
    private static final Currencies CURRENCIES = Currencies.STANDARD;
    private static final String PREFIX_CURRENCY = CURRENCIES.prefix;
    private static final String NUMBER = "(?<num>\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(?:[\\s-]*(?<scale>billions?|bn|millions?|mn|m|k|thousand|trillion|crores?|lakhs?|Milliarden|Milliarde|Mrd\\.?|Millionen|Mio\\.?|Tausend|Billionen)(?![\\p{L}]))?";
    static final String SUFFIX_CURRENCY = CURRENCIES.suffix;
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,$])(?:" + BOUND + ")?" + PREFIX_CURRENCY + "?" + NUMBER + SCALE + SUFFIX_CURRENCY
                    + "(?![\\p{L}\\p{N}]|[.,]\\d|\\s*(?:%|per ?cent|Prozent|nm\\b|-nm))",
            Pattern.CASE_INSENSITIVE);

    /** What a match can begin with besides a digit or a currency sign: the bounds' and currency codes' first letters. */
    private static final WordCue.PrefixIndex LETTER_STARTS = new WordCue.PrefixIndex(letterStarts());

    private QuantityParser() {}

    private static String[] letterStarts() {
        String bounds = BOUND.substring("(?<bound>".length(), BOUND.lastIndexOf(')'));
        List<String> out = new ArrayList<>(List.of(WordCue.prefixes(bounds)));
        out.addAll(CURRENCIES.letterStarts);
        return out.toArray(String[]::new);
    }

    /** Can an amount begin at {@code i}? (Its look-behind and its first character; the regex decides the rest.) */
    private static boolean mayStartAt(String text, int i) {
        if (i > 0) {
            char p = text.charAt(i - 1);
            if (Character.isLetterOrDigit(p) || p == '.' || p == ',' || p == '$') return false;
        }
        char c = text.charAt(i);
        if (c >= '0' && c <= '9' || CURRENCIES.symbolStarts.indexOf(c) >= 0) return true;
        if (!Character.isLetter(c)) return false;
        return LETTER_STARTS.startsAt(text, i);
    }

    static List<Amount> find(String text) {
        List<Amount> out = new ArrayList<>();
        if (!hasDigit(text)) return out;
        Matcher m = AMOUNT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // tried only where an amount can begin: the same matches as find(), several times faster
        int next = 0;
        for (int at = 0; at < text.length(); at++) {
            if (at < next || !mayStartAt(text, at)) continue;
            m.region(at, text.length());
            if (!m.lookingAt()) continue;
            next = m.end();
            BigDecimal value = number(m.group("num"));
            if (value == null) continue;
            String scale = m.group("scale");
            if (scale != null) value = value.multiply(scaleOf(scale));
            String pre = m.group("pre");
            String post = m.group("post");
            String bound = m.group("bound");
            if (pre != null || post != null) {
                out.add(amount(m, value));
                continue;
            }
            int start = bound != null ? m.start("bound") : m.start();
            String raw = m.group("num");
            boolean year = scale == null && raw.length() == 4 && (raw.startsWith("19") || raw.startsWith("20"))
                    && Character.isDigit(raw.charAt(2)) && Character.isDigit(raw.charAt(3));
            if (year) continue;
            // a bare "m" or "k" after a plain number is too often something else ("5 m" metres)
            if (scale != null && scale.length() == 1 && bound == null) continue;
            out.add(new Amount(start, m.end(), new Quantity(value, bound(bound)), null));
        }
        return withoutConvertedFigures(text, out);
    }

    /**
     * "Rs 2,100 crore ($252 million)", "14 billion yen (about $95 million)": a sum in another currency with its US dollar
     * figure in brackets right beside it is that one sum: one amount over both, of the dollar figure (the annotation
     * guide's convention).
     */
    private static List<Amount> withoutConvertedFigures(String text, List<Amount> amounts) {
        if (amounts.size() < 2) return amounts;
        List<Amount> out = new ArrayList<>(amounts);
        for (int i = 0; i + 1 < amounts.size(); i++) {
            Amount a = amounts.get(i), b = amounts.get(i + 1);
            if (a.money() == null || b.money() == null || a.money().currency().equals(b.money().currency())) continue;
            String between = text.substring(a.end(), b.start());
            if (!BRACKET.matcher(between).matches()) continue;
            if (!"USD".equals(a.money().currency()) && !"USD".equals(b.money().currency())) continue;
            // one amount over both and the closing bracket, so neither marker is left for name discovery ("Rs")
            int end = b.end();
            while (end < text.length() && text.charAt(end) == ' ') end++;
            end = end < text.length() && text.charAt(end) == ')' ? end + 1 : b.end();
            Money usd = "USD".equals(a.money().currency()) ? a.money() : b.money();
            int k = out.indexOf(a);
            out.set(k, new Amount(a.start(), end, null, usd));
            out.remove(b);
        }
        return out;
    }

    /** Between a sum and its conversion: an opening bracket, maybe a word of approximation. */
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(\\s*(?:about|around|roughly|some|approximately|rund|etwa|ca\\.|umgerechnet)?\\s*");

    /** The amounts of a text, also those written with the language's number words ("zwei Milliarden Dollar"), in text order. */
    static List<Amount> find(String text, NumberWords words) {
        List<Amount> out = find(text);
        if (words == null) return out;
        List<Amount> more = words.find(text);
        if (more.isEmpty()) return out;
        for (Amount w : more) {
            if (out.stream().noneMatch(a -> a.start() < w.end() && w.start() < a.end())) out.add(w);
        }
        out.sort(java.util.Comparator.comparingInt(Amount::start));
        return out;
    }

    /** An amount from a match with groups bound, pre (optional) and post: money when a currency is named, else a count. */
    static Amount amount(Matcher m, BigDecimal value) {
        String pre = groupOrNull(m, "pre");
        String post = m.group("post");
        String bound = m.group("bound");
        int start = bound != null ? m.start("bound") : m.start();
        if (pre != null || post != null) return new Amount(start, m.end(), null, new Money(value, currency(pre != null ? pre : post)));
        return new Amount(start, m.end(), new Quantity(value, bound(bound)), null);
    }

    private static String groupOrNull(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") ? m.group(group) : null;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final Pattern GROUPED_DECIMAL = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+[.,]\\d+");

    static BigDecimal number(String raw) {
        String s = raw;
        // thousands separators: every separator followed by exactly three digits and then a separator or the end
        if (GROUPED.matcher(s).matches()) {
            s = s.replaceAll("[.,]", "");
        } else if (GROUPED_DECIMAL.matcher(s).matches()) {
            char dec = s.charAt(s.length() - 1 - s.replaceAll(".*[.,]", "").length());
            String grouped = s.substring(0, s.lastIndexOf(dec));
            s = grouped.replaceAll("[.,]", "") + "." + s.substring(s.lastIndexOf(dec) + 1);
        } else {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal scaleOf(String scale) {
        String s = scale.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (s) {
            case "billion", "billions", "bn", "milliarden", "milliarde", "mrd" -> BigDecimal.valueOf(1_000_000_000L);
            case "million", "millions", "mn", "m", "millionen", "mio" -> BigDecimal.valueOf(1_000_000L);
            case "k", "thousand", "tausend" -> BigDecimal.valueOf(1_000L);
            case "crore", "crores" -> BigDecimal.valueOf(10_000_000L);
            case "lakh", "lakhs" -> BigDecimal.valueOf(100_000L);
            case "trillion", "trillions", "billionen" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
    }

    private static String currency(String marker) {
        return CURRENCIES.code(marker);
    }

    private static Quantity.Bound bound(String b) {
        if (b == null) return Quantity.Bound.EXACT;
        return switch (b.toLowerCase(Locale.ROOT)) {
            case "more than", "over", "above", "in excess of", "mehr als", "über" -> Quantity.Bound.MORE_THAN;
            case "fewer than", "less than", "under", "weniger als", "unter" -> Quantity.Bound.LESS_THAN;
            case "at least", "no fewer than", "mindestens" -> Quantity.Bound.AT_LEAST;
            case "up to", "at most", "bis zu", "höchstens" -> Quantity.Bound.AT_MOST;
            default -> Quantity.Bound.EXACT; // approximate numbers are written as the plain number
        };
    }
}
