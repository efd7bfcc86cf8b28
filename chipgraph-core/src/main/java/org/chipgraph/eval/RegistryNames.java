package org.chipgraph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.ReferenceData;

/** The names of the registry (ontology/: labels and aliases of companies, chips, countries, controls) as scorer keys. */
public final class RegistryNames {
    private final Set<String> keys;

    public RegistryNames(Set<String> keys) { this.keys = Set.copyOf(keys); }

    public static RegistryNames of(ReferenceData reference) {
        Model m = reference.entities();
        List<Property> names = List.of(RDFS.label, m.createProperty(CG.SKOS + "prefLabel"), m.createProperty(CG.SKOS + "altLabel"));
        Set<String> keys = new HashSet<>();
        for (String type : List.of("Company", "Chip", "Country", "ExportControl")) {
            for (Resource r : m.listResourcesWithProperty(RDF.type, m.createResource(CG.NS + type)).toList()) {
                for (Property p : names) {
                    for (Statement s : r.listProperties(p).toList()) {
                        if (s.getObject().isLiteral()) keys.add(ScorerNames.key(s.getObject().asLiteral().getLexicalForm()));
                    }
                }
            }
        }
        keys.remove("");
        return new RegistryNames(keys);
    }

    /** Does the registry hold a name the scorer would take for this gold key? */
    public boolean knows(String goldKey) {
        if (keys.contains(goldKey)) return true;
        for (String k : keys) if (ScorerNames.same(k, goldKey)) return true;
        return false;
    }
}
