package org.chipgraph.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.chipgraph.source.Article;

/**
 * The quads of one article's named graph: the document's description, each fact as a plain triple,
 * a claim node per fact (an rdf:Statement with its evidence), discovered entities, and the
 * materialised cg:Supplier type.
 */
public final class DocumentGraph {
    private DocumentGraph() {}

    // Nodes every document repeats, made once: the relations, stances, rounded confidences and extractor names.
    private static final Node[] PREDICATES = new Node[Relation.values().length];
    private static final Node[] STANCES = new Node[Stance.values().length];
    private static final Node[] CONFIDENCES = new Node[1001];
    private static final Map<String, Node> NAMES = new ConcurrentHashMap<>();

    static {
        for (Relation r : Relation.values()) PREDICATES[r.ordinal()] = CG.term(r.localName);
        for (Stance st : Stance.values()) STANCES[st.ordinal()] = CG.term(st.localName());
        for (int k = 0; k <= 1000; k++) CONFIDENCES[k] = decimal(BigDecimal.valueOf(k / 1000.0));
    }

    private static Node confidence(double c) {
        long k = Math.round(c * 1000);
        return k >= 0 && k <= 1000 ? CONFIDENCES[(int) k] : decimal(BigDecimal.valueOf(k / 1000.0));
    }

    /** A literal of the few strings that name an extractor, its version or a mapping. */
    private static Node name(String s) {
        return NAMES.size() < 1000 ? NAMES.computeIfAbsent(s, DocumentGraph::lit) : lit(s);
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

    /** Adds the triples, claims and entity descriptions of {@code facts} to graph {@code g}. */
    public static void addFacts(Node g, List<Fact> facts, List<Quad> out) {
        Set<Quad> seen = new LinkedHashSet<>(out);
        for (Fact f : facts) {
            Node s = entity(g, f.subject(), seen, out);
            Node p = PREDICATES[f.relation().ordinal()];
            Node o = f.object() != null ? entity(g, f.object(), seen, out) : lit(f.objectText());
            add(seen, out, new Quad(g, s, p, o));
            if (f.relation() == Relation.SUPPLIES) add(seen, out, new Quad(g, s, CG.type, CG.Supplier));

            var prov = f.provenance();
            String where = prov.row() != null ? "row " + prov.row() : prov.start() + "-" + prov.end();
            Node c = NodeFactory.createURI(Iris.claim(prov.docIri(), s.getURI(), p.getURI(), o.toString(), where));
            add(seen, out, new Quad(g, c, CG.type, CG.Claim));
            add(seen, out, new Quad(g, c, CG.rdfSubject, s));
            add(seen, out, new Quad(g, c, CG.rdfPredicate, p));
            add(seen, out, new Quad(g, c, CG.rdfObject, o));
            add(seen, out, new Quad(g, c, CG.wasDerivedFrom, NodeFactory.createURI(prov.docIri())));
            if (f.quantity() != null) {
                add(seen, out, new Quad(g, c, CG.quantity, decimal(f.quantity().value())));
                add(seen, out, new Quad(g, c, CG.quantityBound, CG.term(boundName(f.quantity().bound()))));
            }
            if (f.money() != null) {
                add(seen, out, new Quad(g, c, CG.amount, decimal(f.money().amount())));
                add(seen, out, new Quad(g, c, CG.currency, lit(f.money().currency())));
            }
            if (f.date() != null) {
                add(seen, out, new Quad(g, c, CG.date, NodeFactory.createLiteralDT(f.date().toString(), xsd(f.date().xsdType()))));
            }
            add(seen, out, new Quad(g, c, CG.stance, STANCES[f.stance().ordinal()]));
            if (f.attribution() != null) add(seen, out, new Quad(g, c, CG.attributedTo, lit(f.attribution())));
            if (prov.sentence() != null) {
                add(seen, out, new Quad(g, c, CG.sentence, lit(prov.sentence())));
                add(seen, out, new Quad(g, c, CG.charStart, NodeFactory.createLiteralDT(Integer.toString(prov.start()), XSDDatatype.XSDinteger)));
                add(seen, out, new Quad(g, c, CG.charEnd, NodeFactory.createLiteralDT(Integer.toString(prov.end()), XSDDatatype.XSDinteger)));
            }
            if (prov.row() != null) add(seen, out, new Quad(g, c, CG.row, NodeFactory.createLiteralDT(prov.row().toString(), XSDDatatype.XSDinteger)));
            if (prov.mapping() != null) add(seen, out, new Quad(g, c, CG.mapping, name(prov.mapping())));
            add(seen, out, new Quad(g, c, CG.extractor, name(prov.extractor())));
            add(seen, out, new Quad(g, c, CG.extractorVersion, name(prov.extractorVersion())));
            add(seen, out, new Quad(g, c, CG.confidence, confidence(f.confidence())));
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

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(d.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static org.apache.jena.datatypes.RDFDatatype xsd(String local) {
        return switch (local) {
            case "gYear" -> XSDDatatype.XSDgYear;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
    }
}
