package org.psnmf.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.psnmf.engine.progress.CancelledException;
import org.psnmf.engine.progress.Progress;

/**
 * Runs independent work on blocks of image rows on a few threads. Every block writes only its own rows, so the result
 * does not depend on the number of threads or the order in which blocks finish (determinism by construction, no
 * reduction). Each worker thread gets its own scratch object from {@code scratch}. The first failure (or a cancel)
 * stops the other workers and is rethrown unchanged.
 */
public final class RowBlocks {

    /** Work on rows [y0, y1) with a per-thread scratch object. */
    public interface BlockTask<S> {
        void run(int y0, int y1, S scratch) throws Exception;
    }

    private RowBlocks() {
    }

    /** @return worker threads to use: the available processors, at least 1, at most 16 */
    public static int threads() {
        return Math.max(1, Math.min(16, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param rows      number of rows
     * @param blockRows rows per block (at least 1)
     * @param scratch   creates one scratch object per worker thread
     * @param progress  reported as the fraction of rows done; its cancel flag is checked before every block
     * @param label     progress message prefix
     */
    public static <S> void run(int rows, int blockRows, java.util.function.Supplier<S> scratch, Progress progress,
            String label, BlockTask<S> task) throws Exception {
        Progress p = progress == null ? Progress.NONE : progress;
        int block = Math.max(1, blockRows);
        int blocks = (rows + block - 1) / block;
        int nThreads = Math.min(threads(), Math.max(1, blocks));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger doneRows = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Object lock = new Object();
        List<java.util.concurrent.Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < nThreads; t++) {
            workers.add(() -> {
                S s = scratch.get();
                int b;
                while (!failed.get() && (b = next.getAndIncrement()) < blocks) {
                    p.checkCancelled();
                    int y0 = b * block;
                    int y1 = Math.min(rows, y0 + block);
                    try {
                        task.run(y0, y1, s);
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    int d = doneRows.addAndGet(y1 - y0);
                    synchronized (lock) {
                        p.report((double) d / rows, () -> label + ": row " + d + " of " + rows);
                    }
                }
                return null;
            });
        }
        if (nThreads == 1) {
            workers.get(0).call();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread th = new Thread(r, "psnmf-rows");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<Void> w : workers) {
                futures.add(pool.submit(w));
            }
            Throwable first = null;
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null || first instanceof CancelledException) {
                        first = e.getCause();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new CancelledException();
                }
            }
            if (first instanceof Exception ex) {
                throw ex;
            }
            if (first instanceof Error er) {
                throw er;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
