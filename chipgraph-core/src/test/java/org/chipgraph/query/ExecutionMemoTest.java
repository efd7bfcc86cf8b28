package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.junit.jupiter.api.Test;

/** A property function's memo lives in one execution's context: made once there, never shared with another. */
class ExecutionMemoTest {
    static final Symbol KEY = Symbol.create("urn:test:memo");

    @Test
    void isMadeOncePerExecution() {
        Context execution = new Context();
        Object first = ExecutionMemo.get(execution, KEY, ArrayList.class, ArrayList::new);
        assertSame(first, ExecutionMemo.get(execution, KEY, ArrayList.class, ArrayList::new));
    }

    @Test
    void isNotSharedByAnotherExecutionWithEqualContents() {
        // two contexts with the same entries are equal (Context.equals compares entries), yet each has its own memo
        Context one = new Context(), two = new Context();
        assertNotSame(ExecutionMemo.get(one, KEY, ArrayList.class, ArrayList::new), ExecutionMemo.get(two, KEY, ArrayList.class, ArrayList::new));
    }
}
