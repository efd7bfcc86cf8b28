package org.chipgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a garbage collection, over a stretch of time: what the heap must hold, where
 * the pools' peaks also count garbage not yet collected (so a JVM given 1 GB shows about 1 GB whatever the work).
 * After a young collection the old generation may still hold garbage, so this is an upper bound of the live data;
 * with a small -Xmx, old-generation collections come often and the bound is tight.
 */
final class HeapAfterGc {
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final AtomicLong max = new AtomicLong();
    private static final AtomicLong collections = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(e.getKey())) used += e.getValue().getUsed();
                }
                long u = used;
                max.accumulateAndGet(u, Math::max);
                collections.incrementAndGet();
            }, null, null);
        }
    }

    private HeapAfterGc() {}

    /** Starts a new stretch: collects (so what came before is gone) and forgets the maximum. */
    static void reset() {
        System.gc();
        try {
            Thread.sleep(200); // the collection's notification arrives on another thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        max.set(0);
        collections.set(0);
    }

    /** The largest heap after a collection since {@link #reset}, in bytes. */
    static long max() { return max.get(); }

    /** Collections seen since {@link #reset} (with none, {@link #max} says nothing). */
    static long collections() { return collections.get(); }
}
