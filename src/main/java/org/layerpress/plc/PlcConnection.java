package org.layerpress.plc;

import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.layerpress.application.mapping.NodeRef;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected Milo client with the namespace index resolved from the mapping's URI. A connection
 * is never revived: when its session dies the adapter throws it away and dials a new one.
 *
 * @param description how it is connected, for the link status ("127.0.0.1:4840, Basic256Sha256/SignAndEncrypt, user operator")
 */
record PlcConnection(OpcUaClient client, int namespaceIndex, EndpointDescription endpoint, String description) {

    private static final Logger LOG = LoggerFactory.getLogger(PlcConnection.class);

    NodeId nodeId(SignalSpec spec) {
        return nodeId(spec.node());
    }

    NodeId nodeId(NodeRef ref) {
        return OpcTypes.nodeId(namespaceIndex, ref);
    }

    /**
     * Disconnects in the background: the PLC may be gone and a dead link must not stall the
     * reconnect loop. Stopping the old client also stops Milo's own slow reconnect backoff.
     */
    void discard() {
        discard(client);
    }

    /** Disconnects and waits a little (shutdown), so the PLC sees the session close. */
    void discardAndWait() {
        try {
            client.disconnectAsync().get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("disconnect on close: {}", e.getMessage());
        }
    }

    static void discard(OpcUaClient client) {
        client.disconnectAsync().whenComplete((c, e) -> {
            if (e != null) {
                LOG.debug("disconnect of a discarded client: {}", e.getMessage());
            }
        });
    }
}
