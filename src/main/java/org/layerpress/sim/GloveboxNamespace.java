package org.layerpress.sim;

import java.util.List;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxSignal;
import org.layerpress.opcua.OpcTypes;

/**
 * The simulated glovebox controller's address space, one read-only variable per signal of the glovebox
 * mapping. Each node's value is computed when it is read or sampled, from the simulator's current state.
 */
final class GloveboxNamespace extends SampledNamespace {

    /** What a node serves at the moment it is read. */
    interface Values {
        DataValue of(GloveboxSignal signal);
    }

    private final GloveboxMapping mapping;
    private final Supplier<Values> values;

    GloveboxNamespace(OpcUaServer server, GloveboxMapping mapping, Supplier<Values> values) {
        super(server, mapping.namespaceUri());
        this.mapping = mapping;
        this.values = values;
        getLifecycleManager().addStartupTask(this::createNodes);
    }

    private void createNodes() {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId("LayerPress.Glovebox"),
                newQualifiedName("Glovebox"), LocalizedText.english("Glovebox"));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        List<GloveboxSignal> signals = new java.util.ArrayList<>(List.of(mapping.o2Ppm(), mapping.h2oPpm()));
        mapping.status().ifPresent(signals::add);
        mapping.alive().ifPresent(signals::add);
        for (GloveboxSignal signal : signals) {
            UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                    .setNodeId(OpcTypes.nodeId(getNamespaceIndex().intValue(), signal.node()))
                    .setBrowseName(newQualifiedName(signal.key()))
                    .setDisplayName(LocalizedText.english(signal.key()))
                    .setDataType(OpcTypes.dataTypeId(signal.type()))
                    .setTypeDefinition(NodeIds.BaseDataVariableType)
                    .setAccessLevel(AccessLevel.READ_ONLY)
                    .setUserAccessLevel(AccessLevel.READ_ONLY)
                    .setMinimumSamplingInterval(100.0)
                    .build();
            node.getFilterChain().addLast(AttributeFilters.getValue(ctx -> values.get().of(signal)));
            getNodeManager().addNode(node);
            folder.addOrganizes(node);
        }
    }
}
