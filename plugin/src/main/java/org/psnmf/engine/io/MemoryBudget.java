package org.psnmf.engine.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory check every reader makes from the sizes its file declares, <em>before</em> allocating, so that a huge but
 * self-consistent file (a 65536 x 65536 scan, a 50000 x 50000 x 2048 cube) is refused at once with a one-line
 * message instead of running for a minute and ending out of memory.
 *
 * <p><b>Use in a reader</b> (every registered reader does this; new readers must too):
 * <pre>{@code
 * long w = ..., h = ..., c = ...;                                   // as declared by the header, unchecked
 * long need = MemoryBudget.sparseImageBytes(file, w, h, 0)          // the certain part of a sparse result
 *         + MemoryBudget.product(file, "one row block", blockValues, 4);
 * MemoryBudget.require(file, need, w + " x " + h + " pixels x " + c + " channels");
 * MemoryBudget.Projection nnz = new MemoryBudget.Projection(file, "...", MemoryBudget.SPARSE_BYTES_PER_NONZERO);
 * ... while reading: nnz.add(nonZerosOfThisBlock); nnz.check(fractionOfInputDone);
 * }</pre>
 *
 * <p><b>The rule.</b> Size arithmetic is in {@code long} with overflow checks ({@link #product}, {@link #sum}); an
 * overflow is a refusal ("the declared sizes overflow a 64-bit byte count"), never a negative count. What a reader
 * will certainly allocate is known from the header and checked up front with {@link #require}: a dense result
 * ({@link #denseImageBytes}, 8 bytes per value), the row pointers of a sparse result ({@link #sparseImageBytes}: 4
 * bytes per pixel plus 72 bytes of array headers per row) and the reader's working buffers. The non-zero entries of a
 * sparse result (6 bytes each: a char channel and an int count) are <em>not</em> known from the header of a
 * dense-stored or event-stream format: taking every declared value as non-zero would refuse ordinary files (EDX
 * spectrum images are typically 1-20 % non-zero), so they are projected instead while reading ({@link Projection}):
 * once at least {@value #MIN_PROJECTION_FRACTION} of the input has been read, the non-zeros so far, scaled to the
 * whole input, must fit the heap still available. A file that will not fit is thus refused after its first few
 * percent, not at the end, and a legitimately large but sparse file is never refused for its declared size alone.
 * Where the format bounds the non-zeros more tightly (an event list cannot hold more non-zeros than events), a
 * reader adds that bound to its up-front check.
 *
 * <p><b>Available</b> heap is {@code Runtime.maxMemory()} minus the heap in use. Before refusing a request that could
 * fit into the maximum heap, one garbage collection is requested, so that garbage left by earlier work does not cause
 * a refusal. The message names the file, the memory needed, the heap available and how to get more:
 * {@code PSNMF_JAVA_OPTS=-Xmx...} for the command line, {@code -Xmx...} in {@code knime.ini} for KNIME.
 */
public final class MemoryBudget {

    /** Bytes per non-zero entry of a {@code SparseSpectrumImage}: a char channel and an int count. */
    public static final long SPARSE_BYTES_PER_NONZERO = 6;

    /** Bytes per non-zero entry while a {@code SparseRowAccumulator} collects rows: an int key and an int count. */
    public static final long ACCUMULATOR_BYTES_PER_NONZERO = 8;

    /** Bytes per value of a dense result ({@code double}). */
    public static final long DENSE_BYTES_PER_VALUE = 8;

    /** Array headers and references of one sparse row: three arrays of 16 bytes plus three 8-byte references. */
    static final long SPARSE_ROW_OVERHEAD = 3 * 16 + 3 * 8;

    /** Share of the input read before the non-zeros are projected to the whole file. */
    public static final double MIN_PROJECTION_FRACTION = 0.05;

    private static final long GIB = 1L << 30;

    private MemoryBudget() {
    }

    /**
     * @return the product of {@code factors} (each &gt;= 0)
     * @throws SpectrumFileException naming {@code what} if a factor is negative or the product overflows a long
     */
    public static long product(Path file, String what, long... factors) throws SpectrumFileException {
        long p = 1;
        for (long f : factors) {
            if (f < 0) {
                throw new SpectrumFileException(file, what + " has a negative size " + f + " (damaged file).");
            }
            try {
                p = Math.multiplyExact(p, f);
            } catch (ArithmeticException e) {
                throw overflow(file, what);
            }
        }
        return p;
    }

    /**
     * @return the sum of {@code terms} (each &gt;= 0)
     * @throws SpectrumFileException if a term is negative or the sum overflows a long
     */
    public static long sum(Path file, String what, long... terms) throws SpectrumFileException {
        long s = 0;
        for (long t : terms) {
            if (t < 0) {
                throw new SpectrumFileException(file, what + " has a negative size " + t + " (damaged file).");
            }
            try {
                s = Math.addExact(s, t);
            } catch (ArithmeticException e) {
                throw overflow(file, what);
            }
        }
        return s;
    }

    private static SpectrumFileException overflow(Path file, String what) {
        return new SpectrumFileException(file, "the declared size of " + what + " overflows a 64-bit byte count; the "
                + "header is damaged or the data are far too large to read.");
    }

    /**
     * @return bytes of a sparse spectrum image of {@code width x height} pixels holding {@code nonZeros} entries: row
     *         pointers (4 bytes per pixel), per-row array headers and 6 bytes per non-zero
     */
    public static long sparseImageBytes(Path file, long width, long height, long nonZeros)
            throws SpectrumFileException {
        String what = width + " x " + height + " pixels";
        long pointers = product(file, what, height, sum(file, what, width, 1), 4);
        return sum(file, what, pointers, product(file, what, height, SPARSE_ROW_OVERHEAD),
                product(file, what, nonZeros, SPARSE_BYTES_PER_NONZERO));
    }

    /** @return bytes of a dense (double) image of {@code width x height x channels} values */
    public static long denseImageBytes(Path file, long width, long height, long channels)
            throws SpectrumFileException {
        return product(file, width + " x " + height + " pixels x " + channels + " channels", width, height, channels,
                DENSE_BYTES_PER_VALUE);
    }

    /** @return heap that can still be allocated: {@code Runtime.maxMemory()} minus the heap in use, bytes */
    public static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Refuses to go on if {@code bytes} cannot be allocated.
     *
     * @param what what needs the memory, for the message, e.g. "512 x 512 pixels x 2048 channels as model data"
     * @throws SpectrumFileException one line: file, memory needed, heap available, how to get more
     */
    public static void require(Path file, long bytes, String what) throws SpectrumFileException {
        if (!fits(bytes)) {
            throw tooLarge(file, bytes, "reading " + what + " needs at least " + format(bytes) + " of memory");
        }
    }

    private static boolean fits(long bytes) {
        if (bytes <= available()) {
            return true;
        }
        if (bytes > Runtime.getRuntime().maxMemory()) {
            return false;
        }
        System.gc(); // only when about to refuse: garbage of earlier work must not cause a refusal
        return bytes <= available();
    }

    private static SpectrumFileException tooLarge(Path file, long bytes, String need) {
        return new SpectrumFileException(file, need + ", but only " + format(Math.max(0, available()))
                + " of Java heap is available; " + advice(bytes) + ".");
    }

    /** @return how to get a heap large enough for {@code bytes} more, for a message */
    public static String advice(long bytes) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double want = (Math.max(0, bytes) + (double) used) * 1.25 / GIB;
        String xmx = want > 1e6 ? "a much larger value" : "-Xmx" + Math.max(1, (long) Math.ceil(want)) + "g";
        return "give Java more memory (command line: PSNMF_JAVA_OPTS=" + xmx + "; KNIME: " + xmx
                + " in knime.ini), or read a smaller region or a binned copy";
    }

    /** @return the message for an {@link OutOfMemoryError} while reading {@code file}, with the same advice */
    public static SpectrumFileException outOfMemory(Path file, OutOfMemoryError e) {
        Runtime rt = Runtime.getRuntime();
        return new SpectrumFileException(file, "ran out of memory while reading (Java heap " + format(rt.maxMemory())
                + "); " + advice(rt.maxMemory()) + ".", e);
    }

    /** @return {@code bytes} for people, e.g. "16.0 GiB", "512 MiB" */
    public static String format(long bytes) {
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
        }
        return String.format(Locale.ROOT, "%d KiB", Math.max(1, (bytes + 1023) >> 10));
    }

    /**
     * Projects the memory of the entries found so far to the whole input and refuses as soon as the projection
     * cannot fit the available heap (see the class comment). Thread-safe: row-block workers may {@link #add} and
     * {@link #check} concurrently.
     */
    public static final class Projection {
        private final Path file;
        private final String what;
        private final long bytesPerEntry;
        private final long maxEntries;
        private final AtomicLong entries = new AtomicLong();

        /**
         * @param what          what is being read, for the message, e.g. "the counts of 4096 x 4096 pixels"
         * @param bytesPerEntry memory per entry still to come, e.g. {@link MemoryBudget#SPARSE_BYTES_PER_NONZERO}
         */
        public Projection(Path file, String what, long bytesPerEntry) {
            this(file, what, bytesPerEntry, Long.MAX_VALUE);
        }

        /**
         * @param maxEntries most entries the result can hold (e.g. pixels x channels), which caps the projection: an
         *                   event stream of many frames fills its pixels sub-linearly
         */
        public Projection(Path file, String what, long bytesPerEntry, long maxEntries) {
            this.file = file;
            this.what = what;
            this.bytesPerEntry = bytesPerEntry;
            this.maxEntries = maxEntries;
        }

        /** Counts {@code n} more entries (e.g. the non-zeros of one block). */
        public void add(long n) {
            entries.addAndGet(n);
        }

        /** @return the entries counted so far */
        public long entries() {
            return entries.get();
        }

        /**
         * @param fractionDone share of the input read so far, 0..1
         * @throws SpectrumFileException if the entries still to come, projected from those so far, do not fit
         */
        public void check(double fractionDone) throws SpectrumFileException {
            check(fractionDone, entries.get());
        }

        /**
         * @param fractionDone share of the input read so far, 0..1
         * @param soFar        entries held so far (for a caller that counts them itself instead of {@link #add})
         * @throws SpectrumFileException if the entries still to come, projected from those so far, do not fit
         */
        public void check(double fractionDone, long soFar) throws SpectrumFileException {
            if (!(fractionDone >= MIN_PROJECTION_FRACTION) || fractionDone >= 1) {
                return;
            }
            double projected = Math.min(soFar / fractionDone, (double) maxEntries);
            double remaining = Math.max(0, projected - soFar) * bytesPerEntry;
            long bytes = remaining >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) remaining;
            if (!fits(bytes)) {
                long total = (long) Math.min(Long.MAX_VALUE, projected * bytesPerEntry);
                throw tooLarge(file, bytes, "the first " + Math.round(fractionDone * 100) + " % of " + what + " hold "
                        + soFar + " non-zero entries, so the whole needs about " + format(total) + " of memory");
            }
        }
    }
}
