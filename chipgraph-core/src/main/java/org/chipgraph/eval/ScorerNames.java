package org.chipgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.NameKey;

/**
 * Names keyed and compared as ../shared/eval/score.py does (its norm() and same()), so that a miss counted here
 * is a miss the scorer counts: the name key in its scorer mode, then the scorer's country synonyms, and an
 * export-control label as (kind, issuer, year), written "ctl|kind|issuer|year" (no key holds "|").
 */
public final class ScorerNames {
    private ScorerNames() {}

    /** score.py's COUNTRIES, its synonyms for country names and adjectives. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("us", "united states"), Map.entry("u s", "united states"), Map.entry("usa", "united states"),
            Map.entry("united states of america", "united states"), Map.entry("america", "united states"),
            Map.entry("the united states", "united states"), Map.entry("usa government", "united states"),
            Map.entry("us government", "united states"), Map.entry("washington", "united states"),
            Map.entry("prc", "china"), Map.entry("peoples republic of china", "china"), Map.entry("mainland china", "china"),
            Map.entry("the netherlands", "netherlands"), Map.entry("holland", "netherlands"), Map.entry("uk", "united kingdom"),
            Map.entry("britain", "united kingdom"), Map.entry("south korea", "korea"), Map.entry("republic of korea", "korea"),
            Map.entry("deutschland", "germany"), Map.entry("vereinigte staaten", "united states"), Map.entry("japan government", "japan"),
            Map.entry("dutch", "netherlands"), Map.entry("niederlande", "netherlands"), Map.entry("niederländische", "netherlands"),
            Map.entry("japanese", "japan"), Map.entry("american", "united states"), Map.entry("chinese", "china"),
            Map.entry("chinesische", "china"), Map.entry("taiwanese", "taiwan"), Map.entry("korean", "korea"),
            Map.entry("south korean", "korea"), Map.entry("malaysian", "malaysia"), Map.entry("britische", "united kingdom"),
            Map.entry("british", "united kingdom"), Map.entry("japanische", "japan"));
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    /** What score.py removes from a control label to leave its issuer (its "the" is not bounded, as there). */
    private static final Pattern NOT_ISSUER = Pattern.compile("\\b(19|20)\\d\\d\\b|\\b\\d\\d\\b|export controls?|exportkontrollen|entity list|rules?|the");

    /** The scorer's key of a name. */
    public static String key(String label) {
        String s = NameKey.standard().key(label, NameKey.Mode.SCORER);
        s = COUNTRIES.getOrDefault(s, s);
        if (s.contains("export control") || s.contains("exportkontroll") || s.contains("entity list")) {
            String kind = s.contains("entity list") ? "entitylist" : "exportcontrol";
            Matcher y = YEAR.matcher(s);
            String year = y.find() ? y.group() : "";
            String issuer = String.join(" ", NOT_ISSUER.matcher(s).replaceAll(" ").trim().split("\\s+"));
            return "ctl|" + kind + "|" + COUNTRIES.getOrDefault(issuer, issuer) + "|" + year;
        }
        return s;
    }

    /** Is this key an export control's? */
    public static boolean control(String key) { return key.startsWith("ctl|"); }

    /** The issuer part of a control's key ("" when the label names none, or for a key of no control). */
    public static String issuer(String key) { return control(key) ? key.split("\\|", -1)[2] : ""; }

    /** Does the system's key {@code a} name what the gold key {@code b} names (score.py's same())? */
    public static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        if (control(a) || control(b)) {
            if (!control(a) || !control(b)) return false;
            String[] x = a.split("\\|", -1), y = b.split("\\|", -1);
            if (!x[1].equals(y[1]) || (!x[2].isEmpty() && !y[2].isEmpty() && !x[2].equals(y[2]))) return false;
            return y[3].isEmpty() || x[3].equals(y[3]);
        }
        // a leading vendor name on a chip: "nvidia h20" ~ "h20"
        List<String> ta = List.of(a.split(" ")), tb = List.of(b.split(" "));
        if (ta.size() > 1 && ta.subList(1, ta.size()).equals(tb) && hasDigit(b)) return true;
        return tb.size() > 1 && tb.subList(1, tb.size()).equals(ta) && hasDigit(a);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
