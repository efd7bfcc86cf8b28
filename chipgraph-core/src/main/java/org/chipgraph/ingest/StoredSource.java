package org.chipgraph.ingest;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.TdbStore;

/**
 * What the store says about the source of a document already there: the file it was read from, its
 * URL and content hash. Decides whether a new file for the same document is the same source (replace)
 * or another one (a {@link DocumentClash}).
 */
record StoredSource(String file, String url, String sha256) {

    static StoredSource of(TdbStore store, String docIri) {
        return store.read(dsg -> {
            Node g = NodeFactory.createURI(docIri);
            return new StoredSource(value(dsg, g, CG.sourceFile), value(dsg, g, CG.url), value(dsg, g, CG.sha256));
        });
    }

    private static String value(DatasetGraph dsg, Node g, Node p) {
        Iterator<Quad> it = dsg.find(g, g, p, Node.ANY);
        if (!it.hasNext()) return null;
        Node o = it.next().getObject();
        return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
    }

    /** The documents recorded as read from {@code file}. */
    static java.util.List<String> documentsReadFrom(TdbStore store, java.nio.file.Path file) {
        Node path = NodeFactory.createLiteralString(file.toAbsolutePath().normalize().toString());
        return store.read(dsg -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, CG.sourceFile, path).forEachRemaining(q -> out.add(q.getGraph().getURI()));
            return out;
        });
    }

    boolean absent() { return file == null && url == null && sha256 == null; }

    /**
     * The message refusing {@code r} when it is another source than this stored one, or null when it
     * replaces it: same URL, same file, or same bytes. A document stored before files were recorded is
     * replaced, as it was then.
     */
    String clashWith(DocumentResult r, String docIri) {
        if (absent()) return null;
        String newUrl = r.article().url() == null ? null : NodeFactory.createURI(r.article().url().replace(" ", "%20")).getURI();
        String newFile = r.file().toAbsolutePath().normalize().toString();
        if (r.article().sha256().equals(sha256)) return null;
        if (newUrl != null && newUrl.equals(url)) return null;
        if (newUrl == null && url == null && (file == null || file.equals(newFile))) return null;
        return r.file() + ": same document (" + docIri + ") as " + (file != null ? file : url)
                + ", which is already in the store with other content; expected one source per document:"
                + " give it its own '# url:' header, or remove the stored one first with 'chipgraph remove " + docIri + "'";
    }
}
