package org.chipgraph.serve;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.chipgraph.store.AbortedWriteRecovery;
import org.chipgraph.store.SummaryGraph;

/**
 * Fuseki's Graph Store Protocol (read and write) that brings the summary graph in step after each write:
 * Fuseki's PUT, POST and DELETE commit their own transaction and answer the client, so the refresh (the graph's
 * summarised triples before and after) is a second write transaction right after it, and a client may see the
 * answer a moment before the summary is in step; a write to the whole dataset (no {@code graph=}) rebuilds it.
 */
final class SummarisingGraphStore extends GSP_RW {
    @Override protected void doPut(HttpAction action) { around(action, () -> super.doPut(action)); }

    @Override protected void doPost(HttpAction action) { around(action, () -> super.doPost(action)); }

    @Override protected void doDelete(HttpAction action) { around(action, () -> super.doDelete(action)); }

    private static void around(HttpAction action, Runnable write) {
        String graph = action.getRequestParameter("graph");
        Node g = graph == null || graph.isBlank() || "default".equals(graph) ? null : NodeFactory.createURI(graph);
        Set<Triple> touched = new LinkedHashSet<>();
        // Fuseki's own transaction ends inside the write, so these read and write the dataset directly.
        DatasetGraph dsg = action.getDataset();
        if (g != null && !SummaryGraph.isSummary(g)) touched.addAll(Txn.calculateRead(dsg, () -> SummaryGraph.touchedIn(dsg, g)));
        try {
            write.run();
        } catch (RuntimeException e) {
            AbortedWriteRecovery.afterAbort(dsg);
            throw e;
        }
        if (g != null && SummaryGraph.isSummary(g)) return;
        boolean wholeDataset = g == null && action.getRequestParameter("default") == null;
        Txn.executeWrite(dsg, () -> {
            if (wholeDataset) SummaryGraph.rebuild(dsg);
            else if (g != null) {
                touched.addAll(SummaryGraph.touchedIn(dsg, g));
                SummaryGraph.refresh(dsg, touched);
            }
        });
    }
}
