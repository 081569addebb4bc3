package org.layerpress.sim;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creating, starting and stopping a simulator's OPC UA server over TCP (the press and the glovebox simulators share it). */
final class SimulatorServers {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServers.class);
    private static final int WAIT_SECONDS = 30;

    private SimulatorServers() {
    }

    static OpcUaServer create(OpcUaServerConfig config) {
        return new OpcUaServer(config, profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
    }

    /** Starts {@code server}; returns once it listens, or throws naming {@code what} and {@code url}. */
    static void startup(OpcUaServer server, String what, String url) {
        try {
            server.startup().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(what + " could not start on " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the " + what, e);
        }
    }

    /** Stops {@code server}, waiting a while; a slow or failed shutdown is logged, never thrown. */
    static void shutdown(OpcUaServer server, String what) {
        try {
            server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("{} shutdown: {}", what, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
