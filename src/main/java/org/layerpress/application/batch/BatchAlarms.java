package org.layerpress.application.batch;

import java.util.Optional;
import java.util.function.Consumer;
import org.layerpress.application.users.Session;

/**
 * What an alarm display needs of the open batch (the banner on every screen): its snapshots as they
 * change, and acknowledging an alarm as the logged-in person. {@link BatchSequencer} provides it.
 */
public interface BatchAlarms {

    /** The open batch now, if any. */
    Optional<BatchRun> current();

    /** Called on the sequencer's worker thread after every change of the open batch. */
    void addListener(Consumer<BatchRun> listener);

    void removeListener(Consumer<BatchRun> listener);

    /**
     * Acknowledges an alarm of the open batch (ISA-18.2): recorded as a batch event and in the audit
     * trail, in one transaction. An alarm already acknowledged is left as it is.
     */
    BatchRun acknowledgeAlarm(Session session, String alarmId);
}
