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
 * What the heap must hold, apart from the garbage the collector has not yet bothered to collect (the pools' peaks
 * include it, so a JVM given 1 GB shows about 1 GB whatever the work):
 * <ul>
 * <li>live: a full collection every {@link #EVERY_MS} ms on a thread of its own, and the heap in use right after it
 *     (the largest of these samples); it costs a pause of tens of milliseconds per sample;</li>
 * <li>after GC: the largest heap right after any collection; after a young collection the old generation may still
 *     hold garbage, so this is an upper bound of the live data, tight only when the old generation is collected often.</li>
 * </ul>
 */
final class LiveHeap {
    static final long EVERY_MS = 10_000;
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final AtomicLong afterGc = new AtomicLong();
    private static final AtomicLong live = new AtomicLong();
    private static final AtomicLong samples = new AtomicLong();

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
                afterGc.accumulateAndGet(u, Math::max);
            }, null, null);
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                live.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                samples.incrementAndGet();
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private LiveHeap() {}

    /** Starts a new stretch: collects (so what came before is gone) and forgets the maxima. */
    static void reset() {
        System.gc();
        try {
            Thread.sleep(200); // the collection's notification arrives on another thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        afterGc.set(0);
        live.set(0);
        samples.set(0);
    }

    /** The largest live heap sampled since {@link #reset}, in bytes; -1 before the first sample. */
    static long live() { return samples.get() == 0 ? -1 : live.get(); }

    /** The largest heap right after any collection since {@link #reset}, in bytes. */
    static long afterGc() { return afterGc.get(); }
}
