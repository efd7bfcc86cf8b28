package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A key's value is computed once while the key is among the most recently asked, again after it fell out. */
class RecentValuesTest {
    @Test
    void aRecentKeyIsComputedOnce() {
        List<String> computed = new ArrayList<>();
        RecentValues<String, Integer> v = new RecentValues<>(2, k -> { computed.add(k); return k.length(); });
        assertEquals(3, v.apply("abc"));
        assertEquals(3, v.apply("abc"));
        assertEquals(List.of("abc"), computed);
    }

    @Test
    void aKeyPastTheCapacityIsComputedAgain() {
        List<String> computed = new ArrayList<>();
        RecentValues<String, Integer> v = new RecentValues<>(2, k -> { computed.add(k); return k.length(); });
        v.apply("a");
        v.apply("bb");
        v.apply("a"); // "a" is now the most recent, "bb" the eldest
        v.apply("ccc"); // "bb" falls out
        v.apply("a");
        v.apply("bb");
        assertEquals(List.of("a", "bb", "ccc", "bb"), computed);
    }

    @Test
    void aNullValueIsRememberedToo() {
        List<String> computed = new ArrayList<>();
        RecentValues<String, Integer> v = new RecentValues<>(2, k -> { computed.add(k); return null; });
        assertNull(v.apply("x"));
        assertNull(v.apply("x"));
        assertEquals(List.of("x"), computed);
    }
}
