package org.psnmf.knime.nodes.elementalmaps;

import java.util.ArrayList;
import java.util.List;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.data.SpectrumImage;
import org.psnmf.engine.progress.Progress;
import org.psnmf.engine.render.Colormap;
import org.psnmf.engine.render.MapImage;
import org.psnmf.engine.render.Png;
import org.psnmf.engine.xray.DetectorModel;
import org.psnmf.engine.xray.XrayDatabase;
import org.psnmf.knime.nodes.elementalmaps.ElementalMapsSettings.ElementLine;
import org.psnmf.knime.table.TableData;
import org.psnmf.knime.table.TableData.Column;
import org.psnmf.knime.table.TableData.ColumnType;

/**
 * The Elemental Maps node's work without KNIME: per element, the line window ±(w/2)·FWHM is summed at every pixel;
 * with background subtraction, {@code nWindow x (mean(left) + mean(right)) / 2} is subtracted, where left/right are
 * 1 FWHM wide side windows centred 2 FWHM below/above the line (only the side inside the axis if one is outside).
 */
public final class ElementalMapsRunner {

    /** Candidate lines when none is given, in order of preference. */
    static final List<String> AUTO_LINES = List.of("Ka", "La", "Ma");

    /** One element's map. */
    public record ElementMap(String element, String line, double energyKeV, double fromKeV, double toKeV,
            double[] map, double total) {
    }

    /** @param maps per element, in the order given; @param table the output table */
    public record Result(List<ElementMap> maps, TableData table) {
    }

    private ElementalMapsRunner() {
    }

    public static List<Column> columns() {
        return List.of(new Column("element", ColumnType.STRING), new Column("line", ColumnType.STRING),
                new Column("energy_keV", ColumnType.DOUBLE), new Column("window_from_keV", ColumnType.DOUBLE),
                new Column("window_to_keV", ColumnType.DOUBLE), new Column("map", ColumnType.PNG),
                new Column("total_intensity", ColumnType.DOUBLE));
    }

    /**
     * @return the line used for {@code e} on this axis
     * @throws IllegalArgumentException if the element has no usable line in range
     */
    static String line(ElementLine e, EnergyAxis axis, double beamKv) {
        XrayDatabase db = XrayDatabase.get();
        List<String> candidates = e.line().isEmpty() ? AUTO_LINES : List.of(e.line());
        for (String l : candidates) {
            double energy;
            try {
                energy = db.familyEnergy(e.element(), l);
            } catch (IllegalArgumentException ex) {
                if (!e.line().isEmpty()) {
                    throw ex;
                }
                continue;
            }
            if (axis.contains(energy) && energy < beamKv) {
                return l;
            }
            if (!e.line().isEmpty()) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "%s %s (%.3f keV) is outside the energy axis %.3f-%.3f keV or above the beam energy %.0f kV.",
                        e.element(), l, energy, axis.offsetKeV(), axis.maxEnergy(), beamKv));
            }
        }
        throw new IllegalArgumentException("Element " + e.element() + " has none of the lines " + AUTO_LINES
                + " inside the energy axis; give a line explicitly, e.g. " + e.element() + ":La.");
    }

    public static Result run(ElementalMapsSettings s, SpectrumImage img, Progress progress) {
        EnergyAxis axis = img.energyAxis();
        double beam = Double.isFinite(img.info().beamEnergyKv()) ? img.info().beamEnergyKv() : 300;
        double res = Double.isFinite(img.info().energyResolutionMnKaEv()) && img.info().energyResolutionMnKaEv() > 0
                ? img.info().energyResolutionMnKaEv() : s.get(ElementalMapsSettings.RESOLUTION);
        DetectorModel det = DetectorModel.ofResolution(res);
        List<ElementLine> elements = s.elements();
        List<ElementMap> maps = new ArrayList<>();
        TableData table = new TableData(columns());
        int zoom = MapImage.zoomFor(img.width(), img.height(), 256);
        for (int i = 0; i < elements.size(); i++) {
            progress.checkCancelled();
            ElementLine e = elements.get(i);
            String line = line(e, axis, beam);
            double energy = XrayDatabase.get().familyEnergy(e.element(), line);
            double fwhm = det.fwhmKeV(energy);
            double half = 0.5 * s.get(ElementalMapsSettings.WINDOW) * fwhm;
            int[] win = window(axis, energy - half, energy + half);
            double[] map = img.channelWindowMap(win[0], win[1]);
            if (s.get(ElementalMapsSettings.BACKGROUND)) {
                subtractBackground(img, map, win[1] - win[0], window(axis, energy - 2.5 * fwhm, energy - 1.5 * fwhm),
                        window(axis, energy + 1.5 * fwhm, energy + 2.5 * fwhm));
            }
            double total = 0;
            for (double v : map) {
                total += v;
            }
            double from = axis.energyAt(win[0]) - 0.5 * axis.scaleKeV();
            double to = axis.energyAt(win[1] - 1) + 0.5 * axis.scaleKeV();
            maps.add(new ElementMap(e.element(), line, energy, from, to, map, total));
            byte[] png = Png.bytes(MapImage.autoScaled(map, img.width(), img.height(), Colormap.VIRIDIS, zoom));
            table.add(e.element() + " " + line, e.element(), line, energy, from, to, png, total);
            double done = (i + 1.0) / elements.size();
            progress.report(done, () -> "Mapped " + e.element() + " " + line);
        }
        return new Result(maps, table);
    }

    /** @return channels [from, to) of the window, clamped to the axis; empty (from == to) if outside */
    static int[] window(EnergyAxis axis, double fromKeV, double toKeV) {
        int from = Math.max(0, axis.channelOf(fromKeV));
        int to = Math.min(axis.channels(), axis.channelOf(toKeV) + 1);
        return new int[] {from, Math.max(from, to)};
    }

    private static void subtractBackground(SpectrumImage img, double[] map, int nWindow, int[] left, int[] right) {
        int nl = left[1] - left[0];
        int nr = right[1] - right[0];
        if (nl == 0 && nr == 0) {
            return;
        }
        double[] l = nl > 0 ? img.channelWindowMap(left[0], left[1]) : null;
        double[] r = nr > 0 ? img.channelWindowMap(right[0], right[1]) : null;
        for (int p = 0; p < map.length; p++) {
            double bg;
            if (l != null && r != null) {
                bg = 0.5 * (l[p] / nl + r[p] / nr);
            } else if (l != null) {
                bg = l[p] / nl;
            } else {
                bg = r[p] / nr;
            }
            map[p] -= nWindow * bg;
        }
    }
}
