package org.psnmf.engine.io.velox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * Writes small files with the structure of a Velox EMD spectrum stream (as in the real sample files): /Version,
 * /Data/Image/&lt;id&gt;/Data (rows x columns x frames), and per detector /Data/SpectrumStream/&lt;id&gt;/ with a
 * uint16 event stream (65535 = next pixel), AcquisitionSettings JSON and Metadata JSON as a zero-padded uint8 column.
 */
final class VeloxFixture {

    private VeloxFixture() {
    }

    /**
     * Draws random events and writes them; returns the expected summed cube {@code [y][x][c]} per detector and frame
     * as {@code cube[detector][frame][y * w + x][c]}.
     */
    static int[][][][] write(Path f, int w, int h, int channels, int frames, int detectors, double countsPerPixel,
            long seed) throws Exception {
        Random r = new Random(seed);
        int[][][][] cube = new int[detectors][frames][w * h][channels];
        try (WritableHdfFile file = HdfFile.write(f)) {
            file.putDataset("Version", new String[] { "{\"version\": \"11\", \"format\": \"Velox\"}" });
            WritableGroup data = file.putGroup("Data");
            data.putGroup("Image").putGroup("img0").putDataset("Data", new float[h][w][frames]);
            WritableGroup streams = data.putGroup("SpectrumStream");
            for (int d = 0; d < detectors; d++) {
                short[] events = new short[(int) (w * h * frames * (countsPerPixel * 3 + 2))];
                int n = 0;
                for (int fr = 0; fr < frames; fr++) {
                    for (int p = 0; p < w * h; p++) {
                        if (fr > 0 || p > 0) {
                            events[n++] = (short) 65535; // next pixel
                        }
                        int k = (int) Math.floor(countsPerPixel * 2 * r.nextDouble());
                        for (int i = 0; i < k; i++) {
                            int c = Math.min(channels - 1, (int) Math.abs(r.nextGaussian() * channels / 6.0)
                                    + (i % 2 == 0 ? 0 : channels / 3));
                            events[n++] = (short) c;
                            cube[d][fr][p][c]++;
                        }
                    }
                }
                short[][] column = new short[n][1];
                for (int i = 0; i < n; i++) {
                    column[i][0] = events[i];
                }
                WritableGroup s = streams.putGroup("det" + d);
                // 1000-event chunks: several chunks, the last one partial
                s.putDataset("Data", column, DatasetCreationOptions.builder().chunkDimensions(Math.min(1000, n), 1).deflate()
                        .build());
                s.putDataset("AcquisitionSettings", new String[] { "{\"bincount\": \"" + channels
                        + "\", \"StreamEncoding\": \"uint16\"}" });
                String meta = "{\"Optics\": {\"AccelerationVoltage\": \"200000\"}, \"Scan\": {\"DwellTime\": \"1e-5\"},"
                        + " \"BinaryResult\": {\"Detector\": \"SuperXG2" + (d + 1) + "\", \"PixelSize\": {\"width\":"
                        + " \"2e-9\", \"height\": \"2e-9\"}, \"PixelUnitX\": \"m\"}, \"Detectors\": {\"Detector-0\":"
                        + " {\"DetectorName\": \"SuperXG2" + (d + 1) + "\", \"Dispersion\": \"10\", \"OffsetEnergy\":"
                        + " \"-500\", \"ElevationAngle\": \"0.3839724\", \"LiveTime\": \"0.9\", \"RealTime\": \"1.0\"}}}";
                byte[] mb = meta.getBytes(StandardCharsets.UTF_8);
                byte[][] mcol = new byte[mb.length + 16][1];
                for (int i = 0; i < mb.length; i++) {
                    mcol[i][0] = mb[i];
                }
                s.putDataset("Metadata", mcol);
            }
        }
        return cube;
    }
}
