package org.chipgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chipgraph.fact.Fact;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.TdbStore;

/**
 * Ingests articles into a store: reference graphs first (when they changed), then the articles in
 * batched write transactions, each document whole or not at all. Without keepGoing it stops at the
 * first bad article; the documents before it stay ingested.
 */
public final class Ingestor {
    private final ReferenceData reference;
    private final ArticleIngest pipeline;
    private final int batchDocs;
    private final int batchQuads;

    public Ingestor(ReferenceData reference, ArticleIngest pipeline, int batchDocs, int batchQuads) {
        this.reference = reference;
        // the next batch is extracted while this one is written: the extractors no longer wait for each commit
        this.pipeline = pipeline.lookingAhead(batchDocs);
        this.batchDocs = batchDocs;
        this.batchQuads = batchQuads;
    }

    public IngestSummary ingest(TdbStore store, SourceFiles sources, boolean keepGoing, Progress progress) {
        long t0 = System.nanoTime();
        // Without --keep-going a collision fails the run: find it before the first write.
        if (!keepGoing) IdentityPrescan.check(sources);
        ensureReference(store, reference);
        List<Failure> failures = new ArrayList<>();
        AtomicInteger docs = new AtomicInteger();
        AtomicLong facts = new AtomicLong();
        Set<String> entities = new HashSet<>();
        List<String> graphs = new ArrayList<>();
        long quads;
        try (StoreWriter writer = new StoreWriter(store, batchDocs, batchQuads)) {
            pipeline.run(sources.articles(), sources::relativeName, keepGoing, r -> {
                String clash = StoredSource.of(store, r.graph().graphIri()).clashWith(r, r.graph().graphIri());
                if (clash != null) throw new DocumentClash(clash);
                // The same file under another identity before (it gained a '# url:'): that document goes.
                for (String old : StoredSource.documentsReadFrom(store, r.file())) {
                    if (!old.equals(r.graph().graphIri())) writer.add(new GraphContent(old, List.of()));
                }
                writer.add(r.graph());
                graphs.add(r.graph().graphIri());
                docs.incrementAndGet();
                facts.addAndGet(r.facts().size());
                for (Fact f : r.facts()) {
                    entities.add(f.subject().iri());
                    if (f.object() != null) entities.add(f.object().iri());
                }
                progress.update(docs.get() + failures.size());
            }, f -> {
                failures.add(f);
                progress.update(docs.get() + failures.size());
            });
            writer.flush();
            quads = writer.quadsWritten();
        }
        return new IngestSummary(docs.get(), 0, facts.get(), entities.size(), quads, sources.skipped().size(),
                (System.nanoTime() - t0) / 1e9, List.copyOf(failures), graphs);
    }

    /** Writes the ontology and entity graphs when the store lacks them or holds another version. */
    public static void ensureReference(TdbStore store, ReferenceData reference) {
        List<GraphContent> changed = new ArrayList<>();
        for (GraphContent gc : reference.graphs()) {
            boolean same = store.read(dsg -> {
                Graph stored = dsg.getGraph(NodeFactory.createURI(gc.graphIri()));
                if (stored.size() != gc.quads().size()) return false;
                Graph fresh = GraphFactory.createDefaultGraph();
                gc.quads().forEach(q -> fresh.add(q.asTriple()));
                return stored.isIsomorphicWith(fresh);
            });
            if (!same) changed.add(gc);
        }
        if (!changed.isEmpty()) store.replaceGraphs(changed);
    }
}
