package org.psnmf.knime.nodes.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.SpectrumImageHeader;
import org.psnmf.engine.io.registry.Readers;
import org.psnmf.engine.progress.Progress;
import org.psnmf.knime.port.SpectrumImageSpec;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.util.Channels;

/**
 * The Reader node's work without KNIME: detect the format by content, read, optionally replace the energy calibration
 * and crop the energy range; the sum spectrum becomes a table.
 */
public final class ReaderRunner {

    /** @param image the spectrum image; @param sumSpectrum energy_keV, counts (one row per channel) */
    public record Result(SpectrumImage image, TableData sumSpectrum) {
    }

    private ReaderRunner() {
    }

    /** @return the output table's columns (known at configure time) */
    public static List<TableData.Column> sumSpectrumColumns() {
        return Channels.spectrumColumns(List.of("counts"));
    }

    /**
     * The output image's spec at configure time, from the file header with the override and crop applied; empty when
     * the format needs the data to tell (the spec is then known after execution).
     *
     * @throws org.psnmf.engine.io.SpectrumFileException for a missing, unsupported or malformed file
     * @throws IllegalArgumentException                  if the override or crop does not fit the data
     */
    public static java.util.Optional<SpectrumImageSpec> configureSpec(ReaderSettings s, Path file) throws IOException {
        java.util.Optional<SpectrumImageHeader> header = Readers.readHeader(file);
        if (header.isEmpty()) {
            return java.util.Optional.empty();
        }
        SpectrumImageHeader h = header.get();
        EnergyAxis axis = h.axis();
        if (s.get(ReaderSettings.OVERRIDE_AXIS)) {
            axis = new EnergyAxis(axis.channels(), s.get(ReaderSettings.OFFSET), s.get(ReaderSettings.SCALE));
        }
        if (s.get(ReaderSettings.CROP)) {
            int[] r = Channels.range(axis, s.get(ReaderSettings.CROP_FROM), s.get(ReaderSettings.CROP_TO));
            axis = axis.crop(r[0], r[1]);
        }
        return java.util.Optional.of(new SpectrumImageSpec(h.width(), h.height(), axis, h.info(), h.counts(), 0));
    }

    /**
     * @throws org.psnmf.engine.io.SpectrumFileException for a missing, unsupported or malformed file
     * @throws IllegalArgumentException                  if the override or crop does not fit the data
     */
    public static Result run(ReaderSettings s, Path file, Progress progress) throws IOException {
        SpectrumImage img = Readers.read(file, progress.sub(0, 0.9));
        if (s.get(ReaderSettings.OVERRIDE_AXIS)) {
            img = Channels.withAxis(img, new EnergyAxis(img.channels(), s.get(ReaderSettings.OFFSET),
                    s.get(ReaderSettings.SCALE)));
        }
        if (s.get(ReaderSettings.CROP)) {
            int[] r = Channels.range(img.energyAxis(), s.get(ReaderSettings.CROP_FROM), s.get(ReaderSettings.CROP_TO));
            img = Channels.crop(img, r[0], r[1]);
        }
        progress.checkCancelled();
        TableData table = Channels.spectrumTable(img.energyAxis(), List.of("counts"),
                new double[][] {img.sumSpectrum()});
        return new Result(img, table);
    }
}
