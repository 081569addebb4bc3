package org.layerpress.station;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.layerpress.application.alarms.BatchAlarmConditions;
import org.layerpress.application.alarms.ObservableCauses;
import org.layerpress.application.alarms.PressConditions;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.alarms.UpkeepConditions;
import org.layerpress.application.batch.BatchAlarms;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.upkeep.DiskSpaceGuard;
import org.layerpress.application.upkeep.FreeSpace;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.store.JdbcStationAlarmHistory;

/**
 * Wires the station alarm manager to the press link and the batch sequencer. Press samples and link
 * changes arrive on OPC UA threads and batch snapshots on the sequencer's: each only hands over to the
 * one {@code station-alarms} thread, which assesses the conditions and writes the history, so no
 * callback waits on the disk. That thread also unshelves on the station clock every few seconds, reads
 * the free disk space once a minute of the station clock, and takes the scheduled backups' outcomes.
 */
public final class StationAlarms implements AutoCloseable {

    /** How often the station clock is looked at for shelving that ran out, and the press state re-read. */
    static final long TICK_SECONDS = 2;
    private static final Set<StandardSignal> WATCHED = EnumSet.of(StandardSignal.DOOR_CLOSED, StandardSignal.ESTOP_OK, StandardSignal.RUNNING,
            StandardSignal.FAULT_CODE, StandardSignal.HEATER_FAULT);

    private final StationAlarmManager manager;
    private final PressConditions press;
    private final BatchAlarmConditions batch;
    private final UpkeepConditions upkeep;
    private final BatchAlarms sequencer;
    /** The batch as last told by the sequencer (only the alarm thread touches it): its alarms' causes are looked at with the press's. */
    private BatchRun lastRun;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "station-alarms");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pressCheckPending = new AtomicBoolean();

    private StationAlarms(StationAlarmManager manager, PressLink link, BatchAlarms sequencer, UpkeepConditions upkeep) {
        this.manager = manager;
        this.press = new PressConditions(link.live());
        this.batch = new BatchAlarmConditions(new ObservableCauses(link.live())::present);
        this.upkeep = upkeep;
        this.sequencer = sequencer;
    }

    /** The manager on the station's stores, following this link and sequencer, and the disk space there, from now on. */
    public static StationAlarms on(StationStores stores, StationUseCases useCases, PressLink link, BatchAlarms sequencer, FreeSpace space) {
        var services = useCases.services();
        StationAlarmManager manager = new StationAlarmManager(new JdbcStationAlarmHistory(stores.transactions()), stores.transactions(),
                services.authorizer(), services.auditor(), services.clock());
        StationAlarms alarms = new StationAlarms(manager, link, sequencer, new UpkeepConditions(new DiskSpaceGuard(space), services.clock()));
        alarms.follow(link);
        return alarms;
    }

    private void follow(PressLink link) {
        manager.openBatchFrom(() -> sequencer.current().filter(StationAlarms::open).map(BatchRun::batchId).orElse(""));
        manager.onAcknowledge(BatchAlarmConditions.PREFIX, this::acknowledgeInBatch);
        link.port().addLinkListener(status -> checkPress());
        link.port().addSampleListener(sample -> {
            if (WATCHED.contains(sample.signal())) {
                checkPress();
            }
        });
        sequencer.addListener(run -> hand(() -> assessBatch(run)));
        worker.execute(() -> sequencer.current().ifPresent(this::assessBatch));
        worker.scheduleWithFixedDelay(() -> {
            manager.unshelveExpired();
            assessPress();
            apply(upkeep.diskIfDue());
        }, 0, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** From the scheduled backups' thread: the words of a failed backup, raised on the alarm thread. */
    public void backupFailed(String words) {
        hand(() -> apply(List.of(upkeep.backupFailed(words))));
    }

    /** From the scheduled backups' thread: a backup was written, so the failure before it is over. */
    public void backupSucceeded() {
        hand(() -> apply(List.of(upkeep.backupSucceeded())));
    }

    private void assessBatch(BatchRun run) {
        lastRun = run;
        apply(batch.assess(run));
    }

    /** The press's conditions, then the open batch's alarms whose causes the press shows. */
    private void assessPress() {
        apply(press.assess());
        if (lastRun != null) {
            apply(batch.assess(lastRun));
        }
    }

    /** From an OPC UA thread: at most one press check waiting at a time. */
    private void checkPress() {
        if (pressCheckPending.compareAndSet(false, true)) {
            hand(() -> {
                pressCheckPending.set(false);
                assessPress();
            });
        }
    }

    /** Hands work to the alarm thread; after {@link #close} there is none, and the work is dropped. */
    private void hand(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException closed) {
            // The station is closing: nothing is left to alarm about.
        }
    }

    private void apply(List<PressConditions.Reading> readings) {
        readings.forEach(r -> manager.condition(r.condition(), r.active()));
    }

    /** Acknowledges a batch alarm in the batch's own record too, while that batch is still the open one. */
    private void acknowledgeInBatch(org.layerpress.application.users.Session session, String rest) {
        String alarmId = rest.substring(rest.lastIndexOf('/') + 1);
        BatchRun run = sequencer.current().filter(StationAlarms::open)
                .filter(r -> BatchAlarmConditions.key(r.batchId(), alarmId).equals(BatchAlarmConditions.PREFIX + rest))
                .orElseThrow(() -> new BatchRefusedException("its batch is no longer open, so its record keeps the alarm as it was"));
        run.alarms().stream().filter(a -> a.id().equalsIgnoreCase(alarmId)).findFirst()
                .ifPresent(a -> sequencer.acknowledgeAlarm(session, a.id()));
    }

    private static boolean open(BatchRun run) {
        return run.state() != BatchState.COMPLETE && run.state() != BatchState.ABORTED;
    }

    public StationAlarmManager manager() {
        return manager;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
