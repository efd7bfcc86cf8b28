package org.chipgraph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.store.SummaryGraph;

/**
 * What the exposure pages ask of every chip, supplier and control they meet, read from the summary graph once per
 * version of the TDB2 store ({@link PerStoreVersion}, as {@link RestrictionRows}): the members of the exposure model's
 * classes (chip, company, country, restricted-party list), each chip's families, and the parties some
 * restricted-party list restricts, and the labels of every restriction's target. company-export-control-exposure asked
 * them with a range read per chip and per supplier (a quarter of its time at 10 M quads); they are few and shared by
 * all companies (at 10 M quads 142 chips, 20,548 companies, 47 countries, one list, no family, 13,909 targets). It
 * holds no answer and no parameter.
 */
final class ExposureFacts {
    /** The classes whose members are read: those the exposure pages ask of their entities. */
    static final List<Node> CLASSES = List.of(ExposurePath.CHIP, ExposurePath.COMPANY, ExposurePath.COUNTRY, SummaryLookups.RESTRICTED_PARTY_LIST);

    private static final PerStoreVersion<ExposureFacts> FACTS = new PerStoreVersion<>(ExposureFacts::read);

    /** How many times they have been read in this process ({@link StoreWarmup#reads}). */
    static long reads() { return FACTS.reads(); }

    private final Map<Node, Set<Node>> members;
    private final Map<Node, List<Node>> families;
    private final Set<Node> listedParties;
    private final Map<Node, List<Node>> targetLabels;

    private ExposureFacts(Map<Node, Set<Node>> members, Map<Node, List<Node>> families, Set<Node> listedParties, Map<Node, List<Node>> targetLabels) {
        this.members = members;
        this.families = families;
        this.listedParties = listedParties;
        this.targetLabels = targetLabels;
    }

    /** The facts as the current read transaction sees them (call inside it), or null outside a TDB2 read transaction. */
    static ExposureFacts of(DatasetGraph dsg) { return FACTS.get(dsg); }

    /** Reads them from the summary graph: a range read per class, one of the families, one per restricted-party list. */
    static ExposureFacts read(DatasetGraph dsg) {
        Map<Node, Set<Node>> members = new HashMap<>();
        for (Node c : CLASSES) {
            Set<Node> m = new HashSet<>();
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, SummaryLookups.TYPE, c); it.hasNext();) m.add(it.next().getSubject());
            members.put(c, Collections.unmodifiableSet(m));
        }
        // by predicate, then family: each chip's families in their node ids' order, as a read of the chip gives them
        Map<Node, List<Node>> families = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, ExposurePath.CHIP_FAMILY, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            families.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(2)).add(q.getObject());
        }
        families.replaceAll((k, v) -> Collections.unmodifiableList(v));
        Set<Node> listed = new HashSet<>();
        for (Node list : members.get(SummaryLookups.RESTRICTED_PARTY_LIST)) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, list, SummaryLookups.RESTRICTS, Node.ANY); it.hasNext();) listed.add(it.next().getObject());
        }
        // every restriction's target: a supplier or affiliate reached through is one, and no row the page reads names it
        Map<Node, List<Node>> labels = new HashMap<>();
        SummaryIndex index = new SummaryIndex(dsg);
        for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, SummaryLookups.RESTRICTS, Node.ANY); it.hasNext();) {
            labels.computeIfAbsent(it.next().getObject(), t -> Collections.unmodifiableList(index.objects(t, RDFS.label.asNode())));
        }
        return new ExposureFacts(Collections.unmodifiableMap(members), Collections.unmodifiableMap(families), Collections.unmodifiableSet(listed),
                Collections.unmodifiableMap(labels));
    }

    /** Whether the class's members are read here ({@link #CLASSES}). */
    boolean reads(Node c) { return members.containsKey(c); }

    /** The entity is of the class in the summary graph; the class one of {@link #CLASSES}. */
    boolean isA(Node e, Node c) { return members.get(c).contains(e); }

    /** The chip's families ({@code chip cg:chipFamily ?f}), in index order. */
    List<Node> families(Node chip) { return families.getOrDefault(chip, List.of()); }

    /** Some restricted-party list restricts the entity. */
    boolean listedParty(Node e) { return listedParties.contains(e); }

    /** The labels of a restriction's target ({@code x rdfs:label ?l}) in index order; null for an entity no restriction targets. */
    List<Node> targetLabels(Node e) { return targetLabels.get(e); }

    /** How many entities and facts are kept (for measuring its size). */
    int size() {
        int n = listedParties.size();
        for (Set<Node> m : members.values()) n += m.size();
        for (List<Node> f : families.values()) n += 1 + f.size();
        for (List<Node> l : targetLabels.values()) n += 1 + l.size();
        return n;
    }
}
