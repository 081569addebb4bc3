package org.layerpress.station;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.upkeep.DiskSpaceGuard;
import org.layerpress.store.DataFolderFreeSpace;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.CalibrationAtStart;
import org.layerpress.application.calibration.CalibrationCheck;
import org.layerpress.application.review.FlagsAtBatchEnd;
import org.layerpress.domain.press.Die;

/** The batch sequencer on a station's stores and press link. */
public final class Sequencers {

    private Sequencers() {
    }

    /**
     * The sequencer as the station runs it: quality flags are computed and stored with a batch's
     * last event, so QA can filter by them. Create it before the link opens, so it sees every
     * sample of a press step.
     *
     * @param dies dies given at start: any the die registry does not have yet is added to it ({@link DieSeeding});
     *             a batch starts with a die from the registry
     */
    public static BatchSequencer forStation(StationStores stores, StationUseCases useCases, PressLink link, List<Die> dies) {
        return forStation(stores, useCases, link, dies, false);
    }

    /** As above; {@code training}: every batch is marked as training (a demo station, the simulated press). */
    public static BatchSequencer forStation(StationStores stores, StationUseCases useCases, PressLink link, List<Die> dies, boolean training) {
        BatchSequencer sequencer = sequencer(stores, useCases, link, dies, training);
        sequencer.setBatchEndHook(new FlagsAtBatchEnd(stores.batches(), stores.batchList()));
        sequencer.setBatchStartGate(new DiskSpaceGuard(new DataFolderFreeSpace(stores.database().file().getParent())));
        return sequencer;
    }

    /**
     * Without the flags at batch end: the run benchmark times a batch's last confirmation as it
     * always has, so its figures stay comparable with earlier runs.
     */
    public static BatchSequencer withoutQualityFlags(StationStores stores, StationUseCases useCases, PressLink link, List<Die> dies) {
        return sequencer(stores, useCases, link, dies, false);
    }

    private static BatchSequencer sequencer(StationStores stores, StationUseCases useCases, PressLink link, List<Die> dies, boolean training) {
        DieSeeding.seed(stores, useCases.services().auditor(), dies, Optional.empty());
        CalibrationAtStart calibration = new CalibrationAtStart(new CalibrationCheck(stores.calibrations(), stores.settings(),
                stores.transactions(), useCases.services().clock()));
        return new BatchSequencer(useCases.services(), useCases.recipes().queries(), stores.recipeFiles(), stores.batches(), link.port(),
                link.live(), link.fit(), stores.dies(), calibration, training);
    }
}
