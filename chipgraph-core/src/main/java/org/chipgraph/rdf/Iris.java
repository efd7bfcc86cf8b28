package org.chipgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.chipgraph.source.Sha256;

/** How chipgraph names things: documents, claims and minted entities get stable IRIs. */
public final class Iris {
    private Iris() {}

    /**
     * A document's IRI, which is also its named graph: stable for the same file name, so re-ingesting
     * a file (even edited) replaces its graph.
     */
    public static String document(String fileName) {
        return CG.ID + "doc/" + encode(fileName);
    }

    /**
     * The IRI of a document read from a file under an ingested folder: the path relative to that folder
     * ("reuters/article.txt"), each segment percent-encoded and the slashes kept, so two files of the
     * same name in different folders are two documents. A file directly in the folder gets
     * {@link #document(String)}'s IRI, as before.
     */
    public static String documentAt(String relativePath) {
        StringBuilder b = new StringBuilder(CG.ID).append("doc/");
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append('/');
            b.append(encode(parts[i]));
        }
        return b.toString();
    }

    /**
     * The IRI of a document that names its source with a {@code # url:} header: the URL percent-encoded
     * whole (slashes too) under doc/url/, so it cannot equal a path's IRI, and the same article keeps its
     * identity wherever its file lies.
     */
    public static String documentFromUrl(String url) {
        return CG.ID + "doc/url/" + encode(url.strip());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A claim's IRI: the same fact from the same place of the same document gets the same IRI. */
    public static String claim(String docIri, String subject, String predicate, String object, String where) {
        String key = String.join("\u0001", docIri, subject, predicate, object, where);
        return CG.ID + "claim/" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    /** An IRI for an entity minted from a name: type folder and a slug of the name. */
    public static String minted(String typeLocalName, String name) {
        String folder = switch (typeLocalName) {
            case "Company" -> "company";
            case "Chip" -> "chip";
            case "Country" -> "country";
            case "ExportControl" -> "control";
            default -> typeLocalName.toLowerCase(Locale.ROOT);
        };
        return CG.ID + folder + "/" + slug(name);
    }

    /** Lower-case ASCII words joined by '-': "Moore Threads Co., Ltd." -> "moore-threads-co-ltd". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? Sha256.hex(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12) : s;
    }
}
