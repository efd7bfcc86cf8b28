package org.chipgraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.source.Article;

/**
 * The quads of one article's named graph: the document's description, each fact as a plain triple,
 * a claim node per fact ({@link ClaimNode}, with the quantity, money and date the sentence gave),
 * discovered entities, and the materialised cg:Supplier type.
 */
public final class DocumentGraph {
    private DocumentGraph() {}

    // The relations' predicates, made once: every document repeats them.
    private static final Node[] PREDICATES = new Node[Relation.values().length];

    static {
        for (Relation r : Relation.values()) PREDICATES[r.ordinal()] = CG.term(r.localName);
    }

    /** The graph of an article read alone, named by its file name. */
    public static List<Quad> of(Article article, List<Fact> facts) {
        return of(Iris.document(article.name()), article, article.name(), facts);
    }

    /**
     * The graph of an article whose document is {@code docIri}, found at {@code sourcePath} under the
     * ingested folder; the file it was read from is recorded so a later, different file claiming the
     * same document can be told apart from a re-ingest of this one.
     */
    public static List<Quad> of(String docIri, Article article, String sourcePath, List<Fact> facts) {
        Node g = NodeFactory.createURI(docIri);
        Node doc = g;
        List<Quad> out = new ArrayList<>();
        out.add(new Quad(g, doc, CG.type, CG.Document));
        out.add(new Quad(g, doc, CG.type, NodeFactory.createURI(CG.SCHEMA + "NewsArticle")));
        out.add(new Quad(g, doc, CG.fileName, lit(article.name())));
        out.add(new Quad(g, doc, CG.sourcePath, lit(sourcePath)));
        if (article.file() != null) out.add(new Quad(g, doc, CG.sourceFile, lit(article.file().toAbsolutePath().normalize().toString())));
        if (article.title() != null) out.add(new Quad(g, doc, CG.title, lit(article.title())));
        if (article.url() != null) out.add(new Quad(g, doc, CG.url, NodeFactory.createURI(article.url().replace(" ", "%20"))));
        out.add(new Quad(g, doc, CG.published, NodeFactory.createLiteralDT(article.date().toString(), xsd(article.date().xsdType()))));
        out.add(new Quad(g, doc, CG.language, lit(article.language())));
        out.add(new Quad(g, doc, CG.sha256, lit(article.sha256())));
        addFacts(g, facts, out);
        return out;
    }

    /**
     * The description of a table's document (its rows' triples and claims come from its mapping, with {@link ClaimNode});
     * the file read is recorded so 'chipgraph remove --source' finds the table's document.
     */
    public static List<Quad> ofTable(String docIri, String fileName, String sha256, String sourceFile, String mapping) {
        Node doc = NodeFactory.createURI(docIri);
        return List.of(
                new Quad(doc, doc, CG.type, CG.Document),
                new Quad(doc, doc, CG.type, NodeFactory.createURI(CG.SCHEMA + "Dataset")),
                new Quad(doc, doc, CG.fileName, lit(fileName)),
                new Quad(doc, doc, CG.sha256, lit(sha256)),
                new Quad(doc, doc, CG.sourceFile, lit(sourceFile)),
                new Quad(doc, doc, CG.mapping, lit(mapping)));
    }

    /** Adds the triples, claims and entity descriptions of {@code facts} to graph {@code g}. */
    public static void addFacts(Node g, List<Fact> facts, List<Quad> out) {
        Set<Quad> seen = new LinkedHashSet<>(out);
        for (Fact f : facts) {
            Node s = entity(g, f.subject(), seen, out);
            Node p = PREDICATES[f.relation().ordinal()];
            Node o = f.object() != null ? entity(g, f.object(), seen, out) : lit(f.objectText());
            add(seen, out, new Quad(g, s, p, o));
            if (f.relation() == Relation.SUPPLIES) add(seen, out, new Quad(g, s, CG.type, CG.Supplier));

            Node c = ClaimNode.write(s, p, o, f.provenance(), f.stance(), f.confidence(), t -> add(seen, out, new Quad(g, t)));
            if (f.quantity() != null) {
                add(seen, out, new Quad(g, c, CG.quantity, ClaimNode.decimal(f.quantity().value())));
                add(seen, out, new Quad(g, c, CG.quantityBound, CG.term(boundName(f.quantity().bound()))));
            }
            if (f.money() != null) {
                add(seen, out, new Quad(g, c, CG.amount, ClaimNode.decimal(f.money().amount())));
                add(seen, out, new Quad(g, c, CG.currency, lit(f.money().currency())));
            }
            if (f.date() != null) {
                add(seen, out, new Quad(g, c, CG.date, NodeFactory.createLiteralDT(f.date().toString(), xsd(f.date().xsdType()))));
            }
            if (f.attribution() != null) add(seen, out, new Quad(g, c, CG.attributedTo, lit(f.attribution())));
        }
    }

    private static Node entity(Node g, EntityRef e, Set<Quad> seen, List<Quad> out) {
        Node n = NodeFactory.createURI(e.iri());
        if (e.discovered()) {
            // Reference entities are described in the entities graph; minted ones in the graph that found them.
            add(seen, out, new Quad(g, n, CG.type, CG.term(e.type())));
            add(seen, out, new Quad(g, n, CG.type, CG.DiscoveredEntity));
            add(seen, out, new Quad(g, n, CG.label, NodeFactory.createLiteralLang(e.label(), "en")));
        }
        return n;
    }

    private static void add(Set<Quad> seen, List<Quad> out, Quad q) {
        if (seen.add(q)) out.add(q);
    }

    static String boundName(Quantity.Bound b) {
        return switch (b) {
            case EXACT -> "Exactly";
            case MORE_THAN -> "MoreThan";
            case LESS_THAN -> "LessThan";
            case AT_LEAST -> "AtLeast";
            case AT_MOST -> "AtMost";
        };
    }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    private static org.apache.jena.datatypes.RDFDatatype xsd(String local) {
        return switch (local) {
            case "gYear" -> XSDDatatype.XSDgYear;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
    }
}
