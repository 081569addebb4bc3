package org.layerpress.station;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.store.StartupCompaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up compaction as a step of the station's start: run before the database opens (no batch
 * can be writing), said in the log, and recorded in the audit trail once the stores are open.
 */
final class StartupCompactionStep {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCompactionStep.class);

    private final Optional<StartupCompaction.Outcome> outcome;

    private StartupCompactionStep(Optional<StartupCompaction.Outcome> outcome) {
        this.outcome = outcome;
    }

    /**
     * Compacts {@code dataDir}'s database when it is larger than the threshold; no threshold, no compaction.
     * {@code starting} hears of a compaction before it begins (the login screen says it while the station waits).
     */
    static StartupCompactionStep before(Path dataDir, Optional<Long> thresholdBytes, Consumer<StartupCompaction.Starting> starting) {
        Optional<StartupCompaction.Outcome> done = thresholdBytes.map(t -> StartupCompaction.ifLargerThan(dataDir, t, s -> {
            LOG.info("{}", s.words());
            starting.accept(s);
        }));
        done.ifPresent(o -> {
            if (o instanceof StartupCompaction.Failed) {
                LOG.warn("{}", o.words());
            } else {
                LOG.info("{}", o.words());
            }
        });
        return new StartupCompactionStep(done);
    }

    /** A compaction done or failed goes into the audit trail, by the station; nothing to record when none was needed. */
    void audit(StationStores stores, StationUseCases useCases) {
        outcome.filter(o -> !(o instanceof StartupCompaction.NotNeeded)).ifPresent(o -> stores.transactions().inTransaction(() -> {
            String action = o instanceof StartupCompaction.Compacted ? AuditActions.DATABASE_COMPACTED : AuditActions.DATABASE_COMPACTION_FAILED;
            useCases.services().auditor().recordByStation(action, AuditActions.ENTITY_STATION, "layerpress.mv.db", o.words(), "start-up compaction");
            return null;
        }));
    }
}
