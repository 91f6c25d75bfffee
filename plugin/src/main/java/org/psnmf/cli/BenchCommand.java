package org.psnmf.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import org.psnmf.engine.data.SparseSpectrumImage;
import org.psnmf.engine.synth.GaussianPeaksPhantom;
import org.psnmf.engine.nmf.NmfOptions;
import org.psnmf.engine.nmf.NmfResult;
import org.psnmf.engine.nmf.PoissonNmf;
import org.psnmf.engine.psnmf.Psnmf;
import org.psnmf.engine.psnmf.PsnmfOptions;
import org.psnmf.engine.psnmf.PsnmfResult;

/**
 * {@code psnmf bench}: a 512 x 512 x 2048 Poisson cube (~120 counts/pixel, 4 components, deterministic Gaussian-peaks
 * phantom drawn sparse row by row), PSNMF with b = 8 and exactly 200 iterations per stage, then plain NMF at two sizes
 * to show the cost per iteration is linear in the number of non-zeros. The last line is
 * {@code total_seconds=<s> peak_heap_mb=<MB>} (PSNMF only; generation excluded).
 */
final class BenchCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("bench", "benchmark PSNMF on a generated 512x512x2048 cube")
            .description("""
                    Generates a Poisson cube (~120 counts/pixel, 4 components), runs PSNMF (b = 8, fixed iterations
                    per stage) and plain NMF at two sizes; prints seconds per stage, iterations/s, non-zeros, peak heap
                    and last a line total_seconds=<s> peak_heap_mb=<MB>.
                    """)
            .option(Option.integer("size", "N", "image width = height, >= 16").withDefault(512),
                    Option.integer("channels", "N", "energy channels, >= 16").withDefault(2048),
                    Option.integer("iterations", "N", "iterations per PSNMF stage, >= 1").withDefault(200),
                    NmfArgs.THREADS);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        int size = args.integer("size");
        int channels = args.integer("channels");
        int iters = args.integer("iterations");
        int threads = args.integer("threads");
        if (size < 16 || channels < 16 || iters < 1) {
            throw new UsageException("--size and --channels must be >= 16 and --iterations >= 1.");
        }
        long t0 = System.nanoTime();
        GaussianPeaksPhantom.Truth t = GaussianPeaksPhantom.generate(size, size, channels, 4, 120, 2024);
        SparseSpectrumImage img = t.image();
        out.println(String.format(Locale.ROOT, "cube %dx%dx%d, %d counts (%.1f/pixel), nnz=%d, generated in %.2f s",
                size, size, channels, img.totalCountsExact(), img.totalCounts() / img.pixels(), img.nnz(),
                (System.nanoTime() - t0) * 1e-9));
        out.println("threads=" + threads + " (results do not depend on it)");
        System.gc();
        resetPeaks();
        NmfOptions nmf = NmfOptions.builder(4).maxIterations(iters).tolerance(0).threads(threads).build();
        PsnmfOptions ps = PsnmfOptions.builder(4, 8).binned(nmf).fullMaxIterations(iters)
                .fullTolerance(0).build();
        long t1 = System.nanoTime();
        double cpu0 = cpuSeconds();
        PsnmfResult r = Psnmf.run(img, ps, null);
        double total = (System.nanoTime() - t1) * 1e-9;
        double cpu = cpuSeconds() - cpu0;
        double peak = peakHeapMb();
        long binnedNnz = org.psnmf.engine.binning.Binning.spatial(img, 8, null, null).image().nnz();
        out.println(String.format(Locale.ROOT, "PSNMF b=8: binning %.2f s; process CPU time %.1f s for %.1f s wall "
                + "(a busy shared machine shows here as CPU < threads x wall)", r.binSeconds(), cpu, total));
        out.println(String.format(Locale.ROOT,
                "  binned stage %dx%d, nnz=%d: %d iterations in %.2f s (%.1f it/s, %.2f ns per nnz·iteration)",
                r.binnedWidth(), r.binnedHeight(), binnedNnz, r.binned().iterations(), r.binnedSeconds(),
                r.binned().iterations() / r.binnedSeconds(), 1e9 * r.binnedSeconds() / (binnedNnz * (double) iters)));
        out.println(String.format(Locale.ROOT,
                "  full stage (W fixed) %dx%d, nnz=%d: %d iterations in %.2f s (%.1f it/s, %.2f ns per nnz·iteration)",
                size, size, img.nnz(), r.full().iterations(), r.fullSeconds(), r.full().iterations() / r.fullSeconds(),
                1e9 * r.fullSeconds() / (img.nnz() * (double) iters)));
        // plain NMF (W free) at two sizes: cost per iteration should scale with nnz
        int few = 20;
        SparseSpectrumImage half = GaussianPeaksPhantom.generate(size / 2, size / 2, channels, 4, 120, 2024).image();
        for (SparseSpectrumImage im : new SparseSpectrumImage[] {half, img}) {
            double c0 = cpuSeconds();
            NmfResult p = PoissonNmf.fit(im, nmf.toBuilder().maxIterations(few).init(NmfOptions.Init.RANDOM).build(), null);
            double c = cpuSeconds() - c0;
            out.println(String.format(Locale.ROOT,
                    "plain NMF %dx%d, nnz=%d: %d iterations in %.2f s wall (%.2f ns per nnz·iteration), %.2f s CPU "
                            + "(%.2f CPU-ns per nnz·iteration)", im.width(), im.height(), im.nnz(), few, p.seconds(),
                    1e9 * p.seconds() / (im.nnz() * (double) few), c, 1e9 * c / (im.nnz() * (double) few)));
        }
        out.println(String.format(Locale.ROOT, "total_seconds=%.2f peak_heap_mb=%.0f", total, peak));
        return 0;
    }

    /** @return CPU seconds used by this JVM so far (all threads), NaN where the platform does not tell */
    private static double cpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() * 1e-9;
        }
        return Double.NaN;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                b.resetPeakUsage();
            }
        }
    }

    /** @return sum over heap pools of their peak usage since the reset, MB (an upper bound of the true peak) */
    private static double peakHeapMb() {
        long s = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                s += b.getPeakUsage().getUsed();
            }
        }
        return s / (1024.0 * 1024.0);
    }
}
