package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * A weighing the recipe wants witnessed (the demo bilayer's LGPS layer does): Confirm waits for the
 * second person's name and PIN, a wrong PIN is refused and must be entered again, and the record
 * names the witness. Real sequencer and H2 file, the OPC UA adapter unopened; the witness list comes from the real
 * login use case.
 */
class WitnessedWeighingTest {

    @TempDir
    Path dir;
    private TestStation station;
    private RunScreen screen;

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    private LoadLayerViewModel firstLayerWitnessed(RunViewModel run) {
        run.open();
        CheckStepViewModel check = assertInstanceOf(CheckStepViewModel.class, run.getStepModel());
        check.toggle("Die clean");
        check.confirm();
        ScanStepViewModel scan = assertInstanceOf(ScanStepViewModel.class, run.getStepModel());
        scan.enter("D10-01");
        scan.confirm();
        return assertInstanceOf(LoadLayerViewModel.class, run.getStepModel(), () -> run.getNotice().text());
    }

    private RunViewModel startedBatch() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        RecipeDefinition fast = TestRecipes.twoLayersWithLotScan("Witnessed", station.mapping().press(), Duration.ofSeconds(1));
        List<RecipeStep> steps = new ArrayList<>(fast.steps());
        RecipeStep.LoadLayer first = (RecipeStep.LoadLayer) steps.get(2);
        steps.set(2, new RecipeStep.LoadLayer(first.title(), first.layerName(), first.material(), first.target(), first.tolerance(), true));
        long recipe = station.approve(new RecipeDefinition(fast.name(), fast.purpose(), fast.die(), fast.press(), steps));
        RunViewModel run = new RunViewModel(new BatchCalls(station.sequencer(), station.olga(), UseCaseRunner.inline())
                .withPeople(station.services().login()::loginChoices), screen.feed(), station.live(), station.recipes().queries(), TestStation.dieInUse());
        run.open();
        run.start().pickRecipe(run.start().tiles().stream().filter(t -> t.versionId() == recipe).findFirst().orElseThrow());
        run.start().pickDie("D10-01");
        run.start().start();
        return run;
    }

    @Test
    void confirmWaitsForTheWitnessAndTheRecordNamesThem() {
        RunViewModel run = startedBatch();
        String batchId = run.getBatch().batchId();
        LoadLayerViewModel load = firstLayerWitnessed(run);
        assertTrue(load.isWitnessNeeded());
        load.enterMass(Mass.milligrams(60.3).milligrams());
        run.scanned("LOT-4711");
        assertFalse(load.isReady(), "mass and lot are in, but nobody has witnessed them");

        List<List<User>> offered = new ArrayList<>();
        load.witnessChoices(offered::add);
        List<User> people = offered.get(0);
        assertFalse(people.stream().anyMatch(u -> u.login().equals("olga")), "the operator cannot witness her own weighing");
        assertFalse(people.stream().anyMatch(u -> u.login().equals("ada")), "only Operators and QA may witness");
        User quinn = people.stream().filter(u -> u.login().equals("quinn")).findFirst().orElseThrow();

        load.witnessedBy(quinn, Pin.of("999999"));
        assertTrue(load.isReady());
        load.confirm();
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state(), "a wrong witness PIN records nothing");
        assertTrue(run.getNotice().text().contains("PIN"), run.getNotice().text());
        assertFalse(load.isReady(), "a refused PIN is gone: the witness enters it again");

        load.witnessedBy(quinn, Pin.of("222222"));
        load.confirm();
        StepRun stored = station.stored(batchId).step(3);
        assertEquals(StepState.CONFIRMED, stored.state());
        assertEquals("quinn", stored.value("witness"));
        assertEquals("Quinn Reviewer", stored.value("witness.name"));
    }
}
