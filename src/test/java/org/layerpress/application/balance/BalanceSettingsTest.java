package org.layerpress.application.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The balance's run options: read as written, or refused in words naming the option. */
class BalanceSettingsTest {

    private static final Duration TEN_S = Duration.ofSeconds(10);

    @Test
    void aTcpAddressIsReadAsHostAndPort() {
        BalanceSettings s = BalanceSettings.parse("tcp:192.168.1.40:4001", "MT-SICS", "BAL-1", TEN_S);

        assertEquals("192.168.1.40", s.host());
        assertEquals(4001, s.port());
        assertEquals("tcp:192.168.1.40:4001", s.address());
    }

    @Test
    void anIpv6AddressIsWrittenInBrackets() {
        assertEquals("::1", BalanceSettings.parse("tcp:[::1]:4001", "mt-sics", "BAL-1", TEN_S).host());
    }

    @Test
    void aSerialPortIsRefusedAsNotImplementedYet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BalanceSettings.parse("/dev/ttyUSB0", "mt-sics", "BAL-1", TEN_S));

        assertTrue(e.getMessage().startsWith("--balance must be tcp:HOST:PORT"), e.getMessage());
        assertTrue(e.getMessage().contains("serial port is not implemented"), e.getMessage());
    }

    @Test
    void anotherProtocolABadIdAPortOutOfRangeAndAZeroTimeoutAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:1", "sbi", "BAL-1", TEN_S))
                .getMessage().startsWith("--balance-protocol"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:1", "mt-sics", "bal 1", TEN_S))
                .getMessage().startsWith("--balance-id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:70000", "mt-sics", "BAL-1", TEN_S))
                .getMessage().contains("1 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:1", "mt-sics", "BAL-1", Duration.ZERO))
                .getMessage().contains("reply timeout"));
    }
}
