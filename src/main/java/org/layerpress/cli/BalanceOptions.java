package org.layerpress.cli;

import java.time.Duration;
import java.util.Optional;
import org.layerpress.application.balance.BalanceSettings;
import picocli.CommandLine.Option;

/** The station's balance, as run options (README, "A balance"). Without {@code --balance} the station has none. */
final class BalanceOptions {

    @Option(names = "--balance", paramLabel = "tcp:HOST:PORT",
            description = "the laboratory balance (MT-SICS over TCP: an Ethernet balance or a serial-to-Ethernet server)")
    String where;

    @Option(names = "--balance-protocol", defaultValue = BalanceSettings.MT_SICS,
            description = "the balance's protocol (only ${DEFAULT-VALUE} today)")
    String protocol;

    @Option(names = "--balance-id", defaultValue = "BAL-1", description = "the station's id for its balance, recorded with each weighing (default: ${DEFAULT-VALUE})")
    String balanceId;

    @Option(names = "--balance-timeout-ms", defaultValue = "10000",
            description = "how long to wait for the balance's reply; a stable weight may wait for it to settle (default: ${DEFAULT-VALUE})")
    long timeoutMs;

    /** The settings, or empty without {@code --balance}; a bad option is refused in words naming it. */
    Optional<BalanceSettings> settings() {
        if (where == null) {
            return Optional.empty();
        }
        return Optional.of(BalanceSettings.parse(where, protocol, balanceId, Duration.ofMillis(timeoutMs)));
    }
}
