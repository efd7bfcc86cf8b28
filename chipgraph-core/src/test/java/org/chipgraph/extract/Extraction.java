package org.chipgraph.extract;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chipgraph.fact.Fact;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;

/** Test fixture: one shared extractor (as in production) run on small articles under src/test/resources/extract. */
final class Extraction {
    static final NewsExtractor EXTRACTOR = new NewsExtractor(ReferenceData.load());
    private static final ArticleReader READER = new ArticleReader(new LanguageDetector(), null);

    private Extraction() {}

    /** The facts of test article {@code extract/<lang>/<name>.txt}. */
    static List<Fact> of(String lang, String name) {
        return EXTRACTOR.extract(article(lang, name), "urn:test:" + name);
    }

    static Article article(String lang, String name) {
        URL url = Extraction.class.getResource("/extract/" + lang + "/" + name + ".txt");
        if (url == null) throw new IllegalArgumentException("missing test article extract/" + lang + "/" + name + ".txt");
        try {
            return READER.read(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Fact> of(Article a) { return EXTRACTOR.extract(a, Iris.document(a.name())); }

    /** The one fact with this subject, relation and object label (or objectText), if any. */
    static Optional<Fact> find(List<Fact> facts, String subject, String relation, String object) {
        return facts.stream().filter(f -> f.subject().label().equals(subject) && f.relation().localName.equals(relation)
                && (object == null || object.equals(f.objectLabel()))).findFirst();
    }

    /** The fact with this subject, relation and object, or a failure listing the facts there are. */
    static Fact fact(List<Fact> facts, String s, String r, String o) {
        return find(facts, s, r, o).orElseThrow(() -> new AssertionError("no " + s + " " + r + " " + o + " in" + dump(facts)));
    }

    /** No fact with this subject, relation and object, or a failure listing the facts there are. */
    static void absent(List<Fact> facts, String s, String r, String o) {
        if (find(facts, s, r, o).isPresent()) throw new AssertionError("unexpected " + s + " " + r + " " + o + " in" + dump(facts));
    }

    /** No fact names any of {@code labels} as its subject or object. */
    static void noneNamed(List<Fact> facts, String... labels) {
        java.util.Set<String> bad = java.util.Set.of(labels);
        for (Fact f : facts) {
            if (bad.contains(f.subject().label()) || bad.contains(f.objectLabel())) throw new AssertionError("a fact names one of " + bad + ":" + dump(facts));
        }
    }

    static String dump(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append("\n  ").append(f.subject().label()).append(' ').append(f.relation()).append(' ').append(f.objectLabel())
                    .append(f.quantity() != null ? " q=" + f.quantity() : "").append(f.money() != null ? " m=" + f.money() : "")
                    .append(f.date() != null ? " d=" + f.date() : "").append(' ').append(f.stance()).append(String.format(" %.2f", f.confidence()));
        }
        return sb.toString();
    }
}
