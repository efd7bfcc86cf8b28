package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.chipgraph.source.BundledFiles;

/**
 * German business reporting names a company by its people after naming it once: "Nvidia ... Die Amerikaner beliefern
 * ...", "Den Speicher beziehen die Kalifornier von ...", "Die Japaner hatten angekündigt ...". The plural of a people
 * ({@code patterns/<lang>.demonyms.tsv}: country label, forms) after a plural article refers to the nearest company the
 * article places in that country ({@link Coreference#ofCountry}); the reference says where the company sits, so it
 * also gives {@code headquarteredIn}. A singular ("der Japaner Masayoshi Son") is a person and is not read.
 */
final class Demonyms {
    private static final double SEAT_CONFIDENCE = 0.6;

    /** "die Amerikaner", "den Amerikanern", "der Chinesen" (a genitive plural only for forms in -n); tried only at its articles. */
    private final WordCue cue;
    private final Map<String, EntityRef> countryOf;

    private Demonyms(WordCue cue, Map<String, EntityRef> countryOf) {
        this.cue = cue;
        this.countryOf = countryOf;
    }

    /** The language's demonyms, or null when it has no {@code patterns/<lang>.demonyms.tsv}. */
    static Demonyms load(String language, Map<String, EntityRef> byLabel) {
        return BundledFiles.find("patterns/" + language + ".demonyms.tsv").map(f -> parse(f.origin(), f.text(), byLabel)).orElse(null);
    }

    static Demonyms parse(String origin, String text, Map<String, EntityRef> byLabel) {
        Map<String, EntityRef> countryOf = new HashMap<>();
        List<String> forms = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length != 2 || f[1].isBlank()) throw new InputError(origin + ":" + (i + 1) + ": expected country<TAB>forms separated by |");
            EntityRef country = byLabel.get("Country:" + f[0].strip());
            if (country == null) throw new InputError(origin + ":" + (i + 1) + ": unknown country \"" + f[0].strip() + "\"");
            for (String form : f[1].split("\\|")) {
                if (form.isBlank()) continue;
                countryOf.put(form.strip(), country);
                forms.add(Pattern.quote(form.strip()));
            }
        }
        if (forms.isEmpty()) return null;
        String any = String.join("|", forms);
        Pattern cue = Pattern.compile("(?<![\\p{L}-])(?:(?:[Dd]ie|[Dd]en|[Dd]iese|[Dd]iesen)\\s+|[Dd]er\\s+(?=\\p{L}+n(?![\\p{L}-])))(?<noun>" + any + ")(?![\\p{L}-])");
        return new Demonyms(WordCue.at(cue, new String[] {"die", "den", "der"}), countryOf);
    }

    /**
     * Adds a company mention for each people's name of sentence {@code index} that refers to a company, and the
     * company's seat to {@code facts}.
     */
    void resolve(SentenceState st, int index, Coreference coref, FactBuilder facts, String docIri) {
        List<Mention> added = new ArrayList<>();
        for (Matcher m = cue.first(st.words); m != null; m = cue.next(m, st.words) ? m : null) {
            int a = m.start("noun"), b = m.end("noun");
            if (overlaps(st, a, b)) continue;
            EntityRef country = countryOf.get(m.group("noun"));
            EntityRef company = coref.ofCountry(References.companiesBefore(st, a), index, country);
            if (company == null) continue;
            added.add(new Mention(a, b, MentionKind.COMPANY, List.of(company), false, true, false, false, null));
            facts.put(NewsExtractor.fact(company, Relation.HEADQUARTERED_IN, country, null, null, null, null, Stance.ASSERTED, null,
                    SEAT_CONFIDENCE, docIri, st.sentence), company, country);
        }
        for (Mention x : added) { st.mentions.add(x); st.take(x.start(), x.end()); }
    }

    /** Does a mention already cover part of [a, b)? (A city's adjective is taken without a mention: "Kalifornier".) */
    private static boolean overlaps(SentenceState st, int a, int b) {
        for (Mention x : st.mentions) if (x.start() < b && a < x.end()) return true;
        return false;
    }
}
