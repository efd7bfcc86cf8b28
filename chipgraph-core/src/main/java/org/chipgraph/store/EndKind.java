package org.chipgraph.store;

import org.apache.jena.graph.Node;

/**
 * What a restricted entity is, as control-reach names its role (ontology/chipgraph.ttl, "What a measure targets"):
 * stored in the restriction's row on the control ({@link FactEndRow}), so the page reads no types or lists per target.
 * Whether the control is itself a restricted-party list is the page's to add (a company it names is then a party).
 */
public enum EndKind {
    /** A chip: the restricted item. */
    CHIP('c'),
    /** A country: the restricted destination. */
    COUNTRY('d'),
    /** A company some restricted-party list restricts: a restricted party. */
    LISTED_COMPANY('l'),
    /** A company no restricted-party list restricts: the exporter needing a licence, unless the control is a list. */
    COMPANY('u'),
    /** Anything else. */
    OTHER('o');

    final char code;

    EndKind(char code) { this.code = code; }

    static EndKind of(char code) {
        for (EndKind k : values()) if (k.code == code) return k;
        throw new IllegalArgumentException("no kind '" + code + "'");
    }

    /** The kind by the entity's classes, in control-reach's order (a chip first), and whether a list restricts it. */
    static EndKind of(java.util.Set<Node> types, boolean listed) {
        if (types.contains(org.chipgraph.rdf.CG.Chip)) return CHIP;
        if (types.contains(org.chipgraph.rdf.CG.Country)) return COUNTRY;
        if (!types.contains(org.chipgraph.rdf.CG.Company)) return OTHER;
        return listed ? LISTED_COMPANY : COMPANY;
    }
}
