package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.EntityRef;

/**
 * The words that name the issuer of an export control, by the issuing country's IRI: the pattern file's
 * {@code issuer "Country" = ...} lines, and each government seat of patterns/control-issuers.tsv in the forms of the
 * language's {@code issuer-seat} line ("the government in {seat}|{seat}": "Stockholm tightened ..."), and each of its
 * countries owning a body of government in the form of the {@code issuer-country-body} line ("South Korea's industry ministry").
 */
final class IssuerCues {
    private IssuerCues() {}

    static Map<String, WordCue> of(PatternFile file, ReferenceEntities ref, List<ExportControls.Issuer> table) {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        for (var e : file.issuers.entrySet()) {
            EntityRef country = ref.byLabel.get("Country:" + e.getKey());
            if (country == null) throw new InputError(file.origin + ": issuer for unknown country \"" + e.getKey() + "\"");
            cues.computeIfAbsent(country.iri(), k -> new ArrayList<>()).addAll(e.getValue());
        }
        String seatForm = file.list("issuer-seat");
        if (seatForm != null) {
            for (ExportControls.Issuer i : table) {
                if (i.seats().isEmpty()) continue;
                // names as written (letters, spaces, hyphens, dots), not quoted: the cue's first words must stay readable to
                // WordCue.prefixes, or the cue would be tried at every word of every sentence
                String seats = "(?:" + String.join("|", i.seats().stream().map(IssuerCues::literal).toList()) + ")(?![\\p{L}\\p{N}-])";
                cues.computeIfAbsent(i.country(), k -> new ArrayList<>()).add(seatForm.replace("{seat}", seats));
            }
        }
        // "South Korea's industry ministry", "Taiwan's cabinet": a country of the table owning a body of government (the
        // language's issuer-country-body line, {country}: the country's registry label)
        String bodyForm = file.list("issuer-country-body");
        if (bodyForm != null) {
            for (var e : ref.byLabel.entrySet()) {
                String iri = e.getValue().iri();
                if (!e.getKey().startsWith("Country:") || table.stream().noneMatch(i -> i.country().equals(iri))) continue;
                String name = "(?:" + literal(e.getKey().substring("Country:".length())) + ")";
                cues.computeIfAbsent(iri, k -> new ArrayList<>()).add(bodyForm.replace("{country}", name));
            }
        }
        Map<String, WordCue> out = new LinkedHashMap<>();
        for (var e : cues.entrySet()) {
            // whole words only ("Tokyo", not "xTokyo"), tried at the words the cues begin with
            String alt = String.join("|", e.getValue());
            out.put(e.getKey(), WordCue.at(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")"), WordCue.wordPrefixes(alt)));
        }
        return out;
    }

    private static String literal(String name) {
        return name.matches("[\\p{L} .'-]+") ? name.replace(".", "\\.") : Pattern.quote(name);
    }
}
