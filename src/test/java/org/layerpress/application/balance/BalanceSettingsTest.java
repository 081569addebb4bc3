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

        BalanceLink.Tcp tcp = (BalanceLink.Tcp) s.link();
        assertEquals("192.168.1.40", tcp.host());
        assertEquals(4001, tcp.port());
        assertEquals(BalanceProtocol.MT_SICS, s.protocol());
        assertEquals("tcp:192.168.1.40:4001", s.address());
    }

    @Test
    void anIpv6AddressIsWrittenInBrackets() {
        assertEquals("::1", ((BalanceLink.Tcp) BalanceSettings.parse("tcp:[::1]:4001", "mt-sics", "BAL-1", TEN_S).link()).host());
    }

    @Test
    void aSerialPortWithoutSettingsIs9600Baud8DataBitsNoParity1StopBit() {
        BalanceSettings s = BalanceSettings.parse("serial:/dev/ttyUSB0", "sbi", "BAL-1", TEN_S);

        assertEquals(new BalanceLink.Serial("/dev/ttyUSB0", 9600, 8, BalanceLink.Parity.NONE, 1), s.link());
        assertEquals(BalanceProtocol.SBI, s.protocol());
        assertEquals("serial:/dev/ttyUSB0?baud=9600&parity=none&data=8&stop=1", s.address());
    }

    @Test
    void aSerialPortTakesItsLineSettingsAsWritten() {
        BalanceLink link = BalanceLink.parse("serial:/dev/ttyS1?baud=1200&parity=odd&data=7&stop=2");

        assertEquals(new BalanceLink.Serial("/dev/ttyS1", 1200, 7, BalanceLink.Parity.ODD, 2), link);
    }

    @Test
    void aBadSerialSettingIsRefusedNamingIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceLink.parse("serial:/dev/ttyUSB0?baud=9601"))
                .getMessage().contains("baud must be one of"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceLink.parse("serial:/dev/ttyUSB0?parity=strange"))
                .getMessage().contains("parity must be none, odd, even, mark or space"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceLink.parse("serial:/dev/ttyUSB0?data=6"))
                .getMessage().contains("data must be 7 or 8"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceLink.parse("serial:/dev/ttyUSB0?speed=9600"))
                .getMessage().contains("unknown setting [speed]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceLink.parse("serial:/dev/ttyUSB0?baud"))
                .getMessage().contains("'baud' is not KEY=VALUE"));
    }

    @Test
    void aBareDevicePathIsRefusedWithBothFormsShown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BalanceSettings.parse("/dev/ttyUSB0", "mt-sics", "BAL-1", TEN_S));

        assertTrue(e.getMessage().startsWith("--balance must be tcp:HOST:PORT"), e.getMessage());
        assertTrue(e.getMessage().contains("serial:DEVICE?baud=9600"), e.getMessage());
    }

    @Test
    void anotherProtocolABadIdAPortOutOfRangeAndAZeroTimeoutAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:1", "dibal", "BAL-1", TEN_S))
                .getMessage().startsWith("--balance-protocol must be one of mt-sics, sbi"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:1", "mt-sics", "bal 1", TEN_S))
                .getMessage().startsWith("--balance-id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:70000", "mt-sics", "BAL-1", TEN_S))
                .getMessage().contains("1 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BalanceSettings.parse("tcp:h:1", "mt-sics", "BAL-1", Duration.ZERO))
                .getMessage().contains("reply timeout"));
    }
}
