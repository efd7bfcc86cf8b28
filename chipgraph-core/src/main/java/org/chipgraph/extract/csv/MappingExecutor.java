package org.chipgraph.extract.csv;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;
import org.chipgraph.fact.Stance;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.ClaimNode;

/**
 * Evaluates a mapping's CONSTRUCT for one row at a time. The WHERE clause was compiled once. When it is only
 * BINDs and FILTERs ({@link BindChain}, every bundled mapping) its expressions are evaluated directly on the
 * row's binding; otherwise the cell values are substituted into the algebra as constants (never spliced into
 * query text) and ARQ runs it. The result instantiates the template, and each triple whose predicate is a claim predicate gets a claim node with
 * its provenance (document, row, mapping). Output quads of a row are de-duplicated, then streamed.
 */
public final class MappingExecutor {
    public static final String EXTRACTOR = "chipgraph-csv";
    public static final String VERSION = "0.1.0";

    private static final DatasetGraph EMPTY = DatasetGraphFactory.empty();

    private final CsvMapping mapping;
    private final RowContext row;
    private final Node graph;
    private final Node doc;
    private final ExecutionContext execCxt;
    private final List<Triple> template;
    /** The compiled WHERE clause; null when the mapping needs ARQ per row. */
    private final BindChain chain;

    public MappingExecutor(CsvMapping mapping, String docIri, EntityResolver resolver) {
        this(mapping, docIri, resolver, false);
    }

    /** @param fullArq run ARQ per row even when the WHERE clause compiles (to check that both paths agree) */
    MappingExecutor(CsvMapping mapping, String docIri, EntityResolver resolver, boolean fullArq) {
        MappingFunctions.register();
        this.mapping = mapping;
        this.row = new RowContext(docIri, mapping.name(), resolver);
        this.graph = NodeFactory.createURI(docIri);
        this.doc = graph;
        Context cxt = Context.setupContextForDataset(org.apache.jena.sparql.util.Context.emptyContext(), EMPTY);
        cxt.set(RowContext.SYMBOL, row);
        this.execCxt = ExecutionContext.create(EMPTY, cxt);
        this.template = mapping.query().getConstructTemplate().getTriples();
        java.util.Set<org.apache.jena.sparql.core.Var> cells = new java.util.HashSet<>();
        mapping.columns().forEach(c -> cells.add(org.apache.jena.sparql.core.Var.alloc(c.variable())));
        this.chain = fullArq ? null : BindChain.of(mapping.op(), cells).orElse(null);
    }

    /** Whether rows are mapped by the compiled WHERE clause rather than ARQ's query engine. */
    boolean compiled() { return chain != null; }

    /** Maps one row (its bindings from {@link RowBinder}) and streams its quads; returns how many. */
    public int map(long rowNumber, List<Binding> bindings, Consumer<Quad> out) {
        row.row = rowNumber;
        row.resolutions.clear();
        row.memo.clear();
        Set<Triple> triples = new LinkedHashSet<>();
        for (Binding b : bindings) {
            if (chain != null) {
                Binding result = chain.eval(b, execCxt);
                if (result != null) TemplateLib.calcTriples(template, List.of(result).iterator()).forEachRemaining(triples::add);
                continue;
            }
            Op op = QC.substitute(mapping.op(), b);
            QueryIterator it = QC.execute(op, org.apache.jena.sparql.engine.iterator.QueryIterRoot.create(execCxt), execCxt);
            try {
                while (it.hasNext()) {
                    Binding result = merge(b, it.next());
                    Iterator<Triple> ts = TemplateLib.calcTriples(template, List.of(result).iterator());
                    ts.forEachRemaining(triples::add);
                }
            } finally {
                it.close();
            }
        }
        Set<Node> used = new java.util.HashSet<>();
        for (Triple t : triples) { used.add(t.getSubject()); used.add(t.getObject()); }
        row.describeUsed(used, triples);
        Set<Triple> claims = new LinkedHashSet<>();
        for (Triple t : triples) {
            if (mapping.claimPredicates().contains(t.getPredicate())) claim(t, claims);
        }
        triples.addAll(claims);
        triples.forEach(t -> out.accept(new Quad(graph, t)));
        return triples.size();
    }

    private void claim(Triple t, Set<Triple> out) {
        ClaimNode.write(t.getSubject(), t.getPredicate(), t.getObject(), row.provenance(), Stance.ASSERTED, 1.0, out::add);
        if (t.getPredicate().equals(CG.term("supplies"))) out.add(Triple.create(t.getSubject(), CG.type, CG.Supplier));
    }

    /** The row's cells plus what the WHERE clause computed (substituted variables are not in the result). */
    private static Binding merge(Binding row, Binding result) {
        BindingBuilder bb = Binding.builder(result);
        row.forEach((v, n) -> { if (!result.contains(v)) bb.add(v, n); });
        return bb.build();
    }
}
