package org.layerpress.cli;

import java.time.Duration;
import java.util.Optional;
import org.layerpress.application.balance.BalanceSettings;
import picocli.CommandLine.Option;

/** The station's balance, as run options (README, "A balance"). Without {@code --balance} the station has none. */
final class BalanceOptions {

    @Option(names = "--balance", paramLabel = "tcp:HOST:PORT|serial:DEVICE?baud=9600&parity=none&data=8&stop=1",
            description = "the laboratory balance: over TCP (an Ethernet balance or a serial-to-Ethernet server) or on a serial port of the station")
    String where;

    @Option(names = "--balance-protocol", defaultValue = "mt-sics",
            description = "the balance's protocol: mt-sics (Mettler Toledo) or sbi (Sartorius) (default: ${DEFAULT-VALUE})")
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
