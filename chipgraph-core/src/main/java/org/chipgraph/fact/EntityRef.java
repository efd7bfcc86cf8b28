package org.chipgraph.fact;

/**
 * An entity a fact speaks of: its canonical IRI, its English label and its class local name
 * (Company, Chip, Country, ExportControl). {@code discovered} marks entities minted from text
 * that the reference registry does not hold.
 */
public record EntityRef(String iri, String label, String type, boolean discovered) {
    public static EntityRef known(String iri, String label, String type) { return new EntityRef(iri, label, type, false); }
}
