package org.psnmf.engine.nmf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a fixed list of blocks on a fixed number of threads. The blocks (not the threads) own their partial results,
 * and the caller combines them in block order, so results do not depend on the thread count or on scheduling.
 */
final class BlockRunner implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    BlockRunner(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "psnmf-nmf");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Calls {@code body.accept(b)} once for every b in [0, blocks), possibly concurrently; returns when all are done. */
    void run(int blocks, IntConsumer body) {
        if (pool == null || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                body.accept(b);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, blocks); t++) {
            futures.add(pool.submit(() -> {
                int b;
                while ((b = next.getAndIncrement()) < blocks) {
                    body.accept(b);
                }
            }));
        }
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                first = first == null ? new IllegalStateException("Interrupted while computing NMF.") : first;
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (first == null) {
                    first = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
