package org.layerpress.sim;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.opcua.ApplicationCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in press PLC: an OPC UA server whose address space comes from a plc-mapping file, and a
 * scan loop running a {@link PlcProgram} over a {@link ProcessImage}. The OPC UA side can be
 * stopped and started again on the same port while the PLC keeps scanning, which is how link
 * drops and PLC restarts are reproduced.
 *
 * <p>Like a PLC's runtime around the user program, every scan it also increments {@code plcAlive}
 * and writes one sample of force and ram position into the {@code forceTrace} ring (when the mapping
 * has them), whatever program runs. For tests it can be frozen (the scan stops, the OPC UA server
 * keeps answering: a silent PLC behind an open session), made to send a raw value of the wrong type
 * or range for a signal, and told to break clauses of the contract ({@link ContractDeviation}).
 */
public final class PressSimulator implements AutoCloseable {

    public static final String APPLICATION_URI = "urn:layerpress:simulator";
    private static final Logger LOG = LoggerFactory.getLogger(PressSimulator.class);

    private final PressMapping mapping;
    private final SimulatorOptions options;
    private final PlcProgram program;
    private final ProcessImage image;
    private final ApplicationCertificate certificate;
    private final int port;
    private final String path;
    private final ScheduledExecutorService scanner;
    private final TraceRing trace;
    private final Map<StandardSignal, Variant> rawOverrides = new ConcurrentHashMap<>();
    private volatile Set<ContractDeviation> deviations;
    private volatile boolean frozen;
    private volatile PressNamespace namespace;
    private OpcUaServer server;
    private long lastScanNanos;
    private long alive;

    public PressSimulator(PressMapping mapping, SimulatorOptions options, PlcProgram program) {
        this.mapping = mapping;
        this.options = options;
        this.program = program;
        this.image = new ProcessImage(mapping);
        this.trace = mapping.forceTrace().map(t -> new TraceRing(t.length())).orElse(null);
        mapping.forceTrace().filter(t -> t.periodMillis() != options.scanMillis()).ifPresent(t -> LOG.warn(
                "forceTrace.periodMs is {} ms but the simulator scans every {} ms: the trace's sample times will be off",
                t.periodMillis(), options.scanMillis()));
        deviateFrom(options.deviations());
        this.port = options.port() == 0 ? freePort(options.bindAddress()) : options.port();
        String p = URI.create(mapping.endpoint().url().replace("opc.tcp://", "http://")).getPath();
        this.path = p == null || p.isEmpty() ? "/" : p;
        List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1", options.bindAddress(), options.advertisedHostname()));
        this.certificate = ApplicationCertificate.loadOrCreate(options.pkiDir().resolve("simulator.pfx"),
                "LayerPress press simulator", APPLICATION_URI, hosts.stream().distinct().toList());
        this.image.onOutputChange((signal, value) -> {
            PressNamespace ns = namespace;
            if (ns != null) {
                ns.publish(signal, value);
            }
        });
        this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plc-sim-scan");
            t.setDaemon(true);
            return t;
        });
        this.lastScanNanos = System.nanoTime();
        scanner.scheduleAtFixedRate(this::scan, 0, options.scanMillis(), TimeUnit.MILLISECONDS);
    }

    private void scan() {
        long now = System.nanoTime();
        double wall = (now - lastScanNanos) / 1e9;
        lastScanNanos = now;
        if (frozen) {
            return;
        }
        try {
            program.scan(wall * options.timeScale(), wall, image);
            countAlive();
            sampleTrace();
        } catch (RuntimeException e) {
            LOG.error("simulated PLC scan failed", e);
        }
    }

    /** plcAlive + 1 every scan, wrapping inside its node type. */
    private void countAlive() {
        if (!image.has(StandardSignal.PLC_ALIVE) || deviations.contains(ContractDeviation.PLC_ALIVE_STUCK)) {
            return;
        }
        OpcType type = mapping.require(StandardSignal.PLC_ALIVE).type();
        alive = alive + 1 > type.max() ? 0 : alive + 1;
        image.set(StandardSignal.PLC_ALIVE, alive);
    }

    /** One trace sample per scan: the force and ram position this scan published. */
    private void sampleTrace() {
        if (trace != null && !deviations.contains(ContractDeviation.TRACE_COUNT_STUCK)) {
            trace.write(image.get(StandardSignal.FORCE), image.get(StandardSignal.RAM_POSITION));
        }
    }

    // ---- fault injection for tests (any thread) ----

    /** Stops (true) or resumes the scan: nothing is computed or published, the OPC UA server keeps answering. */
    public void freeze(boolean stopped) {
        frozen = stopped;
    }

    public boolean frozen() {
        return frozen;
    }

    /**
     * Serves {@code raw} on the signal's node instead of what the PLC computes, e.g. a String on a
     * Double node or 32767 on a scaled Int16 word, until {@link #clearRawValue}. Bad data on purpose.
     */
    public void injectRawValue(StandardSignal signal, Object raw) {
        rawOverrides.put(signal, new Variant(raw));
        PressNamespace ns = namespace;
        if (ns != null) {
            ns.publishOverride(signal);
        }
    }

    /** Back to the value the PLC computes. */
    public void clearRawValue(StandardSignal signal) {
        rawOverrides.remove(signal);
        PressNamespace ns = namespace;
        if (ns != null) {
            ns.publish(signal, image.get(signal));
        }
    }

    /** A command as if an HMI had fired it (a test's hand on the PLC, e.g. RESET between runs). */
    public void fireCommand(StandardSignal command) {
        image.acceptCommand(command);
    }

    /** Breaks these clauses of the PLC contract from the next scan on; an empty set follows it again. */
    public void deviateFrom(Set<ContractDeviation> clauses) {
        deviations = Set.copyOf(clauses);
        program.deviateFrom(deviations);
    }

    public Set<ContractDeviation> deviations() {
        return deviations;
    }

    /** Trace samples written since start-up (0 without a forceTrace block). */
    public long traceCount() {
        return trace == null ? 0 : trace.count();
    }

    /** Starts (or restarts) the OPC UA server on the same port; returns once it listens. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        OpcUaServer s = SimulatorServers.create(serverConfig());
        // Sampling at half the scan period (Nyquist) lets a client see every value the PLC writes.
        PressNamespace ns = new PressNamespace(s, mapping, image, options.scanMillis() / 2.0, trace, rawOverrides, this::deviations);
        ns.startup();
        SimulatorServers.startup(s, "simulator", endpointUrl());
        namespace = ns;
        server = s;
        LOG.info("press simulator listening on {}", endpointUrl());
    }

    /** Stops the OPC UA server only (a link drop or PLC network restart); the PLC keeps scanning. */
    public synchronized void stopServer() {
        OpcUaServer s = server;
        if (s == null) {
            return;
        }
        namespace = null;
        server = null;
        SimulatorServers.shutdown(s, "simulator");
    }

    public synchronized boolean isServing() {
        return server != null;
    }

    @Override
    public void close() {
        stopServer();
        scanner.shutdownNow();
    }

    /** The URL a client dials (the bind address, whatever host name the endpoints advertise). */
    public String endpointUrl() {
        return "opc.tcp://" + options.bindAddress() + ":" + port + path;
    }

    public int port() {
        return port;
    }

    public ProcessImage image() {
        return image;
    }

    public PlcProgram program() {
        return program;
    }

    public PressMapping mapping() {
        return mapping;
    }

    public X509Certificate certificate() {
        return certificate.certificate();
    }

    private OpcUaServerConfig serverConfig() {
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(options.bindAddress())
                .setBindPort(port)
                .setHostname(options.advertisedHostname())
                .setPath(path)
                .setCertificate(certificate.certificate());
        if (options.allowAnonymous()) {
            base.addTokenPolicy(USER_TOKEN_POLICY_ANONYMOUS);
        }
        if (!options.users().isEmpty()) {
            base.addTokenPolicy(USER_TOKEN_POLICY_USERNAME);
        }
        endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None).build());
        for (SecurityModeName mode : options.securityModes()) {
            if (mode == SecurityModeName.NONE) {
                continue;
            }
            endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                    .setSecurityMode(mode == SecurityModeName.SIGN ? MessageSecurityMode.Sign : MessageSecurityMode.SignAndEncrypt)
                    .build());
        }
        return OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english("LayerPress press simulator"))
                .setProductUri("urn:layerpress:simulator")
                .setEndpoints(endpoints)
                .setCertificateManager(SimulatorCertificates.manager(certificate))
                .setIdentityValidator(identityValidator())
                .build();
    }

    private IdentityValidator identityValidator() {
        List<IdentityValidator> validators = new ArrayList<>();
        if (options.allowAnonymous()) {
            validators.add(AnonymousIdentityValidator.INSTANCE);
        }
        if (!options.users().isEmpty()) {
            validators.add(new UsernameIdentityValidator(challenge ->
                    challenge.getPassword() != null && challenge.getPassword().equals(options.users().get(challenge.getUsername()))));
        }
        return new CompositeValidator(validators.toArray(IdentityValidator[]::new));
    }

    static int freePort(String bindAddress) {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(bindAddress))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free TCP port on " + bindAddress + ": " + e.getMessage(), e);
        }
    }
}
