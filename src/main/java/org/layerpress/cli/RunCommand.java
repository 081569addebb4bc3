package org.layerpress.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.StartMarker;
import org.layerpress.application.StationServices;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.station.Station;
import org.layerpress.ui.admin.AuditTrailView;
import org.layerpress.ui.admin.UsersView;
import org.layerpress.ui.alarms.AlarmBannerView;
import org.layerpress.ui.batch.RunScreens;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.recipe.RecipesView;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiContext;
import org.layerpress.ui.shell.HmiStart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        "(approved by the demo Supervisors); batches are marked TRAINING (as on the simulated press)"})
    boolean demo;

    @Mixin
    BalanceOptions balanceOptions;

    private StationBalance balance;

    @Override
    public Integer call() {
        StartMarker.mark(StartMarker.MAIN);
        balance = StationBalance.open(balanceOptions.settings(), demo, System.in, System.out, Clock.systemUTC());
        PressMapping bundledOrMapped = mapping.load();
        Die die = new Die(dieId.strip(), Length.millimetres(dieBoreMillimetres), Force.parse(dieRating));
        // A batch on the simulated press or among demo people is training, never production: its record says so.
        Station.Builder builder = Station.builder(mapping.dataDir).clock(Clock.systemUTC()).zone(ZoneId.systemDefault()).dies(List.of(die))
                .training(demo || mapping.usesBundledSimulator());
        builder = mapping.usesBundledSimulator() ? builder.embeddedSimulator(bundledOrMapped) : builder.press(bundledOrMapped);
        // JavaFX starts at once; the station starts beside it (docs/architecture.md, "Start-up").
        HmiStart hmi = HmiStart.starting(bundledOrMapped.press().model(), Optional.ofNullable(layouts), windowed, null);
        StationStart start = new StationStart(builder, demo, bundledOrMapped.press(), this::context, hmi).begin();
        try {
            HmiApplication.launch(hmi);
        } finally {
            start.close();
            balance.close();
        }
        // A database that cannot be opened ends the HMI; its reason is reported as before the HMI started early.
        start.failure().ifPresent(e -> {
            throw e;
        });
        return 0;
    }

    /** The HMI's sections on the station. */
    private HmiContext context(Station station) {
        StationServices services = station.useCases().services();
        RecipeServices recipes = station.useCases().recipes();
        PressMapping m = station.mapping();
        BatchSequencer sequencer = station.sequencer();
        LivePressState live = station.link().live();
        Die die = station.dies().get(0);
        LayoutLocator screens = new LayoutLocator(Optional.ofNullable(layouts));
        Optional<WeighingUseCase> weighing = balance.port().map(p -> new WeighingUseCase(services.authorizer(), p));
        weighing.ifPresent(w -> sequencer.weighOn(w.balanceId()));
        balance.hand().ifPresent(sequencer::addListener);
        return new HmiContext(live, m.press().model(), Optional.ofNullable(layouts), windowed, null, services)
                .withScreens(session -> AuditTrailView.create(screens, services, session), session -> UsersView.create(screens, services, session))
                .withRecipes(session -> RecipesView.create(screens, services, recipes, session, Optional.of(mapping.dataDir.resolve("exports"))))
                .withRun(RunScreens.factory(screens, sequencer, live, recipes.queries(), List.of(die), m.press().model(),
                        services.login()::loginChoices, weighing))
                .withAlarmBanner(session -> AlarmBannerView.create(screens, sequencer, session))
                .withRecords(RecordsSection.screen(screens, station.useCases().batchList(), station.useCases().review(),
                        mapping.dataDir.resolve("exports")));
    }
}
