package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.chipgraph.rdf.CG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.store.BulkLoad;
import org.chipgraph.store.EndKind;
import org.chipgraph.store.FactEndRow;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;
import org.chipgraph.store.TrigGraphs;
import org.chipgraph.store.UpdateSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restrictions' and purchases' rows on their entities (store/FactEndRows) stay in step with the fact nodes after
 * every kind of write (ingest, re-ingest of a changed document, remove, a streamed table graph, SPARQL DATA updates,
 * DROP and CLEAR, a bulk load and compaction, a summary from before them): each fact with a value has its row on
 * both entities, holding its node's values, and no other row is stored; the rows are the ones a rebuild makes; and
 * the three pages that read them answer as their earlier texts (which read the fact nodes), in order.
 */
class FactEndRowsTest {
    static final String ID = "https://w3id.org/chipgraph/id/";
    static final String NEWS = ID + "doc/news.txt", LIST = ID + "doc/list.csv";
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/chipgraph/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX co: <" + ID + "company/> PREFIX chip: <" + ID + "chip/> "
            + "PREFIX ctl: <" + ID + "control/> PREFIX doc: <" + ID + "doc/> PREFIX cl: <" + ID + "claim/> ";

    @TempDir Path tmp;

    /** The graphs of the exposure fixture (src/test/resources/query/exposure.trig), by IRI. */
    static Map<String, GraphContent> graphs() {
        return TrigGraphs.resource("/query/exposure.trig");
    }

    static TdbStore ingested(Path db) throws IOException {
        TdbStore store = TdbStore.open(db);
        store.replaceGraphs(graphs().values());
        return store;
    }

    /** The rows stored, each as "entity predicate row". */
    static Set<String> stored(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        for (Node rel : FactEndRow.RELATIONS) {
            for (Node p : List.of(FactEndRow.onSubject(rel), FactEndRow.onObject(rel))) {
                d.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY).forEachRemaining(q ->
                        out.add(q.getSubject() + " " + p + " " + FactEndRow.parse(q.getObject().getLiteralLexicalForm())));
            }
        }
        return out;
    }

    /**
     * The rows the fact nodes give: for each fact of the summary whose node holds a value, one on each entity, with the
     * other entity's labels in the summary and, on a restriction's row on the control, its target's kind by its classes
     * and whether some restricted-party list restricts it.
     */
    static Set<String> fromFactNodes(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        for (Node rel : FactEndRow.RELATIONS) {
            d.find(SummaryGraph.NODE, Node.ANY, rel, Node.ANY).forEachRemaining(q -> {
                Node s = q.getSubject(), o = q.getObject();
                Node fact = SummaryGraph.factNode(s, rel, o);
                Node count = first(d, fact, "sourceCount"), date = first(d, fact, "earliestDate");
                Node citation = first(d, fact, "citation"), seat = first(d, fact, "seatCitation");
                if (count == null && date == null && citation == null && seat == null) return;
                EndKind kind = rel.equals(CG.term("restricts")) ? kind(d, o) : null;
                out.add(s + " " + FactEndRow.onSubject(rel) + " " + new FactEndRow(o, labels(d, o), kind, count, date, citation, seat));
                out.add(o + " " + FactEndRow.onObject(rel) + " " + new FactEndRow(s, labels(d, s), null, count, date, citation, seat));
            });
        }
        return out;
    }

    private static List<Node> labels(DatasetGraph d, Node e) {
        List<Node> out = new ArrayList<>();
        d.find(SummaryGraph.NODE, e, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static EndKind kind(DatasetGraph d, Node e) {
        if (isA(d, e, CG.Chip)) return EndKind.CHIP;
        if (isA(d, e, CG.Country)) return EndKind.COUNTRY;
        if (!isA(d, e, CG.Company)) return EndKind.OTHER;
        boolean listed = d.stream(SummaryGraph.NODE, Node.ANY, CG.term("restricts"), e)
                .anyMatch(q -> isA(d, q.getSubject(), CG.term("RestrictedPartyList")));
        return listed ? EndKind.LISTED_COMPANY : EndKind.COMPANY;
    }

    private static boolean isA(DatasetGraph d, Node e, Node c) { return d.contains(SummaryGraph.NODE, e, RDF.type.asNode(), c); }

    private static Node first(DatasetGraph d, Node fact, String property) {
        var it = d.find(SummaryGraph.NODE, fact, CG.term(property), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The rows mirror the fact nodes, are what a rebuild writes, and the pages answer as their earlier texts; returns the rows. */
    static Set<String> assertInStep(TdbStore store, String after) {
        Set<String> kept = store.read(FactEndRowsTest::stored);
        assertEquals(store.read(FactEndRowsTest::fromFactNodes), kept, after + ": the rows hold their fact nodes' values");
        for (String name : JavaPagesTest.PAGES) JavaPagesTest.assertSameRowsInOrder(store, name);
        store.rebuildSummary();
        assertEquals(store.read(FactEndRowsTest::stored), kept, after + ": the rows kept by the writes are the rebuilt ones");
        return kept;
    }

    static void update(TdbStore store, String sparql) {
        Txn.executeWrite(store.datasetGraph(), () -> UpdateSummary.execute(UpdateFactory.create(PREFIXES + sparql), store.datasetGraph()));
    }

    private static boolean anyRowNames(Set<String> rows, String text) { return rows.stream().anyMatch(r -> r.contains(text)); }

    @Test
    void afterIngestEachCitedRestrictionAndPurchaseHasARowOnBothItsEntities() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            Set<String> rows = assertInStep(store, "ingest");
            // 4 restrictions of the rule, 2 of the list, 3 purchases (Denier's is denied: its node holds no value)
            assertEquals(2 * 9, rows.size(), rows.toString());
            assertTrue(anyRowNames(rows, "The rule restricts the X."), rows.toString());
        }
    }

    @Test
    void reingestingAChangedDocumentRewritesAndDropsItsFactsRows() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent news = graphs().get(NEWS);
            List<Quad> changed = new ArrayList<>();
            for (Quad q : news.quads()) {
                if (q.getSubject().getURI().endsWith("claim/n6") || q.getObject().toString().endsWith("chip/x-sxm")) continue; // Item Buyer's order gone
                Node o = q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("The rule restricts the X.")
                        ? NodeFactory.createLiteralString("The rule now restricts the X.") : q.getObject();
                changed.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), o));
            }
            store.replaceGraphs(List.of(new GraphContent(NEWS, changed)));
            Set<String> rows = assertInStep(store, "re-ingest");
            assertTrue(anyRowNames(rows, "The rule now restricts the X.") && !anyRowNames(rows, "The rule restricts the X."), rows.toString());
            assertTrue(!anyRowNames(rows, "Item Buyer ordered"), rows.toString());
        }
    }

    @Test
    void removingADocumentDropsTheRowsOfTheFactsOnlyItStated() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(LIST));
            Set<String> rows = assertInStep(store, "remove");
            assertTrue(!anyRowNames(rows, "list.csv row"), rows.toString());
        }
    }

    @Test
    void aStreamedTableGraphKeepsTheRowsInStep() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent list = graphs().get(LIST);
            Node g = NodeFactory.createURI(LIST), claim = NodeFactory.createURI(ID + "claim/t5");
            Node denier = NodeFactory.createURI(ID + "company/denier"), listControl = NodeFactory.createURI(ID + "control/list");
            List<Quad> more = new ArrayList<>(list.quads().stream().filter(q -> !q.getSubject().getURI().endsWith("claim/t2")).toList());
            more.add(Quad.create(g, listControl, CG.term("restricts"), denier));
            more.add(Quad.create(g, claim, CG.rdfSubject, listControl));
            more.add(Quad.create(g, claim, CG.rdfPredicate, CG.term("restricts")));
            more.add(Quad.create(g, claim, CG.rdfObject, denier));
            more.add(Quad.create(g, claim, CG.stance, CG.term("Asserted")));
            more.add(Quad.create(g, claim, CG.row, NodeFactory.createLiteralDT("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
            store.replaceGraph(LIST, out -> more.forEach(out));
            Set<String> rows = assertInStep(store, "streamed graph");
            assertTrue(anyRowNames(rows, "list.csv row 5"), rows.toString());
        }
    }

    @Test
    void sparqlDataUpdatesDropAndClearKeepTheRowsInStep() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "INSERT DATA { GRAPH doc:more.txt { doc:more.txt cg:fileName \"more.txt\" . co:home-buyer cg:receives chip:x . "
                    + "cl:m1 rdf:subject co:home-buyer ; rdf:predicate cg:receives ; rdf:object chip:x ; cg:stance cg:Asserted ; "
                    + "cg:sentence \"Home Buyer received X chips.\" } }");
            assertTrue(anyRowNames(assertInStep(store, "INSERT DATA"), "Home Buyer received X chips."));
            update(store, "DELETE DATA { GRAPH doc:more.txt { cl:m1 cg:sentence \"Home Buyer received X chips.\" } }");
            assertTrue(!anyRowNames(assertInStep(store, "DELETE DATA of the sentence"), "Home Buyer received X chips."));
            update(store, "DROP GRAPH doc:more.txt");
            assertInStep(store, "DROP GRAPH");
            update(store, "CLEAR GRAPH doc:list.csv");
            assertTrue(!anyRowNames(assertInStep(store, "CLEAR GRAPH"), "list.csv row"));
        }
    }

    @Test
    void aBulkLoadAndACompactionKeepTheRows() throws IOException {
        Path db = tmp.resolve("db");
        Path nq = tmp.resolve("g.nq");
        TrigGraphs.writeForLoad(graphs().values(), nq);
        BulkLoad.load(db, List.of(nq));
        try (TdbStore store = TdbStore.openExisting(db)) {
            Set<String> loaded = assertInStep(store, "bulk load");
            assertEquals(2 * 9, loaded.size());
            store.compact();
            assertEquals(loaded, store.read(FactEndRowsTest::stored), "compaction copies the rows");
        }
    }

    @Test
    void aStoreWhoseSummaryHasNoEndRowsGetsThemWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        Set<String> kept;
        try (TdbStore store = ingested(db)) {
            kept = store.read(FactEndRowsTest::stored);
            // as a summary written before the rows
            Txn.executeWrite(store.datasetGraph(), () -> {
                for (Node rel : FactEndRow.RELATIONS) {
                    store.datasetGraph().deleteAny(SummaryGraph.NODE, Node.ANY, FactEndRow.onSubject(rel), Node.ANY);
                    store.datasetGraph().deleteAny(SummaryGraph.NODE, Node.ANY, FactEndRow.onObject(rel), Node.ANY);
                }
            });
            assertEquals(Set.of(), store.read(FactEndRowsTest::stored));
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(kept, store.read(FactEndRowsTest::stored));
        }
    }
    @Test
    void rowsAnOlderChipgraphWroteInEitherFormatGetEveryRowRewrittenWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        Node restricts = CG.term("restricts");
        try (TdbStore store = ingested(db)) {
            DatasetGraph d = store.datasetGraph();
            List<Quad> before = store.read(FactEndRowsTest::thisVersionsRows);
            store.replaceGraphs(List.of(document("again.txt", "ctl:rule cg:restricts chip:x . cl:a1 a cg:Claim ; rdf:subject ctl:rule ; "
                    + "rdf:predicate cg:restricts ; rdf:object chip:x ; prov:wasDerivedFrom doc:again.txt ; cg:stance cg:Asserted ; "
                    + "cg:sentence \"The rule restricts the X again.\" .")));
            // as an older chipgraph writing that document: this version's rows left as they were, the restriction's
            // rows written under the predicates it knows, one in the format before the labels and kinds, one in this format
            Txn.executeWrite(d, () -> {
                Node rule = NodeFactory.createURI(ID + "control/rule"), x = NodeFactory.createURI(ID + "chip/x");
                Node fact = SummaryGraph.factNode(rule, restricts, x);
                String onChip = d.find(SummaryGraph.NODE, x, FactEndRow.onObject(restricts), Node.ANY).next().getObject().getLiteralLexicalForm();
                StringBuilder earlier = new StringBuilder(field(x.getURI()));
                for (String v : List.of("sourceCount", "earliestDate", "citation", "seatCitation")) {
                    Node n = first(d, fact, v);
                    earlier.append(n == null ? "-" : field(n.getLiteralLexicalForm()));
                }
                thisVersionsRows(d).forEach(d::delete);
                before.forEach(d::add);
                d.add(SummaryGraph.NODE, rule, CG.term("restrictsObjectRow"), NodeFactory.createLiteralString(earlier.toString()));
                d.add(SummaryGraph.NODE, x, CG.term("restrictsSubjectRow"), NodeFactory.createLiteralString(onChip));
            });
            assertTrue(!store.read(FactEndRowsTest::stored).equals(store.read(FactEndRowsTest::fromFactNodes)), "this version's rows are out of step");
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertInStep(store, "opened after an older chipgraph wrote rows");
            for (String p : List.of("restrictsObjectRow", "restrictsSubjectRow")) {
                assertEquals(0L, (long) store.read(d -> d.stream(SummaryGraph.NODE, Node.ANY, CG.term(p), Node.ANY).count()), "no row left under cg:" + p);
            }
        }
    }

    /** The rows stored under this version's predicates, as quads. */
    private static List<Quad> thisVersionsRows(DatasetGraph d) {
        List<Quad> out = new ArrayList<>();
        for (Node rel : FactEndRow.RELATIONS) {
            for (Node p : List.of(FactEndRow.onSubject(rel), FactEndRow.onObject(rel))) d.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }

    /** A field of a row's text: its length, ':' and its characters. */
    private static String field(String s) { return s.length() + ":" + s; }

    /** The kind the restriction's row on the control gives its target, from the rows stored. */
    private static String kindOn(Set<String> rows, String control, String target) {
        String head = ID + "control/" + control + " " + FactEndRow.onSubject(CG.term("restricts")) + " FactEndRow[other=" + ID + target + ",";
        String row = rows.stream().filter(r -> r.startsWith(head)).findFirst().orElseThrow(() -> new AssertionError("no row " + head + " in " + rows));
        return row.substring(row.indexOf("kind=") + 5, row.indexOf(',', row.indexOf("kind=")));
    }

    private static GraphContent document(String name, String trig) {
        DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(PREFIXES + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> doc:" + name + " { doc:" + name
                + " cg:fileName \"" + name + "\" . " + trig + " }", org.apache.jena.riot.Lang.TRIG).parse(d);
        return TrigGraphs.of(d).get(ID + "doc/" + name);
    }

    @Test
    void aNewLabelRewritesTheRowsNamingTheEntityAndRemovingItRestoresThem() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            Set<String> before = store.read(FactEndRowsTest::stored);
            store.replaceGraphs(List.of(document("names.txt", "co:item-buyer rdfs:label \"Item Buyer Holdings\"@en . ctl:rule rdfs:label \"Die Regel\"@de .")));
            Set<String> rows = assertInStep(store, "a new label");
            assertTrue(anyRowNames(rows, "Item Buyer Holdings") && anyRowNames(rows, "Die Regel"), rows.toString());
            store.removeGraphs(List.of(ID + "doc/names.txt"));
            assertEquals(before, assertInStep(store, "the label removed"));
        }
    }

    @Test
    void aClassGivenLaterChangesTheKindOnTheRestrictionsRow() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "INSERT DATA { GRAPH doc:new.txt { doc:new.txt cg:fileName \"new.txt\" . ctl:rule cg:restricts co:newco . "
                    + "cl:w1 rdf:subject ctl:rule ; rdf:predicate cg:restricts ; rdf:object co:newco ; cg:stance cg:Asserted ; "
                    + "cg:sentence \"The rule restricts Newco.\" } }");
            assertEquals("OTHER", kindOn(assertInStep(store, "an untyped target"), "rule", "company/newco"));
            update(store, "INSERT DATA { GRAPH doc:types.txt { co:newco a cg:Company } }");
            assertEquals("COMPANY", kindOn(assertInStep(store, "the target typed"), "rule", "company/newco"));
            update(store, "DROP GRAPH doc:types.txt");
            assertEquals("OTHER", kindOn(assertInStep(store, "the type dropped"), "rule", "company/newco"));
        }
    }

    @Test
    void aListNamingACompanyOrAControlBecomingAListChangesTheKindOnEveryControlsRow() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            assertEquals("COMPANY", kindOn(store.read(FactEndRowsTest::stored), "rule", "company/chipmaker"));
            store.replaceGraphs(List.of(document("list2.csv", "ctl:list cg:restricts co:chipmaker . cl:u1 rdf:subject ctl:list ; "
                    + "rdf:predicate cg:restricts ; rdf:object co:chipmaker ; cg:stance cg:Asserted ; cg:row 2 .")));
            assertEquals("LISTED_COMPANY", kindOn(assertInStep(store, "a list names the company"), "rule", "company/chipmaker"));
            store.removeGraphs(List.of(ID + "doc/list2.csv"));
            assertEquals("COMPANY", kindOn(assertInStep(store, "the list's document removed"), "rule", "company/chipmaker"));
            update(store, "INSERT DATA { GRAPH doc:kinds.txt { ctl:rule a cg:RestrictedPartyList } }");
            assertEquals("LISTED_COMPANY", kindOn(assertInStep(store, "the rule becomes a list"), "rule", "company/chipmaker"));
            update(store, "CLEAR GRAPH doc:kinds.txt");
            assertEquals("COMPANY", kindOn(assertInStep(store, "the rule no list again"), "rule", "company/chipmaker"));
        }
    }

    @Test
    void removingTheListsDocumentLeavesItsPartyNamedByTheRuleUnlisted() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            assertEquals("LISTED_COMPANY", kindOn(store.read(FactEndRowsTest::stored), "rule", "company/named-party"));
            store.removeGraphs(List.of(LIST));
            assertEquals("COMPANY", kindOn(assertInStep(store, "remove"), "rule", "company/named-party"));
        }
    }
}
