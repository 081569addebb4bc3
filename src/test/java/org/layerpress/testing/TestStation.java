package org.layerpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.layerpress.application.StationServices;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.upkeep.DiskSpaceGuard;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.LoginResult;
import org.layerpress.application.users.NewUser;
import org.layerpress.application.users.PinHasher;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.station.PressLink;
import org.layerpress.station.Sequencers;
import org.layerpress.station.Station;
import org.layerpress.station.StationStores;
import org.layerpress.station.StationUseCases;
import org.layerpress.store.Database;
import org.layerpress.store.JdbcTransactions;

/**
 * The one station of the tests, assembled by the product's station assembly ({@code station}):
 * the real H2 file in a test's folder with its migrations and stores, every use case, a clock the
 * test moves, and, as asked, the demo people and a press: none, an in-memory one, a real OPC UA
 * adapter that is never opened, or the simulated PLC over loopback with the batch sequencer.
 *
 * <pre>{@code
 * TestStation.builder(dir).demoUsers().simulatedPress().build()
 * }</pre>
 */
public final class TestStation implements AutoCloseable {

    /** The 10 mm die of the demo recipes, as the bench labels it. */
    public static final Die DIE = new Die("D10-01", Length.millimetres(10), DemoRecipes.DIE_10_MM.rating());
    /** The same bore with a low rating: a setpoint above it is refused. */
    public static final Die WEAK_DIE = new Die("D10-WEAK", Length.millimetres(10), Force.kiloNewtons(5));
    /** When every test station's clock starts, unless told otherwise. */
    public static final String START = "2026-11-25T09:00:00Z";

    private final Path dir;
    private final Clock clock;
    private final StationStores stores;
    private final StationUseCases useCases;
    private final PressMapping mapping;
    private final List<Die> dies;
    private final Optional<PressLink> link;
    private final Optional<SimulatedPress> press;
    private final Optional<ManualPumpPress> manualPump;
    private final Optional<IsostaticVesselPlc> vessel;
    private final Optional<Station> whole;
    private final boolean ownsLink;
    private BatchSequencer sequencer;
    private int spare;

    private TestStation(Builder b) {
        dir = b.dir;
        b.template.ifPresent(t -> copyDatabase(t, dir));
        clock = b.clock;
        dies = List.copyOf(b.dies);
        if (b.press == PressKind.OWN_SIMULATOR) {
            String file = b.vessel ? (b.warmVessel ? "isostatic-wip.yaml" : "isostatic-cip.yaml") : b.gaugeOnly ? "manual-pump-gauge.yaml"
                    : b.manualPump.isPresent() ? "manual-pump.yaml" : "simulator.yaml";
            PressMapping simulated = b.mappingChange.apply(MappingLoader.loadBundled(file));
            SimulatedPressPlc plc = new SimulatedPressPlc(simulated.press(), b.settings);
            manualPump = b.manualPump.map(ManualPumpPress::new);
            vessel = b.vessel ? Optional.of(new IsostaticVesselPlc(IsostaticVesselPlc.Settings.of(simulated))) : Optional.empty();
            PlcProgram program = vessel.<PlcProgram>map(v -> v).orElse(manualPump.<PlcProgram>map(m -> m).orElse(plc));
            Station.Builder sb = Station.builder(dir).clock(clock).zone(b.zone).dies(dies);
            b.training.ifPresent(sb::training);
            sb.freeSpace(b.freeSpace.orElseGet(() -> ample(dir)));
            b.backups.ifPresent(sb::backups);
            Station s = sb
                    .embeddedSimulator(simulated, SimulatorOptions.loopback(0, dir.resolve("simulator-pki")).withTimeScale(b.timeScale),
                            program)
                    .build();
            whole = Optional.of(s);
            stores = s.stores();
            useCases = s.useCases();
            mapping = s.mapping();
            link = Optional.of(s.link());
            press = manualPump.isPresent() || vessel.isPresent() ? Optional.empty() : Optional.of(SimulatedPress.around(s.embedded().orElseThrow(), plc, s.link()));
            sequencer = s.sequencer();
            double scale = b.timeScale;
            // The platens' ramps and soaks are timed as fast as the simulated PLC's physics runs.
            sequencer.useProcessTime(() -> System.nanoTime() / 1e9 * scale);
            ownsLink = false;
            SimulatedPress.awaitLinkAndValues(s.link());
        } else {
            manualPump = Optional.empty();
            vessel = Optional.empty();
            whole = Optional.empty();
            stores = StationStores.open(dir, b.zone, clock);
            useCases = StationUseCases.on(stores, clock);
            switch (b.press) {
                case NONE -> {
                    mapping = MappingLoader.loadBundled("simulator.yaml");
                    link = Optional.empty();
                    press = Optional.empty();
                    ownsLink = false;
                }
                case FAKE -> {
                    mapping = MappingLoader.loadBundled("simulator.yaml");
                    link = Optional.of(new PressLink(new FakePressPort(), mapping.press(), dies.get(0)));
                    press = Optional.empty();
                    ownsLink = true;
                }
                case OFFLINE -> {
                    mapping = MappingLoader.loadBundled("simulator.yaml");
                    link = Optional.of(PressLink.opcUa(mapping, dir.resolve("hmi"), dies.get(0)));
                    press = Optional.empty();
                    ownsLink = true;
                    sequencer = Sequencers.forStation(stores, useCases, link.get(), dies, b.training.orElse(false));
                    sequencer.setBatchStartGate(new DiskSpaceGuard(b.freeSpace.orElseGet(() -> ample(dir))));
                }
                default -> {
                    SimulatedPress shared = b.shared;
                    shared.settle();
                    mapping = shared.mapping();
                    link = Optional.of(shared.link());
                    press = Optional.of(shared);
                    ownsLink = false;
                    sequencer = Sequencers.forStation(stores, useCases, shared.link(), dies, b.training.orElse(true));
                    sequencer.setBatchStartGate(new DiskSpaceGuard(b.freeSpace.orElseGet(() -> ample(dir))));
                }
            }
        }
        if (b.demoUsers) {
            useCases.services().seedDemoUsers().run();
        }
    }

    /** The H2 file of a closed station copied into {@code to}, as a backup restored on another station would be. */
    private static void copyDatabase(Path from, Path to) {
        try (var files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("layerpress.")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the station in " + from, e);
        }
    }

    /** A station on the H2 file in {@code dir}; nothing else until asked. */
    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    // ---------------------------------------------------------------- records and use cases

    public StationServices services() {
        return useCases.services();
    }

    /** {@link #DIE} as the registry holds it when nothing has been counted on it yet. */
    public static java.util.List<org.layerpress.domain.press.RegisteredDie> dieInUse() {
        return java.util.List.of(org.layerpress.domain.press.RegisteredDie.added(DIE, "steel", java.util.OptionalLong.empty()));
    }

    /** {@code times} press steps counted on die {@code id}, each peaking at {@code peak}, as the batch engine counts them. */
    public void countPresses(String id, int times, org.layerpress.domain.units.Force peak) {
        for (int i = 0; i < times; i++) {
            stores.transactions().inTransaction(() -> {
                // Each counted step is a die use of its own, as if of a batch of its own.
                stores.dies().recordPress(new org.layerpress.application.dies.DieUse(id, "T-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                        1, peak, java.time.Instant.parse(START)));
                return null;
            });
        }
    }

    /** The die registry as people use it. */
    public org.layerpress.application.dies.DieRegistryUseCase dieRegistry() {
        return useCases.dies();
    }

    /** Calibration records as people use them. */
    public org.layerpress.application.calibration.CalibrationUseCase calibration() {
        return useCases.calibration();
    }

    public RecipeServices recipes() {
        return useCases.recipes();
    }

    public ReviewServices review() {
        return useCases.review();
    }

    public BatchListUseCase batchList() {
        return useCases.batchList();
    }

    /** The store adapters, for tests of the stores themselves and for reading what was written. */
    public StationStores stores() {
        return stores;
    }

    public JdbcTransactions transactions() {
        return stores.transactions();
    }

    public Database database() {
        return stores.database();
    }

    /** The station's clock, which the test moves ({@link Builder#clock}). */
    public MutableClock clock() {
        if (clock instanceof MutableClock m) {
            return m;
        }
        throw new IllegalStateException("this station runs on " + clock + ", which a test does not move");
    }

    public ZoneId zone() {
        return stores.zone();
    }

    /** The folder the station's database (and press PKI) are in. */
    public Path dir() {
        return dir;
    }

    // ---------------------------------------------------------------- people

    public Session loginAs(String login, String pin) {
        LoginResult r = services().login().login(LoginCommand.byLogin(login, Pin.of(pin)));
        if (!r.succeeded()) {
            throw new AssertionError("login " + login + " failed: " + r.message());
        }
        return r.session().orElseThrow();
    }

    /** Olga Operator (demo). */
    public Session olga() {
        return loginAs("olga", "111111");
    }

    /** Quinn Reviewer, QA (demo). */
    public Session quinn() {
        return loginAs("quinn", "222222");
    }

    /** Sam Supervisor (demo). */
    public Session sam() {
        return loginAs("sam", "333333");
    }

    /** Sue Second-Supervisor (demo). */
    public Session sue() {
        return loginAs("sue", "444444");
    }

    /** Oscar Second-Operator (demo): the second person at the press, who witnesses Olga's weighings. */
    public Session oscar() {
        return loginAs("oscar", "555555");
    }

    /** Rhea Second-Reviewer, QA (demo): signs off what Quinn may not. */
    public Session rhea() {
        return loginAs("rhea", "666666");
    }

    /** Ada Admin (demo). */
    public Session ada() {
        return loginAs("ada", "999999");
    }

    /** A signature by a demo person as the signing dialogue sends it: own name tapped, PIN, comment. */
    public static SignatureInput signature(String login, String pin, String comment) {
        return new SignatureInput(Optional.of(login), Pin.of(pin), comment);
    }

    public User user(String login) {
        return transactions().inTransaction(() -> stores.users().byLogin(login)).orElseThrow(() -> new AssertionError("no user " + login));
    }

    public long userId(String login) {
        return user(login).id();
    }

    /** Ada the admin gives {@code login} these roles, through the use case (audited). */
    public void assignRoles(String login, Set<Role> roles, String reason) {
        services().userAdministration().assignRoles(ada(), new UserCommands.AssignRoles(userId(login), EnumSet.copyOf(roles), reason));
    }

    /** A throwaway operator straight through the store, for tests that use one up. */
    public long createSpareUser() {
        String login = "spare" + (++spare);
        return transactions().inTransaction(() -> stores.users().insert(new NewUser(login, "Spare Person " + spare, Optional.empty(),
                EnumSet.of(Role.OPERATOR), false, false), new PinHasher().hash(Pin.of("123123"))));
    }

    // ---------------------------------------------------------------- the database as a SQL tool sees it

    public long auditCount(String action, String actorLogin) {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor_login = ?", action, actorLogin);
    }

    public long auditTotal() {
        return count("SELECT COUNT(*) FROM audit_event");
    }

    /** Raw SQL outside the application, as someone with the database file and a SQL tool could run it. */
    public int sql(String statement) throws SQLException {
        try (Connection c = database().connection(); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    /** The first column of a query's rows, as text. */
    public List<String> column(String query) throws SQLException {
        try (Connection c = database().connection(); PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private long count(String sql, String... params) {
        try (Connection c = database().connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    // ---------------------------------------------------------------- recipes

    /** The press the recipes are written for: the bundled simulator's. */
    public PressProfile pressProfile() {
        return mapping.press();
    }

    /** Written and submitted by Sam, approved by Sue, through the real use cases (needs the demo people). */
    public long approve(RecipeDefinition d) {
        Session sam = sam();
        RecipeVersion v = recipes().authoring().createDraft(sam, d, "test recipe");
        recipes().lifecycle().submit(sam, v.id(), signature("sam", "333333", "written for a test"));
        recipes().lifecycle().approve(sue(), v.id(), signature("sue", "444444", "approved for a test"));
        services().sessions().logout();
        return v.id();
    }

    /**
     * A new version of an approved one: started and submitted by Sam, approved by Sue, which
     * retires the version it supersedes. Returns the new version's id.
     */
    public long approveNewVersion(long approvedVersionId) {
        Session sam = sam();
        RecipeVersion v = recipes().authoring().newVersion(sam, approvedVersionId, "a new version for a test");
        recipes().lifecycle().submit(sam, v.id(), signature("sam", "333333", "written for a test"));
        recipes().lifecycle().approve(sue(), v.id(), signature("sue", "444444", "approved for a test"));
        services().sessions().logout();
        return v.id();
    }

    /** {@link TestRecipes#twoLayers}, approved. */
    public long approvedRecipe(String name, Duration hold) {
        return approvedRecipe(name, hold, false);
    }

    /** {@link TestRecipes#twoLayers}, approved; {@code witnessed}: the first layer's weighing needs a second person. */
    public long approvedRecipe(String name, Duration hold, boolean witnessed) {
        return approve(TestRecipes.twoLayers(name, pressProfile(), hold, witnessed));
    }

    /** A version as stored now, read straight from the store (no session needed). */
    public RecipeVersion recipeVersion(long versionId) {
        return transactions().inTransaction(() -> stores.recipes().version(versionId)).orElseThrow();
    }

    // ---------------------------------------------------------------- the press and batches

    /** The mapping of the press (the bundled simulator's; with the endpoint when one runs). */
    public PressMapping mapping() {
        return mapping;
    }

    public List<Die> dies() {
        return dies;
    }

    public PressPort port() {
        return link().port();
    }

    /** The in-memory press of {@link Builder#fakePress()}, for pushing samples and link states. */
    public FakePressPort fakePort() {
        if (port() instanceof FakePressPort fake) {
            return fake;
        }
        throw new IllegalStateException("not a fake press: " + port());
    }

    public LivePressState live() {
        return link().live();
    }

    /** The simulated PLC and its server, for injecting faults. */
    /** The simulated hand pump of a station built with {@link Builder#manualPumpPress}. */
    public ManualPumpPress manualPump() {
        return manualPump.orElseThrow(() -> new IllegalStateException("this station has no manual pump press"));
    }

    /** The test's arm on the simulated hand pump: {@code strokes} rising edges on the training node, each waited for. */
    public void pump(int strokes) throws PressLinkException {
        for (int i = 0; i < strokes; i++) {
            long expected = manualPump().strokes() + 1;
            port().command(StandardSignal.PUMP_STROKE);
            Eventually.waitUntil("stroke taken", () -> manualPump().strokes() == expected, manualPump()::strokes);
        }
    }

    /** The simulated isostatic vessel of a station built with {@link Builder#isostaticVessel}, for its lid and faults. */
    public IsostaticVesselPlc vessel() {
        return vessel.orElseThrow(() -> new IllegalStateException("this station has no isostatic vessel"));
    }

    public SimulatedPress press() {
        return press.orElseThrow(() -> new IllegalStateException("this station has no simulated press"));
    }

    /** The station alarms of a station on its own simulator (built as {@code layerpress run} builds them). */
    /** The station's scheduled backups ({@link Builder#backups}). */
    public org.layerpress.station.ScheduledBackups backups() {
        return whole.flatMap(Station::backups).orElseThrow(() -> new IllegalStateException("no scheduled backups: give them to the builder"));
    }

    /** Training faults as the station wires them (a station on its own simulator: into that simulator). */
    public org.layerpress.application.training.TrainingFaultsUseCase trainingFaults() {
        return whole.orElseThrow(() -> new IllegalStateException("training is wired on a station with its own simulator")).trainingFaults();
    }

    public org.layerpress.station.StationAlarms alarms() {
        return whole.orElseThrow(() -> new IllegalStateException("station alarms are wired on a station with its own simulator")).alarms();
    }

    public BatchSequencer sequencer() {
        if (sequencer == null) {
            throw new IllegalStateException("this station has no sequencer: build it with a press (offline, simulated)");
        }
        return sequencer;
    }

    /** A new sequencer on the same store and press, as after a restart of the station; the old one is closed. */
    public BatchSequencer restartSequencer() {
        sequencer().close();
        sequencer = Sequencers.forStation(stores, useCases, link(), dies, sequencer.training());
        sequencer.setBatchStartGate(new DiskSpaceGuard(ample(dir)));
        return sequencer;
    }

    /**
     * Plenty of free space: a station under test must not warn, alarm or refuse a batch because the build machine's
     * disk happens to be nearly full; the tests of those rules give their own {@link TightFolder}.
     */
    private static TightFolder ample(Path dir) {
        return new TightFolder(dir, 1L << 40);
    }

    /** Steps 1–3 of {@link TestRecipes#twoLayers}: check, die scan, first layer in tolerance (60.5 mg, LOT-A). */
    public BatchRun startAndLoad(Session s, long recipe, Die die) {
        sequencer().start(s, new StartBatchCommand(recipe, die.id()));
        sequencer().confirmCheck(s);
        sequencer().confirmScan(s, die.id());
        return sequencer().loadLayer(s, 60.5, "LOT-A", Optional.empty());
    }

    public List<BatchEvent> events(String batchId) {
        return transactions().inTransaction(() -> stores.batches().events(batchId));
    }

    /** The batch's record as the store has it now. */
    public BatchRun stored(String batchId) {
        return BatchRun.replay(events(batchId), stores.recipeFiles());
    }

    /** The batch list's state column. */
    public BatchState summaryState(String batchId) {
        return transactions().inTransaction(() -> stores.batches().summary(batchId)).orElseThrow().state();
    }

    private PressLink link() {
        return link.orElseThrow(() -> new IllegalStateException("this station has no press: build it with one"));
    }

    /** Closes what this station opened; a shared {@link SimulatedPress} stays for the next test. */
    @Override
    public void close() {
        if (whole.isPresent()) {
            whole.get().close();
            return;
        }
        if (sequencer != null) {
            sequencer.close();
        }
        if (ownsLink) {
            link.ifPresent(PressLink::close);
        }
        stores.close();
    }

    private enum PressKind { NONE, FAKE, OFFLINE, OWN_SIMULATOR, SHARED_SIMULATOR }

    /** What the test station is built with. */
    public static final class Builder {

        private final Path dir;
        private Clock clock = MutableClock.at(START);
        private ZoneId zone = ZoneOffset.UTC;
        private boolean demoUsers;
        private List<Die> dies = List.of(DIE, WEAK_DIE);
        private PressKind press = PressKind.NONE;
        private SimulatedPressPlc.Settings settings = SimulatedPress.quiet();
        private SimulatedPress shared;
        private Optional<Path> template = Optional.empty();
        private UnaryOperator<PressMapping> mappingChange = UnaryOperator.identity();
        private Optional<Boolean> training = Optional.empty();
        private double timeScale = 1;
        private Optional<ManualPumpPress.Settings> manualPump = Optional.empty();
        private boolean gaugeOnly;
        private boolean vessel;
        private boolean warmVessel;
        private Optional<org.layerpress.application.upkeep.FreeSpace> freeSpace = Optional.empty();
        private Optional<org.layerpress.station.ScheduledBackups.Settings> backups = Optional.empty();

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** The demo people (olga 111111, quinn 222222, sam 333333, sue 444444, oscar 555555, rhea 666666, ada 999999), seeded as {@code run --demo} does. */
        public Builder demoUsers() {
            this.demoUsers = true;
            return this;
        }

        /**
         * Whether batches are marked as training; unless told, as the product decides: yes on a
         * simulated press (own or shared), no offline (the bundled mapping's real adapter, never opened).
         */
        /** The free disk space the station's alarms and start-up read (e.g. {@link TightFolder}); the real file system's otherwise. */
        public Builder freeSpace(org.layerpress.application.upkeep.FreeSpace space) {
            this.freeSpace = Optional.of(space);
            return this;
        }

        /** Scheduled backups as the station makes them (on a station with its own simulator); a test runs one with {@code once()}. */
        public Builder backups(org.layerpress.station.ScheduledBackups.Settings settings) {
            this.backups = Optional.of(settings);
            return this;
        }

        public Builder training(boolean t) {
            this.training = Optional.of(t);
            return this;
        }

        /** The station's clock (default: a {@link MutableClock} at {@link #START}). */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /**
         * Starts from a copy of the database of a closed station in {@code stationDir}: records a
         * test class writes once, each test then changing its own copy.
         */
        public Builder copyOf(Path stationDir) {
            this.template = Optional.of(stationDir);
            return this;
        }

        /** The station's zone for the QA list's days (default UTC). */
        public Builder zone(ZoneId z) {
            this.zone = z;
            return this;
        }

        /** The dies of the bench (default {@link #DIE} and {@link #WEAK_DIE}); the first is the one in use. */
        public Builder dies(Die... d) {
            this.dies = List.of(d);
            return this;
        }

        /** An in-memory press ({@link FakePressPort}) the test feeds by hand; no sequencer. */
        public Builder fakePress() {
            this.press = PressKind.FAKE;
            return this;
        }

        /**
         * The real OPC UA adapter on the bundled mapping, never opened, and the sequencer: steps
         * that need no PLC run for real and fast; a press step is blocked by "PLC link not connected".
         */
        public Builder offlinePress() {
            this.press = PressKind.OFFLINE;
            return this;
        }

        /** A quiet simulated PLC of its own over loopback ({@link SimulatedPress#quiet()}) and the sequencer, assembled as {@code run} assembles them. */
        public Builder simulatedPress() {
            return simulatedPress(SimulatedPress.quiet());
        }

        /**
         * The own simulated PLC's time runs {@code scale} times the wall clock (its platens heat in
         * seconds, not minutes), and so do the sequencer's HEAT ramps and soaks.
         */
        public Builder simulatedPress(SimulatedPressPlc.Settings plc, double scale) {
            this.timeScale = scale;
            return simulatedPress(plc);
        }

        /** A simulated manual pump press of its own ({@code plc-mapping/manual-pump.yaml}, {@link ManualPumpPress}) and the sequencer. */
        public Builder manualPumpPress(ManualPumpPress.Settings pump) {
            this.press = PressKind.OWN_SIMULATOR;
            this.manualPump = Optional.of(pump);
            return this;
        }

        /**
         * A simulated manual pump press of its own served with {@code plc-mapping/manual-pump-gauge.yaml}:
         * over OPC UA only the heartbeat and the alive counter; the operator reads the (simulated) gauge.
         */
        public Builder gaugePress(ManualPumpPress.Settings pump) {
            this.gaugeOnly = true;
            return manualPumpPress(pump);
        }

        /**
         * A simulated CIP of its own ({@code plc-mapping/isostatic-cip.yaml}, {@link IsostaticVesselPlc}) whose time
         * runs {@code scale} times the wall clock, as does the sequencer's hold timing; and the sequencer.
         */
        public Builder isostaticVessel(double scale) {
            this.press = PressKind.OWN_SIMULATOR;
            this.vessel = true;
            this.timeScale = scale;
            return this;
        }

        /** As {@link #isostaticVessel}, on the simulated WIP ({@code plc-mapping/isostatic-wip.yaml}): a heated vessel. */
        public Builder warmIsostaticVessel(double scale) {
            this.warmVessel = true;
            return isostaticVessel(scale);
        }

        public Builder simulatedPress(SimulatedPressPlc.Settings plc) {
            this.press = PressKind.OWN_SIMULATOR;
            this.settings = plc;
            return this;
        }

        /**
         * The bundled mapping changed before the own simulator and the link are built on it (e.g.
         * without its forceTrace block, or with another faultResetBy): both sides follow the change.
         */
        public Builder mapping(UnaryOperator<PressMapping> change) {
            this.mappingChange = change;
            return this;
        }

        /** The sequencer on a simulated press the test class shares (settled first); closing the station leaves it running. */
        public Builder on(SimulatedPress sharedPress) {
            this.press = PressKind.SHARED_SIMULATOR;
            this.shared = sharedPress;
            return this;
        }

        public TestStation build() {
            return new TestStation(this);
        }
    }
}
