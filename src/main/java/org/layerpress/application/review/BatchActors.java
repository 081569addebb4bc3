package org.layerpress.application.review;

import java.util.Set;
import java.util.TreeSet;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.StepResultCodec;

/**
 * Who had a hand in a batch: whoever started it, every person behind any of its events
 * (confirmations, press starts, alarm acks, resumes, abort), whoever witnessed a weighing in it
 * (recorded as the step's {@code witness} value) and whoever amended it. None of them
 * may sign it off as QA (four-eyes principle: QA cannot sign a batch they operated, docs/architecture.md#people-and-what-they-must-never-be-able-to-do).
 */
public final class BatchActors {

    /** What the sequencer writes as actor for what the HMI observed itself; not a person. */
    static final String STATION = "station";

    /** The step value naming a weighing's second person (a witnessed LOAD_LAYER). */
    static final String WITNESS = StepResultCodec.WITNESS;

    private BatchActors() {
    }

    public static Set<String> of(BatchRecord record) {
        Set<String> people = new TreeSet<>();
        if (!record.run().operator().isEmpty()) {
            people.add(record.run().operator());
        }
        for (BatchEvent e : record.events()) {
            if (!e.actor().equals(STATION) && !e.actor().isBlank()) {
                people.add(e.actor());
            }
            String witness = e.values().getOrDefault(WITNESS, "");
            if (!witness.isBlank()) {
                people.add(witness);
            }
        }
        for (Amendment a : record.amendments()) {
            people.add(a.signature().login());
        }
        return people;
    }
}
