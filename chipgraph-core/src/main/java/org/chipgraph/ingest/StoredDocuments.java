package org.chipgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;

/**
 * Finds the documents (named graphs) a user names for removal: by IRI, by path under the ingested
 * folder, or by the file they were read from. Anything that names no document is an error, so a
 * typo removes nothing.
 */
public final class StoredDocuments {
    private StoredDocuments() {}

    /**
     * The graph IRIs of {@code docs} (an IRI, or a path like "reuters/article.txt") in {@code dsg}; call
     * inside a read transaction.
     */
    public static Set<String> byName(DatasetGraph dsg, List<String> docs) {
        Set<String> found = new LinkedHashSet<>();
        for (String d : docs) {
            String iri = d.contains("://") ? d : Iris.documentAt(d.replace('\\', '/'));
            if (!isDocument(dsg, iri)) {
                throw new InputError(d + ": no such document in the store, expected a document IRI or a path as 'chipgraph facts' shows it");
            }
            found.add(iri);
        }
        return found;
    }

    /**
     * The documents read from {@code sources}: a file matches the documents recorded as read from it (or,
     * in a store made before sources were recorded, the document named by its file name); a folder
     * matches every document read from a file under it.
     */
    public static Set<String> bySource(DatasetGraph dsg, List<Path> sources) {
        Set<String> found = new LinkedHashSet<>();
        for (Path p : sources) {
            String abs = p.toAbsolutePath().normalize().toString();
            boolean folder = Files.isDirectory(p);
            int before = found.size();
            dsg.find(Node.ANY, Node.ANY, CG.sourceFile, Node.ANY).forEachRemaining(q -> {
                String file = q.getObject().getLiteralLexicalForm();
                if (folder ? file.startsWith(abs + java.io.File.separator) : file.equals(abs)) found.add(q.getGraph().getURI());
            });
            if (found.size() == before && !folder) {
                String legacy = Iris.document(p.getFileName().toString());
                if (isDocument(dsg, legacy) && !dsg.find(NodeFactory.createURI(legacy), Node.ANY, CG.sourceFile, Node.ANY).hasNext()) {
                    found.add(legacy);
                }
            }
            if (found.size() == before) {
                throw new InputError(p + ": no document in the store was read from this " + (folder ? "folder" : "file") + ", expected a file ingested before");
            }
        }
        return found;
    }

    /** A document graph: one that describes itself with a file name (articles and tables both do). */
    private static boolean isDocument(DatasetGraph dsg, String iri) {
        Node g = NodeFactory.createURI(iri);
        return dsg.contains(g, g, CG.fileName, Node.ANY);
    }
}
