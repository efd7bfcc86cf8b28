package org.chipgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Article;

/**
 * Which measure of an issuer a date names, in one article: a measure of the registry when it has one in force then, else
 * a measure discovered in this article, named "<issuer> export controls <year-month>" (the guide's form).
 */
final class IssuerMeasures {
    private final Article article;
    private final ExportControls registry;
    private final ReferenceEntities reference;
    final Map<String, ExportControls.Control> discovered = new LinkedHashMap<>();

    IssuerMeasures(Article article, ExportControls registry, ReferenceEntities reference) {
        this.article = article;
        this.registry = registry;
        this.reference = reference;
    }

    /**
     * The control an issuer's mention speaks of. A registry measure when the registry has one for the text's year
     * (or "since" points back to an older one); else a discovered measure of that issuer and date.
     */
    ExportControls.Control choose(String issuer, PartialDate when, boolean since, boolean isNew, List<ExportControls.Control> docDated) {
        boolean datedInRegistry = registry.hasDated(issuer);
        if (when != null) {
            if (datedInRegistry && (since || registry.inForce(issuer, when))) return registry.resolve(issuer, when, docDated, article.date());
            return discover(issuer, monthOf(when));
        }
        if (isNew && !datedInRegistry) return discover(issuer, monthOf(article.date()));
        if (isNew && article.date() != null) {
            // "new rules" in an article of a year the registry has no measure of yet: a measure of the article's month
            ExportControls.Control latest = registry.resolve(issuer, null, List.of(), article.date());
            if (latest != null && latest.date() != null && latest.date().year() < article.date().year()) return discover(issuer, monthOf(article.date()));
        }
        for (ExportControls.Control c : docDated) if (c.issuer().equals(issuer)) return c;
        for (ExportControls.Control c : discovered.values()) if (c.issuer().equals(issuer)) return c;
        ExportControls.Control known = registry.resolve(issuer, null, docDated, article.date());
        // a measure the registry lacks ("Beijing banned exports ..."), undated in the text: the article's
        return known != null ? known : discover(issuer, monthOf(article.date()));
    }

    static PartialDate monthOf(PartialDate d) {
        if (d == null) return null;
        return d.month() == null ? PartialDate.ofYear(d.year()) : PartialDate.ofMonth(d.year(), d.month());
    }

    ExportControls.Control discover(String issuer, PartialDate date) {
        String label = registry.labelPrefix(issuer, reference) + " export controls" + (date == null ? "" : " " + date);
        String iri = Iris.minted("ExportControl", label);
        return discovered.computeIfAbsent(iri, k -> new ExportControls.Control(new EntityRef(iri, label, "ExportControl", true), issuer, date, false));
    }

    /**
     * "die neuen Exportkontrollen" after the article dated a measure of the same issuer within the year before it ("im
     * vergangenen Jahr eingeführt"): that measure, not one of the article's month. Null when there is none.
     */
    static ExportControls.Control recent(String issuer, List<ExportControls.Control> seen, PartialDate articleDate) {
        if (articleDate == null) return null;
        for (int i = seen.size() - 1; i >= 0; i--) {
            ExportControls.Control c = seen.get(i);
            if (!c.issuer().equals(issuer) || c.date() == null || c.list()) continue;
            int months = (articleDate.year() - c.date().year()) * 12 + (articleDate.month() == null || c.date().month() == null ? 0
                    : articleDate.month() - c.date().month());
            if (months >= 0 && months <= 12) return c;
        }
        return null;
    }
}
