package org.chipgraph.extract.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;

/** Shared helpers: the test CSV files, a store built from them plus news-like facts, and query helpers. */
final class TestStores {
    private TestStores() {}

    static final Path CSV = Path.of("chipgraph-core/src/test/resources/csv");
    static final String PREFIXES = """
            PREFIX cg:   <https://w3id.org/chipgraph/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX co:   <https://w3id.org/chipgraph/id/company/>
            PREFIX chip: <https://w3id.org/chipgraph/id/chip/>
            PREFIX ctl:  <https://w3id.org/chipgraph/id/control/>
            PREFIX agg:  <https://w3id.org/chipgraph/id/aggregate/>
            PREFIX doc:  <https://w3id.org/chipgraph/id/doc/>
            """;

    private static CsvIngest ingest;

    static synchronized CsvIngest ingest() {
        if (ingest == null) ingest = CsvIngest.standard();
        return ingest;
    }

    static IngestResult load(TdbStore store, String file) {
        return ingest().ingest(store, CSV.resolve(file), Optional.empty(), false, null);
    }

    /** Reference graphs, every test CSV and the news-like facts of news.trig. */
    static TdbStore full(Path dir) {
        TdbStore store = TdbStore.open(dir);
        store.replaceGraphs(ReferenceData.load().graphs());
        for (String f : List.of("ml_hardware.sample.csv", "ml_hardware.older-layout.sample.csv", "nvidia_owners.sample.csv",
                "named_other_owners.sample.csv", "amd_owners.sample.csv", "csl.entity-list.sample.csv",
                "providers.sample.csv", "provision.sample.csv")) {
            load(store, f);
        }
        Txn.executeWrite(store.datasetGraph(), () -> RDFDataMgr.read(store.datasetGraph(), CSV.resolve("news.trig").toString()));
        store.rebuildSummary(); // read in past the store's own writes
        return store;
    }

    static List<Binding> select(TdbStore store, String sparql) {
        return select(store, QueryFactory.create(PREFIXES + sparql), Map.of());
    }

    /** Runs a query with parameters substituted as constants (how the question library binds them). */
    static List<Binding> select(TdbStore store, Query q, Map<Var, Node> params) {
        Query bound = params.isEmpty() ? q : QueryTransformOps.transform(q, params);
        return store.read(d -> {
            List<Binding> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(d).query(bound).build()) {
                // copy inside the read transaction: TDB2 bindings resolve their nodes lazily
                qe.select().forEachRemaining(b -> {
                    var bb = Binding.builder();
                    b.forEach(bb::add);
                    out.add(bb.build());
                });
            }
            return out;
        });
    }

    static long count(TdbStore store, String where) {
        var rows = select(store, "SELECT (COUNT(*) AS ?n) { " + where + " }");
        return Long.parseLong(rows.get(0).get("n").getLiteralLexicalForm());
    }

    static boolean ask(TdbStore store, String where) {
        return count(store, where) > 0;
    }

    /** Every quad of the store, for before/after comparisons. */
    static java.util.Set<Quad> snapshot(TdbStore store) {
        return store.read(d -> {
            java.util.Set<Quad> s = new java.util.HashSet<>();
            d.find().forEachRemaining(s::add);
            return s;
        });
    }
}
