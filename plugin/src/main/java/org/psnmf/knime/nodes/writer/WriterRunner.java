package org.psnmf.knime.nodes.writer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.io.AtomicOutput;
import org.psnmf.engine.io.msa.MsaWriter;
import org.psnmf.engine.io.ripple.RippleWriter;
import org.psnmf.engine.progress.Progress;

/** The Writer node's work without KNIME (engine: {@link RippleWriter}, {@link MsaWriter}). */
public final class WriterRunner {

    private WriterRunner() {
    }

    /**
     * Checks the target before any work (fails early, as at configure time).
     *
     * @throws IllegalArgumentException if the name does not end in .rpl (RIPPLE) or .msa/.emsa (MSA)
     * @throws org.psnmf.engine.io.SpectrumFileException if the folder is missing or the file exists without overwrite
     */
    public static void checkTarget(WriterSettings s, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (msa(s)) {
            if (!name.endsWith(".msa") && !name.endsWith(".emsa")) {
                throw new IllegalArgumentException("'" + WriterSettings.FILE.label() + "': " + file
                        + " must end in .msa (or .emsa) for the MSA sum spectrum format.");
            }
        } else if (!name.endsWith(".rpl")) {
            throw new IllegalArgumentException("'" + WriterSettings.FILE.label() + "': " + file
                    + " must end in .rpl (the .raw data file is written beside it).");
        }
        AtomicOutput.checkTarget(file, s.get(WriterSettings.OVERWRITE));
    }

    /**
     * Writes {@code image}; nothing is left behind on failure or cancel (the engine writes to temporary files renamed at
     * the end), nor when KNIME quits during the write (a shutdown hook removes the temporary files).
     */
    public static void run(WriterSettings s, SpectrumImage image, Path file, Progress progress) throws IOException {
        checkTarget(s, file);
        AtomicOutput.installExitCleanup();
        if (msa(s)) {
            progress.checkCancelled();
            MsaWriter.writeSum(image, file, s.get(WriterSettings.OVERWRITE));
        } else {
            RippleWriter.write(image, file, s.get(WriterSettings.OVERWRITE), progress);
        }
    }

    private static boolean msa(WriterSettings s) {
        return s.get(WriterSettings.FORMAT).equals(WriterSettings.MSA);
    }
}
