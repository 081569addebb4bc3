package org.layerpress.application.balance;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The station's balance: how to reach it ({@link BalanceLink}: TCP or a serial port), the protocol
 * it speaks, the station's id for it, and how long to wait for a reply. Validated here, so a typo
 * in a run option is refused in words naming the option, before anything starts.
 */
public record BalanceSettings(String balanceId, BalanceLink link, BalanceProtocol protocol, Duration replyTimeout) {

    /** Long enough for a balance that waits to settle before answering S (see docs/balance.md). */
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._\\-]{1,40}");

    public BalanceSettings {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        if (balanceId == null || !ID.matcher(balanceId).matches()) {
            throw new IllegalArgumentException("--balance-id must be 1 to 40 letters, digits, '.', '_' or '-', was '" + balanceId + "'");
        }
        if (replyTimeout.isNegative() || replyTimeout.isZero() || replyTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("the balance's reply timeout must be above 0 and at most 60 s, was " + replyTimeout.toMillis() + " ms");
        }
    }

    /** An MT-SICS balance over TCP (the simulated one, an Ethernet balance). */
    public BalanceSettings(String balanceId, String host, int port, Duration replyTimeout) {
        this(balanceId, new BalanceLink.Tcp(host, port), BalanceProtocol.MT_SICS, replyTimeout);
    }

    /** The settings from the run options {@code --balance}, {@code --balance-protocol} and {@code --balance-id}. */
    public static BalanceSettings parse(String where, String protocol, String balanceId, Duration replyTimeout) {
        return new BalanceSettings(balanceId, BalanceLink.parse(where), BalanceProtocol.parse(protocol), replyTimeout);
    }

    /** The link as the option is written ("tcp:HOST:PORT", "serial:…"). */
    public String address() {
        return link.address();
    }
}
