package org.psnmf.engine.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal line chart (several series over one x axis, linear or logarithmic y) rendered with Java2D, used for
 * component spectra in reports and KNIME image cells. No charting library is needed.
 */
public final class LinePlot {

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private record Series(String name, double[] y, Color color, boolean dashed) {
    }

    private final double[] x;
    private final List<Series> series = new ArrayList<>();
    private String title = "";
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;

    /** @param x shared abscissa, ascending; Not modified */
    public LinePlot(double[] x) {
        this.x = x;
    }

    public LinePlot title(String t) {
        this.title = t;
        return this;
    }

    public LinePlot labels(String xl, String yl) {
        this.xLabel = xl;
        this.yLabel = yl;
        return this;
    }

    /** Logarithmic y axis; values &lt;= 0 are drawn at the bottom. */
    public LinePlot logY(boolean log) {
        this.logY = log;
        return this;
    }

    public LinePlot add(String name, double[] y) {
        return add(name, y, false);
    }

    /** Adds a series in the next palette colour; series are drawn in the order added (the last one on top). */
    public LinePlot add(String name, double[] y, boolean dashed) {
        return add(name, y, PALETTE[series.size() % PALETTE.length], dashed);
    }

    /** Adds a series in a given colour, e.g. a reference drawn black and dashed on top of the estimates. */
    public LinePlot add(String name, double[] y, Color color, boolean dashed) {
        if (y.length != x.length) {
            throw new IllegalArgumentException("Series '" + name + "' has " + y.length + " points, x has " + x.length
                    + ".");
        }
        series.add(new Series(name, y, color, dashed));
        return this;
    }

    public BufferedImage render(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int left = 62;
            int right = 12;
            int top = title.isEmpty() ? 12 : 28;
            int bottom = 42;
            int pw = width - left - right;
            int ph = height - top - bottom;

            double xmin = x[0];
            double xmax = x[x.length - 1];
            double ymin = Double.POSITIVE_INFINITY;
            double ymax = Double.NEGATIVE_INFINITY;
            for (Series s : series) {
                for (double v : s.y()) {
                    if (Double.isFinite(v) && (!logY || v > 0)) {
                        ymin = Math.min(ymin, v);
                        ymax = Math.max(ymax, v);
                    }
                }
            }
            if (!(ymax > ymin)) {
                ymin = logY ? 1e-3 : 0;
                ymax = logY ? 1 : 1;
            }
            if (logY) {
                // spectra span decades; show at most 5 decades below the maximum so the continuum stays visible
                ymin = Math.max(ymin, ymax * 1e-5);
                ymin = Math.log10(ymin);
                ymax = Math.log10(ymax);
            } else {
                ymin = Math.min(0, ymin);
            }
            double ypad = 0.05 * (ymax - ymin);
            ymax += ypad;
            if (!logY && ymin < 0) {
                ymin -= ypad;
            }

            g.setColor(new Color(0xeeeeee));
            for (double t : ticks(xmin, xmax, 8)) {
                int px = left + (int) Math.round((t - xmin) / (xmax - xmin) * pw);
                g.drawLine(px, top, px, top + ph);
            }
            g.setColor(Color.BLACK);
            g.drawRect(left, top, pw, ph);
            for (double t : ticks(xmin, xmax, 8)) {
                int px = left + (int) Math.round((t - xmin) / (xmax - xmin) * pw);
                g.drawLine(px, top + ph, px, top + ph + 4);
                String s = fmt(t);
                g.drawString(s, px - fm.stringWidth(s) / 2, top + ph + 16);
            }
            for (double t : ticks(ymin, ymax, 6)) {
                int py = top + ph - (int) Math.round((t - ymin) / (ymax - ymin) * ph);
                if (py < top || py > top + ph) {
                    continue;
                }
                g.drawLine(left - 4, py, left, py);
                String s = logY ? "1e" + (int) Math.round(t) : fmt(t);
                if (logY && Math.abs(t - Math.rint(t)) > 1e-9) {
                    continue;
                }
                g.drawString(s, left - 6 - fm.stringWidth(s), py + 4);
            }
            if (!xLabel.isEmpty()) {
                g.drawString(xLabel, left + pw / 2 - fm.stringWidth(xLabel) / 2, height - 8);
            }
            if (!yLabel.isEmpty()) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.rotate(-Math.PI / 2);
                g2.drawString(yLabel, -(top + ph / 2) - fm.stringWidth(yLabel) / 2, 14);
                g2.dispose();
            }
            if (!title.isEmpty()) {
                g.setFont(font.deriveFont(Font.BOLD, 13f));
                g.drawString(title, left, 18);
                g.setFont(font);
            }

            g.clipRect(left + 1, top + 1, pw - 1, ph - 1);
            for (Series s : series) {
                g.setColor(s.color());
                g.setStroke(s.dashed() ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                        new float[] {5f, 4f}, 0f) : new BasicStroke(1.3f));
                Path2D path = new Path2D.Double();
                boolean started = false;
                for (int i = 0; i < x.length; i++) {
                    double v = s.y()[i];
                    double yv = logY ? (v > 0 ? Math.log10(v) : ymin) : v;
                    if (!Double.isFinite(yv)) {
                        started = false;
                        continue;
                    }
                    double px = left + (x[i] - xmin) / (xmax - xmin) * pw;
                    double py = top + ph - (yv - ymin) / (ymax - ymin) * ph;
                    if (started) {
                        path.lineTo(px, py);
                    } else {
                        path.moveTo(px, py);
                        started = true;
                    }
                }
                g.draw(path);
            }
            g.setClip(null);
            // legend, top right
            int ly = top + 14;
            for (Series s : series) {
                String label = s.name();
                int lx = left + pw - 10 - fm.stringWidth(label) - 26;
                g.setColor(new Color(255, 255, 255, 200));
                g.fillRect(lx - 3, ly - 11, fm.stringWidth(label) + 32, 15);
                g.setColor(s.color());
                g.setStroke(s.dashed() ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                        new float[] {4f, 3f}, 0f) : new BasicStroke(2f));
                g.drawLine(lx, ly - 4, lx + 20, ly - 4);
                g.setColor(Color.BLACK);
                g.drawString(label, lx + 26, ly);
                ly += 15;
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static List<Double> ticks(double lo, double hi, int target) {
        List<Double> out = new ArrayList<>();
        double span = hi - lo;
        if (!(span > 0)) {
            out.add(lo);
            return out;
        }
        double raw = span / target;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9 * step; t += step) {
            out.add(Math.abs(t) < 1e-12 * step ? 0 : t);
        }
        return out;
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v) >= 1e4 || Math.abs(v) < 1e-2) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
