package org.layerpress.application.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Inspect;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.recipe.RecipeStep.Scan;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.units.Force;
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

/**
 * A station with the real H2 file database, the real simulator over loopback, the real OPC UA
 * adapter and a sequencer, plus a fast approved two-layer recipe (holds of seconds, not minutes).
 * Public for the tests outside this package that drive a real batch (the alarm banner, the crash
 * recovery child process).
 */
public final class SequencerRig implements AutoCloseable {

    /** The bench's dies: the 10 mm die of the recipe, and one of the same bore with a low rating. */
    public static final Die DIE = new Die("D10-01", Length.millimetres(10), DemoRecipes.DIE_10_MM.rating());
    public static final Die WEAK_DIE = new Die("D10-WEAK", Length.millimetres(10), Force.kiloNewtons(5));

    public final Path dir;
    public final TestStation station;
    public final PressMapping mapping;
    public final SimulatedPressPlc plc;
    public final PressSimulator sim;
    public final MiloPressAdapter port;
    public final LivePressState live;
    public final JdbcBatchStore store;
    public final YamlRecipeFiles files = new YamlRecipeFiles();
    public BatchSequencer sequencer;

    public SequencerRig(Path dir, SimulatedPressPlc.Settings settings) throws InterruptedException {
        this(dir, settings, java.util.function.UnaryOperator.identity());
    }

    /** As above, with the bundled mapping changed first (e.g. without its forceTrace block). */
    public SequencerRig(Path dir, SimulatedPressPlc.Settings settings, java.util.function.UnaryOperator<PressMapping> changed)
            throws InterruptedException {
        this.dir = dir;
        station = TestStation.open(dir.resolve("db"));
        station.services().seedDemoUsers().run();
        mapping = changed.apply(MappingLoader.loadBundled("simulator.yaml"));
        plc = new SimulatedPressPlc(mapping.press(), settings);
        sim = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim")), plc);
        sim.start();
        port = new MiloPressAdapter(mapping.withUrl(sim.endpointUrl()), dir.resolve("hmi"));
        live = new LivePressState(port, DIE);
        port.open();
        if (!LinkWaiter.awaitConnected(port, Duration.ofSeconds(30))) {
            throw new AssertionError("no link to the simulator");
        }
        live.awaitFirstValues(Duration.ofSeconds(10), StandardSignal.DOOR_CLOSED, StandardSignal.ESTOP_OK, StandardSignal.READY,
                StandardSignal.FORCE, StandardSignal.RAM_POSITION, StandardSignal.FAULT_CODE);
        store = new JdbcBatchStore((JdbcTransactions) station.services().transactions());
        sequencer = newSequencer();
    }

    public static SimulatedPressPlc.Settings quiet() {
        return SimulatedPressPlc.Settings.defaults().withCreepFractionPerSecond(0);
    }

    public BatchSequencer newSequencer() {
        return new BatchSequencer(station.services(), station.recipes().queries(), files, store, port, live, mapping.press(),
                id -> List.of(DIE, WEAK_DIE).stream().filter(d -> d.id().equals(id)).findFirst());
    }

    public Session operator() {
        return station.loginAs("olga", "111111");
    }

    /**
     * Two layers, each loaded and pressed at 100 MPa (ramp 100 MPa/s, band ± 10 MPa, decay ≤ 5 %)
     * and released, then eject and inspect. Written and submitted by Sam, approved by Sue.
     */
    public long approvedRecipe(String name, Duration hold) {
        return approvedRecipe(name, hold, false);
    }

    /** As above; {@code witnessed}: the first layer's weighing needs a second person. */
    public long approvedRecipe(String name, Duration hold, boolean witnessed) {
        RecipeDefinition d = new RecipeDefinition(name, "fast test recipe", DemoRecipes.DIE_10_MM, mapping.press(), List.<RecipeStep>of(
                new Check("Prepare", List.of("Die clean")),
                new Scan("Scan the die", ScanTarget.DIE_ID),
                new LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), witnessed),
                press("Press the electrolyte", hold),
                new Release("Release"),
                new LoadLayer("Load the protective layer", "protective", "LGPS", Mass.milligrams(30), Mass.milligrams(1.5), false),
                press("Press the stack", hold),
                new Release("Release"),
                new Eject("Eject"),
                new Inspect("Inspect", List.of("No cracks"))));
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

    /** Steps 1–3: check, die scan, first layer in tolerance. */
    public BatchRun startAndLoad(Session s, long recipe, Die die) {
        BatchRun run = sequencer.start(s, new StartBatchCommand(recipe, die.id()));
        sequencer.confirmCheck(s);
        sequencer.confirmScan(s, die.id());
        return sequencer.loadLayer(s, 60.5, "LOT-A", Optional.empty());
    }

    public BatchRun current() {
        return sequencer.current().orElseThrow();
    }

    /** The batch's record as the store has it now. */
    public BatchRun stored(String batchId) {
        return BatchRun.replay(station.services().transactions().inTransaction(() -> store.events(batchId)), files);
    }

    /** The batch list's state column. */
    public org.layerpress.domain.batch.BatchState summaryState(String batchId) {
        return station.services().transactions().inTransaction(() -> store.summary(batchId)).orElseThrow().state();
    }

    public Map<String, String> stepValues(String batchId, int step) {
        return stored(batchId).step(step).values();
    }

    @Override
    public void close() {
        sequencer.close();
        port.close();
        sim.close();
    }
}
