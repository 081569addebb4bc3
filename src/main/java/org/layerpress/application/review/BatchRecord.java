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
import org.layerpress.domain.batch.VesselPoint;

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
 * @param vesselTraces isostatic vessel step number → its vessel samples (pressure in MPa, WIP temperature), kept
 *                     apart from {@code traces} so a vessel pressure is never read as a force; empty without vessel steps
 * @param sealDifferences how the stored rows differ from the batch's newest seal, checked when the record
 *                        was read ({@link RecordSeal}); empty when they match. Not part of the content a
 *                        signature binds to: it is a finding about the stored rows, not part of the record.
 */
public record BatchRecord(BatchRun run, List<BatchEvent> events, SortedMap<Integer, List<TracePoint>> traces, List<QualityFlag> flags,
                          List<Amendment> amendments, Optional<BatchReview> review, Map<String, String> printedNames,
                          List<String> sealDifferences, SortedMap<Integer, List<VesselPoint>> vesselTraces) {

    /** What a report, an export and the screen say of a record whose rows do not match their seal. */
    public static final String SEAL_MARK = "DOES NOT MATCH ITS SEAL";
    /** How many differences the warning names; the rest are counted. */
    private static final int NAMED = 3;

    /** A record without vessel steps. */
    public BatchRecord(BatchRun run, List<BatchEvent> events, SortedMap<Integer, List<TracePoint>> traces, List<QualityFlag> flags,
                       List<Amendment> amendments, Optional<BatchReview> review, Map<String, String> printedNames, List<String> sealDifferences) {
        this(run, events, traces, flags, amendments, review, printedNames, sealDifferences, new TreeMap<>());
    }

    /** A record whose seal was not checked, or matched. */
    public BatchRecord(BatchRun run, List<BatchEvent> events, SortedMap<Integer, List<TracePoint>> traces, List<QualityFlag> flags,
                       List<Amendment> amendments, Optional<BatchReview> review, Map<String, String> printedNames) {
        this(run, events, traces, flags, amendments, review, printedNames, List.of());
    }

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
        sealDifferences = List.copyOf(sealDifferences);
        SortedMap<Integer, List<VesselPoint>> vessel = new TreeMap<>();
        vesselTraces.forEach((step, points) -> vessel.put(step, List.copyOf(points)));
        vesselTraces = java.util.Collections.unmodifiableSortedMap(vessel);
    }

    /** False when the stored rows were changed after the batch was sealed: nobody may sign or amend it. */
    public boolean matchesSeal() {
        return sealDifferences.isEmpty();
    }

    /**
     * "This record does not match its seal (batch_event seq 3 changed after it was sealed). Do not sign
     * it; tell the administrator." when it does not; empty when it does.
     */
    public Optional<String> sealWarning() {
        if (matchesSeal()) {
            return Optional.empty();
        }
        String named = String.join("; ", sealDifferences.subList(0, Math.min(NAMED, sealDifferences.size())));
        int more = sealDifferences.size() - NAMED;
        return Optional.of("This record does not match its seal (" + named + (more > 0 ? "; and " + more + " more" : "")
                + "). Do not sign it; tell the administrator.");
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

    /** A vessel step's vessel pressure trace, empty for other steps. */
    public List<VesselPoint> vesselTrace(int step) {
        return vesselTraces.getOrDefault(step, List.of());
    }

    /** The SHA-256 that a QA signature on this record binds to ({@link BatchRecordContent}). */
    public String contentHash() {
        return BatchRecordContent.hash(this);
    }
}
