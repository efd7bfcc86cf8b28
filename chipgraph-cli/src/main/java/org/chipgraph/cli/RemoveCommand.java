package org.chipgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.StoredDocuments;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove documents, with their facts and claims, from the store, all in one transaction.",
                "A name that matches no document is an error and nothing is removed.",
                "",
                "Examples:",
                "  chipgraph remove reuters/article.txt",
                "  chipgraph remove https://w3id.org/chipgraph/id/doc/url/https%3A%2F%2Fnews.example%2Fh20",
                "  chipgraph remove --source corpus/2025/article.txt --source old-folder/",
                "  chipgraph remove --endpoint http://127.0.0.1:3030/chipgraph --user editor --password-file writers.passwd reuters/article.txt"})
public final class RemoveCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;
    @Mixin EndpointIngest endpoint;

    @Parameters(arity = "0..*", paramLabel = "DOC", description = "A document: its IRI, or its path under the folder it was ingested from (as 'chipgraph facts' shows it).")
    List<String> docs = new ArrayList<>();

    @Option(names = "--source", paramLabel = "PATH", description = "Remove the documents read from this file, or from any file under this folder.")
    List<Path> sources = new ArrayList<>();

    @Override
    public Integer call() {
        if (docs.isEmpty() && sources.isEmpty()) throw new InputError("nothing to remove: give a DOC or --source PATH (see 'chipgraph remove --help')");
        if (endpoint.enabled()) return removeThroughEndpoint();
        try (TdbStore db = TdbStore.openExisting(store.db)) {
            Set<String> graphs = db.read(dsg -> {
                Set<String> all = new LinkedHashSet<>(StoredDocuments.byName(dsg, docs));
                all.addAll(StoredDocuments.bySource(dsg, sources));
                return all;
            });
            long quads = graphs.stream().mapToLong(db::quadCount).sum();
            db.removeGraphs(graphs);
            System.out.printf("removed %d document%s (%d quads)%n", graphs.size(), graphs.size() == 1 ? "" : "s", quads);
        }
        return 0;
    }

    /** Through a running 'serve --allow-update': one authenticated update, all documents or none. */
    private int removeThroughEndpoint() {
        if (!sources.isEmpty()) throw new InputError("--source needs the store itself (--db); with --endpoint name the documents");
        List<String> graphs = new ArrayList<>();
        for (String d : docs) {
            String iri = d.contains("://") ? d : org.chipgraph.rdf.Iris.documentAt(d.replace('\\', '/'));
            if (!iri.startsWith(org.chipgraph.rdf.CG.ID + "doc/")) throw new InputError(d + ": not a document, expected a document IRI or a path as 'chipgraph facts' shows it");
            graphs.add(iri);
        }
        endpoint.client().drop(graphs);
        System.out.printf("removed %d document%s through %s%n", graphs.size(), graphs.size() == 1 ? "" : "s", endpoint.endpoint);
        return 0;
    }
}
