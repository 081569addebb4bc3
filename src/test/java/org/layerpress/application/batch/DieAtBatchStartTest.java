package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Pressure;
import org.layerpress.station.DieSeeding;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/**
 * A batch's die from the registry, on the simulated PLC over loopback and the H2 file: what the start
 * refuses, and what each press step counts on the die with its record.
 */
class DieAtBatchStartTest {

    @TempDir
    Path dir;
    private TestStation station;
    private long recipe;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        recipe = station.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        station.close();
    }

    private String refusedStart(String dieId) throws Exception {
        List<String> batches = station.column("SELECT COUNT(*) FROM batch");
        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(station.olga(), new StartBatchCommand(recipe, dieId)));
        assertEquals(batches, station.column("SELECT COUNT(*) FROM batch"), "no batch was opened");
        return e.getMessage();
    }

    private RegisteredDie registered(String id) {
        return station.dieRegistry().list(station.olga()).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theDiesTheStationStartedWithAreSeededIntoTheRegistryByTheStation() throws Exception {
        RegisteredDie seeded = registered(TestStation.DIE.id());

        assertEquals(TestStation.DIE, seeded.die());
        assertEquals(DieSeeding.MATERIAL_NOT_RECORDED, seeded.material());
        assertEquals(List.of("station"), station.column("SELECT actor_login FROM audit_event WHERE action = '" + AuditActions.DIE_ADDED
                + "' AND entity_id = '" + TestStation.DIE.id() + "'"));
    }

    @Test
    void aDieWhoseBoreIsNotTheRecipesIsRefusedInWords() throws Exception {
        station.dieRegistry().add(station.sam(), new DieCommands.AddDie("D12-01", 12, Force.kiloNewtons(150), "tungsten carbide", OptionalLong.empty()));

        assertEquals("die D12-01 has a 12.00 mm bore; Fast bilayer v1 needs 10.00 mm", refusedStart("D12-01"));
    }

    @Test
    void aRetiredOrOutForRepairDieIsRefused() throws Exception {
        Session sam = station.sam();
        station.dieRegistry().add(sam, new DieCommands.AddDie("D10-02", 10, Force.kiloNewtons(98), "steel", OptionalLong.empty()));
        station.dieRegistry().edit(sam, new DieCommands.EditDie("D10-02", 10, Force.kiloNewtons(98), "steel", OptionalLong.empty(),
                DieStatus.OUT_FOR_REPAIR, "bore polished"));
        assertEquals("die D10-02 is OUT_FOR_REPAIR: only a die IN_USE can start a batch", refusedStart("D10-02"));

        station.dieRegistry().retire(sam, new DieCommands.RetireDie(TestStation.DIE.id(), "cracked"));
        assertEquals("die D10-01 is RETIRED: only a die IN_USE can start a batch", refusedStart(TestStation.DIE.id()));
        assertEquals("die 'D99' is not in the die registry: a Supervisor adds it under Dies", refusedStart("D99"));
    }

    @Test
    void eachPressStepCountsACycleAndItsPeakOnTheDieAndADieWornToItsRatingIsRefused() throws Exception {
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        pressAndRelease(olga, id, 4);
        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        pressAndRelease(olga, id, 7);
        station.sequencer().eject(olga);
        assertEquals(BatchState.COMPLETE, station.sequencer().inspect(olga, Map.of("No cracks", true)).state());

        RegisteredDie die = registered(TestStation.DIE.id());
        assertEquals(2, die.cycles());
        double highestPeakMpa = Math.max(peakMpa(id, 4), peakMpa(id, 7));
        assertEquals(TestStation.DIE.forceFor(Pressure.megaPascals(highestPeakMpa)).kiloNewtons(), die.highestForce().orElseThrow().kiloNewtons(), 1e-9);
        assertEquals("0", station.events(id).get(0).value(StartedValues.DIE_CYCLES), "the count at start is in the record");

        station.dieRegistry().edit(station.sam(), new DieCommands.EditDie(TestStation.DIE.id(), 10, TestStation.DIE.rating(), "steel",
                OptionalLong.of(2), DieStatus.IN_USE, "maker's rating found"));
        assertEquals("die D10-01 has 2 cycles of its rated 2: it is worn to its rating; a Supervisor retires it or sends it for repair",
                refusedStart(TestStation.DIE.id()));
    }

    private double peakMpa(String batchId, int step) {
        return Double.parseDouble(station.stored(batchId).step(step).value(StepResultCodec.PEAK_MPA));
    }

    private void pressAndRelease(Session s, String batchId, int pressStep) {
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        waitForStep(batchId, pressStep, StepState.CONFIRMED);
        station.sequencer().release(s);
        waitForStep(batchId, pressStep + 1, StepState.CONFIRMED);
    }

    private void waitForStep(String batchId, int step, StepState state) {
        Eventually.waitUntil("step " + step + " " + state, () -> station.stored(batchId).step(step).state() == state, () -> station.sequencer().current());
    }
}
