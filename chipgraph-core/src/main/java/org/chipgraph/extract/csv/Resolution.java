package org.chipgraph.extract.csv;

/**
 * How a name from a table was resolved: the entity's IRI, the rule that decided it (label, case,
 * normalised, notation, without-vendor, discovered) and whether the entity is new (minted).
 */
public record Resolution(String name, String type, String iri, String rule, boolean discovered) {}
