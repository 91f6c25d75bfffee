package org.psnmf.knime.workflows;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node type as a workflow file sees it: the factory class (written to {@code settings.xml/factory}), the
 * node name (the {@code <name>} of its description XML, written to {@code node-name} and used for the folder
 * name) and the kinds of its data ports, in order (port 1 first; the flow-variable port 0 is implicit), with the
 * 1-based indexes of the input ports that may stay unconnected.
 */
public record NodeType(String factory, String name, List<PortKind> inPorts, List<PortKind> outPorts,
        Set<Integer> optionalInPorts) {

    public NodeType {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(name, "name");
        inPorts = List.copyOf(inPorts);
        outPorts = List.copyOf(outPorts);
        optionalInPorts = Set.copyOf(optionalInPorts);
    }

    public NodeType(String factory, String name, List<PortKind> inPorts, List<PortKind> outPorts) {
        this(factory, name, inPorts, outPorts, Set.of());
    }

    public String simpleFactoryName() {
        return factory.substring(factory.lastIndexOf('.') + 1);
    }

    public boolean isOptional(int inPort) {
        return optionalInPorts.contains(inPort);
    }
}
