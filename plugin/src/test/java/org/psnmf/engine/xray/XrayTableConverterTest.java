package org.psnmf.engine.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.psnmf.testutil.SharedData;

/**
 * The shipped X-ray resource must be exactly what {@link XrayTableConverter} produces from espm's tables (skipped when
 * the optional shared data folder is absent). With {@code -Dpsnmf.xray.regenerate=true} it rewrites the resource.
 */
class XrayTableConverterTest {

    @Test
    void shippedResource_isReproducibleFromSourceTables() throws Exception {
        Path xray = SharedData.require("xray");
        String generated = XrayTableConverter.convert(xray);
        Path resource = Path.of(XrayTableConverter.RESOURCE);
        if (Boolean.getBoolean("psnmf.xray.regenerate")) {
            Files.writeString(resource, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(resource, StandardCharsets.UTF_8),
                "xray-tables.tsv differs from the conversion of shared/data/xray; regenerate it (see XrayTableConverter)");
    }
}
