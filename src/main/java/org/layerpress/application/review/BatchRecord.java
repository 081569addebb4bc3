package org.layerpress.application.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.TracePoint;

/**
 * A batch record as QA reads and exports it (ISA-88 Part 4 in small): the replayed events
 * ({@link BatchRun}: header, steps with values and who/when, alarms with acks, deviations), every
 * press step's trace, the automatic flags, amendments beside the originals, and the QA decision.
 *
 * @param events the record itself, in sequence order: who did what when (BatchRun keeps only the
 *               outcome of each step, so the timeline, alarm acks and HELD/RESUMED come from here)
 * @param traces press (and release) step number → its samples in source-time order
 * @param printedNames login → the person's printed name as the station knows it when the record is
 *                     read, for everyone who acted in it (not part of the record: the events keep the
 *                     login; signatures and witnesses keep the name they were given with)
 */
public record BatchRecord(BatchRun run, List<BatchEvent> events, SortedMap<Integer, List<TracePoint>> traces, List<QualityFlag> flags,
                          List<Amendment> amendments, Optional<BatchReview> review, Map<String, String> printedNames) {

    /** A record read without the people's names: logins stand for them. */
    public BatchRecord(BatchRun run, List<BatchEvent> events, SortedMap<Integer, List<TracePoint>> traces, List<QualityFlag> flags,
                       List<Amendment> amendments, Optional<BatchReview> review) {
        this(run, events, traces, flags, amendments, review, Map.of());
    }

    public BatchRecord {
        events = List.copyOf(events);
        SortedMap<Integer, List<TracePoint>> copy = new TreeMap<>();
        for (Map.Entry<Integer, List<TracePoint>> e : traces.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        traces = java.util.Collections.unmodifiableSortedMap(copy);
        flags = List.copyOf(flags);
        amendments = List.copyOf(amendments);
        printedNames = Map.copyOf(printedNames);
    }

    /** "Olga Operator (olga)", or the login when the station has no name for it, or "station". */
    public String person(String login) {
        return RecordWording.person(login, printedNames);
    }

    public String batchId() {
        return run.batchId();
    }

    /** Signed off: no more amendments. */
    public boolean locked() {
        return review.isPresent();
    }

    /** A step's trace, empty for steps without one. */
    public List<TracePoint> trace(int step) {
        return traces.getOrDefault(step, List.of());
    }

    /** The SHA-256 that a QA signature on this record binds to ({@link BatchRecordContent}). */
    public String contentHash() {
        return BatchRecordContent.hash(this);
    }
}
