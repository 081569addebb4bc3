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
import org.layerpress.application.balance.BalanceReading;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.sim.SimulatedBalance.Trouble;

/** The MT-SICS adapter against the simulated balance over TCP loopback. */
class MtSicsBalanceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    private SimulatedBalance simulated;
    private BalanceServer server;
    private MtSicsBalance balance;

    @BeforeEach
    void start() throws Exception {
        simulated = new SimulatedBalance("B912345678");
        server = BalanceServer.mtSics(simulated, 0);
        balance = balanceWithTimeout(Duration.ofSeconds(10));
    }

    private MtSicsBalance balanceWithTimeout(Duration timeout) {
        return new MtSicsBalance(new BalanceSettings("BAL-1", "127.0.0.1", server.port(), timeout), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        balance.close();
        server.close();
    }

    @Test
    void aStableReadingCarriesValueUnitBalanceSerialNumberAndTime() {
        simulated.place(0.06012);

        BalanceReading r = balance.stable();

        assertEquals(0.06012, r.value(), 1e-9);
        assertEquals("g", r.unit());
        assertTrue(r.stable());
        assertEquals("BAL-1", r.balanceId());
        assertEquals("B912345678", r.serialNumber());
        assertEquals(NOW, r.at());
        assertEquals(60.12, r.milligrams(), 1e-9);
    }

    @Test
    void tareThenStableReadsTheNetMassAdded() {
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
    void anUnsettledBalanceRefusesAStableReadingAndGivesAnImmediateOneMarkedUnstable() {
        simulated.place(0.06);
        simulated.trouble(Trouble.UNSTABLE);

        BalanceException e = assertThrows(BalanceException.class, balance::stable);
        assertEquals(BalanceFailure.NOT_STABLE, e.failure());
        assertTrue(e.getMessage().startsWith("Not stable yet: wait"), e.getMessage());
        BalanceReading moving = balance.immediate();
        assertFalse(moving.stable());
        assertEquals(BalanceFailure.NOT_STABLE, assertThrows(BalanceException.class, balance::tare).failure());
    }

    @Test
    void overloadAndUnderloadAreFailuresNotNumbers() {
        simulated.trouble(Trouble.OVERLOAD);
        assertEquals(BalanceFailure.OVERLOAD, assertThrows(BalanceException.class, balance::stable).failure());
        assertEquals(BalanceFailure.OVERLOAD, assertThrows(BalanceException.class, balance::zero).failure());
        simulated.trouble(Trouble.UNDERLOAD);
        assertEquals(BalanceFailure.UNDERLOAD, assertThrows(BalanceException.class, balance::immediate).failure());
    }

    @Test
    void syntaxAndLogicalErrorsFromTheBalanceAreNamed() {
        simulated.trouble(Trouble.SYNTAX_ERROR);
        BalanceException syntax = assertThrows(BalanceException.class, balance::stable);
        assertEquals(BalanceFailure.SYNTAX_ERROR, syntax.failure());
        assertTrue(syntax.getMessage().contains("(ES)"), syntax.getMessage());
        simulated.trouble(Trouble.LOGICAL_ERROR);
        assertEquals(BalanceFailure.LOGICAL_ERROR, assertThrows(BalanceException.class, balance::tare).failure());
    }

    @Test
    void aBalanceWithoutSerialNumberStillWeighsAndSaysNothingOfOne() throws Exception {
        try (BalanceServer noSerial = BalanceServer.mtSics(new SimulatedBalance(""), 0);
             MtSicsBalance b = new MtSicsBalance(new BalanceSettings("BAL-2", "127.0.0.1", noSerial.port(), Duration.ofSeconds(10)),
                     Clock.systemUTC())) {
            noSerial.balance().place(0.05);

            BalanceReading r = b.stable();

            assertEquals(50.0, r.milligrams(), 1e-6);
            assertEquals("", r.serialNumber());
        }
    }

    @Test
    void garbageIsRefusedAndTheNextCommandGetsItsOwnAnswer() {
        simulated.place(0.07);
        balance.stable();
        simulated.trouble(Trouble.GARBAGE);

        BalanceException e = assertThrows(BalanceException.class, balance::stable);

        assertEquals(BalanceFailure.GARBAGE, e.failure());
        simulated.trouble(Trouble.NONE);
        assertEquals(70.0, balance.stable().milligrams(), 1e-6);
    }

    @Test
    void aSilentBalanceTimesOutAndALateReplyIsNeverTakenForTheNextCommand() {
        balance.close();
        balance = balanceWithTimeout(Duration.ofMillis(300));
        simulated.place(0.05);
        balance.stable();
        simulated.trouble(Trouble.SILENT);

        assertEquals(BalanceFailure.TIMEOUT, assertThrows(BalanceException.class, balance::stable).failure());

        simulated.trouble(Trouble.NONE);
        simulated.place(0.09);
        assertEquals(90.0, balance.stable().milligrams(), 1e-6);
    }

    @Test
    void aDroppedConnectionIsOfflineAndTheNextCallConnectsAgain() {
        simulated.place(0.05);
        balance.stable();
        server.disconnect();

        assertEquals(BalanceFailure.OFFLINE, assertThrows(BalanceException.class, balance::stable).failure());
        assertEquals(50.0, balance.stable().milligrams(), 1e-6);
    }

    @Test
    void aBalanceThatIsNotThereIsOffline() {
        int port = server.port();
        server.close();
        MtSicsBalance nowhere = new MtSicsBalance(new BalanceSettings("BAL-1", "127.0.0.1", port, Duration.ofSeconds(2)), Clock.systemUTC());

        BalanceException e = assertThrows(BalanceException.class, nowhere::stable);

        assertEquals(BalanceFailure.OFFLINE, e.failure());
        assertTrue(e.getMessage().startsWith("Balance offline"), e.getMessage());
    }

    @Test
    void aReadingInAnotherUnitIsNeverAMass() {
        BalanceReading carats = new BalanceReading(1.5, "ct", true, "BAL-1", "", NOW);

        assertEquals(BalanceFailure.UNSUPPORTED_UNIT, assertThrows(BalanceException.class, carats::milligrams).failure());
    }
}
