package org.layerpress.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalanceLink;
import org.layerpress.application.balance.BalanceProtocol;
import org.layerpress.application.balance.BalanceReading;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.sim.SimulatedBalance.Trouble;

/** The Sartorius SBI adapter against the simulated SBI balance over TCP loopback. */
class SbiBalanceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    private SimulatedBalance simulated;
    private BalanceServer server;
    private SbiBalance balance;

    @BeforeEach
    void start() throws Exception {
        simulated = new SimulatedBalance("unused by SBI");
        server = BalanceServer.sbi(simulated, 0);
        balance = balanceWithTimeout(Duration.ofSeconds(10));
    }

    private SbiBalance balanceWithTimeout(Duration timeout) {
        BalanceSettings settings = new BalanceSettings("BAL-S", new BalanceLink.Tcp("127.0.0.1", server.port()), BalanceProtocol.SBI, timeout);
        return new SbiBalance(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        balance.close();
        server.close();
    }

    @Test
    void aPrintLineWithItsUnitIsAStableReadingWithoutASerialNumber() {
        simulated.place(0.06012);

        BalanceReading r = balance.stable();

        assertEquals(0.06012, r.value(), 1e-9);
        assertEquals("g", r.unit());
        assertTrue(r.stable());
        assertEquals("BAL-S", r.balanceId());
        assertEquals("", r.serialNumber(), "SBI does not report one: the record says so, nothing is invented");
        assertEquals(NOW, r.at());
        assertEquals(60.12, r.milligrams(), 1e-9);
    }

    @Test
    void tareShowsTheWeightTaredAndTheNextReadingIsTheNetMassAdded() {
        simulated.place(12.5);
        BalanceReading tare = balance.tare();
        simulated.place(12.5 + 0.0801);

        assertEquals(12.5, tare.value(), 1e-9);
        assertEquals(80.1, balance.stable().milligrams(), 1e-6);
    }

    @Test
    void zeroSetsTheNextReadingToNothing() {
        simulated.place(0.2);
        balance.zero();

        assertEquals(0.0, balance.stable().value(), 1e-9);
    }

    @Test
    void aPrintLineWithoutAUnitIsNotStableAndIsNeverTaken() {
        simulated.place(0.06);
        simulated.trouble(Trouble.UNSTABLE);

        assertEquals(BalanceFailure.NOT_STABLE, assertThrows(BalanceException.class, balance::stable).failure());
        assertFalse(balance.immediate().stable());
        assertEquals(BalanceFailure.NOT_STABLE, assertThrows(BalanceException.class, balance::tare).failure());
        simulated.trouble(Trouble.NONE);
        assertEquals(0.06, balance.stable().value(), 1e-9, "an unsettled balance was not tared");
    }

    @Test
    void overloadUnderloadAndAnErrorCodeAreFailuresInWords() {
        simulated.trouble(Trouble.OVERLOAD);
        assertEquals(BalanceFailure.OVERLOAD, assertThrows(BalanceException.class, balance::stable).failure());
        simulated.trouble(Trouble.UNDERLOAD);
        assertEquals(BalanceFailure.UNDERLOAD, assertThrows(BalanceException.class, balance::stable).failure());
        simulated.trouble(Trouble.LOGICAL_ERROR);
        BalanceException e = assertThrows(BalanceException.class, balance::stable);

        assertEquals(BalanceFailure.DEVICE_ERROR, e.failure());
        assertTrue(e.getMessage().contains("Err 54"), e.getMessage());
    }

    @Test
    void garbageIsRefusedAndTheNextCallStartsAfresh() {
        simulated.trouble(Trouble.GARBAGE);
        BalanceException e = assertThrows(BalanceException.class, balance::stable);
        assertEquals(BalanceFailure.GARBAGE, e.failure());
        assertTrue(e.getMessage().contains("reply to ESC P was"), e.getMessage());

        simulated.trouble(Trouble.NONE);
        simulated.place(0.09);
        assertEquals(90.0, balance.stable().milligrams(), 1e-6);
    }

    @Test
    void aSilentBalanceTimesOut() {
        balance = balanceWithTimeout(Duration.ofMillis(300));
        simulated.trouble(Trouble.SILENT);

        assertEquals(BalanceFailure.TIMEOUT, assertThrows(BalanceException.class, balance::stable).failure());
    }

    @Test
    void aDroppedConnectionIsOfflineAndTheNextCallConnectsAgain() {
        simulated.place(0.05);
        balance.stable();
        server.disconnect();

        assertEquals(BalanceFailure.OFFLINE, assertThrows(BalanceException.class, balance::stable).failure());
        assertEquals(50.0, balance.stable().milligrams(), 1e-6);
    }
}
