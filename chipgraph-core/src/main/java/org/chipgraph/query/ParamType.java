package org.chipgraph.query;

import java.util.Locale;
import org.chipgraph.rdf.CG;

/**
 * The type of a question parameter, which decides how a user's value becomes an RDF term. The entity
 * types name the class the entity must have, so "-p company=China" is an error rather than an empty answer.
 */
public enum ParamType {
    /** Any entity: an absolute IRI, or a label or alias resolved to the entity's IRI. */
    IRI(null, "entity"),
    COMPANY("Company", "company"),
    CHIP("Chip", "chip"),
    CONTROL("ExportControl", "export control"),
    COUNTRY("Country", "country"),
    STRING(null, "text"),
    INTEGER(null, "integer"),
    DATE(null, "date");

    private final String classLocal;
    /** What a user calls a thing of this type ("China is a country, not a company"). */
    public final String noun;

    ParamType(String classLocal, String noun) {
        this.classLocal = classLocal;
        this.noun = noun;
    }

    /** "a company", "an export control". */
    public String article() { return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun; }

    /** True for the types whose value is an entity (an IRI or a name). */
    public boolean isEntity() { return this == IRI || classLocal != null; }

    /** The class an entity of this type must have, or null for any entity and for literals. */
    public String classIri() { return classLocal == null ? null : CG.NS + classLocal; }

    /** The entity type of a class IRI (null if chipgraph's questions have none for it). */
    public static ParamType ofClass(String classIri) {
        for (ParamType t : values()) if (t.classLocal != null && t.classIri().equals(classIri)) return t;
        return null;
    }

    public static ParamType parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown parameter type '" + s + "', expected company, chip, control, country, IRI, string, integer or date");
        }
    }
}
