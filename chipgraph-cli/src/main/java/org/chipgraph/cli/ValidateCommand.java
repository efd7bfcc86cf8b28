package org.chipgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.query.TextTable;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.chipgraph.validate.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph validate --db chipgraph-db",
        description = {"Check the store against the SHACL shapes of ontology/shapes.ttl.",
                "Prints one line per violation (focus node, path, message); exit 1 if there are any."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Override
    public Integer call() {
        var shapes = ReferenceData.parse(ReferenceData.SHAPES_FILE).getGraph();
        try (TdbStore db = TdbStore.openReadOnly(store.db)) {
            List<ShaclCheck.Violation> violations = ShaclCheck.run(db.datasetGraph(), shapes);
            if (violations.isEmpty()) {
                console.out().println("valid: the store conforms to ontology/shapes.ttl");
                return 0;
            }
            console.out().print(TextTable.render(List.of("focus node", "path", "message"),
                    violations.stream().map(v -> List.of(v.focus(), v.path(), v.message())).toList(), 80));
            console.out().flush();
            console.err().println("chipgraph: " + violations.size() + " SHACL violation" + (violations.size() == 1 ? "" : "s") + " in " + store.db);
            return 1;
        }
    }
}
