package org.psnmf.knime.workflows;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a stored workflow (as read by {@link WorkflowReader} from {@code workflow.knime} and the nodes'
 * {@code settings.xml}) the way KNIME's canvas shows it: annotation boxes, connections from output to input
 * ports, 32×32 node icons with the node name above and the node annotation below, and port markers (triangles
 * for data tables, squares coloured by type for our port objects). Everything drawn comes from the files; only
 * the port kinds of each factory come from {@code portsOf}, because they are not stored in the workflow.
 */
public final class WorkflowRenderer {

    static final int ICON = 32;
    static final int MARGIN = 24;
    static final double SCALE = 1.5;

    private WorkflowRenderer() {
    }

    public static BufferedImage render(WorkflowReader.StoredWorkflow wf, Function<String, NodeType> portsOf) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (WorkflowReader.StoredAnnotation a : wf.annotations()) {
            minX = Math.min(minX, a.x());
            minY = Math.min(minY, a.y());
            maxX = Math.max(maxX, a.x() + a.width());
            maxY = Math.max(maxY, a.y() + a.height());
        }
        for (WorkflowReader.StoredNode n : wf.nodes()) {
            minX = Math.min(minX, n.x() - 80);
            minY = Math.min(minY, n.y() - 30);
            maxX = Math.max(maxX, n.x() + ICON + 80);
            int lines = (int) n.annotation().lines().count();
            maxY = Math.max(maxY, n.y() + ICON + 22 + 14 * lines);
        }
        int w = (int) Math.ceil((maxX - minX + 2 * MARGIN) * SCALE);
        int h = (int) Math.ceil((maxY - minY + 2 * MARGIN) * SCALE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(SCALE, SCALE);
            g.translate(MARGIN - minX, MARGIN - minY);
            for (WorkflowReader.StoredAnnotation a : wf.annotations()) {
                drawAnnotation(g, a);
            }
            for (WorkflowReader.StoredConnection c : wf.connections()) {
                drawConnection(g, wf, c, portsOf);
            }
            for (WorkflowReader.StoredNode n : wf.nodes()) {
                drawNode(g, n, portsOf.apply(n.factory()));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void drawAnnotation(Graphics2D g, WorkflowReader.StoredAnnotation a) {
        g.setColor(new Color(a.bgColor()));
        g.fillRect(a.x(), a.y(), a.width(), a.height());
        if (a.borderSize() > 0) {
            g.setColor(new Color(a.borderColor()));
            g.setStroke(new BasicStroke(a.borderSize()));
            g.drawRect(a.x(), a.y(), a.width(), a.height());
        }
        g.setColor(new Color(0x202020));
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, a.fontSize() + 1));
        Font bold = plain.deriveFont(Font.BOLD, plain.getSize2D() + 2);
        int y = a.y() + 6 + a.borderSize();
        boolean first = true;
        for (String para : a.text().split("\n", -1)) {
            Font f = first ? bold : plain;
            first = false;
            g.setFont(f);
            FontMetrics fm = g.getFontMetrics();
            for (String line : wrap(para, fm, a.width() - 12 - 2 * a.borderSize())) {
                y += fm.getAscent();
                if (y > a.y() + a.height()) {
                    return; // KNIME clips text to the box as well
                }
                g.drawString(line, a.x() + 6 + a.borderSize(), y);
                y += fm.getDescent();
            }
        }
    }

    private static void drawConnection(Graphics2D g, WorkflowReader.StoredWorkflow wf,
            WorkflowReader.StoredConnection c, Function<String, NodeType> portsOf) {
        WorkflowReader.StoredNode s = wf.node(c.sourceId());
        WorkflowReader.StoredNode d = wf.node(c.destId());
        double[] p0 = portPoint(s, portsOf.apply(s.factory()).outPorts().size(), c.sourcePort(), true);
        double[] p1 = portPoint(d, portsOf.apply(d.factory()).inPorts().size(), c.destPort(), false);
        double dx = Math.max(30, Math.abs(p1[0] - p0[0]) / 2);
        g.setColor(new Color(0x6E6E6E));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new CubicCurve2D.Double(p0[0], p0[1], p0[0] + dx, p0[1], p1[0] - dx, p1[1], p1[0], p1[1]));
    }

    /** Centre of data port {@code port} (1-based) of {@code count} ports on the right (out) or left (in) edge. */
    static double[] portPoint(WorkflowReader.StoredNode n, int count, int port, boolean out) {
        double y = n.y() + ICON * (port - 0.5) / Math.max(1, count);
        return new double[] {out ? n.x() + ICON + 4 : n.x() - 4, y};
    }

    private static void drawNode(Graphics2D g, WorkflowReader.StoredNode n, NodeType type) {
        Color fill = new Color(nodeColor(type));
        RoundRectangle2D icon = new RoundRectangle2D.Double(n.x(), n.y(), ICON, ICON, 9, 9);
        g.setColor(fill);
        g.fill(icon);
        g.setColor(fill.darker());
        g.setStroke(new BasicStroke(1.2f));
        g.draw(icon);
        // an abbreviation in place of the icon image
        g.setColor(new Color(0x202020));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        String abbr = abbreviation(n.name());
        FontMetrics fm = g.getFontMetrics();
        g.drawString(abbr, (float) (n.x() + (ICON - fm.stringWidth(abbr)) / 2.0),
                (float) (n.y() + (ICON + fm.getAscent() - fm.getDescent()) / 2.0));
        for (int i = 1; i <= type.inPorts().size(); i++) {
            drawPort(g, portPoint(n, type.inPorts().size(), i, false), type.inPorts().get(i - 1));
        }
        for (int i = 1; i <= type.outPorts().size(); i++) {
            drawPort(g, portPoint(n, type.outPorts().size(), i, true), type.outPorts().get(i - 1));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        g.drawString(n.name(), (float) (n.x() + ICON / 2.0 - fm.stringWidth(n.name()) / 2.0), n.y() - 7);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        fm = g.getFontMetrics();
        g.setColor(new Color(0x303030));
        int y = n.y() + ICON + 18;
        for (String line : n.annotation().split("\n")) {
            if (!line.isEmpty()) {
                g.drawString(line, (float) (n.x() + ICON / 2.0 - fm.stringWidth(line) / 2.0), y);
            }
            y += 13;
        }
        g.setColor(n.state().equals("CONFIGURED") ? new Color(0xF0B400) : new Color(0xD03030));
        g.fillOval(n.x() + ICON / 2 - 4, n.y() + ICON + 3, 8, 8); // KNIME's traffic light: yellow / red
    }

    private static void drawPort(Graphics2D g, double[] p, PortKind kind) {
        g.setColor(new Color(kind.rgb()));
        if (kind == PortKind.TABLE) {
            Path2D t = new Path2D.Double();
            t.moveTo(p[0] - 4, p[1] - 4.5);
            t.lineTo(p[0] + 4, p[1]);
            t.lineTo(p[0] - 4, p[1] + 4.5);
            t.closePath();
            g.fill(t);
        } else {
            g.fill(new java.awt.geom.Rectangle2D.Double(p[0] - 4, p[1] - 4, 8, 8));
        }
    }

    /** Node fill: orange for sources, by first output kind otherwise, grey for sinks (as KNIME's node types). */
    static int nodeColor(NodeType t) {
        if (t.inPorts().isEmpty()) {
            return 0xF9B55C;
        }
        if (t.outPorts().isEmpty()) {
            return 0xC9C9C9;
        }
        return switch (t.outPorts().get(0)) {
            case SPECTRUM_IMAGE -> 0xA9CCEB;
            case DECOMPOSITION -> 0xAEDBA5;
            default -> 0xFFE27A;
        };
    }

    static String abbreviation(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && b.length() < 3) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    static List<String> wrap(String para, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : para.split(" ")) {
            String cand = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(cand) > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(cand);
            }
        }
        out.add(line.toString());
        return out;
    }
}
