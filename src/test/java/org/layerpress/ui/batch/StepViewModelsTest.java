package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.press.LinkState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;

/**
 * What enables each step's Confirm, and what a confirmation records: view models without a stage,
 * on the real sequencer and H2 store (calls inline), the PLC not needed for these kinds.
 */
class StepViewModelsTest {

    @TempDir
    Path dir;
    private TestStation station;
    private RunScreen screen;
    private RunViewModel run;
    private String batchId;

    @BeforeEach
    void startBatch() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        run = screen.viewModel(station.olga());
        run.open();
        run.start().pickRecipe(run.start().tiles().stream().filter(t -> t.versionId() == recipe).findFirst().orElseThrow());
        run.start().pickDie("D10-01");
        run.start().start();
        batchId = run.getBatch().batchId();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private <T extends StepModel> T step(Class<T> kind) {
        return assertInstanceOf(kind, run.getStepModel(), () -> "page " + run.getPage() + ", notice " + run.getNotice());
    }

    private void throughTheDieScan() {
        CheckStepViewModel check = step(CheckStepViewModel.class);
        check.toggle("Die clean");
        check.confirm();
        ScanStepViewModel scan = step(ScanStepViewModel.class);
        scan.enter("D10-01");
        scan.confirm();
    }

    @Test
    void checkConfirmIsEnabledOnlyWhileEveryItemIsTicked() {
        CheckStepViewModel check = step(CheckStepViewModel.class);
        assertFalse(check.isReady());
        check.toggle("Die clean");
        assertTrue(check.isReady());
        check.toggle("Die clean");
        assertFalse(check.isReady(), "a second tap unticks");
        check.confirm();
        assertEquals(1, run.getBatch().currentStep().orElseThrow().number(), "nothing sent while not ready");
        check.toggle("Die clean");
        check.confirm();
        assertEquals(StepState.CONFIRMED, station.stored(batchId).step(1).state());
        assertInstanceOf(ScanStepViewModel.class, run.getStepModel());
        assertEquals("Step 2 of 11: Scan", run.getStepOf());
    }

    /**
     * The die was chosen at start: its scan step names it and asks for its label, not for a choice;
     * another die is said at once in words and never sent, and only the chosen die's code confirms.
     */
    @Test
    void theDieScanConfirmsTheDieChosenAtStartAndSaysAnotherDieInWords() {
        step(CheckStepViewModel.class).toggle("Die clean");
        step(CheckStepViewModel.class).confirm();
        ScanStepViewModel scan = step(ScanStepViewModel.class);
        assertEquals("D10-01", scan.chosenDie());
        assertEquals("Die D10-01 chosen at start \u2014 scan its label to confirm", scan.getStatus());
        assertFalse(scan.isReady(), "nothing scanned yet");
        run.scanned("D13-07");
        assertEquals("D13-07", scan.getCode(), "a scanned code reaches the scan step");
        assertTrue(scan.isMismatch());
        assertEquals("Die D13-07 is not the die chosen at start (D10-01): mount D10-01 and scan its label, or abort the batch to use D13-07.",
                scan.getStatus());
        assertFalse(scan.isReady(), "another die is not sent");
        scan.confirm();
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(2).state(), "nothing recorded");
        run.scanned("D10-01");
        assertEquals("Scanned: D10-01, the die chosen at start", scan.getStatus());
        assertTrue(scan.isReady());
        scan.confirm();
        assertEquals("D10-01", station.stored(batchId).step(2).value("scan.code"));
        assertInstanceOf(LoadLayerViewModel.class, run.getStepModel());
    }

    @Test
    void aLayerNeedsMassAndLotAndShowsWhetherTheMassIsInTolerance() {
        throughTheDieScan();
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        assertEquals("Li6PS5Cl: target 60 mg \u00b1 2 mg (58 to 62 mg)", load.getToleranceText());
        assertEquals("NOT WEIGHED", load.getVerdict().word());
        load.enterMass(61.5);
        assertEquals("IN TOLERANCE", load.getVerdict().word());
        assertFalse(load.isReady(), "the lot is missing");
        run.scanned("LOT-4711");
        assertEquals("LOT-4711", load.getLot(), "a scanned code on a layer step is its powder lot");
        assertTrue(load.isReady());
        load.confirm();
        StepRun stored = station.stored(batchId).step(3);
        assertEquals(StepState.CONFIRMED, stored.state());
        assertEquals("61.5", stored.value("mass.mg"));
        assertEquals(RunViewModel.Page.PRESS, run.getPage());
        assertEquals(LayerStack.Condition.LOOSE, run.getLayers().layers().get(0).condition());
    }

    @Test
    void whileALotPadIsOpenAScanFillsThePadNotThePageBehind() {
        throughTheDieScan();
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        List<String> pad = new java.util.ArrayList<>();
        Runnable closed = load.scanInto(pad::add);

        run.scanned("LPSCL-LOT-2024-017");

        assertEquals(List.of("LPSCL-LOT-2024-017"), pad, "the open pad gets the scan");
        assertEquals("", load.getLot(), "the page's lot waits for the pad's OK");
        closed.run();
        run.scanned("LPSCL-LOT-2024-018");
        assertEquals(1, pad.size(), "a closed pad gets no more scans");
        assertEquals("LPSCL-LOT-2024-018", load.getLot());
    }

    @Test
    void aLotTheScanStepJustScannedIsFilledInAndMayBeChanged() {
        throughTheDieScan();
        StepRun layer = step(LoadLayerViewModel.class).step();
        LoadLayerViewModel load = new LoadLayerViewModel(layer, new BatchCalls(station.sequencer(), station.olga(),
                org.layerpress.ui.fx.UseCaseRunner.inline()), java.util.Optional.of("LGPS-815"));
        assertEquals("LGPS-815", load.getLot());
        assertTrue(load.isLotFromScan());
        assertEquals("Target 60 \u00b1 2 mg\n(58 to 62 mg)", load.getMassPadNote());
        load.enterMass(60);
        assertTrue(load.isReady(), "mass and the scanned lot: nothing asked twice");
        load.enterLot("LGPS-816");
        assertFalse(load.isLotFromScan(), "changed by hand");
    }

    @Test
    void aMassOutOfToleranceWaitsForAReasonAndIsRecordedAsADeviation() {
        throughTheDieScan();
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        load.enterLot("LPSCL-4711");
        load.enterMass(65);
        assertTrue(load.isOutOfTolerance());
        assertEquals(Severity.WARNING, load.getVerdict().severity());
        assertEquals("OUT OF TOLERANCE", load.getVerdict().word());
        assertFalse(load.isReady(), "out of tolerance: no Confirm without a reason");
        load.recordDeviation("Last of the lot", "");
        assertTrue(load.isReady());
        assertEquals("DEVIATION NOTED", load.getVerdict().word());
        load.confirm();
        StepRun stored = station.stored(batchId).step(3);
        assertEquals(StepState.DEVIATED, stored.state());
        assertEquals("Last of the lot", stored.value(BatchRun.REASON));
        assertEquals("LPSCL-4711", stored.value("lot"));
        assertTrue(run.chips().get(2).state() == StepState.DEVIATED, "the strip shows the deviation");
    }

    @Test
    void weighingAgainForgetsTheMassAndTheReasonAndAMassInsideConfirmsPlainly() {
        throughTheDieScan();
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        load.enterLot("LOT-A");
        load.enterMass(52);
        load.recordDeviation("Powder lost in transfer", "spilled");
        assertEquals("Powder lost in transfer: spilled", load.getReason());
        load.weighAgain();
        assertFalse(load.isReady());
        assertTrue(load.mass().isEmpty());
        assertEquals("", load.getReason());
        assertEquals("", load.deviation().getPreset(), "the reason picker opens empty again");
        load.enterMass(60);
        assertTrue(load.isReady());
        load.confirm();
        assertEquals(StepState.CONFIRMED, station.stored(batchId).step(3).state());
        assertEquals("", station.stored(batchId).step(3).value(BatchRun.REASON));
    }

    @Test
    void inspectWaitsForEveryAnswerAndEjectAndReleaseSayWhatTheyDo() {
        var inspectStep = new StepRun(11, new RecipeStep.Inspect("Inspect", List.of("No cracks", "Faces flat")), StepState.ACTIVE, Map.of(), 1);
        InspectStepViewModel inspect = new InspectStepViewModel(inspectStep, run.calls());
        inspect.answer("No cracks", true);
        assertFalse(inspect.isReady());
        inspect.answer("Faces flat", false);
        assertTrue(inspect.isReady(), "a fail is an answer too");

        var eject = new EjectStepViewModel(new StepRun(10, new RecipeStep.Eject("Eject"), StepState.ACTIVE, Map.of(), 1), run.calls());
        assertTrue(eject.isReady());
        assertEquals("Pellet ejected", eject.getConfirmText());

        var releaseStep = new StepRun(5, new RecipeStep.Release("Release"), StepState.ACTIVE, Map.of(), 1);
        ReleaseStepViewModel release = new ReleaseStepViewModel(releaseStep, run.calls());
        release.refresh(PressStepViewModelTest.live(LinkState.LOST, 7.85, List.of("PLC link not connected")));
        assertFalse(release.isReady(), "no release without the link");
        release.refresh(PressStepViewModelTest.live(LinkState.CONNECTED, 7.85, List.of()));
        assertTrue(release.isReady());
        assertEquals("7.85", release.getForce().text());
        release.update(new StepRun(5, releaseStep.step(), StepState.ACTIVE, Map.of(BatchRun.PHASE, "releasing"), 1));
        release.refresh(PressStepViewModelTest.live(LinkState.CONNECTED, 3.2, List.of()));
        assertFalse(release.isReady(), "already releasing");
        assertTrue(release.getStatus().startsWith("Releasing"), release.getStatus());
    }


}
