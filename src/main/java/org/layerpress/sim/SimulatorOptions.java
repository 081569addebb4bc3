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
 * @param scanMillis PLC scan period
 */
public record SimulatorOptions(
        String bindAddress,
        int port,
        String advertisedHostname,
        Set<SecurityModeName> securityModes,
        Map<String, String> users,
        boolean allowAnonymous,
        Path pkiDir,
        int scanMillis) {

    public SimulatorOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(advertisedHostname, "advertisedHostname");
        securityModes = Set.copyOf(securityModes);
        users = Map.copyOf(users);
        Objects.requireNonNull(pkiDir, "pkiDir");
        if (scanMillis < 1) {
            throw new IllegalArgumentException("scanMillis must be ≥ 1");
        }
    }

    /** Loopback, no security, anonymous: the HMI's embedded default. */
    public static SimulatorOptions loopback(int port, Path pkiDir) {
        return new SimulatorOptions("127.0.0.1", port, "127.0.0.1", Set.of(), Map.of(), true, pkiDir, 5);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(bindAddress, newPort, advertisedHostname, securityModes, users, allowAnonymous, pkiDir, scanMillis);
    }

    public SimulatorOptions withAdvertisedHostname(String host) {
        return new SimulatorOptions(bindAddress, port, host, securityModes, users, allowAnonymous, pkiDir, scanMillis);
    }

    public SimulatorOptions withSecurity(Set<SecurityModeName> modes, Map<String, String> newUsers, boolean anonymous) {
        return new SimulatorOptions(bindAddress, port, advertisedHostname, modes, newUsers, anonymous, pkiDir, scanMillis);
    }
}
