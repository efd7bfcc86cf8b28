package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;

/**
 * The German verb classes of the clause frames (patterns/de.verbs.tsv): each verb with the forms a clause shows it in.
 * Weak verbs are conjugated by rule, strong ones give their three stems. Verb second a separable verb is split
 * ("liefert ... aus"), verb last it is one word ("ausliefert", "ausgeliefert"): the frames need both.
 */
final class GermanVerbs {

    /** One verb: its separable prefix ("" if none) and the forms of its base verb. */
    record Verb(String prefix, String infinitive, String present, String past, String participle) {

        /**
         * The finite forms verb second, without the separable prefix: "liefert", "liefern", "lieferte", "lieferten", and
         * the subjunctive of reported speech, "liefere" (news reports what a company said: "X liefere ... an Y").
         */
        List<String> secondPosition() { return List.of(present, infinitive, past, past + (past.endsWith("e") ? "n" : "en"), subjunctive()); }

        /** The present subjunctive, third person singular: the infinitive without its "n", "-ern" verbs with an "e" ("liefere"). */
        String subjunctive() {
            String s = infinitive.substring(0, infinitive.length() - 1);
            return infinitive.endsWith("ern") || infinitive.endsWith("eln") ? s + "e" : s;
        }

        /** The finite forms verb last, prefix joined: "ausliefert", "ausliefern", "auslieferte", "auslieferten". */
        List<String> lastPosition() {
            List<String> out = new ArrayList<>();
            for (String f : secondPosition()) out.add(prefix + f);
            return out;
        }

        /** The participle, also inflected as an attribute ("ausgeliefert", "ausgelieferten"). */
        List<String> participles() {
            String p = prefix + participle;
            return List.of(p, p + "e", p + "en", p + "er", p + "es", p + "em");
        }

        /** The infinitive, also with "zu" ("ausliefern", "auszuliefern"). */
        List<String> infinitives() {
            return prefix.isEmpty() ? List.of(infinitive) : List.of(prefix + infinitive, prefix + "zu" + infinitive);
        }

        /**
         * The forms of an infinitive clause with "zu", whose subject is the main clause's ("X gab zu, Chips für Y
         * produziert zu haben"; "X plant, weitere Chips zu mieten"): "zu liefern", "auszuliefern", "geliefert zu haben".
         */
        List<String> zuInfinitives() {
            String p = prefix + participle;
            return List.of(prefix.isEmpty() ? "zu " + infinitive : prefix + "zu" + infinitive, p + " zu haben", p + " zu werden");
        }

        boolean separable() { return !prefix.isEmpty(); }
    }

    private static final List<String> INSEPARABLE = List.of("be", "ver", "er", "ent", "emp", "ge", "zer", "miss");

    /** What a lemma of the file looks like. */
    private static final Pattern LEMMA = Pattern.compile("(?:\\p{Ll}+\\|)?\\p{Ll}+(?:en|ern|eln)");

    private final Map<String, List<Verb>> classes = new LinkedHashMap<>();

    private GermanVerbs() {}

    /** Reads "CLASS<TAB>lemma[<TAB>present past participle]" lines; "#" starts a comment. */
    static GermanVerbs parse(String origin, String text) {
        GermanVerbs v = new GermanVerbs();
        for (VerbClassLines.Line l : VerbClassLines.read(origin, text, LEMMA, "a German infinitive, a separable prefix written 'aus|liefern'", 3, "present past participle")) {
            v.classes.computeIfAbsent(l.verbClass(), k -> new ArrayList<>()).add(verb(l.lemma(), l.irregular()));
        }
        return v;
    }

    /** A verb from its lemma: weak by rule ("fertigen": fertigt, fertigte, gefertigt), strong from the given stems. */
    static Verb verb(String lemma, String[] irregular) {
        int bar = lemma.indexOf('|');
        String prefix = bar < 0 ? "" : lemma.substring(0, bar);
        String inf = lemma.substring(bar + 1);
        if (irregular != null) return new Verb(prefix, inf, irregular[0], irregular[1], irregular[2]);
        String stem = inf.endsWith("ern") || inf.endsWith("eln") ? inf.substring(0, inf.length() - 1) : inf.substring(0, inf.length() - 2);
        // "mietet", "mietete": a stem ending in t or d takes an e before the ending
        String e = stem.endsWith("t") || stem.endsWith("d") ? "e" : "";
        boolean noGe = inf.endsWith("ieren") || INSEPARABLE.stream().anyMatch(p -> inf.startsWith(p) && inf.length() > p.length() + 4);
        return new Verb(prefix, inf, stem + e + "t", stem + e + "te", (noGe ? "" : "ge") + stem + e + "t");
    }

    /** The names of the classes, in file order. */
    Set<String> classNames() { return classes.keySet(); }

    /** Every participle of every class, also inflected ("geliefert", "hergestellt", "ausgelieferten"). */
    Set<String> participles() {
        Set<String> out = new LinkedHashSet<>();
        for (List<Verb> vs : classes.values()) out.addAll(forms(vs, Verb::participles));
        return out;
    }

    /** The verbs of the named classes ("SUPPLY", "BUY|ORDER"); an unknown class is an error naming the frame. */
    List<Verb> of(String classNames, String where) {
        List<Verb> out = new ArrayList<>();
        for (String c : classNames.split("\\|")) {
            List<Verb> vs = classes.get(c);
            if (vs == null) throw new InputError(where + ": unknown verb class " + c + ", expected one of " + classes.keySet());
            out.addAll(vs);
        }
        return out;
    }

    /** The forms as a regex alternation of whole words, longest first. */
    static String alternation(Set<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return "(?:" + String.join("|", sorted) + ")";
    }

    /** Collects one kind of form over several verbs. */
    static Set<String> forms(List<Verb> verbs, java.util.function.Function<Verb, List<String>> kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Verb v : verbs) out.addAll(kind.apply(v));
        return out;
    }
}
