package org.chipgraph.serve;

import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code /$/datasets} for the web UI, which lists the datasets and their endpoints from it:
 * Fuseki's admin action with creating and deleting datasets taken away.
 */
final class DatasetsListing extends ActionDatasets {
    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST: datasets cannot be created through chipgraph serve");
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST: datasets cannot be changed through chipgraph serve");
        return null;
    }

    @Override
    protected void execDeleteItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE: datasets cannot be deleted through chipgraph serve");
    }
}
