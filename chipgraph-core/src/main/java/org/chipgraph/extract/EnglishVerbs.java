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
 * The English verb classes of the clause frames (patterns/en.verbs.tsv): each verb with the forms a clause shows it in.
 * Regular verbs are inflected by rule (-s/-es/-ies, -ed/-d/-ied, -ing, a final consonant doubled after a single short
 * vowel in one syllable: "ship", "shipped", "shipping"); irregular ones give their past and participle. A lemma of
 * several words inflects its first word ("take delivery of": "took delivery of").
 */
final class EnglishVerbs {

    /** One verb's forms, each with the words after the inflected one ("delivery of") already appended. */
    record Verb(String base, String third, String past, String participle, String ing) {

        /** The forms that may follow a subject (with or without an auxiliary): all but the bare participle. */
        List<String> active() { return List.of(base, third, past, ing); }

        /** The forms of a passive after "be" and of a reduced relative ("chips made by ..."). */
        List<String> passive() { return List.of(participle); }

        /** Every form. */
        List<String> all() { return List.of(base, third, past, participle, ing); }
    }

    /** What a lemma of the file looks like. */
    private static final Pattern LEMMA = Pattern.compile("\\p{Ll}+(?:-\\p{Ll}+)?(?: \\p{Ll}+)*");

    private final Map<String, List<Verb>> classes = new LinkedHashMap<>();

    private EnglishVerbs() {}

    /** Reads "CLASS<TAB>lemma[<TAB>past participle]" lines; "#" starts a comment. */
    static EnglishVerbs parse(String origin, String text) {
        EnglishVerbs v = new EnglishVerbs();
        for (VerbClassLines.Line l : VerbClassLines.read(origin, text, LEMMA, "an English verb in lower case, e.g. 'supply' or 'take delivery of'", 2, "past participle")) {
            v.classes.computeIfAbsent(l.verbClass(), k -> new ArrayList<>()).add(verb(l.lemma(), l.irregular()));
        }
        return v;
    }

    /** A verb from its lemma: regular by rule, or with the given past and participle. */
    static Verb verb(String lemma, String[] irregular) {
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : lemma.substring(0, space);
        String tail = space < 0 ? "" : lemma.substring(space);
        String past = irregular != null ? irregular[0] : past(head);
        String participle = irregular != null ? irregular[1] : past;
        return new Verb(lemma, third(head) + tail, past + tail, participle + tail, ing(head) + tail);
    }

    /** "supplies", "ships", "fixes", "goes". */
    static String third(String v) {
        if (v.matches(".*[^aeiou]y")) return v.substring(0, v.length() - 1) + "ies";
        if (v.matches(".*(?:s|x|z|ch|sh|[^aeiou]o)")) return v + "es";
        return v + "s";
    }

    /** "supplied", "shipped", "produced", "delivered". */
    static String past(String v) {
        if (v.matches(".*[^aeiou]y")) return v.substring(0, v.length() - 1) + "ied";
        if (v.endsWith("e")) return v + "d";
        return doubled(v) + "ed";
    }

    /** "supplying", "shipping", "producing", "seeing". */
    static String ing(String v) {
        if (v.endsWith("ie")) return v.substring(0, v.length() - 2) + "ying";
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe")) return v.substring(0, v.length() - 1) + "ing";
        return doubled(v) + "ing";
    }

    /**
     * The stem with its final consonant doubled when one short vowel closes the only syllable ("ship", "fab", "run");
     * longer verbs stressed on the last syllable ("commit") give their forms in the file.
     */
    private static String doubled(String v) {
        String w = v.contains("-") ? v.substring(v.lastIndexOf('-') + 1) : v;
        boolean oneSyllable = w.replaceAll("[^aeiouy]+", " ").strip().split(" ").length == 1 && !w.matches("[^aeiou]*y.*");
        if (oneSyllable && w.matches(".*[^aeiou][aeiou][^aeiouwxy]")) return v + v.charAt(v.length() - 1);
        return v;
    }

    /** The verbs of the named classes ("SUPPLY", "BUY|USE"); an unknown class is an error naming the frame. */
    List<Verb> of(String classNames, String where) {
        List<Verb> out = new ArrayList<>();
        for (String c : classNames.split("\\|")) {
            List<Verb> vs = classes.get(c);
            if (vs == null) throw new InputError(where + ": unknown verb class " + c + ", expected one of " + classes.keySet());
            out.addAll(vs);
        }
        return out;
    }

    /**
     * The classes as word classes of the pattern file, so rules can name a class's verbs: {@code VERB_<CLASS>} every form,
     * {@code VERB_<CLASS>_BASE} the base forms (after "to": "relies on X to build"), {@code VERB_<CLASS>_PARTICIPLE} the
     * past participles ("chips sold to Y"). Class names with "_" stay as they are.
     */
    Map<String, String> wordClasses() {
        Map<String, String> out = new LinkedHashMap<>();
        classes.forEach((c, vs) -> {
            out.put("VERB_" + c, plain(forms(vs, Verb::all)));
            out.put("VERB_" + c + "_BASE", plain(forms(vs, v -> List.of(v.base()))));
            out.put("VERB_" + c + "_PARTICIPLE", plain(forms(vs, Verb::passive)));
        });
        return out;
    }

    /**
     * The forms as a plain alternation, longest first, words as written: a rule's group of plain words is one the rule
     * matcher can require of a sentence before trying the rule (unlike {@link #alternation}, which lets adverbs in).
     */
    private static String plain(Set<String> forms) {
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

    /**
     * The forms as a regex alternation of whole words, longest first; between the words of a form any whitespace and an
     * adverb ("relies mainly on").
     */
    static String alternation(Set<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        List<String> quoted = new ArrayList<>();
        for (String f : sorted) quoted.add(f.replace("-", "\\-").replace(" ", "\\s+(?:\\p{L}+ly\\s+)?"));
        return "(?:" + String.join("|", quoted) + ")";
    }
}
