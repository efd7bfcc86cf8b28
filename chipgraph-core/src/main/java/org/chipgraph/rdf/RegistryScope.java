package org.chipgraph.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * How much of the registry the extractor may know: all of it, or the documented core of
 * {@code ontology/registry-core.txt} (well-known companies and chips, every country and export control), to
 * measure how much the extractor finds from the text itself.
 */
public enum RegistryScope {
    FULL, CORE;

    public static final String CORE_FILE = "ontology/registry-core.txt";

    /** The reference data with its entities reduced to this scope. */
    public ReferenceData apply(ReferenceData data) {
        if (this == FULL) return data;
        Set<String> core = coreLabels();
        Model in = data.entities();
        Model out = ModelFactory.createDefaultModel().setNsPrefixes(in.getNsPrefixMap());
        Set<String> found = new HashSet<>();
        Resource company = in.createResource(CG.NS + "Company"), chip = in.createResource(CG.NS + "Chip");
        for (Resource r : in.listSubjects().toList()) {
            boolean named = r.hasProperty(RDF.type, company) || r.hasProperty(RDF.type, chip);
            if (named) {
                String label = englishLabel(r);
                if (label == null || !core.contains(label)) continue;
                found.add(label);
            }
            for (Statement s : r.listProperties().toList()) out.add(s);
        }
        // a statement about an entity outside the core (a chip's maker, say) is dropped with that entity
        for (Statement s : out.listStatements(null, null, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource() && isNamedEntity(in, s.getObject().asResource(), company, chip)
                    && !out.contains(s.getObject().asResource(), RDF.type)) out.remove(s);
        }
        Set<String> missing = new HashSet<>(core);
        missing.removeAll(found);
        if (!missing.isEmpty()) throw new InputError(CORE_FILE + ": not in the registry: " + String.join(", ", missing.stream().sorted().toList()));
        return new ReferenceData(data.ontology(), out, data.shapes());
    }

    private static boolean isNamedEntity(Model m, Resource r, Resource company, Resource chip) {
        return m.contains(r, RDF.type, company) || m.contains(r, RDF.type, chip);
    }

    private static String englishLabel(Resource r) {
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            if (s.getObject().isLiteral() && List.of("en", "").contains(s.getLiteral().getLanguage())) return s.getString();
        }
        return null;
    }

    static Set<String> coreLabels() {
        var file = BundledFiles.find(CORE_FILE).orElseThrow(() -> new InputError(CORE_FILE + ": missing, expected one English label per line"));
        Set<String> labels = new HashSet<>();
        for (String line : file.text().split("\r?\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) labels.add(l);
        }
        return labels;
    }
}
