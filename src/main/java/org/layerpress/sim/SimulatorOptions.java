package org.layerpress.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;

/**
 * How the simulated PLC presents itself on the network.
 *
 * @param port TCP port; 0 picks a free one
 * @param advertisedHostname the host name written into the endpoint descriptions; a real PLC often
 *     advertises a name the HMI cannot resolve, which tests reproduce with this
 * @param securityModes the Basic256Sha256 modes offered besides None
 * @param users username → password accepted besides anonymous
 * @param allowAnonymous whether anonymous sessions are accepted
 * @param pkiDir where the simulator keeps its own certificate
 * @param scanMillis PLC scan period (wall clock)
 * @param timeScale simulated seconds per wall-clock second (1 = real time); above 1 the press
 *     physics runs faster, for benchmarks that need a long press in a short run. Timers that stand
 *     for something outside the machine (the HMI heartbeat watchdog) stay on the wall clock.
 * @param deviations clauses of the PLC contract the simulator breaks on purpose (none by default),
 *     for tests of the checks that must notice
 */
public record SimulatorOptions(
        String bindAddress,
        int port,
        String advertisedHostname,
        Set<SecurityModeName> securityModes,
        Map<String, String> users,
        boolean allowAnonymous,
        Path pkiDir,
        int scanMillis,
        double timeScale,
        Set<ContractDeviation> deviations) {

    public SimulatorOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(advertisedHostname, "advertisedHostname");
        securityModes = Set.copyOf(securityModes);
        users = Map.copyOf(users);
        Objects.requireNonNull(pkiDir, "pkiDir");
        if (scanMillis < 1) {
            throw new IllegalArgumentException("scanMillis must be ≥ 1");
        }
        if (!(timeScale >= 1) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be finite and ≥ 1, was " + timeScale);
        }
        deviations = Set.copyOf(deviations);
    }

    /** Following the contract (no deviations). */
    public SimulatorOptions(String bindAddress, int port, String advertisedHostname, Set<SecurityModeName> securityModes,
                            Map<String, String> users, boolean allowAnonymous, Path pkiDir, int scanMillis, double timeScale) {
        this(bindAddress, port, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, scanMillis, timeScale, Set.of());
    }

    /** Real time (time scale 1). */
    public SimulatorOptions(String bindAddress, int port, String advertisedHostname, Set<SecurityModeName> securityModes,
                            Map<String, String> users, boolean allowAnonymous, Path pkiDir, int scanMillis) {
        this(bindAddress, port, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, scanMillis, 1, Set.of());
    }

    /** Loopback, no security, anonymous: the HMI's embedded default. */
    public static SimulatorOptions loopback(int port, Path pkiDir) {
        return new SimulatorOptions("127.0.0.1", port, "127.0.0.1", Set.of(), Map.of(), true, pkiDir, 5, 1, Set.of());
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(bindAddress, newPort, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, scanMillis, timeScale, deviations);
    }

    public SimulatorOptions withAdvertisedHostname(String host) {
        return new SimulatorOptions(bindAddress, port, host, securityModes, users, allowAnonymous, pkiDir, scanMillis, timeScale, deviations);
    }

    public SimulatorOptions withSecurity(Set<SecurityModeName> modes, Map<String, String> newUsers, boolean anonymous) {
        return new SimulatorOptions(bindAddress, port, advertisedHostname, modes, newUsers, anonymous, pkiDir, scanMillis, timeScale, deviations);
    }

    public SimulatorOptions withScanMillis(int millis) {
        return new SimulatorOptions(bindAddress, port, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, millis, timeScale, deviations);
    }

    /** Simulated time runs {@code scale} times faster than the wall clock (benchmarks only). */
    public SimulatorOptions withTimeScale(double scale) {
        return new SimulatorOptions(bindAddress, port, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, scanMillis, scale, deviations);
    }

    /** Breaks these clauses of the PLC contract on purpose (tests of the conformance check and the HMI's watchdogs). */
    public SimulatorOptions withDeviations(Set<ContractDeviation> clauses) {
        return new SimulatorOptions(bindAddress, port, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, scanMillis, timeScale, clauses);
    }
}
