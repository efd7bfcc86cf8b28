package org.chipgraph.query;

import java.util.List;

/**
 * A question of the library: a SPARQL file in queries/ with a comment header
 * ({@code # title:}, {@code # description:}, {@code # param: NAME TYPE DESCRIPTION}, {@code # example:}).
 */
public record Question(String name, String title, String description, List<Parameter> parameters,
                       String example, String origin, String sparql) {

    /** "company=ByteDance, chip=H20" from the '# example:' line, as parameter values. */
    public java.util.Map<String, String> exampleParams() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        if (example == null || example.isBlank()) return m;
        for (String part : example.split("[,;]\\s*(?=[A-Za-z_][A-Za-z0-9_]*=)")) {
            int eq = part.indexOf('=');
            if (eq > 0) m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }

    /** Why the question may have no rows ('# empty:' line of its header), for the demo to say so. */
    public java.util.Optional<String> emptyNote() {
        return sparql.lines().map(String::strip).filter(l -> l.startsWith("# empty:")).map(l -> l.substring(8).strip()).findFirst();
    }

    /** A parameter; required unless its description starts with "(optional)". */
    public record Parameter(String name, ParamType type, String description) {
        public boolean required() { return !description.startsWith("(optional)"); }
    }
}
