package org.chipgraph.cli;

import java.util.Map;
import org.chipgraph.query.Question;

/** Test access to the demo's example-parameter parsing. */
public final class DemoCommandAccess {
    private DemoCommandAccess() {}

    public static Map<String, String> exampleParams(Question q) { return DemoCommand.exampleParams(q); }
}
