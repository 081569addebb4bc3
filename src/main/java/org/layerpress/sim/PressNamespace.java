package org.layerpress.sim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import org.layerpress.application.mapping.Access;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.mapping.TraceBlockSpec;
import org.layerpress.application.mapping.TraceNode;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.opcua.OpcTypes;

/**
 * The simulated PLC's address space, built by looping over the mapping's signal table (after
 * Milo's DeviceNamespace): one variable per signal with the mapped NodeId, type and access, and
 * one method per method-type command. Client writes land in the {@link ProcessImage}; PLC outputs
 * are mirrored onto the nodes with a source timestamp. The mapping's {@code forceTrace} block, when
 * it has one, becomes a counter and two one-dimensional arrays whose values are copied from the
 * {@link TraceRing} at the moment a client reads them.
 */
final class PressNamespace extends SampledNamespace {

    private final PressMapping mapping;
    private final ProcessImage image;
    private final double minimumSamplingMillis;
    private final Map<StandardSignal, UaVariableNode> variables = new EnumMap<>(StandardSignal.class);
    private final TraceRing trace;
    private final Map<StandardSignal, Variant> rawOverrides;
    private final Supplier<Set<ContractDeviation>> deviations;

    private static final StatusCode SENSOR_FAILURE = new StatusCode(StatusCodes.Bad_SensorFailure);

    /**
     * @param trace the ring behind the forceTrace nodes, null without a block
     * @param rawOverrides values served instead of the PLC's (bad data injected by tests)
     * @param deviations contract clauses the simulator currently breaks
     */
    PressNamespace(OpcUaServer server, PressMapping mapping, ProcessImage image, double minimumSamplingMillis,
                   TraceRing trace, Map<StandardSignal, Variant> rawOverrides, Supplier<Set<ContractDeviation>> deviations) {
        super(server, mapping.namespaceUri());
        this.mapping = mapping;
        this.image = image;
        this.minimumSamplingMillis = minimumSamplingMillis;
        this.trace = trace;
        this.rawOverrides = rawOverrides;
        this.deviations = deviations;
        getLifecycleManager().addStartupTask(this::createNodes);
    }

    /** Mirrors a PLC output onto its node (scan thread). */
    void publish(StandardSignal signal, double engineeringValue) {
        UaVariableNode node = variables.get(signal);
        if (node == null || rawOverrides.containsKey(signal)) {
            return;
        }
        SignalSpec spec = mapping.require(signal);
        Variant v = OpcTypes.toVariant(spec.type(), spec.toRaw(engineeringValue));
        // What the PLC cannot measure (an open thermocouple) is NaN with quality Bad, as a PLC marks a broken input.
        StatusCode quality = Double.isNaN(engineeringValue) ? SENSOR_FAILURE : StatusCode.GOOD;
        DateTime now = DateTime.now();
        node.setValue(new DataValue(v, quality, now, now));
    }

    /** Serves the injected raw value of a signal (any thread). */
    void publishOverride(StandardSignal signal) {
        UaVariableNode node = variables.get(signal);
        Variant v = rawOverrides.get(signal);
        if (node != null && v != null) {
            DateTime now = DateTime.now();
            node.setValue(new DataValue(v, StatusCode.GOOD, now, now));
        }
    }

    private void createNodes() {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId("LayerPress.Signals"),
                newQualifiedName("Press"), LocalizedText.english("Press"));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));

        Map<NodeId, UaFolderNode> methodObjects = new HashMap<>();
        for (SignalSpec spec : mapping.all()) {
            if (spec.isMethod()) {
                NodeId objectId = OpcTypes.nodeId(getNamespaceIndex().intValue(), spec.methodObject().orElseThrow());
                UaFolderNode object = methodObjects.computeIfAbsent(objectId, id -> {
                    UaFolderNode o = new UaFolderNode(getNodeContext(), id, newQualifiedName(id.getIdentifier().toString()),
                            LocalizedText.english(id.getIdentifier().toString()));
                    getNodeManager().addNode(o);
                    folder.addOrganizes(o);
                    return o;
                });
                object.addComponent(methodNode(spec));
            } else {
                UaVariableNode node = variableNode(spec);
                getNodeManager().addNode(node);
                folder.addOrganizes(node);
                variables.put(spec.signal(), node);
                publish(spec.signal(), image.get(spec.signal()));
                publishOverride(spec.signal());
            }
        }
        mapping.forceTrace().ifPresent(block -> createTraceNodes(folder, block));
    }

    private void createTraceNodes(UaFolderNode folder, TraceBlockSpec block) {
        TraceNode countSpec = block.count();
        UaVariableNode count = readOnly(countSpec, ValueRanks.Scalar, null);
        count.getFilterChain().addLast(AttributeFilters.getValue(ctx -> {
            TraceRing.Stamp stamp = trace.stamp();
            long n = stamp.count();
            Variant v = countSpec.type() == OpcType.UINT32 ? new Variant(uint(n & 0xFFFF_FFFFL)) : new Variant((int) n);
            // Source time: when count took this value, as a PLC stamps a changed tag.
            return new DataValue(v, StatusCode.GOOD, new DateTime(stamp.time()), DateTime.now());
        }));
        UaVariableNode force = readOnly(block.force(), ValueRanks.OneDimension, uint(block.length()));
        force.getFilterChain().addLast(AttributeFilters.getValue(ctx -> now(rawArray(block.force(), trace.force(servedLength(block))))));
        UaVariableNode position = readOnly(block.position(), ValueRanks.OneDimension, uint(block.length()));
        position.getFilterChain().addLast(AttributeFilters.getValue(ctx -> now(rawArray(block.position(), trace.position(servedLength(block))))));
        for (UaVariableNode node : List.of(count, force, position)) {
            getNodeManager().addNode(node);
            folder.addOrganizes(node);
        }
    }

    /** The mapping's length, or one short when the simulator is told to serve arrays of the wrong length. */
    private int servedLength(TraceBlockSpec block) {
        return deviations.get().contains(ContractDeviation.TRACE_WRONG_LENGTH) ? block.length() - 1 : block.length();
    }

    private static Variant rawArray(TraceNode spec, double[] engineering) {
        double[] raw = engineering.clone();
        spec.scaling().ifPresent(scale -> {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = scale.toRaw(raw[i]);
            }
        });
        return OpcTypes.toArrayVariant(spec.type(), raw);
    }

    private static DataValue now(Variant v) {
        DateTime now = DateTime.now();
        return new DataValue(v, StatusCode.GOOD, now, now);
    }

    private UaVariableNode readOnly(TraceNode spec, int valueRank, UInteger length) {
        String name = spec.key();
        UaVariableNode.UaVariableNodeBuilder builder = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(OpcTypes.nodeId(getNamespaceIndex().intValue(), spec.node()))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDataType(OpcTypes.dataTypeId(spec.type()))
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setValueRank(valueRank)
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setMinimumSamplingInterval(minimumSamplingMillis);
        if (length != null) {
            builder.setArrayDimensions(new UInteger[] {length});
        }
        return builder.build();
    }

    private UaVariableNode variableNode(SignalSpec spec) {
        boolean writable = spec.access() != Access.READ;
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(OpcTypes.nodeId(getNamespaceIndex().intValue(), spec.node()))
                .setBrowseName(newQualifiedName(spec.signal().key()))
                .setDisplayName(LocalizedText.english(spec.signal().key()))
                .setDataType(OpcTypes.dataTypeId(spec.type()))
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(writable ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY)
                .setUserAccessLevel(writable ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY)
                .setMinimumSamplingInterval(minimumSamplingMillis)
                .build();
        node.setValue(new DataValue(OpcTypes.toVariant(spec.type(), 0), StatusCode.GOOD, DateTime.now(), DateTime.now()));
        if (writable) {
            node.getFilterChain().addLast(AttributeFilters.setValue((ctx, value) -> {
                double raw = OpcTypes.toRaw(value.value().value());
                if (spec.access() == Access.COMMAND) {
                    // Edge-triggered: the PLC acts on the write of true; the HMI writes false to re-arm.
                    if (raw >= 0.5) {
                        image.acceptCommand(spec.signal());
                    }
                } else if (!Double.isNaN(raw)) {
                    image.acceptClientWrite(spec.signal(), spec.toEngineering(raw));
                }
                ctx.setAttribute(AttributeId.Value, value);
            }));
        }
        return node;
    }

    private UaNode methodNode(SignalSpec spec) {
        UaMethodNode method = UaMethodNode.builder(getNodeContext())
                .setNodeId(OpcTypes.nodeId(getNamespaceIndex().intValue(), spec.node()))
                .setBrowseName(newQualifiedName(spec.signal().key()))
                .setDisplayName(LocalizedText.english(spec.signal().key()))
                .build();
        method.setInvocationHandler(new AbstractMethodInvocationHandler(method) {
            @Override
            public Argument[] getInputArguments() {
                return new Argument[0];
            }

            @Override
            public Argument[] getOutputArguments() {
                return new Argument[0];
            }

            @Override
            protected Variant[] invoke(InvocationContext context, Variant[] inputValues) {
                image.acceptCommand(spec.signal());
                return new Variant[0];
            }
        });
        method.setInputArguments(new Argument[0]);
        method.setOutputArguments(new Argument[0]);
        getNodeManager().addNode(method);
        return method;
    }
}
