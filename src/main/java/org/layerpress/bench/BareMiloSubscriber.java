package org.layerpress.bench;

import java.util.function.DoubleConsumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.opcua.OpcTypes;

/**
 * The baseline: a plain Milo client subscribed to the force node with the same sampling and
 * publishing intervals, nothing of ours in between. The adapter's cost is its figure over this one.
 */
final class BareMiloSubscriber implements AutoCloseable {

    private final OpcUaClient client;

    BareMiloSubscriber(String url, PressMapping mapping, int samplingMillis, double publishingMillis, int queueSize, DoubleConsumer onValue)
            throws UaException {
        client = OpcUaClient.create(url);
        client.connect();
        int ns = client.getNamespaceTable().getIndex(mapping.namespaceUri()).intValue();
        NodeId force = OpcTypes.nodeId(ns, mapping.require(StandardSignal.FORCE).node());
        OpcUaSubscription subscription = new OpcUaSubscription(client, publishingMillis);
        subscription.create();
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(force);
        item.setSamplingInterval(samplingMillis);
        item.setQueueSize(Unsigned.uint(queueSize));
        item.setDataValueListener((i, value) -> onValue.accept(OpcTypes.toRaw(value.value().value())));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
    }

    @Override
    public void close() {
        try {
            client.disconnect();
        } catch (UaException e) {
            // closing a benchmark client; nothing to save
        }
    }
}
