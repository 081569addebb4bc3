package org.layerpress.station;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.training.TrainingFaultsUseCase;
import org.layerpress.application.training.TrainingPort;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.PlcPrograms;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.sim.SimulatorTraining;
import org.layerpress.application.upkeep.DiskSpaceGuard;
import org.layerpress.application.upkeep.FreeSpace;
import org.layerpress.store.DataFolderFreeSpace;
import org.layerpress.store.LinkEventLog;
import org.layerpress.store.StartupCompaction;

/**
 * A whole station, as {@code layerpress run} runs it: the stores and use cases, the press link
 * (to the embedded simulated PLC or to the mapped one) with its state changes logged to the
 * database, and the batch sequencer. {@link Builder#build} opens the link last.
 *
 * <p>It starts in two steps so {@code run} can show the login screen before the press is reachable:
 * {@link Builder#prepare} opens the database and builds every part without starting the simulated
 * PLC or dialling the PLC; {@link #startPress} does both. Until then the link says CONNECTING.
 */
public final class Station implements AutoCloseable {

    private final StationStores stores;
    private final StationUseCases useCases;
    private final Optional<EmbeddedPress> embedded;
    private final PressMapping mapping;
    private final PressLink link;
    private final LinkEventLog linkLog;
    private final BatchSequencer sequencer;
    private final StationAlarms alarms;
    private final List<Die> dies;
    private final boolean training;
    private final Optional<ScheduledBackups> backups;
    private final Optional<SimulatorTraining> simulatorTraining;
    private final TrainingFaultsUseCase trainingFaults;

    private Station(Builder b, Consumer<StationUseCases> storesOpen) {
        StartupCompactionStep compaction = StartupCompactionStep.before(b.dataDir, b.compactAbove, b.compactionStarting);
        stores = StationStores.open(b.dataDir, b.zone, b.clock);
        try {
            useCases = StationUseCases.on(stores, b.clock);
            compaction.audit(stores, useCases);
            new DiskSpaceGuard(b.freeSpace).atStartUp();
            DieSeeding.seed(stores, useCases.services().auditor(), b.dies, b.whenNoDies);
            dies = inUse(b.dies);
            storesOpen.accept(useCases);
            embedded = b.simulator.map(s -> EmbeddedPress.create(b.mapping, s.options,
                    s.program.orElseGet(() -> PlcPrograms.forMapping(b.mapping))));
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
        mapping = embedded.map(EmbeddedPress::mapping).orElse(b.mapping);
        link = PressLink.opcUa(mapping, b.dataDir, dies.get(0));
        linkLog = new LinkEventLog(stores.database());
        link.port().addLinkListener(linkLog);
        training = b.training.orElse(embedded.isPresent());
        sequencer = Sequencers.forStation(stores, useCases, link, dies, training);
        // The batch-start floor reads the same free space as the start-up warning and the disk alarms.
        sequencer.setBatchStartGate(new DiskSpaceGuard(b.freeSpace));
        alarms = StationAlarms.on(stores, useCases, link, sequencer, b.freeSpace);
        backups = b.backups.map(settings -> ScheduledBackups.start(stores.database(), settings, b.clock, alarms));
        // Training faults reach only the in-process simulator; on a real PLC the use case has no port and refuses.
        simulatorTraining = embedded.map(e -> new SimulatorTraining(e.simulator()));
        trainingFaults = new TrainingFaultsUseCase(simulatorTraining.map(t -> (TrainingPort) t), useCases.services().authorizer(),
                useCases.services().auditor(), stores.transactions(), sequencer.trainingNotes(), b.demo);
    }

    /**
     * The registry's dies IN_USE at start, those given at start first (the first is the one the live
     * state shows until a batch opens); refused when there is none to show a pressure with.
     */
    private List<Die> inUse(List<Die> given) {
        List<Die> registered = diesInUse();
        List<Die> out = new java.util.ArrayList<>(given.stream().filter(registered::contains).toList());
        registered.stream().filter(d -> !out.contains(d)).forEach(out::add);
        if (out.isEmpty()) {
            throw new IllegalStateException("the die registry has no die IN_USE: a Supervisor adds one (layerpress dies add) "
                    + "or sets one back IN_USE");
        }
        return List.copyOf(out);
    }

    /**
     * Starts the embedded simulated PLC, if the station has one, then opens the link (which keeps
     * dialling until the PLC answers). Call once, after {@link Builder#prepare}.
     */
    public Station startPress() {
        embedded.ifPresent(EmbeddedPress::start);
        link.open();
        return this;
    }

    /** A station on the H2 file in {@code dataDir} (created if needed), on the system clock in the system's zone. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    public StationStores stores() {
        return stores;
    }

    public StationUseCases useCases() {
        return useCases;
    }

    /** The mapping the link uses (for the embedded simulator: with its endpoint). */
    public PressMapping mapping() {
        return mapping;
    }

    public PressLink link() {
        return link;
    }

    public BatchSequencer sequencer() {
        return sequencer;
    }

    /** The station's alarms (ISA-18.2), with or without a batch (docs/alarms.md). */
    public StationAlarms alarms() {
        return alarms;
    }

    /** The checked backups while the station runs, when it was told to make them. */
    public Optional<ScheduledBackups> backups() {
        return backups;
    }

    /** The die registry's dies IN_USE now, by id: what a batch may start with (a Supervisor may change the registry at any time). */
    public List<Die> diesInUse() {
        return registeredDiesInUse().stream().map(RegisteredDie::die).toList();
    }

    /** As {@link #diesInUse()}, with what the registry counted on each (the start page shows their wear). */
    public List<RegisteredDie> registeredDiesInUse() {
        return stores.transactions().inTransaction(() -> stores.dies().all()).stream()
                .filter(d -> d.status() == DieStatus.IN_USE).toList();
    }

    /** The registry's dies IN_USE when the station started; the first is the one the live state shows. */
    public List<Die> dies() {
        return dies;
    }

    /** Whether the station's batches are marked as training ({@link Builder#training}). */
    public boolean training() {
        return training;
    }

    /** Training faults into the simulated press (docs/training.md); refused on a real PLC. */
    public TrainingFaultsUseCase trainingFaults() {
        return trainingFaults;
    }

    /** The embedded simulated PLC, when the station runs on one. */
    public Optional<EmbeddedPress> embedded() {
        return embedded;
    }

    /** Closes in the order the parts depend on each other: the sequencer flushes before the link and the database go. */
    @Override
    public void close() {
        alarms.close();
        backups.ifPresent(ScheduledBackups::close);
        simulatorTraining.ifPresent(SimulatorTraining::close);
        sequencer.close();
        link.close();
        linkLog.close();
        stores.close();
        embedded.ifPresent(EmbeddedPress::close);
    }

    /** What the station is built from. */
    public static final class Builder {

        private final Path dataDir;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.systemDefault();
        private PressMapping mapping;
        private Optional<Simulator> simulator = Optional.empty();
        private List<Die> dies = List.of();
        private Optional<Die> whenNoDies = Optional.empty();
        private Optional<Boolean> training = Optional.empty();
        private boolean demo;
        private Optional<Long> compactAbove = Optional.empty();
        private Consumer<StartupCompaction.Starting> compactionStarting = s -> { };
        private Optional<ScheduledBackups.Settings> backups = Optional.empty();
        private FreeSpace freeSpace;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
            this.freeSpace = new DataFolderFreeSpace(dataDir);
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** The station's time zone, for the days of the QA batch list's filters. */
        public Builder zone(ZoneId z) {
            this.zone = z;
            return this;
        }

        /** The press PLC this mapping describes, reached at its endpoint. */
        public Builder press(PressMapping m) {
            this.mapping = m;
            this.simulator = Optional.empty();
            return this;
        }

        /** The simulated PLC for this mapping, started in-process on loopback (its PKI under {@code <dataDir>/simulator-pki}). */
        public Builder embeddedSimulator(PressMapping m) {
            return embeddedSimulator(m, SimulatorOptions.loopback(0, dataDir.resolve("simulator-pki")), Optional.empty());
        }

        /** As {@link #embeddedSimulator(PressMapping)}, with the server's options and the PLC program given. */
        public Builder embeddedSimulator(PressMapping m, SimulatorOptions options, PlcProgram program) {
            return embeddedSimulator(m, options, Optional.of(program));
        }

        private Builder embeddedSimulator(PressMapping m, SimulatorOptions options, Optional<PlcProgram> program) {
            this.mapping = m;
            this.simulator = Optional.of(new Simulator(options, program));
            return this;
        }

        /**
         * Whether every batch is marked as training, not production (a demo station); unless told,
         * a station on the embedded simulated PLC is a training one and a station on a real PLC is not.
         */
        public Builder training(boolean t) {
            this.training = Optional.of(t);
            return this;
        }

        /** A demo station ({@code run --demo}): everyone logged in may inject training faults into the simulated press. */
        public Builder demo(boolean d) {
            this.demo = d;
            return this;
        }

        /**
         * Dies given at start (the deprecated {@code --die-id} path): any the die registry does not
         * have joins it ({@link DieSeeding}); the first is the one the live state shows at start.
         */
        public Builder dies(List<Die> d) {
            this.dies = List.copyOf(d);
            return this;
        }

        /**
         * Compacts the database file before opening it when it is larger than this (docs/data-upkeep.md);
         * without it the station never compacts at start.
         */
        public Builder compactAbove(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("the compaction threshold must be 0 or more bytes, not " + bytes);
            }
            this.compactAbove = Optional.of(bytes);
            return this;
        }

        /** Told when a start-up compaction begins, before the database opens (on the thread that prepares the station). */
        public Builder compactionStarting(Consumer<StartupCompaction.Starting> told) {
            this.compactionStarting = java.util.Objects.requireNonNull(told, "told");
            return this;
        }

        /** Where the free disk space is read (the data folder's file system unless told otherwise; tests give a figure). */
        public Builder freeSpace(FreeSpace space) {
            this.freeSpace = space;
            return this;
        }

        /** Checked backups while the station runs ({@link ScheduledBackups}). */
        public Builder backups(ScheduledBackups.Settings settings) {
            this.backups = Optional.of(settings);
            return this;
        }

        /** The die seeded into the registry when it is still empty (a station from before the registry). */
        public Builder whenNoDies(Die d) {
            this.whenNoDies = Optional.of(d);
            return this;
        }

        /** The station with its press started and its link open: {@link #prepare} then {@link Station#startPress}. */
        public Station build() {
            return prepare(useCases -> { }).startPress();
        }

        /**
         * Opens (and migrates) the database and builds every part, the press link closed and the
         * simulated PLC not yet listening. {@code storesOpen} is called as soon as the use cases work,
         * before the press parts are built, so a caller can seed the database or show the login list early;
         * if it throws, the database is closed again.
         */
        public Station prepare(Consumer<StationUseCases> storesOpen) {
            if (mapping == null) {
                throw new IllegalStateException("a station needs a press: press(mapping) or embeddedSimulator(mapping)");
            }
            return new Station(this, storesOpen);
        }
    }

    private record Simulator(SimulatorOptions options, Optional<PlcProgram> program) {
    }
}
