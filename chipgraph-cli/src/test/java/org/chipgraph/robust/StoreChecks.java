package org.chipgraph.robust;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.chipgraph.validate.ShaclCheck;

/** Checks on a store that every harness makes after a crash: claims, SHACL. */
public final class StoreChecks {
    private StoreChecks() {}

    /** Claim nodes whose document is not in the store, or whose graph is not their document's. */
    public static List<String> orphanClaims(TdbStore store) {
        String q = """
                PREFIX cg: <%s>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?c ?g ?d WHERE {
                  GRAPH ?g { ?c a cg:Claim . OPTIONAL { ?c prov:wasDerivedFrom ?d } }
                  FILTER (!BOUND(?d) || ?d != ?g || NOT EXISTS { GRAPH ?d { ?d a cg:Document } })
                }""".formatted(CG.NS);
        return store.read(dsg -> {
            List<String> out = new ArrayList<>();
            try (var exec = QueryExecutionFactory.create(QueryFactory.create(q), org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                exec.execSelect().forEachRemaining(row -> out.add(row.get("c") + " in " + row.get("g") + " from " + row.get("d")));
            }
            return out;
        });
    }

    /** SHACL violations, as lines (empty when the store conforms). */
    public static List<String> shaclViolations(TdbStore store) {
        var shapes = ReferenceData.parse(ReferenceData.SHAPES_FILE).getGraph();
        return ShaclCheck.run(store.datasetGraph(), shapes).stream()
                .map(v -> v.focus() + " " + v.path() + ": " + v.message()).toList();
    }
}
