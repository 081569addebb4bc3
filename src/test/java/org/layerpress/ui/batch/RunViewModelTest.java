package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;

/** The Run section's pages and header, without a stage, on the real sequencer and H2 store (calls inline). */
class RunViewModelTest {

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

    private RunViewModel started(Session s, long recipe) {
        RunViewModel run = screen.viewModel(s);
        run.open();
        run.start().pickRecipe(run.start().tiles().stream().filter(t -> t.versionId() == recipe).findFirst().orElseThrow());
        run.start().start();
        return run;
    }

    @Test
    void withoutABatchTheStartPageOffersApprovedRecipesAndTheBenchDie() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = screen.viewModel(station.olga());
        run.open();
        assertEquals(RunViewModel.Page.START, run.getPage());
        assertEquals(1, run.start().tiles().size());
        RecipeTile tile = run.start().tiles().get(0);
        assertEquals(recipe, tile.versionId());
        assertEquals("v1 \u00b7 10 mm die \u00b7 11 steps", tile.details());
        assertEquals("D10-01", run.start().getDieId(), "the bench's only die is preselected");
        run.scanned("D13-99");
        assertEquals(Severity.WARNING, run.getNotice().severity(), "an unknown die is refused in words");
        assertTrue(run.getNotice().text().contains("not on this bench"), run.getNotice().text());
        assertTrue(run.start().startableProperty().get());
    }

    @Test
    void aStartPageOpenedBeforeANewVersionWasApprovedIsRefusedInWordsOnTheOldOneAndThenOffersOnlyTheNew() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long v1 = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = screen.viewModel(station.olga());
        run.open();
        run.start().pickRecipe(run.start().tiles().get(0));

        long v2 = station.approveNewVersion(v1);
        run.start().start();

        assertEquals(RunViewModel.Page.START, run.getPage(), "no batch was started");
        assertEquals("Not done: Fast bilayer v1 was retired and replaced by Fast bilayer v2: pick Fast bilayer v2 to run it.", run.getNotice().text());
        assertEquals(java.util.List.of(v2), run.start().tiles().stream().map(RecipeTile::versionId).toList(), "the refusal re-read the list");
        assertEquals(v2, run.start().getRecipe().versionId(), "the retired tile is no longer chosen; the only one left is, as always");
    }

    @Test
    void theStartPageReadsTheRecipesAgainWhenTheSectionIsShownAgain() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long v1 = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = screen.viewModel(station.olga());
        run.open();
        long v2 = station.approveNewVersion(v1);
        assertEquals(java.util.List.of(v1), run.start().tiles().stream().map(RecipeTile::versionId).toList(), "not re-read while out of sight");

        run.shownAgain();

        assertEquals(java.util.List.of(v2), run.start().tiles().stream().map(RecipeTile::versionId).toList());
    }

    @Test
    void aTrainingStationSaysTrainingBeforeAndDuringItsBatchAProductionStationDoesNot() {
        station = TestStation.builder(dir).demoUsers().offlinePress().training(true).build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = screen.viewModel(station.olga());
        run.open();
        assertTrue(run.isTraining(), "on the start page: this station's batches will be training");
        run.start().pickRecipe(run.start().tiles().get(0));
        run.start().start();
        assertTrue(run.getBatch().training(), "the open batch's own mark");
        assertTrue(run.isTraining());
        run.abort("end of test");
        station.close();

        station = TestStation.builder(dir.resolve("production")).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel production = screen.viewModel(station.olga());
        production.open();
        assertFalse(production.isTraining());
    }

    @Test
    void startingShowsTheFirstStepWithTheStripOfStepsAndAnEmptyDie() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = started(station.olga(), recipe);
        assertEquals(RunViewModel.Page.STEP, run.getPage());
        assertEquals("Step 1 of 11: Check", run.getStepOf());
        assertEquals(11, run.chips().size());
        assertEquals(StepState.ACTIVE, run.chips().get(0).state());
        assertEquals("Step 1 Check: now", run.chips().get(0).words());
        assertEquals(StepState.PENDING, run.chips().get(1).state());
        assertTrue(run.getLayers().layers().isEmpty());
        assertEquals(BatchState.RUNNING, station.stored(run.getBatch().batchId()).state());
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = started(station.olga(), recipe);
        BatchRun first = run.getBatch();
        ((CheckStepViewModel) run.getStepModel()).toggle("Die clean");
        run.getStepModel().confirm();
        assertEquals(2, run.getBatch().currentStep().orElseThrow().number());
        run.offer(first);
        assertEquals(2, run.getBatch().currentStep().orElseThrow().number(), "the stale snapshot was dropped");
        run.tick(System.nanoTime());
        assertEquals(2, run.getBatch().currentStep().orElseThrow().number(), "the feed's latest is the same or newer");
    }

    @Test
    void anAbortWithAReasonEndsOnTheSummaryUntilNewBatch() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel run = started(station.olga(), recipe);
        String id = run.getBatch().batchId();
        run.abort("Powder contaminated");
        assertEquals(RunViewModel.Page.END, run.getPage());
        assertEquals("ABORTED", run.getEndModel().getOutcome().word());
        assertEquals(Severity.WARNING, run.getEndModel().getOutcome().severity());
        assertTrue(run.getEndModel().lines().contains("Aborted: Powder contaminated"), run.getEndModel().lines()::toString);
        assertEquals(BatchState.ABORTED, station.stored(id).state());
        run.tick(System.nanoTime());
        assertEquals(RunViewModel.Page.END, run.getPage(), "the summary stays until the operator moves on");
        run.newBatch();
        assertEquals(RunViewModel.Page.START, run.getPage());
        assertNull(run.getBatch());
        run.tick(System.nanoTime());
        assertEquals(RunViewModel.Page.START, run.getPage(), "the finished batch does not come back from the feed");
    }

    @Test
    void afterARestartTheInterruptedBatchIsListedFirstAndResumeWaitsForTheLink() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        RunViewModel before = started(station.olga(), recipe);
        String id = before.getBatch().batchId();
        ((CheckStepViewModel) before.getStepModel()).toggle("Die clean");
        before.getStepModel().confirm();

        screen.restart();
        assertEquals(1, station.sequencer().recoverInterrupted().size());
        RunViewModel after = screen.viewModel(station.olga());
        after.open();
        assertEquals(RunViewModel.Page.START, after.getPage());
        assertEquals(id, after.start().interrupted().get(0).batchId());
        after.start().resume(id);
        assertEquals(RunViewModel.Page.HELD, after.getPage());
        HeldViewModel held = after.getHeldModel();
        assertEquals("INTERRUPTED", held.getIndication().word());
        assertEquals("Step 2 of 11: Scan the die", held.getStepText());
        after.tick(System.nanoTime());
        assertFalse(held.canResumeProperty().get(), "the link is down");
        assertEquals("Resume is blocked: PLC link not connected, door open, e-stop pressed.", held.getBlocked().text());
        assertSame(held.getFaultReset(), held.next(station.stored(id)).getFaultReset(),
                "a newer snapshot of the same held batch (a fault reset writes one) keeps the reset's outcome line");
        assertEquals(StepState.CONFIRMED, station.stored(id).step(1).state(), "what was confirmed before is kept");
        held.abort("Batch no longer needed");
        assertEquals(RunViewModel.Page.END, after.getPage());
        assertEquals(BatchState.ABORTED, station.stored(id).state());
    }
}
