package org.psnmf.knime.port;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.UUID;

import javax.swing.JComponent;

import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStorePortObject;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;

/**
 * The Spectrum Image port: sparse counts or a factored model, kept on disk in one KNIME file store (written by
 * {@link SpectrumImageFiles}) so that it is not part of the workflow XML and is not held in heap by every node.
 * The image is read back lazily and cached through a {@link SoftReference}. Its port type is
 * {@link PsnmfPortTypes#SPECTRUM_IMAGE}.
 */
public final class SpectrumImagePortObject extends FileStorePortObject {

    private static final String ENTRY = "psnmf-spectrum-image.properties";

    private SpectrumImageSpec spec;
    private transient SoftReference<SpectrumImage> cache = new SoftReference<>(null);

    /** Deserialization constructor (KNIME restores the file store afterwards). */
    public SpectrumImagePortObject() {
        super();
    }

    /** @param fileStore holds {@code image}, already written */
    SpectrumImagePortObject(SpectrumImageSpec spec, FileStore fileStore, SpectrumImage image) {
        super(List.of(fileStore));
        this.spec = spec;
        this.cache = new SoftReference<>(image);
    }

    /**
     * Writes {@code image} into a new file store of {@code exec} and wraps it.
     *
     * @throws IOException if the file store cannot be written
     */
    public static SpectrumImagePortObject create(SpectrumImage image, ExecutionContext exec, Progress progress)
            throws IOException {
        FileStore fs = exec.createFileStore("psnmf-spectrum-image-" + UUID.randomUUID() + ".bin");
        return create(image, fs, progress);
    }

    /** Writes {@code image} into {@code fs} and wraps it. */
    static SpectrumImagePortObject create(SpectrumImage image, FileStore fs, Progress progress) throws IOException {
        SpectrumImageFiles.write(image, fs.getFile().toPath(), progress);
        return new SpectrumImagePortObject(SpectrumImageSpec.of(image), fs, image);
    }

    /**
     * @return the image (read from the file store on first use after loading or after memory pressure)
     * @throws IOException if the file store cannot be read
     */
    public synchronized SpectrumImage image() throws IOException {
        SpectrumImage img = cache.get();
        if (img == null) {
            img = SpectrumImageFiles.read(getFileStore(0).getFile().toPath());
            cache = new SoftReference<>(img);
        }
        return img;
    }

    @Override
    public SpectrumImageSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.summary();
    }

    @Override
    public JComponent[] getViews() {
        try {
            SpectrumImage img = image();
            return new JComponent[] {PortViews.text("Summary", spec.summary() + String.format(java.util.Locale.ROOT,
                    "%ntotal counts %.6g, mean per pixel %.4g", img.totalCounts(), img.totalCounts() / img.pixels())),
                PortViews.spectrum("Sum spectrum", img.energyAxis(), List.of("sum"), List.of(img.sumSpectrum())),
                PortViews.map("Total counts", totalMap(img), img.width(), img.height())};
        } catch (IOException e) {
            return new JComponent[] {PortViews.text("Summary", spec.summary() + "\n(data not readable: "
                    + e.getMessage() + ")")};
        }
    }

    private static double[] totalMap(SpectrumImage img) {
        return img.channelWindowMap(0, img.channels());
    }

    /** Persists the reference (the spec travels separately; the data is in the file store). */
    public static final class Serializer extends PortObjectSerializer<SpectrumImagePortObject> {
        @Override
        public void savePortObject(SpectrumImagePortObject po, PortObjectZipOutputStream out, ExecutionMonitor exec)
                throws IOException, CanceledExecutionException {
            po.spec.toProps().put("kind", "file-store").writeEntry(out, ENTRY);
        }

        @Override
        public SpectrumImagePortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
                ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            SpectrumImageSpec saved = SpectrumImageSpec.fromProps(Props.readEntry(in, ENTRY));
            SpectrumImagePortObject po = new SpectrumImagePortObject();
            po.spec = spec instanceof SpectrumImageSpec s ? s : saved;
            return po;
        }
    }
}
