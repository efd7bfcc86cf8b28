package org.chipgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of the keys most recently asked for, computed once each while they stay among the last {@code capacity} asked:
 * a rebuild of the summary asks for the same documents' file names again and again (every fact and claim of a
 * document), and a bounded memo keeps the heap flat however many documents the store holds. Use only while the
 * store does not change (a rebuild's read passes).
 */
final class RecentValues<K, V> implements Function<K, V> {
    private final Function<K, V> compute;
    private final Map<K, V> recent;

    RecentValues(int capacity, Function<K, V> compute) {
        this.compute = compute;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
        };
    }

    @Override
    public V apply(K key) {
        V v = recent.get(key);
        if (v == null && !recent.containsKey(key)) {
            v = compute.apply(key);
            recent.put(key, v);
        }
        return v;
    }
}
