package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * Starting a batch on a press that cannot run its recipe, through the sequencer on the simulated PLC
 * and the H2 file: refused in words before the first step, with no batch, no event and no audit row.
 */
class WrongPressStartTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    /** The bundled simulator's press: automatic, heated platens. */
    private static PressProfile simulatorPress() {
        return MappingLoader.loadBundled("simulator.yaml").press();
    }

    private long count(String table) throws Exception {
        return Long.parseLong(station.column("SELECT COUNT(*) FROM " + table).get(0));
    }

    private String refusedStart(long version) throws Exception {
        return refusedStart(new StartBatchCommand(version, TestStation.DIE.id()));
    }

    private String refusedStart(StartBatchCommand command) throws Exception {
        Session olga = station.olga();
        long audit = station.auditTotal();
        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(olga, command));
        assertEquals(0, count("batch"), "no batch row");
        assertEquals(0, count("batch_event"), "no batch event");
        assertEquals(audit, station.auditTotal(), "no audit row");
        assertTrue(station.sequencer().current().isEmpty(), "no open batch");
        return e.getMessage();
    }

    @Test
    void aHeatedRecipeOnAStationWithoutAPlatenLimitIsRefusedNamingTheMissingLimit() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().mapping(m -> m.withPress(m.press(), Optional.empty())).build();
        long version = station.approve(TestRecipes.heated("Warm layer", simulatorPress(), Duration.ofSeconds(1)));

        String words = refusedStart(version);
        assertTrue(words.startsWith("Warm layer v1 cannot run on " + simulatorPress().model() + ": step 4 heats the platens to 60 °C, but "), words);
        assertTrue(words.contains("sets no platens.maxTemperature"), words);
    }

    @Test
    void aRecipeOnAnIsostaticVesselStationIsRefusedInWords() throws Exception {
        PressProfile vessel = new PressProfile("Bench CIP vessel", simulatorPress().capacity(), simulatorPress().maxRampKiloNewtonsPerSecond(),
                EnumSet.of(PressCapability.ISOSTATIC_VESSEL));
        station = TestStation.builder(dir).demoUsers().simulatedPress().mapping(m -> m.withPress(vessel, Optional.empty())).build();
        long version = station.approve(TestRecipes.twoLayers("Fast bilayer", simulatorPress(), Duration.ofSeconds(1), false));

        assertEquals("Fast bilayer v1 cannot run on Bench CIP vessel: this station's press is an isostatic vessel, with no ram and no die for a PRESS step; "
                + "run this recipe on a uniaxial press", refusedStart(version));
    }

    @Test
    void aVesselRecipeOnTheSimulatedUniaxialPressIsRefusedBeforeTheFirstStep() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        PressProfile vessel = new PressProfile("Bench CIP vessel", simulatorPress().capacity(), simulatorPress().maxRampKiloNewtonsPerSecond(),
                EnumSet.of(PressCapability.ISOSTATIC_VESSEL));
        long version = station.approve(TestRecipes.cip("CIP bag", vessel, 300, Duration.ofSeconds(1)));

        String words = refusedStart(StartBatchCommand.withoutDie(version));
        assertTrue(words.startsWith("CIP bag v1 cannot run on " + simulatorPress().model() + ": the recipe presses in an isostatic vessel, but this "
                + "station's press is not one"), words);
    }

    @Test
    void aVesselRecipeOfferedADieIsRefusedRatherThanRecordingADieItNeverUsed() throws Exception {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(1).build();
        long version = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), 20, Duration.ofSeconds(1)));

        assertEquals("CIP bag v1 runs in the isostatic vessel with the sample bagged: it takes no die, so die 'D10-01' is not recorded; "
                + "start it without a die", refusedStart(version));
    }

    @Test
    void aUniaxialRecipeWithoutADieIsRefusedAskingForTheDie() throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long version = station.approve(TestRecipes.twoLayers("Fast bilayer", simulatorPress(), Duration.ofSeconds(1), false));

        assertEquals("Fast bilayer v1 presses in a die: scan or tap the mounted die before Start", refusedStart(StartBatchCommand.withoutDie(version)));
    }
}
