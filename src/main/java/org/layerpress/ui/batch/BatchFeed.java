package org.layerpress.ui.batch;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.layerpress.application.batch.BatchRun;

/**
 * The newest batch snapshot the sequencer published, kept for the screens to poll. The sequencer's
 * listener runs on its worker thread and only swaps a reference here; the Run screen reads it at its
 * own bounded rate on the FX thread, so a burst of events becomes one repaint (latest wins) and no
 * callback ever queues work on the FX thread. One feed per sequencer, registered once: screens made
 * per login come and go without adding listeners.
 */
public final class BatchFeed implements Consumer<BatchRun> {

    private final AtomicReference<BatchRun> latest = new AtomicReference<>();

    @Override
    public void accept(BatchRun run) {
        if (run != null) {
            latest.set(run);
        }
    }

    public Optional<BatchRun> latest() {
        return Optional.ofNullable(latest.get());
    }
}
