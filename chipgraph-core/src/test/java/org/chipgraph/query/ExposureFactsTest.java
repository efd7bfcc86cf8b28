package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exposure model's classes, chips' families and listed parties, read once for a version of the store, answer as
 * a read of each entity does, and a write is seen by the next read transaction (fixture: query/exposure.trig).
 */
class ExposureFactsTest {
    @TempDir Path tmp;

    private static final Node CHIP_X = NodeFactory.createURI(FactEndRowsTest.ID + "chip/x"),
            CHIP_X_SXM = NodeFactory.createURI(FactEndRowsTest.ID + "chip/x-sxm"),
            LISTED = NodeFactory.createURI(FactEndRowsTest.ID + "company/listed-party"),
            RULE_ONLY = NodeFactory.createURI(FactEndRowsTest.ID + "company/chipmaker");

    /** Every subject and object of the summary graph's type and restriction facts, and the classes themselves. */
    private static Set<Node> entities(DatasetGraph d) {
        Set<Node> out = new LinkedHashSet<>(ExposureFacts.CLASSES);
        d.find(SummaryGraph.NODE, Node.ANY, SummaryLookups.TYPE, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        d.find(SummaryGraph.NODE, Node.ANY, SummaryLookups.RESTRICTS, Node.ANY).forEachRemaining(q -> { out.add(q.getSubject()); out.add(q.getObject()); });
        return out;
    }

    private static List<Node> familiesRead(DatasetGraph d, Node chip) {
        List<Node> out = new ArrayList<>();
        d.find(SummaryGraph.NODE, chip, ExposurePath.CHIP_FAMILY, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static boolean listedRead(DatasetGraph d, Node e) {
        List<Node> lists = new ArrayList<>();
        d.find(SummaryGraph.NODE, Node.ANY, SummaryLookups.TYPE, SummaryLookups.RESTRICTED_PARTY_LIST).forEachRemaining(q -> lists.add(q.getSubject()));
        return lists.stream().anyMatch(l -> d.contains(SummaryGraph.NODE, l, SummaryLookups.RESTRICTS, e));
    }

    @Test
    void eachEntitysClassesAreThoseItsTypeFactsGive() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            store.read(d -> {
                ExposureFacts f = ExposureFacts.of(d);
                for (Node e : entities(d)) {
                    for (Node c : ExposureFacts.CLASSES) assertEquals(d.contains(SummaryGraph.NODE, e, SummaryLookups.TYPE, c), f.isA(e, c), e + " a " + c);
                }
                assertTrue(f.isA(CHIP_X, ExposurePath.CHIP) && f.isA(LISTED, ExposurePath.COMPANY), "the fixture's chips and companies");
                return null;
            });
        }
    }

    @Test
    void eachChipsFamiliesAreThoseItsReadGivesInOrder() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            store.read(d -> {
                ExposureFacts f = ExposureFacts.of(d);
                for (Node e : entities(d)) assertEquals(familiesRead(d, e), f.families(e), e.toString());
                assertEquals(List.of(CHIP_X), f.families(CHIP_X_SXM));
                return null;
            });
        }
    }

    @Test
    void theListedPartiesAreThoseSomeRestrictedPartyListRestricts() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            store.read(d -> {
                ExposureFacts f = ExposureFacts.of(d);
                for (Node e : entities(d)) assertEquals(listedRead(d, e), f.listedParty(e), e.toString());
                assertTrue(f.listedParty(LISTED), "the list names the listed party");
                assertFalse(f.listedParty(RULE_ONLY), "only the rule restricts the chipmaker");
                return null;
            });
        }
    }

    @Test
    void eachRestrictionTargetsLabelsAreThoseItsReadGivesInOrderAndNoOtherEntitysAreKept() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            store.read(d -> {
                ExposureFacts f = ExposureFacts.of(d);
                Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
                for (Node e : entities(d)) {
                    List<Node> read = new ArrayList<>();
                    d.find(SummaryGraph.NODE, e, label, Node.ANY).forEachRemaining(q -> read.add(q.getObject()));
                    boolean target = d.contains(SummaryGraph.NODE, Node.ANY, SummaryLookups.RESTRICTS, e);
                    assertEquals(target ? read : null, f.targetLabels(e), e.toString());
                }
                assertEquals(List.of(NodeFactory.createLiteralLang("Listed Party", "en")), f.targetLabels(LISTED));
                return null;
            });
        }
    }

    @Test
    void theFactsAreReadOncePerVersionAndAgainAfterAWrite() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            ExposureFacts first = store.read(ExposureFacts::of);
            assertSame(first, store.read(ExposureFacts::of), "the same version: read once");
            assertFalse(first.listedParty(RULE_ONLY));
            FactEndRowsTest.update(store, "INSERT DATA { GRAPH doc:list2.csv { doc:list2.csv cg:fileName \"list2.csv\" . "
                    + "ctl:list cg:restricts co:chipmaker . cl:l9 rdf:subject ctl:list ; rdf:predicate cg:restricts ; "
                    + "rdf:object co:chipmaker ; cg:stance cg:Asserted ; cg:row \"7\" } }");
            ExposureFacts after = store.read(ExposureFacts::of);
            assertNotSame(first, after);
            assertTrue(after.listedParty(RULE_ONLY), "the list's new party is read");
        }
    }

    @Test
    void aQueryExecutionsViewOfTheStoreSharesTheFacts() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            ExposureFacts direct = store.read(ExposureFacts::of);
            assertSame(direct, store.read(d -> ExposureFacts.of(org.apache.jena.tdb2.sys.TDBInternal.requireStorage(d))));
        }
    }

    @Test
    void outsideAReadTransactionThereAreNone() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            assertNull(ExposureFacts.of(store.datasetGraph()));
        }
    }
}
