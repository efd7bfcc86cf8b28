package org.chipgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Resolves the value of an entity parameter (an IRI or a name) to one entity of the parameter's class:
 * the exact name first (an index lookup in the store), then the same name but for case and accents, then
 * a fuzzy match from the {@link NameIndex}, which is taken only when it is the one candidate of the right
 * class and close (the choice is reported). Anything else is a {@link ParameterException} naming the
 * parameter and listing the candidates.
 */
final class EntityParameter {
    private EntityParameter() {}

    /** A fuzzy match at least this close is taken when it is the only candidate of the right class. */
    static final double FUZZY_ACCEPT = 0.8;
    /** Fuzzy matches below this are not worth suggesting. */
    static final double SUGGEST = 0.6;

    /** The entity a value names, checked against the parameter's class; {@code notes} gets any fuzzy choice. */
    static Node resolve(String where, ParamType type, String value, DatasetGraph dsg, List<String> notes) {
        if (value.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) return iri(where, type, value, dsg);
        if (dsg == null) throw new ParameterException(where + ": '" + value + "' is not an IRI, and no store to look up a name in");
        List<NameIndex.Hit> found = exact(value, dsg);
        if (found.isEmpty()) found = NameIndex.of(dsg).search(value, 8);
        if (found.isEmpty()) throw new ParameterException(where + ": nothing is named '" + value + "', expected the name or IRI of " + article(type));
        boolean fuzzy = found.get(0).match().equals("fuzzy");
        List<NameIndex.Hit> right = type.classIri() == null ? found : found.stream().filter(h -> h.types().contains(type)).toList();
        if (fuzzy) {
            List<NameIndex.Hit> close = right.stream().filter(h -> h.score() >= FUZZY_ACCEPT).toList();
            if (close.size() == 1) {
                notes.add(where + ": '" + value + "' read as " + close.get(0).label() + " (fuzzy match, score " + close.get(0).score() + ")");
                return NodeFactory.createURI(close.get(0).iri());
            }
            List<NameIndex.Hit> likely = right.stream().filter(h -> h.score() >= SUGGEST).toList();
            throw new ParameterException(where + ": no " + type.noun + " is named '" + value + "'"
                    + (likely.isEmpty() ? ", expected the name or IRI of " + article(type) : "; did you mean " + list(likely, true) + "?"));
        }
        if (right.isEmpty()) {
            throw new ParameterException(where + ": " + describe(found) + ", not " + article(type));
        }
        if (right.size() == 1) return NodeFactory.createURI(right.get(0).iri());
        // One name, several things: the reference entity of the type's folder (China the country, not the table's aggregate).
        List<NameIndex.Hit> reference = right.stream().filter(h -> isReference(h.iri())).toList();
        if (reference.size() == 1) return NodeFactory.createURI(reference.get(0).iri());
        throw new ParameterException(where + ": '" + value + "' is ambiguous, it names " + list(right, false) + "; give one of their IRIs");
    }

    private static Node iri(String where, ParamType type, String value, DatasetGraph dsg) {
        IRI iri = IRIFactory.iriImplementation().create(value);
        if (iri.hasViolation(false) || !iri.isAbsolute() || value.matches(".*[\\s<>\"{}|\\\\^`].*")) {
            throw new ParameterException(where + ": '" + value + "' is not a valid absolute IRI");
        }
        Node n = NodeFactory.createURI(value);
        if (dsg == null || type.classIri() == null) return n;
        NameIndex.Hit h = describe(n, dsg);
        if (!h.types().isEmpty() && !h.types().contains(type)) {
            throw new ParameterException(where + ": " + describe(List.of(h)) + ", not " + article(type));
        }
        return n;
    }

    private static boolean isReference(String iri) {
        for (String folder : List.of("/id/company/", "/id/chip/", "/id/country/", "/id/control/")) if (iri.contains(folder)) return true;
        return false;
    }

    private static final List<Node> NAME_PROPERTIES = List.of(org.apache.jena.vocabulary.RDFS.label.asNode(),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"), NodeFactory.createURI(org.chipgraph.rdf.CG.NS + "alternateName"));

    /**
     * Entities with this exact name (English, German or plain literal): index lookups, a label in the summary graph,
     * which holds each label triple once and is kept in step with every graph, so it names the same entities in the
     * same order (subject order, as the union's index gives them); the union read the label in every document that
     * mentions the entity (hundreds for a hub company at 10 M quads). The other name properties, which the summary
     * does not hold, and a label it does not hold (a store without a summary) come from the union graph.
     */
    private static List<NameIndex.Hit> exact(String value, DatasetGraph dsg) {
        var union = dsg.getUnionGraph();
        var summary = dsg.getGraph(org.chipgraph.store.SummaryGraph.NODE);
        Set<Node> nodes = new LinkedHashSet<>();
        for (Node name : List.of(NodeFactory.createLiteralLang(value, "en"), NodeFactory.createLiteralLang(value, "de"), NodeFactory.createLiteralString(value))) {
            for (Node p : NAME_PROPERTIES) {
                if (p.equals(NAME_PROPERTIES.get(0)) && named(summary, p, name, nodes)) continue;
                named(union, p, name, nodes);
            }
        }
        List<NameIndex.Hit> hits = new ArrayList<>();
        for (Node n : nodes) {
            NameIndex.Hit d = describe(n, dsg);
            hits.add(new NameIndex.Hit(d.iri(), d.label(), value, d.types(), "exact", 1.0));
        }
        return hits;
    }

    /** Adds the subjects of {@code ?s p name} in {@code g} that are IRIs, up to 20 in all; true when {@code g} holds any such triple. */
    private static boolean named(org.apache.jena.graph.Graph g, Node p, Node name, Set<Node> nodes) {
        boolean[] any = {false};
        g.find(Node.ANY, p, name).forEachRemaining(t -> {
            any[0] = true;
            if (t.getSubject().isURI() && nodes.size() < 20) nodes.add(t.getSubject());
        });
        return any[0];
    }

    /**
     * The entity's classes (of the four kinds) and English label: from the summary graph, which holds each type
     * and label once, else (a store without one, an entity it does not name) from the union graph. The union
     * repeats them in every document that mentions the entity: for a hub company at 10 M quads reading its types
     * there was 18 % of a question's request through the endpoint.
     */
    static NameIndex.Hit describe(Node e, DatasetGraph dsg) {
        NameIndex.Hit summarised = describe(e, dsg.getGraph(org.chipgraph.store.SummaryGraph.NODE));
        return summarised.name() != null || !summarised.types().isEmpty() ? summarised : describe(e, dsg.getUnionGraph());
    }

    private static NameIndex.Hit describe(Node e, org.apache.jena.graph.Graph g) {
        Set<ParamType> types = new LinkedHashSet<>();
        g.find(e, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && ParamType.ofClass(t.getObject().getURI()) != null) types.add(ParamType.ofClass(t.getObject().getURI()));
        });
        String label = null;
        for (var it = g.find(e, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY); it.hasNext(); ) {
            Node l = it.next().getObject();
            if (l.isLiteral() && (label == null || "en".equals(l.getLiteralLanguage()))) label = l.getLiteralLexicalForm();
        }
        return new NameIndex.Hit(e.getURI(), label == null ? e.getURI() : label, label, types, "exact", 1.0);
    }

    /** "China is a country" / "H20 is a chip" / "X names a country (China) and a company (X Corp)". */
    private static String describe(List<NameIndex.Hit> found) {
        Map<String, NameIndex.Hit> byIri = new LinkedHashMap<>();
        // Things of the four kinds first: "China is a country", though a table also has a "China" aggregate row.
        List<NameIndex.Hit> typed = found.stream().filter(h -> !h.types().isEmpty()).toList();
        (typed.isEmpty() ? found : typed).forEach(h -> byIri.putIfAbsent(h.iri(), h));
        if (byIri.size() == 1) {
            NameIndex.Hit h = byIri.values().iterator().next();
            return h.label() + " is " + (h.types().isEmpty() ? "not a company, chip, export control or country"
                    : h.types().stream().map(ParamType::article).collect(Collectors.joining(" and ")));
        }
        return "the name is used by " + list(new ArrayList<>(byIri.values()), false);
    }

    private static String list(List<NameIndex.Hit> hits, boolean scores) {
        return hits.stream().limit(5).map(h -> h.label() + " (" + (h.types().isEmpty() ? "other" : h.types().stream().map(t -> t.noun).collect(Collectors.joining("/")))
                + (scores ? ", score " + h.score() : "") + ", " + h.iri() + ")").collect(Collectors.joining(", "));
    }

    private static String article(ParamType t) { return t.article(); }
}
