package org.layerpress.sim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.layerpress.application.mapping.Access;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.opcua.OpcTypes;

/**
 * The simulated PLC's address space, built by looping over the mapping's signal table (after
 * Milo's DeviceNamespace): one variable per signal with the mapped NodeId, type and access, and
 * one method per method-type command. Client writes land in the {@link ProcessImage}; PLC outputs
 * are mirrored onto the nodes with a source timestamp.
 */
final class PressNamespace extends ManagedNamespaceWithLifecycle {

    private final PressMapping mapping;
    private final ProcessImage image;
    private final double minimumSamplingMillis;
    private final SubscriptionModel subscriptionModel;
    private final Map<StandardSignal, UaVariableNode> variables = new EnumMap<>(StandardSignal.class);

    PressNamespace(OpcUaServer server, PressMapping mapping, ProcessImage image, double minimumSamplingMillis) {
        super(server, mapping.namespaceUri());
        this.mapping = mapping;
        this.image = image;
        this.minimumSamplingMillis = minimumSamplingMillis;
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::createNodes);
    }

    /** Mirrors a PLC output onto its node (scan thread). */
    void publish(StandardSignal signal, double engineeringValue) {
        UaVariableNode node = variables.get(signal);
        if (node == null) {
            return;
        }
        SignalSpec spec = mapping.require(signal);
        Variant v = OpcTypes.toVariant(spec.type(), spec.toRaw(engineeringValue));
        DateTime now = DateTime.now();
        node.setValue(new DataValue(v, StatusCode.GOOD, now, now));
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
            }
        }
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

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptionModel.onMonitoringModeChanged(monitoredItems);
    }
}
