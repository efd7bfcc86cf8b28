package org.chipgraph.query;

import java.util.List;

/**
 * A question of the library: a SPARQL file in queries/ with a comment header
 * ({@code # title:}, {@code # description:}, {@code # param: NAME TYPE DESCRIPTION}, {@code # example:}).
 */
public record Question(String name, String title, String description, List<Parameter> parameters,
                       String example, String origin, String sparql) {

    /** A parameter; required unless its description starts with "(optional)". */
    public record Parameter(String name, ParamType type, String description) {
        public boolean required() { return !description.startsWith("(optional)"); }
    }
}
