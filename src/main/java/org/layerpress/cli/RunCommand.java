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
import org.layerpress.application.batch.StationInstruments;
import org.layerpress.application.exports.ExportTargets;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.training.TrainingConsole;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.station.Station;
import org.layerpress.station.StationGlovebox;
import org.layerpress.store.central.CentralForwarder;
import org.layerpress.store.central.CentralDies;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.RecipePull;
import org.layerpress.store.central.SignOffPull;
import org.layerpress.store.central.DiePull;
import org.layerpress.store.central.UserPull;
import org.layerpress.ui.admin.AuditTrailView;
import org.layerpress.ui.admin.CalibrationView;
import org.layerpress.ui.admin.DiesView;
import org.layerpress.ui.admin.UsersView;
import org.layerpress.ui.alarms.AlarmBannerView;
import org.layerpress.ui.alarms.AlarmsView;
import org.layerpress.ui.batch.RunScreens;
import org.layerpress.ui.correct.CorrectView;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.recipe.RecipesView;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiContext;
import org.layerpress.ui.shell.HmiStart;
import org.layerpress.ui.training.TrainingView;
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

    /** What a station started without die options ran with before the die registry: seeded into an empty registry. */
    static final Die FORMER_DEFAULT_DIE = new Die("D10-01", Length.millimetres(10), Force.parse("10 tf"));

    @Option(names = "--die-mm", description = "deprecated: dies live in the die registry (layerpress dies). Bore of a die to add to it, mm")
    Double dieBoreMillimetres;

    @Option(names = "--die-id", description = "deprecated: dies live in the die registry (layerpress dies). Id of a die to add to it")
    String dieId;

    @Option(names = "--die-rating", description = "deprecated: dies live in the die registry (layerpress dies). Rated force of a die to add, with unit")
    String dieRating;

    @Option(names = "--demo", description = {"add the demo users (marked DEMO on the login screen) and the two demo recipes",
        "(approved by the demo Supervisors); batches are marked TRAINING (as on the simulated press)"})
    boolean demo;

    @Mixin
    BalanceOptions balanceOptions;

    @Option(names = "--glovebox", paramLabel = "FILE", description = {"glovebox mapping YAML of the glovebox controller to read O2 and H2O from",
        "(docs/glovebox.md); without it the simulated glovebox runs beside the simulated press, and none beside a real one"})
    Path gloveboxMapping;

    @Option(names = "--atmosphere-source", defaultValue = "opcua", paramLabel = "opcua|modbus", converter = AtmosphereSourceConverter.class, description = {
        "the protocol of the simulated glovebox started beside the simulated press (default: ${DEFAULT-VALUE});",
        "a real glovebox's protocol is its mapping file's (docs/glovebox.md)"})
    StationGlovebox.Source atmosphereSource;

    @Mixin
    UpkeepOptions upkeep;

    @Option(names = "--export-to", paramLabel = "DIR", description = {"network folder Records' exports go to when no USB stick is in",
        "(the person picks by tap when both are there)"})
    Path exportTo;

    @Option(names = "--usb-root", paramLabel = "DIR", description = {"folder whose <user>/<stick> folders are mounted USB sticks;",
        "repeat for several (default: /media and /run/media)"})
    List<Path> usbRoots;

    @Mixin
    CentralOptions central;

    @Option(names = "--records-from-central", paramLabel = "URL", description = {"QA workstation: Records lists and opens every station's "
        + "batches from this central PostgreSQL (--central-user, password as for --central); no Run section; a sign-off is sent to the "
        + "station that recorded the batch, which checks it and takes it as its review (--station names this workstation)"})
    String recordsFromCentral;

    /** The copy to the central database (docs/central.md), started with the station when --central is given. */
    private volatile CentralForwarder forwarder;
    /** Recipe versions published centrally, taken onto the station (docs/central.md), with --central only. */
    private volatile RecipePull recipePull;
    /** Sign-offs from QA workstations for this station's batches (docs/central.md), with --central only. */
    private volatile SignOffPull signOffPull;
    /** People published by the site's user home (docs/central.md), with --central only. */
    private volatile UserPull userPull;
    /** Dies published centrally and the site's cycle sums (docs/central.md), with --central only. */
    private volatile DiePull diePull;

    private StationBalance balance;
    private StationGlovebox glovebox = StationGlovebox.none();
    /** A demo station's console: the simulated balance's controls and the simulated press's training faults share it. */
    private final ConsoleControls console = new ConsoleControls(System.out);

    @Override
    public Integer call() {
        StartMarker.mark(StartMarker.MAIN);
        balance = StationBalance.open(balanceOptions.settings(), demo, console, System.out, Clock.systemUTC());
        if (demo) {
            console.follow(System.in);
        }
        PressMapping bundledOrMapped = mapping.load();
        glovebox = gloveboxMapping != null ? StationGlovebox.connect(gloveboxMapping, mapping.dataDir)
                : mapping.usesBundledSimulator() ? StationGlovebox.simulated(mapping.dataDir, atmosphereSource)
                : StationGlovebox.none();
        // A batch on the simulated press or among demo people is training, never production: its record says so.
        Station.Builder builder = Station.builder(mapping.dataDir).clock(Clock.systemUTC()).zone(ZoneId.systemDefault())
                .dies(deprecatedDieOption()).whenNoDies(FORMER_DEFAULT_DIE).training(demo || mapping.usesBundledSimulator())
                .demo(demo)
                .compactAbove(upkeep.compactAboveBytes());
        upkeep.backupSettings().ifPresent(builder::backups);
        builder = mapping.usesBundledSimulator() ? builder.embeddedSimulator(bundledOrMapped) : builder.press(bundledOrMapped);
        // JavaFX starts at once; the station starts beside it (docs/architecture.md, "Start-up").
        HmiStart hmi = HmiStart.starting(bundledOrMapped.press().model(), Optional.ofNullable(layouts), windowed, null);
        StationStart start = new StationStart(builder, demo, bundledOrMapped.press(), this::context, hmi).begin();
        try {
            HmiApplication.launch(hmi);
        } finally {
            // The forwarder reads the station's database: it stops before the database closes.
            Optional.ofNullable(forwarder).ifPresent(CentralForwarder::close);
            Optional.ofNullable(recipePull).ifPresent(RecipePull::close);
            Optional.ofNullable(signOffPull).ifPresent(SignOffPull::close);
            Optional.ofNullable(userPull).ifPresent(UserPull::close);
            Optional.ofNullable(diePull).ifPresent(DiePull::close);
            start.close();
            balance.close();
            glovebox.close();
        }
        // A database that cannot be opened ends the HMI; its reason is reported as before the HMI started early.
        start.failure().ifPresent(e -> {
            throw e;
        });
        return 0;
    }

    /**
     * The die the deprecated options name, added to the registry if it lacks it (docs/dies.md#migration);
     * an option left out takes the former default's value.
     */
    private List<Die> deprecatedDieOption() {
        if (dieId == null && dieBoreMillimetres == null && dieRating == null) {
            return List.of();
        }
        System.err.println("layerpress run: --die-id, --die-mm and --die-rating are deprecated and will be removed: dies live in the "
                + "die registry (Dies screen, layerpress dies). The die they name is added to the registry if it is not there.");
        return List.of(new Die(dieId == null ? FORMER_DEFAULT_DIE.id() : dieId.strip(),
                dieBoreMillimetres == null ? FORMER_DEFAULT_DIE.bore() : Length.millimetres(dieBoreMillimetres),
                dieRating == null ? FORMER_DEFAULT_DIE.rating() : Force.parse(dieRating)));
    }

    /** A demo station without --export-to writes to its data folder's exports, so a demo exports without a stick. */
    private ExportTargets exportTargets() {
        Optional<Path> folder = Optional.ofNullable(exportTo).or(() -> demo ? Optional.of(mapping.dataDir.resolve("exports")) : Optional.empty());
        folder.filter(f -> demo && exportTo == null).ifPresent(RunCommand::createQuietly);
        return new ExportTargets(usbRoots == null ? ExportTargets.USUAL_ROOTS : usbRoots, System.getProperty("user.name"), folder);
    }

    private static void createQuietly(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            // The export then says the folder cannot be reached, in words, when someone exports.
        }
    }

    /** The HMI's sections on the station. */
    private HmiContext context(Station station) {
        StationServices services = station.useCases().services();
        RecipeServices recipes = central.link().map(link -> CentralScreens.recipes(station, link, upkeep.station))
                .orElse(station.useCases().recipes());
        PressMapping m = station.mapping();
        BatchSequencer sequencer = station.sequencer();
        LivePressState live = station.link().live();
        LayoutLocator screens = new LayoutLocator(Optional.ofNullable(layouts));
        Optional<WeighingUseCase> weighing = balance.port().map(p -> new WeighingUseCase(services.authorizer(), p));
        weighing.ifPresent(w -> sequencer.weighOn(w.balanceId()));
        balance.hand().ifPresent(sequencer::addListener);
        glovebox.port().ifPresent(sequencer::useAtmosphere);
        if (demo && station.trainingFaults().simulated()) {
            TrainingConsole faults = new TrainingConsole(station.trainingFaults().offered(), station.trainingFaults()::injectFromConsole);
            console.add(TrainingConsole::claims, faults::apply, faults::help);
            System.out.println(faults.help());
        }
        central.link().ifPresent(link -> {
            forwarder = new CentralForwarder(station.stores().database(), upkeep.station, link, CentralForwarder.Settings.DEFAULT,
                    Clock.systemUTC());
            forwarder.start();
            recipePull = CentralRecipePull.start(station, link, central.url);
            signOffPull = CentralRecipePull.startSignOffs(station, link, upkeep.station);
            userPull = CentralRecipePull.startUsers(station, link, central.url);
            diePull = CentralRecipePull.startDies(station, link, central.url);
        });
        HmiContext context = new HmiContext(live, m.press().model(), Optional.ofNullable(layouts), windowed, null, services)
                .withForwarding(forwarder)
                .withScreens(session -> AuditTrailView.create(screens, services, session), session -> UsersView.create(screens, services, session,
                        central.link().map(link -> CentralScreens.users(station, link, upkeep.station))))
                .withRecipes(session -> RecipesView.create(screens, services, recipes, session, Optional.of(mapping.dataDir.resolve("exports"))))
                .withDies(session -> DiesView.create(screens, station.useCases().dies(), session,
                        central.link().map(link -> CentralScreens.dies(station.useCases(), new CentralDies(link), upkeep.station))))
                .withCalibration(session -> CalibrationView.create(screens, station.useCases().calibration(),
                        StationInstruments.of(station.link().fit(), weighing.map(WeighingUseCase::balanceId)), session))
                .withAlarmBanner(session -> AlarmBannerView.create(screens, station.alarms().manager(), session))
                .withAlarms(session -> AlarmsView.create(screens, station.alarms().manager(), session))
                .withTraining(session -> TrainingView.section(screens, station.trainingFaults(), session));
        if (recordsFromCentral != null) {
            return context.withRecords(CentralRecordsSection.screen(screens, CentralLink.of(recordsFromCentral, central.user,
                    CentralOptions.password(central.passwordFile)), services, upkeep.station));
        }
        return context.withRun(RunScreens.factory(screens, sequencer, live, recipes.queries(), station::registeredDiesInUse, m.press().model(),
                        services.login()::loginChoices, weighing, Optional.of(CorrectView.opener(screens, station.useCases().review(),
                                station.useCases().batchList(), ZoneId.systemDefault()))))
                .withRecords(RecordsSection.screen(screens, station.useCases().batchList(), station.useCases().review(), exportTargets()));
    }
}
