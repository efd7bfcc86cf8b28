package org.chipgraph.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateRequest;

/**
 * A SPARQL Update run with the summary graph brought in step in the same write transaction. The triples an
 * update touches are known before it runs for DROP/CLEAR of a named graph (its content), INSERT DATA and DELETE
 * DATA (their quads) and DELETE/INSERT templates whose predicates are all ones the summary does not hold;
 * anything else (a template with a variable or summarised predicate or one a claim's row reads, DROP ALL, LOAD, ADD/MOVE/COPY) rebuilds
 * the summary, which is slow on a big store but never wrong.
 */
public final class UpdateSummary {
    private UpdateSummary() {}

    /** Executes {@code request} on {@code dsg} and refreshes the summary; call inside the write transaction. */
    public static void execute(UpdateRequest request, DatasetGraph dsg) {
        Set<Triple> touched = new LinkedHashSet<>();
        boolean rebuild = false;
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateDropClear dc) {
                // the default graph is not summarised; ALL and NAMED reach every graph
                if (dc.getTarget().isOneNamedGraph()) touched.addAll(SummaryGraph.touchedIn(dsg, dc.getGraph()));
                else if (!dc.getTarget().isDefault()) rebuild = true;
            } else if (u instanceof UpdateData data) data.getQuads().forEach(q -> note(dsg, q, touched));
            else if (u instanceof UpdateModify m) rebuild |= !(m.getDeleteQuads().stream().allMatch(UpdateSummary::unsummarised)
                    && m.getInsertQuads().stream().allMatch(UpdateSummary::unsummarised));
            else rebuild = true;
        }
        UpdateAction.execute(request, dsg);
        // a claim's rows are found from the claim: a deleted one before the update (above), an inserted one after it
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateData data) data.getQuads().forEach(q -> {
                ClaimRows.factsOf(dsg, q, touched);
                SourceRows.linksOf(dsg, q, touched);
            });
        }
        if (rebuild) SummaryGraph.rebuild(dsg);
        else SummaryGraph.refresh(dsg, touched);
    }

    private static void note(DatasetGraph dsg, Quad q, Set<Triple> touched) {
        if (SummaryGraph.isSummary(q.getGraph())) return;
        if (SummaryGraph.touches(q.getPredicate(), q.getObject())) touched.add(q.asTriple());
        ClaimRows.factsOf(dsg, q, touched);
        SourceRows.linksOf(dsg, q, touched);
    }

    /** A template quad that cannot write or delete a summarised triple or a property of a claim's precomputed row. */
    private static boolean unsummarised(Quad q) {
        Node p = q.getPredicate();
        if (p.isURI() && (ClaimRows.reads(p) || SourceRows.reads(p))) return false;
        return p.isConcrete() && q.getObject().isConcrete() ? !SummaryGraph.summarises(p, q.getObject()) : p.isURI() && !SummaryGraph.summarisesPredicate(p);
    }

}
