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
        return CG.ID + "doc/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
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
