package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.PartialDate;

/**
 * The export-control entities of the registry with their issuer and effective date, and the choice of
 * one for a mention by issuer and date: the text's year and month if it gives them, else the article's.
 * A year alone picks a measure of that year the article already dated, else the last of that year; a
 * year without a measure picks the latest measure before it ("restrictions since 2021" are those of 2020).
 */
final class ExportControls {

    /** An export control: its entity, issuer IRI, effective date (null when undated, e.g. a list). */
    record Control(EntityRef ref, String issuer, PartialDate date, boolean list) {}

    private final List<Control> controls;
    private final java.util.Set<String> issuers;
    /** issuer IRI -> how labels name it ("Indian"), from patterns/control-issuers.tsv */
    private final java.util.Map<String, String> prefixes;

    ExportControls(Collection<Control> controls) { this(controls, java.util.Map.of()); }

    ExportControls(Collection<Control> controls, java.util.Map<String, String> prefixes) {
        this.prefixes = java.util.Map.copyOf(prefixes);
        List<Control> c = new ArrayList<>(controls);
        c.sort(Comparator.comparing((Control x) -> x.date == null ? PartialDate.ofYear(1000) : x.date));
        this.controls = List.copyOf(c);
        java.util.Set<String> is = new java.util.HashSet<>();
        for (Control x : c) is.add(x.issuer);
        this.issuers = java.util.Set.copyOf(is);
    }

    /** The countries that issue a measure of the registry. */
    java.util.Set<String> issuers() { return issuers; }

    /** Does the registry date any measure of this issuer? */
    boolean hasDated(String issuer) {
        for (Control c : controls) if (c.issuer.equals(issuer) && c.date != null && !c.list) return true;
        return false;
    }

    /**
     * Does a registry measure of this issuer answer a text date? One of the same year that is not later than the
     * date's month ("in November 2022": the October 2022 rules); a new measure otherwise ("in January 2025").
     */
    boolean inForce(String issuer, PartialDate when) {
        for (Control c : controls) {
            if (!c.issuer.equals(issuer) || c.date == null || c.list || c.date.year() != when.year()) continue;
            if (when.month() == null || c.date.month() == null || c.date.month() <= when.month()) return true;
        }
        return false;
    }

    /** How the registry names this issuer's measures ("US", "Dutch"), else the country's label ("Taiwan"). */
    String labelPrefix(String issuer, ReferenceEntities reference) {
        for (Control c : controls) {
            int k = c.ref.label().indexOf(" export controls");
            if (c.issuer.equals(issuer) && !c.list && k > 0) return c.ref.label().substring(0, k);
        }
        String prefix = prefixes.get(issuer);
        if (prefix != null) return prefix;
        EntityRef country = reference.byIri(issuer);
        return country != null ? country.label() : "Unknown issuer";
    }

    /** A line of patterns/control-issuers.tsv: the country's IRI, how labels name it ("Dutch"), the seat of its government. */
    record Issuer(String country, String prefix, List<String> seats) {}

    /** The label prefixes of patterns/control-issuers.tsv, by the country's IRI. */
    static java.util.Map<String, String> labelPrefixes(List<Issuer> table) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Issuer i : table) out.put(i.country(), i.prefix());
        return out;
    }

    /** patterns/control-issuers.tsv: country label TAB prefix [TAB seat | seat ...]; empty when the file is absent. */
    static List<Issuer> issuerTable(ReferenceEntities reference) {
        List<Issuer> out = new ArrayList<>();
        var file = org.chipgraph.source.BundledFiles.find("patterns/control-issuers.tsv");
        if (file.isEmpty()) return out;
        String[] lines = file.get().text().split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t");
            if (f.length < 2 || f.length > 3 || f[1].isBlank()) {
                throw new org.chipgraph.error.InputError(file.get().origin() + ":" + (i + 1)
                        + ": expected a country of the registry, a tab and the label prefix (and optionally a tab and the seat), got \"" + l + "\"");
            }
            EntityRef country = reference.byLabel.get("Country:" + f[0].strip());
            if (country == null) {
                throw new org.chipgraph.error.InputError(file.get().origin() + ":" + (i + 1)
                        + ": issuer for unknown Country \"" + f[0].strip() + "\" (not in the registry, ontology/entities*.ttl)");
            }
            List<String> seats = new ArrayList<>();
            if (f.length == 3) for (String s : f[2].split("\\|")) if (!s.isBlank()) seats.add(s.strip());
            out.add(new Issuer(country.iri(), f[1].strip(), List.copyOf(seats)));
        }
        return out;
    }

    Control byIri(String iri) {
        for (Control c : controls) if (c.ref.iri().equals(iri)) return c;
        return null;
    }

    /**
     * @param when        the date the text ties to the mention, or null
     * @param docDated    controls that other mentions of this article dated explicitly
     * @param articleDate the article's date
     */
    Control resolve(String issuer, PartialDate when, List<Control> docDated, PartialDate articleDate) {
        List<Control> dated = controls.stream().filter(c -> c.issuer.equals(issuer) && c.date != null && !c.list).toList();
        if (dated.isEmpty()) {
            return controls.stream().filter(c -> c.issuer.equals(issuer) && !c.list).findFirst().orElse(null);
        }
        PartialDate d = when;
        if (d == null) {
            for (Control c : docDated) if (c.issuer.equals(issuer)) return c;
            d = articleDate;
        }
        final PartialDate target = d;
        if (target.month() != null) {
            Control best = null;
            for (Control c : dated) {
                if (c.date.year() == target.year() && c.date.month() != null && c.date.month().equals(target.month())) return c;
                if (c.date.year() < target.year() || (c.date.year() == target.year()
                        && (c.date.month() == null || c.date.month() <= target.month()))) best = c;
            }
            return best != null ? best : dated.get(0);
        }
        for (Control c : docDated) if (c.issuer.equals(issuer) && c.date != null && c.date.year() == target.year()) return c;
        Control best = null;
        for (Control c : dated) {
            if (c.date.year() == target.year()) {
                // within one year prefer one not after the article's date
                if (articleDate.year() == target.year() && articleDate.month() != null && c.date.month() != null
                        && c.date.month() > articleDate.month() && best != null) continue;
                best = c;
            }
        }
        if (best != null) return best;
        for (Control c : dated) if (c.date.year() < target.year()) best = c;
        return best != null ? best : dated.get(0);
    }
}
