package org.chipgraph.query;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.eval.PathEval;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.store.FactEndRow;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.rdf.CG;

/**
 * The summary graph's lookups the exposure and reach pages make, each answered once per query execution: an
 * entity's labels ({@link SummaryLabels}), a triple held or not, what the restricted-party lists restrict, and a
 * fact node's citation, seat citation, source count and earliest date (store/FactSources, as {@link FactValue}
 * reads them; a restriction's or purchase's from its row on one of its entities, {@link FactEndRow}). A page cites
 * and labels the same few hundred facts and entities on a thousand rows.
 */
final class SummaryLookups {
    static final Node RESTRICTS = CG.term("restricts"), RESTRICTED_PARTY_LIST = CG.term("RestrictedPartyList");
    static final Node CITATION = CG.term("citation"), SEAT_CITATION = CG.term("seatCitation");
    static final Node TYPE = RDF.type.asNode();

    private final ExecutionContext cxt;
    private final DatasetGraph dsg;
    private final SummaryIndex index;
    private final Map<Triple, Boolean> held = new HashMap<>();
    private final Map<Triple, Node[]> citations = new HashMap<>();
    /**
     * Per row predicate, then entity, its rows' texts by the entity each names; each parsed only when asked for.
     * Nested by node, where one map keyed by a triple made a triple and hashed it on each of a page's thousands of look-ups.
     */
    private final Map<Node, Map<Node, Map<Node, String>>> endRows = new HashMap<>();
    private final Map<String, FactEndRow> parsed = new HashMap<>();
    /** The citation and seat citation of rows read for them alone ({@link FactEndRow#citations}). */
    private final Map<String, Node[]> cited = new HashMap<>();
    /** A row read that names the entity: it holds the entity's labels (the summary's, kept in step with them). */
    private final Map<Node, String> rowNaming = new HashMap<>();
    /** The entity each IRI a row names stands for, one node per IRI: a page compares and keys its rows by these nodes. */
    private final Map<String, Node> named = new HashMap<>();
    /** The labels given, per entity: asked for on every row of a page that names the same few hundred entities. */
    private final Map<Node, List<Node>> labels = new HashMap<>();
    /** {@code s p ?o} and {@code ?s p o} read, per predicate, then node: a page asks the same ones of each purchase. */
    private final Map<Node, Map<Node, List<Node>>> objects = new HashMap<>(), subjects = new HashMap<>();
    private List<Node> lists;
    /** Every restriction's row on its target, for the store's version (read on first use; empty outside a TDB2 read transaction). */
    private java.util.Optional<Map<Node, Map<Node, String>>> onTargets;
    private final Map<Node, java.util.Set<Object>> types = new HashMap<>();
    /** The classes' members, chips' families and listed parties, for the store's version (empty outside a TDB2 read transaction). */
    private java.util.Optional<ExposureFacts> shared;

    SummaryLookups(ExecutionContext cxt) {
        this.cxt = cxt;
        this.dsg = cxt.getDataset();
        this.index = new SummaryIndex(dsg);
    }

    /** The summary graph holds {@code s p o} ({@code cgf:holds}). */
    boolean holds(Node s, Node p, Node o) {
        return held.computeIfAbsent(Triple.create(s, p, o), t -> dsg.contains(SummaryGraph.NODE, s, p, o));
    }

    /**
     * The entity is of the class in the summary graph (as {@code holds(e, rdf:type, c)}): the exposure model's classes
     * from their members read once for the store's version ({@link ExposureFacts}); any other class, or outside a TDB2
     * read transaction, from the entity's types read in one range read per entity, where a page asks up to three
     * classes of each of a thousand targets.
     */
    boolean isA(Node e, Node c) {
        ExposureFacts f = shared();
        if (f != null && f.reads(c)) return f.isA(e, c);
        return types.computeIfAbsent(e, k -> index.objectKeys(k, TYPE)).contains(index.key(c));
    }

    /**
     * Some restricted-party list restricts the entity ({@code cgf:someHolds(cg:RestrictedPartyList, cg:restricts, e)}):
     * the listed parties read once for the store's version ({@link ExposureFacts}); outside a TDB2 read transaction a
     * lookup per list, the lists read once (there are few; the entities they name are many, more than a page asks about).
     */
    boolean listedParty(Node e) {
        ExposureFacts f = shared();
        if (f != null) return f.listedParty(e);
        if (lists == null) lists = subjects(TYPE, RESTRICTED_PARTY_LIST);
        for (Node list : lists) if (holds(list, RESTRICTS, e)) return true;
        return false;
    }

    /** The chip's families ({@code chip cg:chipFamily ?f}) in the summary graph, in index order. */
    List<Node> families(Node chip) {
        ExposureFacts f = shared();
        return f != null ? f.families(chip) : objects(chip, ExposurePath.CHIP_FAMILY);
    }

    /** What the exposure pages ask of every entity, read once for the store's version ({@link ExposureFacts}); null outside a TDB2 read transaction. */
    private ExposureFacts shared() {
        if (shared == null) shared = java.util.Optional.ofNullable(ExposureFacts.of(dsg));
        return shared.orElse(null);
    }

    /**
     * The entity's labels in the summary graph, in index order, once per entity: from a stored row read already that
     * names it, else a restriction target's read for the store's version ({@link ExposureFacts}), else looked up.
     */
    List<Node> labels(Node e) {
        List<Node> known = labels.get(e);
        if (known != null) return known;
        String text = rowNaming.get(e);
        List<Node> l = text == null ? null : parsed(text).otherLabels();
        if (l == null && shared() != null) l = shared().targetLabels(e);
        if (l == null) l = index.objects(e, RDFS.label.asNode());
        labels.put(e, l);
        return l;
    }

    /** The objects of {@code s p ?o} in the summary graph, in index order (each read once). */
    List<Node> objects(Node s, Node p) {
        return objects.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(s, k -> index.objects(s, p));
    }

    /** The quads of {@code s p o} (any may be {@code Node.ANY}) in the summary graph, read as iterated, in index order. */
    Iterator<Quad> quads(Node s, Node p, Node o) { return dsg.find(SummaryGraph.NODE, s, p, o); }

    /**
     * The subjects of {@code ?s p? o} in the summary graph, in the order ARQ's path evaluation gives them (the term
     * itself among them, in an order of its own, not the index's), as a SPARQL pattern {@code ?s p? o} gives them.
     */
    Iterator<Node> zeroOrOneSubjects(Node p, Node o) {
        return PathEval.evalReverse(dsg.getGraph(SummaryGraph.NODE), o, new P_ZeroOrOne(new P_Link(p)), cxt.getContext());
    }

    /** The subjects of {@code ?s p o} in the summary graph, in index order (each read once). */
    List<Node> subjects(Node p, Node o) {
        return subjects.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(o, k -> index.subjects(p, o));
    }

    /**
     * The controls whose restriction of the entity has its row on it ({@link FactEndRow}: every restriction whose node
     * holds a value), in index order, read with those rows in one range read. A restriction without a row has no
     * citation, so an exposure row through it is dropped anyway: the pages find their controls here, where reading
     * {@code ?control cg:restricts x} too was a second range read per entity.
     */
    java.util.Collection<Node> restrictionsOn(Node entity) {
        return rows(entity, FactEndRow.onObject(RESTRICTS)).keySet();
    }

    /** Which entity of a fact its stored row is read from ({@link FactEndRow}). */
    enum End { SUBJECT, OBJECT }

    /**
     * The stored row of the fact {@code s p o} ({@link FactEndRow}) read from one of its entities, whose rows of that
     * relation are read in one range read, once; null when the fact's node holds no value.
     */
    FactEndRow endRow(Node s, Node p, Node o, End end) {
        Node entity = end == End.SUBJECT ? s : o;
        String text = rows(entity, end == End.SUBJECT ? FactEndRow.onSubject(p) : FactEndRow.onObject(p)).get(end == End.SUBJECT ? o : s);
        return text == null ? null : parsed(text);
    }

    /**
     * Reads the entity's rows of the relation ({@link FactEndRow}: those on its subject when {@code end} is SUBJECT),
     * once; the labels of the entities they name are then known without a look-up ({@link #labels}).
     */
    void readRows(Node entity, Node p, End end) { rows(entity, end == End.SUBJECT ? FactEndRow.onSubject(p) : FactEndRow.onObject(p)); }

    private Map<Node, String> rows(Node entity, Node predicate) {
        return endRows.computeIfAbsent(predicate, k -> new HashMap<>()).computeIfAbsent(entity, k -> {
            if (predicate.equals(RestrictionRows.PREDICATE) && restrictionRows()) {
                Map<Node, String> m = onTargets.get().getOrDefault(entity, Map.of());
                m.forEach((other, text) -> rowNaming.putIfAbsent(named.computeIfAbsent(other.getURI(), i -> other), text));
                return m;
            }
            Map<Node, String> m = new java.util.LinkedHashMap<>();
            for (Node row : index.objects(entity, predicate)) {
                String text = row.getLiteralLexicalForm();
                Node other = named.computeIfAbsent(FactEndRow.otherOf(text), NodeFactory::createURI);
                m.putIfAbsent(other, text);
                rowNaming.putIfAbsent(other, text);
            }
            return m;
        });
    }

    /** True when the restrictions' rows on their targets are read for the store's version ({@link RestrictionRows}). */
    private boolean restrictionRows() {
        if (onTargets == null) onTargets = java.util.Optional.ofNullable(RestrictionRows.of(dsg));
        return onTargets.isPresent();
    }

    private FactEndRow parsed(String text) { return parsed.computeIfAbsent(text, FactEndRow::parse); }

    /**
     * The fact's first citation and first seat citation, as {@link #citations(Node, Node, Node)}, from the fact's row
     * on the entity {@code end} where its relation keeps rows on its entities ({@link FactEndRow#covers}).
     */
    Node[] citations(Node s, Node p, Node o, End end) {
        if (!FactEndRow.covers(p) || !s.isURI() || !o.isURI()) return citations(s, p, o);
        Node entity = end == End.SUBJECT ? s : o;
        String text = rows(entity, end == End.SUBJECT ? FactEndRow.onSubject(p) : FactEndRow.onObject(p)).get(end == End.SUBJECT ? o : s);
        if (text == null) return new Node[2];
        FactEndRow whole = parsed.get(text);
        return whole != null ? new Node[] {whole.citation(), whole.seatCitation()} : cited.computeIfAbsent(text, FactEndRow::citations);
    }

    /**
     * The fact's first citation and first seat citation (as {@code cgf:citation} and {@code cgf:seatCitation} read
     * them; either null), in one range read of its node that stops once both are seen, where reading each by its
     * property was two look-ups (the exposure pages cite a thousand mostly distinct facts a page). A fact node's
     * values come by property, then by value, so each property's first value is the one read by property.
     */
    Node[] citations(Node s, Node p, Node o) {
        if (!s.isURI() || !p.isURI() || !o.isURI()) return new Node[2];
        return citations.computeIfAbsent(Triple.create(s, p, o), t -> {
            return index.firstObjects(SummaryGraph.factNode(s, p, o), CITATION, SEAT_CITATION);
        });
    }
}
