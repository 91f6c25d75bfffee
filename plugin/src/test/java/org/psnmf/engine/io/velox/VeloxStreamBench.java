package org.psnmf.engine.io.velox;
import java.nio.file.*; import java.util.*;

import org.psnmf.engine.data.*; import org.psnmf.engine.progress.Progress;

import io.jhdf.*; import io.jhdf.api.*;
/**
 * Not a test: times {@link VeloxEmdReader} on a synthetic 512 x 512 x 4096 Velox stream (5 frames, ~25.6 M counts,
 * written once into the folder given as argument) and prints the time and the heap held by the sparse result.
 * Run after a build: {@code java -Xmx400m -cp "plugin/target/classes:plugin/target/test-classes:plugin/lib/*"
 * org.psnmf.engine.io.velox.VeloxStreamBench /tmp/bench}
 */
public final class VeloxStreamBench {

    private VeloxStreamBench() {
    }

    public static void main(String[] a) throws Exception {
  int w = 512, h = 512, frames = 5, ch = 4096; double perPixelFrame = 20;
  Files.createDirectories(Path.of(a[0]));
  Path f = Path.of(a[0], "bench.emd");
  if (!Files.exists(f)) {
    Random r = new Random(1);
    short[] ev = new short[(int) (w * h * frames * (perPixelFrame * 1.3 + 1))];
    int n = 0; long counts = 0;
    for (int fr = 0; fr < frames; fr++) for (int p = 0; p < w * h; p++) {
      if (fr > 0 || p > 0) ev[n++] = (short) 65535;
      int k = (int) (perPixelFrame * 2 * r.nextDouble()); if (n + k + 2 > ev.length) k = 0;
      for (int i = 0; i < k; i++) { ev[n++] = (short) (100 + (int) Math.abs(r.nextGaussian() * 600)); counts++; }
    }
    short[] data = Arrays.copyOf(ev, n); ev = null;
    try (WritableHdfFile file = HdfFile.write(f)) {
      file.putDataset("Version", new String[] { "{\"version\": \"11\", \"format\": \"Velox\"}" });
      WritableGroup d = file.putGroup("Data");
      d.putGroup("Image").putGroup("i").putDataset("Data", new byte[h][w][1]);
      WritableGroup s = d.putGroup("SpectrumStream").putGroup("s");
      s.putDataset("Data", data, DatasetCreationOptions.builder().chunkDimensions(1 << 20).deflate().build());
      s.putDataset("AcquisitionSettings", new String[] { "{\"bincount\": \"4096\", \"StreamEncoding\": \"uint16\"}" });
      String meta = "{\"BinaryResult\": {\"Detector\": \"SuperXG2\"}, \"Detectors\": {\"D\": {\"DetectorName\": \"SuperXG21\", \"Dispersion\": \"10\", \"OffsetEnergy\": \"-1000\"}}}";
      byte[] mb = meta.getBytes(); byte[][] m = new byte[mb.length + 1][1]; for (int i = 0; i < mb.length; i++) m[i][0] = mb[i];
      s.putDataset("Metadata", m);
    }
    System.out.println("wrote " + n + " stream values, " + counts + " counts, " + Files.size(f) + " bytes");
  }
  for (int rep = 0; rep < 3; rep++) {
    System.gc(); long m0 = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    long t0 = System.nanoTime();
    SparseSpectrumImage img = (SparseSpectrumImage) new VeloxEmdReader().read(f, Progress.NONE);
    long t1 = System.nanoTime();
    System.gc(); long m1 = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf("read %dx%dx%d, %d counts, nnz %d in %.2f s; heap held by the image %.0f MB (%.1f B/nnz)%n", img.width(), img.height(), img.channels(), img.totalCountsExact(), img.nnz(), (t1 - t0) / 1e9, (m1 - m0) / 1e6, (double) (m1 - m0) / img.nnz());
  }
}}
