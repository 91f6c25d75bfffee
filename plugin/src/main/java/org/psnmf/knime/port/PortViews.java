package org.psnmf.knime.port;

import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.List;

import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.render.Colormap;
import org.psnmf.engine.render.LinePlot;
import org.psnmf.engine.render.MapImage;

/** Swing views of the port objects (KNIME shows each component as a tab titled with its name). */
final class PortViews {

    private PortViews() {
    }

    static JComponent text(String name, String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        JScrollPane pane = new JScrollPane(area);
        pane.setName(name);
        return pane;
    }

    static JComponent spectrum(String name, EnergyAxis axis, List<String> names, List<double[]> series) {
        return image(name, spectrumImage(axis, names, series));
    }

    static JComponent map(String name, double[] map, int width, int height) {
        return image(name, MapImage.autoScaled(map, width, height, Colormap.VIRIDIS,
                MapImage.zoomFor(width, height, 256)));
    }

    /** Spectra (log y) on the left, one map per component on the right. */
    static JComponent spectraAndMaps(String name, Decomposition d) {
        JPanel panel = new JPanel(new GridLayout(1, 2));
        panel.add(new JLabel(new ImageIcon(spectrumImage(d.axis(), d.names(), List.of(d.spectra())))));
        JPanel maps = new JPanel(new GridLayout(0, Math.min(3, d.components())));
        int zoom = MapImage.zoomFor(d.width(), d.height(), 160);
        for (int k = 0; k < d.components(); k++) {
            JLabel l = new JLabel(d.names().get(k), new ImageIcon(MapImage.autoScaled(d.maps()[k], d.width(),
                    d.height(), Colormap.VIRIDIS, zoom)), JLabel.CENTER);
            l.setVerticalTextPosition(JLabel.BOTTOM);
            l.setHorizontalTextPosition(JLabel.CENTER);
            maps.add(l);
        }
        panel.add(maps);
        JScrollPane pane = new JScrollPane(panel);
        pane.setName(name);
        return pane;
    }

    private static BufferedImage spectrumImage(EnergyAxis axis, List<String> names, List<double[]> series) {
        LinePlot plot = new LinePlot(axis.energies()).labels("Energy (keV)", "Counts").logY(true);
        for (int i = 0; i < series.size(); i++) {
            plot.add(names.get(i), series.get(i));
        }
        return plot.render(560, 360);
    }

    private static JComponent image(String name, BufferedImage img) {
        JScrollPane pane = new JScrollPane(new JLabel(new ImageIcon(img)));
        pane.setName(name);
        return pane;
    }
}
