package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.FaultResetBy;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/**
 * "Reset PLC fault" on the real simulator: a fault holds the press step in words, resume waits for a
 * reset, the reset is a Supervisor's (or an Operator's where the mapping says so), audited and in the
 * batch record; a PLC that keeps the fault, or a mapping without reset, is refused in words.
 */
class ResetPlcFaultTest {

    private static final String OVER_PRESSURE = "PLC fault 4: Over-pressure: force above the press capacity";

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private void station(UnaryOperator<PressMapping> mapping) {
        station = TestStation.builder(dir).demoUsers().mapping(mapping).simulatedPress().build();
    }

    private ResetPlcFaultUseCase reset() {
        return station.sequencer().faultReset();
    }

    /** Force far above the press capacity for a moment: the PLC latches fault 4, in any state (T12). */
    private void overPressure() {
        station.press().plc().injectOverPressureSpike(station.press().plc().capacityKiloNewtons() * 1.2, 0.2);
        Eventually.waitUntil("fault 4 seen", () -> station.live().fault().isPresent(), station.live()::snapshot);
        Eventually.waitUntil("released", () -> station.press().plc().state() == PlcState.IDLE && station.press().plc().realForce() < 0.05, station.press().plc()::state);
    }

    private List<BatchEvent> events(String id) {
        return station.services().transactions().inTransaction(() -> station.stores().batches().events(id));
    }

    @Test
    void anOverPressureHoldsThePressInWordsAndResumeWaitsForASupervisorsReset() throws Exception {
        station(UnaryOperator.identity());
        long recipe = station.approvedRecipe("Over-pressure", Duration.ofSeconds(5));
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        overPressure();

        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.sequencer().current());
        BatchRun held = station.stored(id);
        assertTrue(held.holdCause().startsWith(OVER_PRESSURE), held.holdCause());
        BatchAlarm alarm = held.alarms().get(held.alarms().size() - 1);
        assertEquals(HoldCause.PLC_FAULT.key(), alarm.cause());
        assertTrue(alarm.message().startsWith(OVER_PRESSURE), alarm.message());
        assertEquals("4", events(id).stream().filter(e -> e.kind() == BatchEventKind.HELD).findFirst().orElseThrow().value("fault.code"));

        BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> station.sequencer().resume(olga, Decision.REPEAT_STEP));
        assertTrue(refused.getMessage().contains(OVER_PRESSURE + ": reset it first"), refused.getMessage());
        assertEquals(List.of(OVER_PRESSURE + ": reset it first"), station.live().resumeBlockers());

        assertEquals(Optional.of("resetting a PLC fault needs a Supervisor"), reset().whyNot(olga));
        assertThrows(AccessDeniedException.class, () -> reset().reset(olga));
        assertEquals(1, station.auditCount(AuditActions.ACCESS_DENIED, "olga"));

        Session sam = station.loginAs("sam", "333333");
        assertEquals(Optional.empty(), reset().whyNot(sam));
        // The cause is back (the door opened): the PLC keeps the fault (T15), and says so.
        station.press().plc().setDoorClosed(false);
        BatchRefusedException kept = assertThrows(BatchRefusedException.class, () -> reset().reset(sam));
        assertTrue(kept.getMessage().startsWith("the PLC kept the fault: its cause is still present"), kept.getMessage());
        assertEquals(FaultCode.OVER_PRESSURE, station.press().plc().faultCode());
        station.press().plc().setDoorClosed(true);
        Eventually.waitUntil("door closed seen", () -> station.live().isTrue(StandardSignal.DOOR_CLOSED), station.live()::snapshot);

        assertEquals(OVER_PRESSURE + ": reset", reset().reset(sam));
        assertEquals(FaultCode.NONE, station.press().plc().faultCode());
        assertEquals(Optional.of("no PLC fault is latched"), reset().whyNot(sam));
        assertEquals(1, station.auditCount(AuditActions.PLC_FAULT_RESET, "sam"));
        assertEquals(1, station.auditCount(AuditActions.PLC_FAULT_RESET_REFUSED, "sam"));
        List<BatchEvent> resets = events(id).stream().filter(e -> e.kind() == BatchEventKind.PLC_FAULT_RESET).toList();
        assertEquals(2, resets.size(), "both attempts are in the batch record");
        assertTrue(resets.stream().allMatch(e -> e.actor().equals("sam") && e.value("fault").startsWith(OVER_PRESSURE)), resets::toString);
        assertTrue(resets.get(0).value("outcome").startsWith("refused: the PLC kept the fault"), resets::toString);
        assertEquals("cleared", resets.get(1).value("outcome"));

        station.sequencer().resume(olga, Decision.REPEAT_STEP);
        assertEquals(BatchState.RUNNING, station.stored(id).state());
        assertEquals(StepState.ACTIVE, station.stored(id).step(4).state());
    }

    @Test
    void anOperatorMayResetWhenTheMappingSaysOperator() throws Exception {
        station(m -> new PressMapping(m.source(), m.endpoint(), m.namespaceUri(), m.press(), m.signals(), m.faultTexts(), FaultResetBy.OPERATOR,
                m.forceTrace(), m.plcAliveTimeoutMillis()));
        overPressure();
        Session olga = station.olga();
        assertEquals(Optional.empty(), reset().whyNot(olga));
        assertEquals(OVER_PRESSURE + ": reset", reset().reset(olga));
        assertEquals(1, station.auditCount(AuditActions.PLC_FAULT_RESET, "olga"), "audited without a batch open too");
        Session quinn = station.loginAs("quinn", "222222");
        overPressure();
        assertEquals(Optional.of("resetting a PLC fault needs a Supervisor or an Operator"), reset().whyNot(quinn));
    }

    @Test
    void withoutAMappedResetTheFaultIsResetAtThePressesOwnPanel() throws Exception {
        station(m -> m.withoutSignal(StandardSignal.RESET));
        overPressure();
        Session sam = station.loginAs("sam", "333333");
        String words = OVER_PRESSURE + ": the mapping has no reset; reset the fault at the press's own panel";
        assertEquals(Optional.of(words), reset().whyNot(sam));
        BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> reset().reset(sam));
        assertEquals(words, refused.getMessage());
        assertEquals(1, station.auditCount(AuditActions.PLC_FAULT_RESET_REFUSED, "sam"), "a refused attempt is audited too");
    }
}
