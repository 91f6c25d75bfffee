package org.psnmf.knime.workflows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple, deterministic automatic layout: columns by topological depth (longest path from a source node),
 * rows so that a node stays on its first parent's row when that slot is free and otherwise moves to the next free
 * row below, which puts side branches on their own rows. A node may pin its row ({@link WorkflowModel.Node#row}).
 *
 * <p>Geometry (KNIME canvas pixels; a node icon is 32×32 with its name above and its annotation below):
 * columns {@value #DX} px apart, rows {@value #DY} px apart, the first node at ({@value #X0}, {@value #Y0}) below
 * the title annotation. Annotations declared "around" nodes get their bounding box padded by {@value #PAD} px,
 * with room for their text on top.
 */
public final class WorkflowLayout {

    static final int X0 = 80;
    static final int Y0 = 260;
    static final int DX = 180;
    static final int DY = 155;
    static final int PAD = 70;
    static final int TITLE_HEIGHT = 60;
    static final int CHAR_PX = 7;
    /** Height reserved for an around-annotation's own text above its nodes. */
    static final int LABEL_HEIGHT = 30;

    private WorkflowLayout() {
    }

    /** Assigns positions to every node and bounds to every annotation of {@code wf}. */
    public static void apply(WorkflowModel wf) {
        Map<Integer, Integer> depth = depths(wf);
        Map<Integer, List<WorkflowModel.Connection>> in = wf.incoming();
        Map<Integer, Integer> rowOf = new HashMap<>();
        Map<Integer, Set<Integer>> used = new HashMap<>(); // column -> rows taken
        for (int id : topologicalOrder(wf)) {
            WorkflowModel.Node n = wf.node(id);
            int col = depth.get(id);
            Set<Integer> taken = used.computeIfAbsent(col, k -> new HashSet<>());
            int row;
            if (n.row() >= 0) {
                row = n.row();
                if (taken.contains(row)) {
                    throw new IllegalStateException("Layout: row " + row + " column " + col + " already taken ("
                            + n.folder() + ")");
                }
            } else {
                List<WorkflowModel.Connection> parents = in.get(id);
                row = parents.isEmpty() ? 0 : rowOf.get(parents.get(0).sourceId());
                while (taken.contains(row)) {
                    row++;
                }
            }
            taken.add(row);
            rowOf.put(id, row);
            n.position(X0 + col * DX, Y0 + row * DY);
        }
        for (WorkflowModel.Annotation a : wf.annotations()) {
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = Integer.MIN_VALUE;
            int maxY = Integer.MIN_VALUE;
            for (int id : a.aroundNodes()) {
                WorkflowModel.Node n = wf.node(id);
                minX = Math.min(minX, n.x());
                minY = Math.min(minY, n.y());
                maxX = Math.max(maxX, n.x() + 32);
                maxY = Math.max(maxY, n.y() + 32);
            }
            // the node name sits ~20 px above the icon and the annotation up to ~60 px below it
            a.bounds(minX - PAD, minY - PAD + 20 - LABEL_HEIGHT, maxX - minX + 2 * PAD,
                    maxY - minY + 2 * PAD - 20 + LABEL_HEIGHT + 20);
        }
    }

    /** Bounds [x, y, w, h] of the title annotation: spanning all content, {@value #TITLE_HEIGHT} px high, above it. */
    static int[] titleBounds(WorkflowModel wf) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (WorkflowModel.Node n : wf.nodes()) {
            left = Math.min(left, n.x() - PAD);
            top = Math.min(top, n.y() - 40);
            right = Math.max(right, n.x() + 32 + PAD);
        }
        for (WorkflowModel.Annotation a : wf.annotations()) {
            left = Math.min(left, a.x());
            top = Math.min(top, a.y());
            right = Math.max(right, a.x() + a.width());
        }
        int width = Math.max(600, right - left);
        int height = titleHeight(wf.title(), width);
        return new int[] {left, top - 20 - height, width, height};
    }

    /**
     * Height for the title text at KNIME's 12 pt annotation font: lines estimated at {@value #CHAR_PX} px per
     * character (a generous average for a sans-serif font, so the text is not clipped), 18 px per line, plus the
     * border and margins.
     */
    static int titleHeight(String text, int width) {
        int lines = 0;
        int perLine = Math.max(20, (width - 30) / CHAR_PX);
        for (String para : text.split("\n", -1)) {
            lines += Math.max(1, (para.length() + perLine - 1) / perLine);
        }
        return Math.max(TITLE_HEIGHT, 24 + 18 * lines);
    }

    /** Longest-path depth of every node from the sources; fails on a cycle. */
    static Map<Integer, Integer> depths(WorkflowModel wf) {
        Map<Integer, Integer> depth = new HashMap<>();
        Map<Integer, List<WorkflowModel.Connection>> in = wf.incoming();
        for (int id : topologicalOrder(wf)) {
            int d = 0;
            for (WorkflowModel.Connection c : in.get(id)) {
                d = Math.max(d, depth.get(c.sourceId()) + 1);
            }
            depth.put(id, d);
        }
        return depth;
    }

    /** Kahn's algorithm, smallest id first among the ready nodes (deterministic); fails on a cycle. */
    static List<Integer> topologicalOrder(WorkflowModel wf) {
        Map<Integer, Integer> indeg = new HashMap<>();
        for (WorkflowModel.Node n : wf.nodes()) {
            indeg.put(n.id(), 0);
        }
        for (WorkflowModel.Connection c : wf.connections()) {
            indeg.merge(c.destId(), 1, Integer::sum);
        }
        List<Integer> order = new ArrayList<>();
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        indeg.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(id);
            for (WorkflowModel.Connection c : wf.connections()) {
                if (c.sourceId() == id && indeg.merge(c.destId(), -1, Integer::sum) == 0) {
                    ready.add(c.destId());
                }
            }
        }
        if (order.size() != wf.nodes().size()) {
            throw new IllegalStateException("Workflow '" + wf.name() + "' has a cycle");
        }
        return order;
    }
}
