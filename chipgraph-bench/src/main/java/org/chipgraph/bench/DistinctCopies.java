package org.chipgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.extract.ArticleExtractor;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;

/**
 * The benchmark's repeated articles made distinct after extraction: in copy n of an article (its document IRI holds
 * "copy-n", from {@link CorpusGenerator#repeat}) every entity a fact names gets the IRI {@code <iri>-copy-n} and is
 * marked discovered (so its document states its type and label), so each copy states facts of its own where the
 * plain repeats state the same facts about 100 times each, which real news does not. Extraction itself and each
 * fact's relation, stance, provenance and evidence are unchanged; only the entity IRIs (and the discovered entities'
 * type and label triples they bring) differ.
 */
final class DistinctCopies implements ArticleExtractor {
    private static final Pattern COPY = Pattern.compile("copy-0*(\\d+)");
    private final ArticleExtractor inner;

    DistinctCopies(ArticleExtractor inner) { this.inner = inner; }

    @Override
    public List<Fact> extract(Article article, String docIri) {
        List<Fact> facts = inner.extract(article, docIri);
        Matcher m = COPY.matcher(docIri);
        if (!m.find()) return facts;
        String suffix = "-copy-" + m.group(1);
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(new Fact(own(f.subject(), suffix), f.relation(), f.object() == null ? null : own(f.object(), suffix), f.objectText(),
                    f.quantity(), f.money(), f.date(), f.stance(), f.attribution(), f.confidence(), f.provenance()));
        }
        return out;
    }

    private static EntityRef own(EntityRef e, String suffix) { return new EntityRef(e.iri() + suffix, e.label(), e.type(), true); }

    @Override
    public String name() { return inner.name(); }

    @Override
    public String version() { return inner.version(); }
}
