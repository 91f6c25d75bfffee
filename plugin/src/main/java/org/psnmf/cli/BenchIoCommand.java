package org.psnmf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.psnmf.engine.binning.Binning;
import org.psnmf.engine.binning.BinningResult;
import org.psnmf.engine.binning.EdgePolicy;
import org.psnmf.engine.data.AcquisitionInfo;
import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.io.AtomicFolder;
import org.psnmf.engine.io.RowBlocks;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.io.ripple.RippleWriter;

/**
 * {@code psnmf bench-io}: the issue-3 acceptance benchmark. Writes a seeded SIZE x SIZE x CHANNELS uint16 RIPPLE file
 * (about 1 GiB for the defaults) to a temporary folder, then times reading it into the sparse image and binning it by
 * FACTOR, and measures the heap the sparse image occupies (used heap after a full GC with the image alive, minus the
 * same before reading). The temporary folder is deleted afterwards. Prints one JSON object.
 */
public final class BenchIoCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("bench-io",
            "benchmark: write, read and bin a seeded 512 x 512 x 2048 uint16 RIPPLE file (~1 GiB)")
            .description("""
                    Generates a seeded SIZE x SIZE x CHANNELS uint16 RIPPLE file with about COUNTS counts per pixel
                    spread uniformly over the channels (the worst case for sparse storage), in a temporary folder
                    (deleted afterwards), then reports as JSON: file_bytes, write_s, read_s, bin_s, read_plus_bin_s,
                    sparse_image_heap_MB, nnz, total_counts, threads, and whether the issue's targets
                    (read + bin < 10 s, heap < 1 GB) are met.
                    With --input FILE it times reading that file instead (any supported format, with the reader
                    options): RUNS reads after one warm-up, reporting read_s_min/median/max, the heap the image
                    occupies (image_heap_MB), the maximum heap, nnz and total_counts.
                    """)
            .option(Option.integer("size", "N", "image width = height, >= 1").withDefault(512),
                    Option.integer("channels", "N", "energy channels, 1..65536").withDefault(2048),
                    Option.integer("counts", "C", "mean counts per pixel, >= 0").withDefault(120),
                    Option.integer("factor", "B", "spatial bin factor, 1..size").withDefault(8),
                    Option.longValue("seed", "S", "random seed of the counts").withDefault(1),
                    Option.path("dir", "DIR", "where to create the temporary folder").withDefaultText(
                            "the system's temporary folder"),
                    Option.path("input", "FILE", "time reading FILE instead of a generated RIPPLE file"),
                    Option.integer("runs", "N", "timed reads of --input FILE, after one warm-up").withDefault(5))
            .options(ReaderArgs.OPTIONS).option(Option.QUIET);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        int size = args.integer("size");
        int channels = args.integer("channels");
        int counts = args.integer("counts");
        int factor = args.integer("factor");
        long seed = args.longValue("seed");
        Path base = args.path("dir");
        boolean quiet = args.flag("quiet");
        ReaderArgs.validate(args);
        if (args.has("input")) {
            return benchFile(args, out, new ConsoleProgress(err, quiet));
        }
        if (size < 1 || channels < 1 || channels > 65536 || counts < 0 || factor < 1 || factor > size) {
            throw new UsageException("Need size >= 1, 1 <= channels <= 65536, counts >= 0, 1 <= factor <= size.");
        }
        Path parent = base != null ? base : Path.of(System.getProperty("java.io.tmpdir"));
        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        // a scratch folder that is never published: removed when done, on failure and on Ctrl-C
        try (AtomicFolder scratch = AtomicFolder.open(parent.resolve("psnmf-bench-io"), List.of(), false)) {
            Path dir = scratch.tempFolder();
            Path rpl = dir.resolve("bench.rpl");
            long t0 = System.nanoTime();
            SparseSpectrumImage generated = generate(size, channels, counts, seed);
            long expectedTotal = generated.totalCountsExact();
            RippleWriter.write(generated, rpl, false, progress);
            generated = null;
            double writeS = (System.nanoTime() - t0) / 1e9;
            long bytes = Files.size(dir.resolve("bench.raw"));

            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long before = usedAfterGc(mem);
            long t1 = System.nanoTime();
            SparseSpectrumImage img = (SparseSpectrumImage) Readers.read(rpl, progress);
            long t2 = System.nanoTime();
            long after = usedAfterGc(mem); // the sparse image alone (GC time is not counted as read or bin time)
            long t2b = System.nanoTime();
            BinningResult binned = Binning.spatial(img, factor, EdgePolicy.DROP, progress);
            long t3 = System.nanoTime();
            if (img.totalCountsExact() != expectedTotal || (size % factor == 0
                    && binned.image().totalCountsExact() != expectedTotal)) {
                throw new IllegalStateException("Benchmark self-check failed: counts not conserved.");
            }
            double readS = (t2 - t1) / 1e9;
            double binS = (t3 - t2b) / 1e9;
            double heapMb = (after - before) / 1e6;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("width", size);
            m.put("height", size);
            m.put("channels", channels);
            m.put("file_bytes", bytes);
            m.put("write_s", round(writeS));
            m.put("read_s", round(readS));
            m.put("bin_s", round(binS));
            m.put("read_plus_bin_s", round(readS + binS));
            m.put("bin_factor", factor);
            m.put("sparse_image_heap_MB", round(heapMb));
            m.put("nnz", img.nnz());
            m.put("heap_bytes_per_nonzero", round((after - before) / (double) img.nnz()));
            m.put("total_counts", img.totalCountsExact());
            m.put("threads", RowBlocks.threads());
            m.put("max_heap_MB", round(Runtime.getRuntime().maxMemory() / 1e6));
            m.put("target_read_plus_bin_under_10_s", readS + binS < 10);
            m.put("target_heap_under_1_GB", heapMb < 1000);
            out.println(JsonOut.write(m));
            return 0;
        }
    }

    /** Times reading {@code --input}: the median of the runs is the figure to quote on a shared machine. */
    private static int benchFile(Args args, PrintStream out, ConsoleProgress progress) throws IOException {
        Path file = args.path("input");
        int runs = args.integer("runs");
        if (runs < 1 || runs > 100) {
            throw new UsageException("--runs must be 1 to 100, got " + runs + ".");
        }
        org.psnmf.engine.io.SpectrumImageReader reader = ReaderArgs.reader(args, file);
        reader.read(file, progress); // warm-up: class loading and JIT are not counted
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        double[] seconds = new double[runs];
        long before = 0;
        long after = 0;
        org.psnmf.engine.data.SpectrumImage img = null;
        for (int r = 0; r < runs; r++) {
            img = null;
            before = usedAfterGc(mem);
            long t0 = System.nanoTime();
            img = reader.read(file, progress);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            after = usedAfterGc(mem);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toAbsolutePath().toString());
        m.put("format", reader.formatName());
        m.put("width", img.width());
        m.put("height", img.height());
        m.put("channels", img.channels());
        m.put("file_bytes", Files.size(file));
        m.put("runs", runs);
        m.put("read_s_min", round(sorted[0]));
        m.put("read_s_median", round(sorted[runs / 2]));
        m.put("read_s_max", round(sorted[runs - 1]));
        m.put("image_heap_MB", round((after - before) / 1e6));
        if (img instanceof SparseSpectrumImage s) {
            m.put("nnz", s.nnz());
            m.put("total_counts", s.totalCountsExact());
        }
        m.put("max_heap_MB", round(Runtime.getRuntime().maxMemory() / 1e6));
        out.println(JsonOut.write(m));
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }

    /** Seeded counts: per pixel COUNTS/2..3*COUNTS/2 counts, each in a uniformly drawn channel. */
    static SparseSpectrumImage generate(int size, int channels, int counts, long seed) {
        AcquisitionInfo info = new AcquisitionInfo(200, 0.01, 130, 22, Double.NaN, "", java.util.List.of(),
                "bench-io", "");
        SparseSpectrumImage.Builder b = new SparseSpectrumImage.Builder(size, size, new EnergyAxis(channels, -0.2,
                0.01), info);
        int[] pixel = new int[counts * 2 + 1];
        for (int y = 0; y < size; y++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + y);
            int[] ptr = new int[size + 1];
            char[] ch = new char[size * (counts * 2 + 1)];
            int[] cnt = new int[ch.length];
            int n = 0;
            for (int x = 0; x < size; x++) {
                int k = counts == 0 ? 0 : counts / 2 + r.nextInt(counts + 1);
                for (int i = 0; i < k; i++) {
                    pixel[i] = r.nextInt(channels);
                }
                Arrays.sort(pixel, 0, k);
                for (int i = 0; i < k; i++) {
                    if (i > 0 && pixel[i] == pixel[i - 1]) {
                        cnt[n - 1]++;
                    } else {
                        ch[n] = (char) pixel[i];
                        cnt[n++] = 1;
                    }
                }
                ptr[x + 1] = n;
            }
            b.setRowSparse(y, ptr, Arrays.copyOf(ch, n), Arrays.copyOf(cnt, n));
        }
        return b.build();
    }
}
