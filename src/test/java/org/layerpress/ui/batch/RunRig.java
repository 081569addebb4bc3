package org.layerpress.ui.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkWaiter;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.user.Pin;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The Run screen's real stack for tests: H2 file database, the simulated PLC over loopback, the
 * Milo adapter, live state, the sequencer, its feed; and a fast approved recipe (holds of a second).
 */
final class RunRig implements AutoCloseable {

    static final Die DIE = new Die("D10-01", Length.millimetres(10), DemoRecipes.DIE_10_MM.rating());

    final TestStation station;
    final PressMapping mapping;
    final SimulatedPressPlc plc;
    final PressSimulator sim;
    final MiloPressAdapter port;
    final LivePressState live;
    final JdbcBatchStore store;
    final YamlRecipeFiles files = new YamlRecipeFiles();
    final BatchSequencer sequencer;
    final BatchFeed feed = new BatchFeed();

    RunRig(Path dir) throws InterruptedException {
        station = TestStation.open(dir.resolve("db"));
        station.services().seedDemoUsers().run();
        mapping = MappingLoader.loadBundled("simulator.yaml");
        plc = new SimulatedPressPlc(mapping.press(), SimulatedPressPlc.Settings.defaults().withCreepFractionPerSecond(0));
        sim = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim")), plc);
        sim.start();
        port = new MiloPressAdapter(mapping.withUrl(sim.endpointUrl()), dir.resolve("hmi"));
        live = new LivePressState(port, DIE);
        store = new JdbcBatchStore((JdbcTransactions) station.services().transactions());
        sequencer = new BatchSequencer(station.services(), station.recipes().queries(), files, store, port, live, mapping.press(),
                id -> DIE.id().equals(id) ? Optional.of(DIE) : Optional.empty());
        sequencer.addListener(feed);
        port.open();
        if (!LinkWaiter.awaitConnected(port, Duration.ofSeconds(30))) {
            throw new AssertionError("no link to the simulator");
        }
        live.awaitFirstValues(Duration.ofSeconds(10), StandardSignal.DOOR_CLOSED, StandardSignal.ESTOP_OK, StandardSignal.READY,
                StandardSignal.FORCE, StandardSignal.RAM_POSITION, StandardSignal.FAULT_CODE);
        // Start stays blocked until the PLC has seen this session's heartbeat: wait for that, never race it.
        if (!live.awaitHmiSeen(Duration.ofSeconds(10))) {
            throw new AssertionError("the PLC did not see the HMI: " + live.interlockBlockers(true));
        }
        org.layerpress.testing.Eventually.waitUntil("interlocks clear", () -> live.interlockBlockers(true).isEmpty(), () -> live.interlockBlockers(true));
    }

    Session operator() {
        return station.loginAs("olga", "111111");
    }

    RunViewModel viewModel(Session session, UseCaseRunner background) {
        return new RunViewModel(new BatchCalls(sequencer, session, background), feed, live, station.recipes().queries(), List.of(DIE));
    }

    /**
     * Check, die scan, the electrolyte (60 ± 2 mg) pressed at 100 MPa, released, a lot scan, the
     * protective layer (30 ± 1.5 mg) pressed and released, eject, inspect. Approved by Sue.
     */
    long approvedRecipe(String name, Duration hold) {
        return approvedRecipe(station, mapping, name, hold);
    }

    static RecipeDefinition fastRecipe(PressMapping mapping, String name, Duration hold) {
        return new RecipeDefinition(name, "fast test recipe", DemoRecipes.DIE_10_MM, mapping.press(), List.<RecipeStep>of(
                new Check("Prepare", List.of("Die clean")),
                new Scan("Scan the die", ScanTarget.DIE_ID),
                new LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), false),
                press("Press the electrolyte", hold),
                new Release("Release after the electrolyte"),
                new Scan("Scan the LGPS lot", ScanTarget.POWDER_LOT),
                new LoadLayer("Load the protective layer", "protective", "LGPS", Mass.milligrams(30), Mass.milligrams(1.5), false),
                press("Press the stack", hold),
                new Release("Release after the stack"),
                new Eject("Eject"),
                new Inspect("Inspect", List.of("No cracks"))));
    }

    static long approvedRecipe(TestStation station, PressMapping mapping, String name, Duration hold) {
        return approve(station, fastRecipe(mapping, name, hold));
    }

    /** Written and submitted by Sam, approved by Sue, through the real use cases. */
    static long approve(TestStation station, RecipeDefinition d) {
        Session sam = station.loginAs("sam", "333333");
        RecipeVersion v = station.recipes().authoring().createDraft(sam, d, "test recipe");
        station.recipes().lifecycle().submit(sam, v.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), "written for a test"));
        Session sue = station.loginAs("sue", "444444");
        station.recipes().lifecycle().approve(sue, v.id(), new SignatureInput(Optional.of("sue"), Pin.of("444444"), "approved for a test"));
        station.services().sessions().logout();
        return v.id();
    }

    private static Press press(String title, Duration hold) {
        return new Press(title, Pressure.megaPascals(100), PressureRate.megaPascalsPerSecond(100), hold, Pressure.megaPascals(10), 5.0, Optional.empty());
    }

    /** The batch's record as the store has it now. */
    BatchRun stored(String batchId) {
        return BatchRun.replay(station.services().transactions().inTransaction(() -> store.events(batchId)), files);
    }

    @Override
    public void close() {
        sequencer.close();
        port.close();
        sim.close();
    }
}
