package org.layerpress.sim;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxSignal;
import org.layerpress.opcua.ApplicationCertificate;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in glovebox controller: a small OPC UA server of its own (its own port, anonymous, no
 * security), whose nodes come from a glovebox mapping (docs/glovebox.md), over a {@link PurifierModel}
 * stepped every 100 ms. Faults for tests and training: a leak (levels climb), levels set by hand, a
 * failed sensor (its node turns Bad_SensorFailure), a frozen controller (values and alive stop moving
 * while the server answers) and a stopped server (the link drops).
 */
public final class GloveboxSimulator implements AutoCloseable {

    public static final String APPLICATION_URI = "urn:layerpress:glovebox-simulator";
    private static final Logger LOG = LoggerFactory.getLogger(GloveboxSimulator.class);
    private static final int SCAN_MILLIS = 100;
    private static final StatusCode SENSOR_FAILURE = new StatusCode(StatusCodes.Bad_SensorFailure);

    private final GloveboxMapping mapping;
    private final String bindAddress;
    private final int port;
    private final String path;
    private final ApplicationCertificate certificate;
    private final PurifierModel purifier = new PurifierModel();
    private final Set<Gas> failedSensors = EnumSet.noneOf(Gas.class);
    private final ScheduledExecutorService scanner;
    private volatile boolean frozen;
    private volatile long alive;
    private volatile DateTime lastScan = DateTime.now();
    private OpcUaServer server;

    /**
     * @param port the TCP port to serve on; 0 takes a free one
     * @param pkiDir where the simulator keeps its own certificate
     */
    public GloveboxSimulator(GloveboxMapping mapping, String bindAddress, int port, Path pkiDir) {
        this.mapping = mapping;
        this.bindAddress = bindAddress;
        this.port = port == 0 ? PressSimulator.freePort(bindAddress) : port;
        String p = URI.create(mapping.endpoint().url().replace("opc.tcp://", "http://")).getPath();
        this.path = p == null || p.isEmpty() ? "/" : p;
        this.certificate = ApplicationCertificate.loadOrCreate(pkiDir.resolve("glovebox-simulator.pfx"),
                "LayerPress glovebox simulator", APPLICATION_URI, List.of("localhost", "127.0.0.1", bindAddress).stream().distinct().toList());
        this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glovebox-sim-scan");
            t.setDaemon(true);
            return t;
        });
        scanner.scheduleAtFixedRate(this::scan, SCAN_MILLIS, SCAN_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void scan() {
        if (frozen) {
            return;
        }
        purifier.step(SCAN_MILLIS / 1000.0);
        alive = alive + 1 > 0xFFFF_FFFFL ? 0 : alive + 1;
        lastScan = DateTime.now();
    }

    // ---- faults (any thread) ----

    /** Air leaks in at {@code o2PpmPerSecond} (H2O at half that); 0 closes the leak. */
    public void leak(double o2PpmPerSecond) {
        purifier.leak(o2PpmPerSecond);
    }

    /** Both levels set now; the purifier pulls them back toward its base from there. */
    public void setLevels(double o2Ppm, double h2oPpm) {
        purifier.set(o2Ppm, h2oPpm);
    }

    /** The gas's analyser fails (true): its node reads Bad_SensorFailure, or works again (false). */
    public void failSensor(Gas gas, boolean failed) {
        synchronized (failedSensors) {
            if (failed) {
                failedSensors.add(gas);
            } else {
                failedSensors.remove(gas);
            }
        }
    }

    /** The controller's program stops (true): values and alive keep their last value, the server answers. */
    public void freeze(boolean stopped) {
        frozen = stopped;
    }

    public double o2Ppm() {
        return purifier.o2();
    }

    public double h2oPpm() {
        return purifier.h2o();
    }

    // ---- the server ----

    /** Starts (or restarts) the OPC UA server; returns once it listens. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        OpcUaServer s = SimulatorServers.create(serverConfig());
        new GloveboxNamespace(s, mapping, () -> this::valueOf).startup();
        SimulatorServers.startup(s, "glovebox simulator", endpointUrl());
        server = s;
        LOG.info("glovebox simulator listening on {}", endpointUrl());
    }

    /** Stops the OPC UA server only (the glovebox's link drops); the purifier keeps running. */
    public synchronized void stopServer() {
        OpcUaServer s = server;
        if (s == null) {
            return;
        }
        server = null;
        SimulatorServers.shutdown(s, "glovebox simulator");
    }

    @Override
    public void close() {
        stopServer();
        scanner.shutdownNow();
    }

    public String endpointUrl() {
        return "opc.tcp://" + bindAddress + ":" + port + path;
    }

    public int port() {
        return port;
    }

    /** The value a node serves now: the level with its scan's time, or Bad_SensorFailure for a failed analyser. */
    private DataValue valueOf(GloveboxSignal signal) {
        DateTime sourceTime = lastScan;
        DateTime now = DateTime.now();
        if (signal == mapping.o2Ppm() || signal == mapping.h2oPpm()) {
            Gas gas = signal == mapping.o2Ppm() ? Gas.O2 : Gas.H2O;
            boolean failed;
            synchronized (failedSensors) {
                failed = failedSensors.contains(gas);
            }
            if (failed) {
                return new DataValue(Variant.NULL_VALUE, SENSOR_FAILURE, sourceTime, now);
            }
            double ppm = gas == Gas.O2 ? purifier.o2() : purifier.h2o();
            double raw = signal.scaling().map(s -> s.toRaw(ppm)).orElse(ppm);
            return new DataValue(OpcTypes.toVariant(signal.type(), raw), StatusCode.GOOD, sourceTime, now);
        }
        double raw = signal.key().equals("alive") ? alive : 0;
        return new DataValue(OpcTypes.toVariant(signal.type(), raw), StatusCode.GOOD, sourceTime, now);
    }

    private OpcUaServerConfig serverConfig() {
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(bindAddress)
                .setBindPort(port)
                .setHostname(bindAddress)
                .setPath(path)
                .setCertificate(certificate.certificate())
                .addTokenPolicy(USER_TOKEN_POLICY_ANONYMOUS)
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .build();
        return OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english("LayerPress glovebox simulator"))
                .setProductUri("urn:layerpress:simulator")
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(SimulatorCertificates.manager(certificate))
                .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                .build();
    }
}
