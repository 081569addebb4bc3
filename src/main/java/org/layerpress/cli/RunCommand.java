package org.layerpress.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.StationServices;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.recipes.DemoRecipeSeed;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.FlagsAtBatchEnd;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.report.ReportWriters;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.store.Database;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcRecipeStore;
import org.layerpress.store.JdbcReviewStore;
import org.layerpress.store.JdbcSettingsStore;
import org.layerpress.store.JdbcSignatureStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.JdbcUserStore;
import org.layerpress.store.LinkEventLog;
import org.layerpress.ui.admin.AuditTrailView;
import org.layerpress.ui.admin.UsersView;
import org.layerpress.ui.alarms.AlarmBannerView;
import org.layerpress.ui.batch.RunScreens;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.recipe.RecipesView;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiContext;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The HMI itself: by default on the embedded simulated press and the local H2 database. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the kiosk HMI.",
            "Without --mapping it starts the simulated press in-process on loopback (the embedded default)."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    MappingOptions mapping;

    @Option(names = "--layouts", paramLabel = "DIR", description = "site folder of FXML/CSS overriding the bundled hmi-layouts")
    Path layouts;

    @Option(names = "--windowed", description = "a 1280×800 window instead of the full-screen kiosk (development)")
    boolean windowed;

    @Option(names = "--die-mm", defaultValue = "10", description = "bore of the die in use, mm (default: ${DEFAULT-VALUE})")
    double dieBoreMillimetres;

    @Option(names = "--die-id", defaultValue = "D10-01", description = "id of the die in use, as its label scans (default: ${DEFAULT-VALUE})")
    String dieId;

    @Option(names = "--die-rating", defaultValue = "10 tf", description = "force rating of the die in use, with unit (default: ${DEFAULT-VALUE})")
    String dieRating;

    @Option(names = "--demo", description = {"add the demo users (marked DEMO on the login screen) and the two demo recipes",
        "(approved by the demo Supervisors); nothing else differs"})
    boolean demo;

    @Override
    public Integer call() {
        PressMapping m = mapping.load();
        Die die = new Die(dieId.strip(), Length.millimetres(dieBoreMillimetres), Force.parse(dieRating));
        Database db = Database.open(mapping.dataDir);
        JdbcTransactions tx = new JdbcTransactions(db);
        StationServices services = StationServices.create(tx, new JdbcUserStore(tx), new JdbcAuditTrail(tx), new JdbcSignatureStore(tx),
                new JdbcSettingsStore(tx), Clock.systemUTC());
        YamlRecipeFiles recipeFiles = new YamlRecipeFiles();
        RecipeServices recipes = RecipeServices.create(services, new JdbcRecipeStore(tx, recipeFiles), recipeFiles);
        if (demo) {
            services.seedDemoUsers().run();
            DemoRecipeSeed.seed(services, recipes, m.press());
        }
        PressSimulator sim = null;
        if (mapping.usesBundledSimulator()) {
            sim = new PressSimulator(m, SimulatorOptions.loopback(0, mapping.dataDir.resolve("simulator-pki")), new SimulatedPressPlc(m.press()));
            sim.start();
            m = m.withUrl(sim.endpointUrl());
        }
        MiloPressAdapter port = new MiloPressAdapter(m, mapping.dataDir);
        LinkEventLog linkLog = new LinkEventLog(db);
        port.addLinkListener(linkLog);
        LivePressState live = new LivePressState(port, die);
        // The sequencer listens to the port from the start, so it sees every sample of a press step.
        JdbcBatchStore batches = new JdbcBatchStore(tx);
        JdbcBatchListStore batchList = new JdbcBatchListStore(tx, ZoneId.systemDefault());
        BatchSequencer sequencer = new BatchSequencer(services, recipes.queries(), recipeFiles, batches, port, live, m.press(),
                id -> die.id().equals(id) ? Optional.of(die) : Optional.empty());
        // Quality flags are computed and stored with a batch's last event, so QA can filter by them.
        sequencer.setBatchEndHook(new FlagsAtBatchEnd(batches, batchList));
        ReviewServices review = ReviewServices.create(services, batches, new JdbcReviewStore(tx), batchList, recipeFiles, ReportWriters.all(Clock.systemUTC()));
        BatchListUseCase listUseCase = new BatchListUseCase(services.authorizer(), tx, batchList);
        port.open();
        // Batches left open by a crash or power cut become INTERRUPTED before anyone can start another.
        List<BatchRun> interrupted = sequencer.recoverInterrupted();
        if (!interrupted.isEmpty()) {
            LoggerFactory.getLogger(RunCommand.class).warn("{} interrupted batch(es) found at start-up: {}", interrupted.size(),
                    interrupted.stream().map(BatchRun::batchId).toList());
        }
        PressSimulator embedded = sim;
        Runnable shutdown = () -> {
            sequencer.close();
            port.close();
            linkLog.close();
            db.close();
            if (embedded != null) {
                embedded.close();
            }
        };
        LayoutLocator screens = new LayoutLocator(Optional.ofNullable(layouts));
        HmiContext context = new HmiContext(live, m.press().model(), Optional.ofNullable(layouts), windowed, shutdown, services)
                .withScreens(session -> AuditTrailView.create(screens, services, session), session -> UsersView.create(screens, services, session))
                .withRecipes(session -> RecipesView.create(screens, services, recipes, session, Optional.of(mapping.dataDir.resolve("exports"))))
                .withRun(RunScreens.factory(screens, sequencer, live, recipes.queries(), List.of(die), m.press().model(),
                        services.login()::loginChoices))
                .withAlarmBanner(session -> AlarmBannerView.create(screens, sequencer, session))
                .withRecords(RecordsSection.screen(screens, listUseCase, review, mapping.dataDir.resolve("exports")));
        HmiApplication.launch(context);
        return 0;
    }
}
