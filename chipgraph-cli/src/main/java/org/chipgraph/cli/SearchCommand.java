package org.chipgraph.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.chipgraph.query.NameSearch;
import org.chipgraph.query.TextTable;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Which entities are called something like TEXT: names and aliases the same but for case and accents,",
                "then names with all its words, then close spellings; with class, score and number of sources.",
                "Example: chipgraph search \"Huawei Technologies\""})
public final class SearchCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The name to look for (several words are one text).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entities (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Override
    public Integer call() {
        List<Map<String, String>> rows;
        try (TdbStore db = TdbStore.openExisting(store.db)) {
            rows = NameSearch.search(db.datasetGraph(), String.join(" ", words), limit);
        }
        if (format.equalsIgnoreCase("json")) {
            JsonArray a = new JsonArray();
            for (var r : rows) {
                JsonObject o = new JsonObject();
                r.forEach(o::put);
                a.add(o);
            }
            System.out.println(JSON.toString(a));
        } else {
            TextTable.print(NameSearch.COLUMNS, rows.stream().map(r -> NameSearch.COLUMNS.stream().map(r::get).toList()).toList(), System.out, 70);
            System.out.println(rows.size() + (rows.size() == 1 ? " entity" : " entities"));
        }
        return 0;
    }
}
