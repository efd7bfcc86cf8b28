package org.chipgraph.serve;

import java.io.InputStream;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.chipgraph.store.AbortedWriteRecovery;
import org.chipgraph.store.UpdateSummary;

/**
 * Fuseki's SPARQL Update with the summary graph brought in step inside the update's own write transaction
 * ({@link UpdateSummary}), so {@code remove --endpoint} and any update leave the questions' summary right.
 */
final class SummarisingUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues("using-graph-uri");
        String[] named = action.getRequest().getParameterValues("using-named-graph-uri");
        if (graphs != null) for (String g : graphs) using.addUsing(org.apache.jena.graph.NodeFactory.createURI(g));
        if (named != null) for (String g : named) using.addUsingNamed(org.apache.jena.graph.NodeFactory.createURI(g));
        UpdateRequest request;
        try {
            request = UpdateFactory.read(using, input, "http://server/unset-base/", org.apache.jena.query.Syntax.syntaxARQ);
        } catch (UpdateException | QueryParseException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        action.beginWrite();
        try {
            UpdateSummary.execute(request, action.getActiveDSG());
            action.commit();
        } catch (RuntimeException e) {
            action.abortSilent();
            action.endWrite();
            AbortedWriteRecovery.afterAbort(action.getDataset());
            throw e;
        }
        action.endWrite();
        // the caller answers 204, as Fuseki's own update does
    }
}
