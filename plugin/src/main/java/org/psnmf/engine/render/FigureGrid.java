package org.psnmf.engine.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out titled panels (maps, plots) on a grid of equal cells, row by row, with an optional row label at the left
 * of each row - e.g. rows "truth / PSNMF / NMF" and columns "Brg / Fp / CaPv" as in the paper's figures.
 */
public final class FigureGrid {

    private record Panel(String title, BufferedImage image) {
    }

    private final int columns;
    private final List<Panel> panels = new ArrayList<>();
    private final List<String> rowLabels = new ArrayList<>();
    private String title = "";

    public FigureGrid(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("A figure needs at least 1 column, got " + columns + ".");
        }
        this.columns = columns;
    }

    public FigureGrid title(String t) {
        this.title = t;
        return this;
    }

    /** Sets the label drawn left of row {@code row} (0-based). */
    public FigureGrid rowLabel(int row, String label) {
        while (rowLabels.size() <= row) {
            rowLabels.add("");
        }
        rowLabels.set(row, label);
        return this;
    }

    public FigureGrid add(String panelTitle, BufferedImage image) {
        panels.add(new Panel(panelTitle, image));
        return this;
    }

    public BufferedImage render() {
        if (panels.isEmpty()) {
            throw new IllegalStateException("Figure has no panels.");
        }
        int cw = 0;
        int ch = 0;
        for (Panel p : panels) {
            cw = Math.max(cw, p.image().getWidth());
            ch = Math.max(ch, p.image().getHeight());
        }
        int rows = (panels.size() + columns - 1) / columns;
        int labelWidth = rowLabels.stream().anyMatch(s -> !s.isEmpty()) ? 90 : 0;
        int gap = 8;
        int titleH = 18;
        int top = title.isEmpty() ? gap : 30;
        int width = labelWidth + columns * (cw + gap) + gap;
        int height = top + rows * (ch + titleH + gap) + gap;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(font.deriveFont(Font.BOLD, 14f));
            if (!title.isEmpty()) {
                g.drawString(title, gap, 20);
            }
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < panels.size(); i++) {
                int r = i / columns;
                int c = i % columns;
                int x0 = labelWidth + gap + c * (cw + gap);
                int y0 = top + r * (ch + titleH + gap);
                Panel p = panels.get(i);
                String t = p.title();
                g.drawString(t, x0 + (cw - fm.stringWidth(t)) / 2, y0 + 13);
                g.drawImage(p.image(), x0 + (cw - p.image().getWidth()) / 2, y0 + titleH, null);
            }
            g.setFont(font.deriveFont(Font.BOLD, 12f));
            for (int r = 0; r < rowLabels.size() && r < rows; r++) {
                int y0 = top + r * (ch + titleH + gap) + titleH + ch / 2;
                g.drawString(rowLabels.get(r), gap, y0);
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
