package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chipgraph.query.StoreWarmup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's per-version structures are read in the background when a real server starts, once, shared with requests. */
@Tag("integration")
class StartupWarmupTest {
    @TempDir Path dir;

    static final String EXPOSURE = "chipgraph/questions/company-export-control-exposure?company=ByteDance";

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theServerStartsAndAnswersWhileTheWarmupIsStillRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ServedStore s = ServedStore.startWarmedBy(dir, d -> await(release))) {
            HttpResponse<String> r = s.get(EXPOSURE, "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(s.server.warmup().await(Duration.ZERO), "still warming");
            release.countDown();
            assertTrue(s.server.warmup().await(Duration.ofSeconds(30)));
            assertTrue(s.server.warmup().succeeded());
        }
    }

    @Test
    void theWarmupAndRequestsArrivingDuringItReadEachStructureOnce() throws Exception {
        long before = StoreWarmup.reads();
        try (ServedStore s = ServedStore.start(dir)) {
            List<CompletableFuture<HttpResponse<String>>> early = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(s.url(EXPOSURE))).header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build();
                early.add(s.http.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
            }
            assertTrue(s.server.warmup().await(Duration.ofSeconds(60)));
            assertTrue(s.server.warmup().succeeded());
            String after = s.get(EXPOSURE, "text/csv").body();
            assertTrue(after.lines().count() > 1, "a row of ByteDance's exposure: " + after);
            for (CompletableFuture<HttpResponse<String>> f : early) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(after, r.body());
            }
            assertEquals(3, StoreWarmup.reads() - before, "restriction rows, exposure facts, document order: once each");
        }
    }

    @Test
    void closingWaitsForTheWarmupToEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        ServedStore s = ServedStore.startWarmedBy(dir, d -> { await(release); ended.set(true); });
        CompletableFuture<Void> closed = CompletableFuture.runAsync(s::close);
        Thread.sleep(300);
        assertFalse(closed.isDone(), "close waits while the warm-up reads the store");
        release.countDown();
        closed.get(30, TimeUnit.SECONDS);
        assertTrue(ended.get());
    }

    @Test
    void aFailedWarmupLeavesTheServerAnswering() throws Exception {
        try (ServedStore s = ServedStore.startWarmedBy(dir, d -> { throw new IllegalStateException("test: warm-up fails"); })) {
            assertTrue(s.server.warmup().await(Duration.ofSeconds(30)));
            assertFalse(s.server.warmup().succeeded());
            assertEquals(200, s.get(EXPOSURE, "text/csv").statusCode());
        }
    }
}
