package org.psnmf.engine.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.psnmf.engine.io.AtomicOutput;

/** PNG encoding: to bytes (KNIME image cells, HTML) or to a file written atomically. */
public final class Png {

    private Png() {
    }

    public static byte[] bytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG encoder available in this Java runtime.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public static void write(BufferedImage image, Path file, boolean overwrite) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file, overwrite)) {
            out.stream().write(bytes(image));
            out.commit();
        }
    }
}
