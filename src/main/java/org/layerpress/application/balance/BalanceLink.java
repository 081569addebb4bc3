package org.layerpress.application.balance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the station reaches its balance: a TCP address (an Ethernet balance, or a serial-to-Ethernet
 * server) or a serial port on the station itself, with the line settings the balance is set to.
 * Written as the {@code --balance} option: {@code tcp:HOST:PORT} or
 * {@code serial:DEVICE?baud=9600&parity=none&data=8&stop=1} (docs/balance.md).
 */
public sealed interface BalanceLink permits BalanceLink.Tcp, BalanceLink.Serial {

    /** The link as the option is written. */
    String address();

    /** Reads {@code --balance}; a typo is refused in words naming the option and the part that is wrong. */
    static BalanceLink parse(String where) {
        String w = where.trim();
        if (w.startsWith("serial:")) {
            return Serial.parse(w);
        }
        Matcher m = Tcp.FORMAT.matcher(w);
        if (!m.matches()) {
            throw new IllegalArgumentException("--balance must be tcp:HOST:PORT (e.g. tcp:192.168.1.40:4001) or "
                    + "serial:DEVICE?baud=9600&parity=none&data=8&stop=1, was '" + where + "'");
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return new Tcp(host, Integer.parseInt(m.group(2)));
    }

    record Tcp(String host, int port) implements BalanceLink {

        private static final Pattern FORMAT = Pattern.compile("tcp:([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\]):(\\d{1,5})");

        public Tcp {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("the balance's TCP port must be 1 to 65535, was " + port);
            }
        }

        @Override
        public String address() {
            return "tcp:" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** Parity of a serial line, as RS-232 knows it. */
    enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    /**
     * A serial port on the station. Defaults are 9600 baud, 8 data bits, no parity, 1 stop bit, no
     * handshake: the factory setting Mettler Toledo documents for its AT balances (there with an
     * Xon/Xoff handshake, which the station does not use); other balances differ (docs/balance.md).
     */
    record Serial(String device, int baud, int dataBits, Parity parity, int stopBits) implements BalanceLink {

        private static final Set<Integer> BAUDS = Set.of(600, 1200, 2400, 4800, 9600, 19_200, 38_400, 57_600, 115_200);
        private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9/._\\-]{1,100}");

        public Serial {
            if (device == null || !DEVICE.matcher(device).matches()) {
                throw new IllegalArgumentException("--balance serial: the device must be a path such as /dev/ttyUSB0 or COM3, was '" + device + "'");
            }
            Objects.requireNonNull(parity, "parity");
            if (!BAUDS.contains(baud)) {
                throw new IllegalArgumentException("--balance serial: baud must be one of 600, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, was " + baud);
            }
            if (dataBits != 7 && dataBits != 8) {
                throw new IllegalArgumentException("--balance serial: data must be 7 or 8 bits, was " + dataBits);
            }
            if (stopBits != 1 && stopBits != 2) {
                throw new IllegalArgumentException("--balance serial: stop must be 1 or 2 bits, was " + stopBits);
            }
        }

        static Serial parse(String where) {
            String rest = where.substring("serial:".length());
            int q = rest.indexOf('?');
            String device = q < 0 ? rest : rest.substring(0, q);
            Map<String, String> given = new LinkedHashMap<>();
            if (q >= 0) {
                for (String pair : rest.substring(q + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--balance serial: '" + pair + "' is not KEY=VALUE (in '" + where + "')");
                    }
                    given.put(pair.substring(0, eq).toLowerCase(Locale.ROOT), pair.substring(eq + 1));
                }
            }
            Set<String> unknown = new java.util.TreeSet<>(given.keySet());
            unknown.removeAll(Set.of("baud", "parity", "data", "stop"));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("--balance serial: unknown setting " + unknown + " (known: baud, parity, data, stop)");
            }
            return new Serial(device, number(given, "baud", 9600), number(given, "data", 8),
                    parity(given.getOrDefault("parity", "none")), number(given, "stop", 1));
        }

        private static int number(Map<String, String> given, String key, int otherwise) {
            String v = given.get(key);
            if (v == null) {
                return otherwise;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--balance serial: " + key + " must be a number, was '" + v + "'", e);
            }
        }

        private static Parity parity(String v) {
            try {
                return Parity.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--balance serial: parity must be none, odd, even, mark or space, was '" + v + "'", e);
            }
        }

        @Override
        public String address() {
            return "serial:" + device + "?baud=" + baud + "&parity=" + parity.name().toLowerCase(Locale.ROOT)
                    + "&data=" + dataBits + "&stop=" + stopBits;
        }
    }
}
