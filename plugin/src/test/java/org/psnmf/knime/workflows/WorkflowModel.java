package org.psnmf.knime.workflows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An example workflow as authored by {@link ExampleWorkflows}: native nodes with their settings, connections,
 * annotations and extra files (e.g. a {@code data/} sample). Positions are filled in by {@link WorkflowLayout};
 * {@link WorkflowWriter} turns the model into {@code workflow.knime} + one {@code settings.xml} per node.
 */
public final class WorkflowModel {

    /** Node states we author. Never {@code EXECUTED}: that needs port data on disk. */
    public enum State {
        IDLE, CONFIGURED
    }

    /** A node placed in the workflow. Ports are 1-based data ports; 0 is the flow-variable port. */
    public static final class Node {
        private final int id;
        private final NodeType type;
        private final XmlConfig model;
        private State state = State.CONFIGURED;
        private String annotation = "";
        /** Pinned layout row, or -1 for automatic. */
        private int row = -1;
        private int x;
        private int y;

        Node(int id, NodeType type, XmlConfig model) {
            this.id = id;
            this.type = type;
            this.model = model;
        }

        public int id() {
            return id;
        }

        public NodeType type() {
            return type;
        }

        public XmlConfig model() {
            return model;
        }

        public State state() {
            return state;
        }

        public String annotation() {
            return annotation;
        }

        public int row() {
            return row;
        }

        public int x() {
            return x;
        }

        public int y() {
            return y;
        }

        public Node state(State s) {
            state = Objects.requireNonNull(s);
            return this;
        }

        /** Text shown under the node (the node annotation); lines separated by {@code \n}. */
        public Node annotate(String text) {
            annotation = Objects.requireNonNull(text);
            return this;
        }

        /** Pins the node to a layout row (0 = top row of nodes). */
        public Node row(int r) {
            row = r;
            return this;
        }

        void position(int px, int py) {
            x = px;
            y = py;
        }

        /** Folder name KNIME uses for the node: {@code "<name> (#<id>)"}. */
        public String folder() {
            return type.name() + " (#" + id + ")";
        }
    }

    /** A connection from output port {@code sourcePort} to input port {@code destPort} (both 1-based data ports). */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /**
     * A workflow annotation (text box). Either explicit bounds, or {@code aroundNodes} (ids) whose bounding box,
     * padded, the layout computes.
     */
    public static final class Annotation {
        private final String text;
        private final List<Integer> aroundNodes;
        private final int bgColor;
        private int x;
        private int y;
        private int width;
        private int height;

        Annotation(String text, List<Integer> aroundNodes, int bgColor) {
            this.text = text;
            this.aroundNodes = List.copyOf(aroundNodes);
            this.bgColor = bgColor;
        }

        public String text() {
            return text;
        }

        public List<Integer> aroundNodes() {
            return aroundNodes;
        }

        public int bgColor() {
            return bgColor;
        }

        public int x() {
            return x;
        }

        public int y() {
            return y;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        void bounds(int bx, int by, int w, int h) {
            x = bx;
            y = by;
            width = w;
            height = h;
        }
    }

    private final String name;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<String, byte[]> extraFiles = new TreeMap<>();
    private String title = "";

    /** @param name the workflow's folder name (also the {@code .knwf} name) */
    public WorkflowModel(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String name() {
        return name;
    }

    /** The title annotation shown at the top of the canvas (first line bold in spirit; plain text here). */
    public WorkflowModel title(String text) {
        title = text;
        return this;
    }

    public String title() {
        return title;
    }

    /** Adds a node with the next id (1, 2, ...) and the given settings. */
    public Node add(NodeType type, XmlConfig model) {
        if (!model.key().equals("model")) {
            throw new IllegalArgumentException("Node settings config must have key 'model', got " + model.key());
        }
        Node n = new Node(nodes.size() + 1, type, model);
        nodes.add(n);
        return n;
    }

    /** Connects output {@code outPort} (1-based) of {@code from} to input {@code inPort} (1-based) of {@code to}. */
    public WorkflowModel connect(Node from, int outPort, Node to, int inPort) {
        if (outPort < 1 || outPort > from.type().outPorts().size()) {
            throw new IllegalArgumentException(from.folder() + " has no output port " + outPort);
        }
        if (inPort < 1 || inPort > to.type().inPorts().size()) {
            throw new IllegalArgumentException(to.folder() + " has no input port " + inPort);
        }
        PortKind out = from.type().outPorts().get(outPort - 1);
        PortKind in = to.type().inPorts().get(inPort - 1);
        if (!out.feeds(in)) {
            throw new IllegalArgumentException("Cannot connect " + from.folder() + " port " + outPort + " (" + out
                    + ") to " + to.folder() + " port " + inPort + " (" + in + ")");
        }
        connections.add(new Connection(from.id(), outPort, to.id(), inPort));
        return this;
    }

    /** Adds an annotation box drawn around the given nodes (bounds computed by the layout). */
    public WorkflowModel annotateAround(String text, int bgColor, Node... around) {
        List<Integer> ids = new ArrayList<>();
        for (Node n : around) {
            ids.add(n.id());
        }
        annotations.add(new Annotation(text, ids, bgColor));
        return this;
    }

    /** Adds a file stored inside the workflow folder, e.g. {@code data/sample.rpl}. */
    public WorkflowModel addFile(String relativePath, byte[] content) {
        extraFiles.put(relativePath, content.clone());
        return this;
    }

    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public Node node(int id) {
        return nodes.get(id - 1);
    }

    public List<Connection> connections() {
        return Collections.unmodifiableList(connections);
    }

    public List<Annotation> annotations() {
        return Collections.unmodifiableList(annotations);
    }

    public Map<String, byte[]> extraFiles() {
        return Collections.unmodifiableMap(extraFiles);
    }

    /** Incoming data connections per node id. */
    Map<Integer, List<Connection>> incoming() {
        Map<Integer, List<Connection>> in = new LinkedHashMap<>();
        for (Node n : nodes) {
            in.put(n.id(), new ArrayList<>());
        }
        for (Connection c : connections) {
            in.get(c.destId()).add(c);
        }
        return in;
    }
}
