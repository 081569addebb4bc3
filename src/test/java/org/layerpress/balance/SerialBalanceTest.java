package org.layerpress.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalanceLink;
import org.layerpress.application.balance.BalancePort;
import org.layerpress.application.balance.BalanceProtocol;
import org.layerpress.application.balance.BalanceReading;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.sim.SerialBalanceBridge;
import org.layerpress.sim.SimulatedBalance;

/**
 * The balance on a serial port of the station: jSerialComm on one end of a pseudo-terminal pair
 * made by socat, the simulated balance answering on the other end, as over a null-modem cable.
 */
class SerialBalanceTest {

    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");

    private Process socat;
    private List<String> ends;
    private final SimulatedBalance simulated = new SimulatedBalance("B912345678");
    private SerialBalanceBridge bridge;
    private BalancePort balance;

    @BeforeEach
    void ptyPair() throws IOException {
        Assumptions.assumeTrue(onPath("socat"), "socat is not installed: the serial balance test needs it (apt-get install socat)");
        socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").start();
        ends = new ArrayList<>();
        BufferedReader log = new BufferedReader(new InputStreamReader(socat.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while (ends.size() < 2 && (line = log.readLine()) != null) {
            Matcher m = PTY.matcher(line);
            if (m.find()) {
                ends.add(m.group(1));
            }
        }
        assertEquals(2, ends.size(), "socat named two pseudo-terminals");
    }

    @AfterEach
    void close() throws InterruptedException {
        if (balance != null) {
            balance.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        if (socat != null) {
            socat.destroy();
            socat.waitFor();
        }
    }

    private BalancePort onSerial(BalanceProtocol protocol) {
        BalanceLink.Serial link = (BalanceLink.Serial) BalanceLink.parse("serial:" + ends.get(1) + "?baud=9600&parity=none&data=8&stop=1");
        return Balances.open(new BalanceSettings("BAL-1", link, protocol, Duration.ofSeconds(10)), Clock.systemUTC());
    }

    @Test
    void anMtSicsBalanceOnASerialPortWeighsAndReportsItsSerialNumber() {
        bridge = SerialBalanceBridge.open(ends.get(0), simulated, false);
        balance = onSerial(BalanceProtocol.MT_SICS);
        simulated.place(2.5);
        balance.tare();
        simulated.place(2.5 + 0.0603);

        BalanceReading r = balance.stable();

        assertEquals(60.3, r.milligrams(), 1e-6);
        assertEquals("B912345678", r.serialNumber());
    }

    @Test
    void anSbiBalanceOnASerialPortWeighs() {
        bridge = SerialBalanceBridge.open(ends.get(0), simulated, true);
        balance = onSerial(BalanceProtocol.SBI);
        simulated.place(0.06012);

        assertEquals(60.12, balance.stable().milligrams(), 1e-6);
    }

    @Test
    void aSilentSerialLineTimesOutAndNothingIsTaken() {
        BalanceLink.Serial link = (BalanceLink.Serial) BalanceLink.parse("serial:" + ends.get(1));
        balance = Balances.open(new BalanceSettings("BAL-1", link, BalanceProtocol.MT_SICS, Duration.ofMillis(300)), Clock.systemUTC());

        assertEquals(BalanceFailure.TIMEOUT, assertThrows(BalanceException.class, balance::stable).failure());
    }

    @Test
    void aPortThatDoesNotExistIsOfflineNamingThePort() {
        BalanceLink.Serial missing = new BalanceLink.Serial("/dev/layerpress-no-such-port", 9600, 8, BalanceLink.Parity.NONE, 1);
        BalancePort nowhere = Balances.open(new BalanceSettings("BAL-1", missing, BalanceProtocol.MT_SICS, Duration.ofSeconds(2)), Clock.systemUTC());

        BalanceException e = assertThrows(BalanceException.class, nowhere::stable);

        assertEquals(BalanceFailure.OFFLINE, e.failure());
        assertTrue(e.getMessage().contains("/dev/layerpress-no-such-port"), e.getMessage());
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
