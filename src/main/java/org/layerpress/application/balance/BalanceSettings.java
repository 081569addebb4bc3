package org.layerpress.application.balance;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The station's balance: where it is (an Ethernet balance or a serial-to-Ethernet server, as
 * {@code tcp:HOST:PORT}), the protocol it speaks (MT-SICS is the only one today), the station's id
 * for it, and how long to wait for a reply. Validated here, so a typo in a run option is refused
 * in words naming the option, before anything starts.
 */
public record BalanceSettings(String balanceId, String host, int port, Duration replyTimeout) {

    /** The protocol the station speaks with its balance; the only one implemented. */
    public static final String MT_SICS = "mt-sics";

    /** Long enough for a balance that waits to settle before answering S (see docs/balance.md). */
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern TCP = Pattern.compile("tcp:([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\]):(\\d{1,5})");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._\\-]{1,40}");

    public BalanceSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        if (balanceId == null || !ID.matcher(balanceId).matches()) {
            throw new IllegalArgumentException("--balance-id must be 1 to 40 letters, digits, '.', '_' or '-', was '" + balanceId + "'");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the balance's TCP port must be 1 to 65535, was " + port);
        }
        if (replyTimeout.isNegative() || replyTimeout.isZero() || replyTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("the balance's reply timeout must be above 0 and at most 60 s, was " + replyTimeout.toMillis() + " ms");
        }
    }

    /**
     * The settings from the run options: {@code --balance tcp:HOST:PORT}, {@code --balance-protocol}
     * (only {@value #MT_SICS}) and {@code --balance-id}.
     */
    public static BalanceSettings parse(String where, String protocol, String balanceId, Duration replyTimeout) {
        if (!MT_SICS.equals(protocol.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--balance-protocol: only " + MT_SICS + " is implemented, was '" + protocol + "'");
        }
        Matcher m = TCP.matcher(where.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--balance must be tcp:HOST:PORT (e.g. tcp:192.168.1.40:4001), was '" + where
                    + "' (a serial port is not implemented yet: use a serial-to-Ethernet server)");
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return new BalanceSettings(balanceId, host, Integer.parseInt(m.group(2)), replyTimeout);
    }

    /** "tcp:HOST:PORT", as the option is written. */
    public String address() {
        return "tcp:" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
