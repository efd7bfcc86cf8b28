package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.ReferenceData;

/** The registry's entities as the extractor needs them: each with its English label and all its surface forms. */
final class ReferenceEntities {

    /** One registry entity and the strings that name it. */
    record Named(EntityRef ref, List<String> forms) {}

    final List<Named> entities = new ArrayList<>();
    final Map<String, EntityRef> byLabel = new LinkedHashMap<>();
    final List<ExportControls.Control> controls = new ArrayList<>();
    private final Map<String, EntityRef> byIri = new java.util.HashMap<>();
    /** A company's seat (cg:headquarteredIn in the registry), by company IRI. */
    final Map<String, String> seats = new LinkedHashMap<>();
    /** A chip's maker (schema:manufacturer, from the curated entities), by chip IRI. */
    final Map<String, String> makers = new LinkedHashMap<>();

    ReferenceEntities(ReferenceData reference) {
        Model m = reference.entities();
        Property pref = m.createProperty(CG.SKOS + "prefLabel");
        Property alt = m.createProperty(CG.SKOS + "altLabel");
        Property issuer = m.createProperty(CG.NS + "issuer");
        Property effective = m.createProperty(CG.NS + "effectiveDate");
        Property manufacturer = m.createProperty(CG.SCHEMA + "manufacturer");
        for (Statement s : m.listStatements(null, m.createProperty(CG.NS + "headquarteredIn"), (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) seats.putIfAbsent(s.getSubject().getURI(), s.getObject().asResource().getURI());
        }
        for (Statement s : m.listStatements(null, manufacturer, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                makers.putIfAbsent(s.getSubject().getURI(), s.getObject().asResource().getURI());
            }
        }
        for (String type : List.of("Company", "Chip", "Country", "ExportControl")) {
            Resource cls = m.createResource(CG.NS + type);
            for (Resource r : m.listResourcesWithProperty(RDF.type, cls).toList()) {
                if (!r.isURIResource()) continue;
                String label = english(r, RDFS.label);
                if (label == null) label = english(r, pref);
                if (label == null) continue;
                List<String> forms = new ArrayList<>();
                forms.add(label);
                for (Property p : List.of(RDFS.label, pref, alt)) {
                    for (Statement s : r.listProperties(p).toList()) {
                        if (s.getObject().isLiteral()) {
                            String f = s.getObject().asLiteral().getLexicalForm();
                            if (!forms.contains(f)) forms.add(f);
                        }
                    }
                }
                EntityRef ref = EntityRef.known(r.getURI(), label, type);
                entities.add(new Named(ref, forms));
                byLabel.putIfAbsent(type + ":" + label, ref);
                byIri.putIfAbsent(ref.iri(), ref);
                if (type.equals("ExportControl")) {
                    Statement is = r.getProperty(issuer);
                    Statement ed = r.getProperty(effective);
                    PartialDate date = null;
                    if (ed != null && ed.getObject().isLiteral()) {
                        try {
                            date = PartialDate.parse(ed.getObject().asLiteral().getLexicalForm());
                        } catch (IllegalArgumentException e) {
                            date = null;
                        }
                    }
                    String issuerIri = is != null && is.getObject().isURIResource() ? is.getObject().asResource().getURI() : "";
                    controls.add(new ExportControls.Control(ref, issuerIri, date, label.toLowerCase().contains("list")));
                }
            }
        }
    }

    private static String english(Resource r, Property p) {
        String any = null;
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (!o.isLiteral()) continue;
            Literal l = o.asLiteral();
            if ("en".equals(l.getLanguage())) return l.getLexicalForm();
            if (any == null) any = l.getLexicalForm();
        }
        return any;
    }

    EntityRef byIri(String iri) { return byIri.get(iri); }
}
