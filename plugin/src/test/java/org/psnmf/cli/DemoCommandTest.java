package org.psnmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void demo_writesReportFiguresAndScores_onASmallMantle(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");
        // 60 x 60 px binned by 6 keeps the run to a few seconds; the full 180 x 180 case is the README's main job
        MainTest.Run r = new MainTest.Run("demo", "--out", out.toString(), "--size", "60", "--bin", "6", "--seed",
                "3");
        assertEquals(0, r.code, r.err);
        for (String f : new String[] {"report.html", "quant.csv", "spectra.csv", "maps.csv", "summary.json", "maps.png", "spectra.png", "nd_maps.png", "scree.png"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(ImageIO.read(out.resolve("maps.png").toFile()).getWidth() > 300);
        assertTrue(Files.readString(out.resolve("quant.csv")).startsWith("component,element,atomic_percent"));
        assertTrue(r.out.contains("Composition (at%)"), r.out);
        assertTrue(Files.readString(out.resolve("spectra.csv")).startsWith("energy_keV,c1,c2,c3\n"));
        assertEquals(60 * 60 + 1, Files.readAllLines(out.resolve("maps.csv")).size()); // header + one row per pixel
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"method\": \"psnmf\""));
        String html = Files.readString(out.resolve("report.html"));
        for (String phase : new String[] {"Brg", "Fp", "CaPv"}) {
            assertTrue(html.contains("<td>" + phase + "</td>"), phase);
        }
        // every phase row of the printed table has two finite spectral angles below 90 degrees
        Matcher m = Pattern.compile("(?m)^(Brg|Fp|CaPv)\\s+([0-9.]+)°\\s+([0-9.]+)°").matcher(r.out);
        int rows = 0;
        while (m.find()) {
            rows++;
            assertTrue(Double.parseDouble(m.group(2)) < 90 && Double.parseDouble(m.group(3)) < 90, m.group());
        }
        assertEquals(3, rows, r.out);
        assertTrue(r.out.contains("Report: "), r.out);
        assertTrue(r.err.contains("[1/5]") && r.err.contains("[5/5]"), "a progress line per stage");
        // a second run replaces the demo's own files instead of failing
        assertEquals(0, new MainTest.Run("demo", "--out", out.toString(), "--size", "60", "--bin", "6").code);
    }

    @Test
    void demo_rejectsAFileAsOutputFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "not a folder");
        MainTest.Run r = new MainTest.Run("demo", "--out", file.toString(), "--size", "60", "--bin", "6");
        assertEquals(1, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.contains("is a file"), r.err);
    }
}
