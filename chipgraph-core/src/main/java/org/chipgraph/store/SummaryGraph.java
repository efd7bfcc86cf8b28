package org.chipgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.StoreError;

/**
 * The summary graph: each fact, type and label triple of the store once, however many documents and tables
 * state it, and for each fact between two entities one citation (its first claim that is not denied). Over the union of the named graphs a pattern such as {@code ?control cg:restricts ?chip} reads
 * every graph that states the fact (thousands for a common one at 10 M quads); in this graph it reads the fact
 * once, so the questions that walk facts read it here ({@code GRAPH <.../graph/summary> { ... }}), and a row cites
 * its facts by one lookup each instead of a sub-query per row.
 *
 * <p>It is kept by the store itself, in the write transaction that changes a graph ({@link TdbStore}), and
 * rebuilt by a bulk load in the new generation before it is switched in, so it is never stale or half-written. Its triples duplicate triples
 * of other graphs, so the union default graph, which answers each triple once, is the same with it or without.
 * It is derived data: exports, counts and graph lists leave it out.
 *
 * <p>It also holds precomputed answer rows, kept in step the same way: per fact between two entities its citation,
 * source count and earliest date ({@link FactSources}), per claim of a purchase fact its print-ready row ({@link ClaimRows}), per supply fact its row ({@link SupplyRows}),
 * per supplier its customers' names ({@link SupplierCustomers}), per entity a row per claim about it ({@link SourceRows}),
 * per fact of a restriction or purchase its node's values on both its entities ({@link FactEndRows}).
 */
public final class SummaryGraph {
    public static final String IRI = "https://w3id.org/chipgraph/graph/summary";
    public static final Node NODE = NodeFactory.createURI(IRI);

    private static final String CG = "https://w3id.org/chipgraph/ontology#";
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    /** The relations between entities that the facts state (the ontology's fact relations). */
    private static final Set<Node> RELATIONS = nodes("makes", "fabricates", "supplies", "buys", "orders", "receives", "restricts",
            "issues", "designedFor", "headquarteredIn", "subsidiaryOf", "affiliateOf", "spends", "chipFamily");
    /** The classes of entities (not of claims or documents, which are many and read by graph). */
    private static final Set<Node> CLASSES = nodes("Company", "Chip", "Country", "ExportControl", "RestrictedPartyList", "Supplier",
            "DiscoveredEntity");

    private SummaryGraph() {}

    private static Set<Node> nodes(String... localNames) {
        Set<Node> s = new LinkedHashSet<>();
        for (String n : localNames) s.add(NodeFactory.createURI(CG + n));
        return Set.copyOf(s);
    }

    public static boolean isSummary(Node graph) { return NODE.equals(graph); }

    /** True for a triple the summary holds when some other graph states it. */
    public static boolean summarises(Node p, Node o) {
        return RELATIONS.contains(p) || LABEL.equals(p) || (TYPE.equals(p) && CLASSES.contains(o));
    }

    /** True when some triple with predicate {@code p} may be held by the summary (whatever its object). */
    public static boolean summarisesPredicate(Node p) {
        return RELATIONS.contains(p) || LABEL.equals(p) || TYPE.equals(p);
    }

    /**
     * True for a triple a write reports to {@link #refresh}: one the summary holds, or a claim's link to an entity
     * (whose precomputed source rows it changes, {@link SourceRows}).
     */
    public static boolean touches(Node p, Node o) {
        return summarises(p, o) || SourceRows.links(p, o);
    }

    /** The triples of {@code graph} that the summary holds; call inside a transaction. */
    public static Set<Triple> summarisedIn(DatasetGraph dsg, Node graph) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (summarises(q.getPredicate(), q.getObject())) out.add(q.asTriple());
        }
        return out;
    }

    /** The triples of {@code graph} a write of it reports to {@link #refresh} ({@link #touches}); call inside a transaction. */
    public static Set<Triple> touchedIn(DatasetGraph dsg, Node graph) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (touches(q.getPredicate(), q.getObject())) out.add(q.asTriple());
        }
        return out;
    }

    /** Where the fact nodes of the summary live: the fact's IRI is this plus SHA-1 of "subject predicate object". */
    public static final String FACT_NS = "https://w3id.org/chipgraph/id/fact/";
    /**
     * The node that cites a fact between two entities: SPARQL finds it from the fact's terms, as
     * {@code IRI(CONCAT("https://w3id.org/chipgraph/id/fact/", SHA1(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o)))))}.
     */
    public static Node factNode(Node s, Node p, Node o) {
        String key = s.getURI() + " " + p.getURI() + " " + o.getURI();
        return NodeFactory.createURI(FACT_NS + sha1Hex(key));
    }

    /** One digest per thread: the exposure pages name a fact node per supplier cited, and looking the algorithm up was half of naming one. */
    private static final ThreadLocal<java.security.MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-1");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    });

    private static String sha1Hex(String s) {
        byte[] d = SHA1.get().digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // digest() resets it for the next use
        return java.util.HexFormat.of().formatHex(d);
    }

    /** True for a fact between two entities: the summary keeps a precomputed row for it. */
    static boolean cited(Triple t) { return RELATIONS.contains(t.getPredicate()) && t.getSubject().isURI() && t.getObject().isURI(); }

    /** The predicates of a fact's row that are one quad each (the claim rows are many, and only ever added to here). */
    private static final List<Node> ROW_PREDICATES = List.of(FactSources.CITATION, FactSources.SEAT_CITATION, FactSources.SOURCE_COUNT,
            FactSources.EARLIEST_DATE, SupplyRows.SUPPLY_ROW);

    /**
     * Writes the fact's precomputed row ({@link FactSources}, {@link ClaimRows}, {@link SupplyRows}) in place of the
     * one it had: when the fact only gained graphs and its tally is kept, by adding those graphs to the tally;
     * otherwise by reading every graph that states it.
     */
    private static void cite(DatasetGraph dsg, Triple t, List<Node> added, FactTallies tallies, WrittenGraphs written, EndRowChanges ends) {
        List<Quad> endRows = ends.rowsBefore(dsg, t);
        citeFact(dsg, t, added, tallies, written);
        ends.swap(dsg, t, endRows);
    }

    private static void citeFact(DatasetGraph dsg, Triple t, List<Node> added, FactTallies tallies, WrittenGraphs written) {
        Node fact = factNode(t.getSubject(), t.getPredicate(), t.getObject());
        FactTallies.Entry kept = added == null ? null : tallies.get(t);
        if (kept == null) {
            dsg.deleteAny(NODE, fact, Node.ANY, Node.ANY);
            FactTallies.Entry e = new FactTallies.Entry(FactSources.tally(dsg, t), SupplyRows.applies(t) ? SupplyRows.tally(dsg, t) : null);
            List<Quad> row = new ArrayList<>();
            e.sources().emit(dsg, t, row::add);
            ClaimRows.emit(dsg, t, row::add);
            if (e.supply() != null) e.supply().emit(t, row::add);
            row.forEach(dsg::add);
            tallies.put(t, e);
            return;
        }
        for (Node g : added) {
            DatasetGraph view = written.viewOf(dsg, g);
            kept.sources().add(view, g, t);
            if (kept.supply() != null) kept.supply().add(view, g, t);
        }
        Set<Quad> now = new HashSet<>();
        kept.sources().emit(dsg, t, now::add);
        if (kept.supply() != null) kept.supply().emit(t, now::add);
        List<Quad> gone = new ArrayList<>();
        for (Node p : ROW_PREDICATES) {
            for (Iterator<Quad> it = dsg.find(NODE, fact, p, Node.ANY); it.hasNext();) {
                Quad q = it.next();
                if (!now.remove(q)) gone.add(q);
            }
        }
        gone.forEach(dsg::delete);
        now.forEach(dsg::add);
        for (Node g : added) ClaimRows.addGraph(written.viewOf(dsg, g), g, t);
    }

    /**
     * Brings the summary in step for {@code touched} (triples of graphs just written or removed): each is in the
     * summary exactly when another graph states it, and every fact among them is recounted. Call inside the write
     * transaction that changed the graphs.
     */
    public static void refresh(DatasetGraph dsg, Collection<Triple> touched) {
        refresh(dsg, WrittenGraphs.recountAll(touched));
    }

    /** As {@link #refresh(DatasetGraph, Collection)}, recounting only the facts that some graph stopped stating. */
    static void refresh(DatasetGraph dsg, WrittenGraphs written) {
        FactTallies tallies = FactTallies.forWrite(dsg);
        EndRowChanges ends = EndRowChanges.before(dsg, written.touched());
        Set<Node> entities = new LinkedHashSet<>();
        for (Triple t : written.touched()) {
            if (SourceRows.links(t.getPredicate(), t.getObject())) {
                entities.add(t.getObject()); // a claim's link: not a summarised triple, its entity's rows are refreshed
                continue;
            }
            if (statedElsewhere(dsg, t)) dsg.add(NODE, t.getSubject(), t.getPredicate(), t.getObject());
            else dsg.delete(NODE, t.getSubject(), t.getPredicate(), t.getObject());
            if (cited(t)) cite(dsg, t, written.addedOnly(t), tallies, written, ends);
        }
        SupplierCustomers.refresh(dsg, SupplierCustomers.reached(dsg, written.touched()));
        if (!written.applySourceRows(dsg)) SourceRows.refresh(dsg, entities);
        ends.apply(dsg);
    }

    static boolean statedElsewhere(DatasetGraph dsg, Triple t) {
        return sourceGraphs(dsg, t).hasNext();
    }

    /** The graphs that state {@code t}, the summary graph left out, read lazily (a fact's sources). */
    static Iterator<Node> sourceGraphs(DatasetGraph dsg, Triple t) {
        return Iter.iter(dsg.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject())).map(Quad::getGraph).filter(g -> !isSummary(g));
    }

    /**
     * True when the summary is empty but another graph states something it would hold (a store from before it), or
     * when it lacks the precomputed rows of {@link FactSources} or {@link SupplierCustomers} (a summary from before them).
     */
    public static boolean missing(DatasetGraph dsg) {
        if (dsg.find(NODE, Node.ANY, Node.ANY, Node.ANY).hasNext()) return FactSources.countsMissing(dsg) || SupplierCustomers.rowsMissing(dsg) || ClaimRows.rowsMissing(dsg)
                || SupplyRows.rowsMissing(dsg);
        for (Node p : RELATIONS) if (statedAnywhere(dsg, p, Node.ANY)) return true;
        for (Node c : CLASSES) if (statedAnywhere(dsg, TYPE, c)) return true;
        return statedAnywhere(dsg, LABEL, Node.ANY);
    }

    private static boolean statedAnywhere(DatasetGraph dsg, Node p, Node o) {
        return dsg.findNG(Node.ANY, Node.ANY, p, o).hasNext(); // named graphs only: no walk past the default graph's quads
    }

    /**
     * Rebuilds the whole summary from the other graphs; call inside a write transaction. Returns its triples.
     * The summary is spooled to a temporary file in the system's temporary folder first ({@link #rebuild(DatasetGraph, Path)}).
     */
    public static long rebuild(DatasetGraph dsg) {
        return rebuild(dsg, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Rebuilds the whole summary, spooling it through a temporary N-Quads file in {@code spoolDir}: TDB2 does not
     * allow writing to the indexes an open iterator reads, and holding the summary in memory instead took more
     * than a 128 MB heap at 2 M table rows. So the heap stays flat however large the store: one pass reads and
     * writes the file, a second adds it. Call inside a write transaction.
     */
    public static long rebuild(DatasetGraph dsg, Path spoolDir) {
        FactTallies.forget(dsg);
        dsg.deleteAny(NODE, Node.ANY, Node.ANY, Node.ANY);
        long[] n = new long[1];
        spoolThenAdd(dsg, spoolDir, out -> n[0] = stream(dsg, out));
        // the per-supplier rows read the summary's own facts and labels, so they follow in a second pass
        spoolThenAdd(dsg, spoolDir, out -> SupplierCustomers.emitAll(dsg, out));
        spoolThenAdd(dsg, spoolDir, out -> SourceRows.emitAll(dsg, out));
        spoolThenAdd(dsg, spoolDir, out -> FactEndRows.emitAll(dsg, out));
        return n[0];
    }

    /** True when the summary lacks only the rows of entity-sources (a summary from before them): {@link #rebuildSourceRows} adds them. */
    public static boolean sourceRowsMissing(DatasetGraph dsg) { return SourceRows.rowsMissing(dsg); }

    /** True when the summary lacks the facts' rows on their ends or has them of an earlier format: {@link #rebuildEndRows} writes them. */
    public static boolean endRowsStale(DatasetGraph dsg) { return FactEndRows.rowsStale(dsg); }

    /** Writes the facts' rows on their ends ({@link FactEndRows}) afresh, spooled; call inside a write transaction. */
    public static void rebuildEndRows(DatasetGraph dsg) {
        FactEndRows.deleteAll(dsg);
        spoolThenAdd(dsg, Path.of(System.getProperty("java.io.tmpdir")), out -> FactEndRows.emitAll(dsg, out));
    }

    /** Writes the rows of entity-sources ({@link SourceRows}) afresh, spooled as a rebuild is; call inside a write transaction. */
    public static void rebuildSourceRows(DatasetGraph dsg) {
        dsg.deleteAny(NODE, Node.ANY, SourceRows.SOURCE_ROW, Node.ANY);
        spoolThenAdd(dsg, Path.of(System.getProperty("java.io.tmpdir")), out -> SourceRows.emitAll(dsg, out));
    }

    /** Quads added at a time from the spool: a few MB of node ids, so the heap stays flat (the reason for the spool). */
    static final int SPOOL_CHUNK = 20_000;
    /** Documents whose file names a rebuild keeps at a time ({@link RecentValues}). */
    private static final int RECENT_DOCUMENTS = 4096;

    /** Writes what {@code producer} emits to a temporary N-Quads file in {@code spoolDir}, then adds the file's quads to {@code dsg}. */
    private static void spoolThenAdd(DatasetGraph dsg, Path spoolDir, Consumer<Consumer<Quad>> producer) {
        Path spool = null;
        try {
            Files.createDirectories(spoolDir);
            spool = Files.createTempFile(spoolDir, "chipgraph-summary-", ".nq");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                producer.accept(writer::quad);
                writer.finish();
            }
            // in chunks, each index by index (IndexOrderInsert): quad by quad walked all six B+trees at unrelated keys
            List<Quad> chunk = new ArrayList<>(SPOOL_CHUNK);
            RDFParser.source(spool).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override public void quad(Quad q) {
                    chunk.add(q);
                    if (chunk.size() == SPOOL_CHUNK) {
                        IndexOrderInsert.add(dsg, chunk);
                        chunk.clear();
                    }
                }
            });
            if (!chunk.isEmpty()) IndexOrderInsert.add(dsg, chunk);
        } catch (IOException e) {
            throw new StoreError(spoolDir + ": cannot write the summary graph's temporary file (" + FileErrors.plain(e) + ")", e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    /**
     * Streams the summary the other graphs give, its triples and their citations, without writing; returns the
     * number of triples. Each predicate is read in the POSG order TDB2 answers {@code (?, ?, p, o)} in, where the
     * graphs stating one triple are adjacent, so a triple is emitted once without a set of them in memory (were
     * the order ever different, a triple would be emitted twice, which adds nothing to a store).
     */
    public static long stream(DatasetGraph dsg, Consumer<Quad> out) {
        // each document's file name is read for every fact it states: asked of TDB2 once while it is recent
        Function<Node, Node> fileNames = new RecentValues<>(RECENT_DOCUMENTS, g -> FactSources.fileName(dsg, g));
        long n = 0;
        for (Node p : RELATIONS) n += streamDistinct(dsg, p, Node.ANY, fileNames, out);
        n += streamDistinct(dsg, LABEL, Node.ANY, fileNames, out);
        for (Node c : CLASSES) n += streamDistinct(dsg, TYPE, c, fileNames, out);
        return n;
    }

    private static long streamDistinct(DatasetGraph dsg, Node p, Node o, Function<Node, Node> fileNames, Consumer<Quad> out) {
        long n = 0;
        Triple last = null;
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, p, o); it.hasNext();) {
            Quad q = it.next();
            if (isSummary(q.getGraph())) continue;
            Triple t = q.asTriple();
            if (t.equals(last)) continue;
            last = t;
            n++;
            out.accept(Quad.create(NODE, t));
            if (cited(t)) {
                FactSources.emit(dsg, t, out, fileNames);
                ClaimRows.emit(dsg, t, out);
                SupplyRows.emit(dsg, t, out);
            }
        }
        return n;
    }
}
