package org.layerpress.application.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.ResetPlcFaultUseCase;
import org.layerpress.application.batch.TrainingNotes;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Length;

/**
 * Who did what when, read from a record's events for screens and reports: BatchRun keeps each
 * step's outcome, the events keep the times, the people and the alarm acknowledgements.
 */
public final class RecordTimeline {

    /**
     * One step: when it was first activated and last ended, and the people behind it (the sequencer
     * confirms press and release steps as "station"; the person is who pressed Start/Release).
     */
    public record StepLine(StepRun step, Optional<Instant> activatedAt, Optional<Instant> endedAt, List<String> people) {
    }

    /** An alarm with its acknowledgement and clearance times (ISA-18.2 history). */
    public record AlarmLine(BatchAlarm alarm, Optional<Instant> acknowledgedAt, String acknowledgedBy, Optional<Instant> clearedAt) {
    }

    /** Something that left the planned path: a deviated step, a hold, a resume decision, a trace gap, an abort. */
    public record DeviationLine(int step, Instant at, String by, BatchEventKind kind, String what, String reason) {
    }

    private RecordTimeline() {
    }

    public static List<StepLine> steps(BatchRecord record) {
        List<StepLine> out = new ArrayList<>();
        for (StepRun s : record.run().steps()) {
            Instant first = null;
            Instant ended = null;
            Set<String> people = new LinkedHashSet<>();
            for (BatchEvent e : record.events()) {
                if (e.step() != s.number()) {
                    continue;
                }
                if (e.kind() == BatchEventKind.STEP_ACTIVATED && first == null) {
                    first = e.at();
                }
                if (e.kind() == BatchEventKind.STEP_CONFIRMED || e.kind() == BatchEventKind.STEP_DEVIATED) {
                    ended = e.at();
                }
                boolean stepWork = e.kind() == BatchEventKind.STEP_CONFIRMED || e.kind() == BatchEventKind.STEP_DEVIATED
                        || e.kind() == BatchEventKind.STEP_VALUE;
                if (stepWork && !e.actor().equals(BatchActors.STATION)) {
                    people.add(e.actor());
                }
            }
            out.add(new StepLine(s, Optional.ofNullable(first), Optional.ofNullable(ended), List.copyOf(people)));
        }
        return out;
    }

    public static List<AlarmLine> alarms(BatchRecord record) {
        Map<String, Instant> acked = new LinkedHashMap<>();
        Map<String, Instant> cleared = new LinkedHashMap<>();
        for (BatchEvent e : record.events()) {
            String id = e.value(BatchRun.ALARM_ID);
            if (e.kind() == BatchEventKind.ALARM_ACKNOWLEDGED) {
                acked.putIfAbsent(id, e.at());
            } else if (e.kind() == BatchEventKind.ALARM_CLEARED) {
                cleared.putIfAbsent(id, e.at());
            }
        }
        List<AlarmLine> out = new ArrayList<>();
        for (BatchAlarm a : record.run().alarms()) {
            out.add(new AlarmLine(a, Optional.ofNullable(acked.get(a.id())), a.acknowledgedBy(), Optional.ofNullable(cleared.get(a.id()))));
        }
        return out;
    }

    public static List<DeviationLine> deviations(BatchRecord record) {
        List<DeviationLine> out = new ArrayList<>();
        for (BatchEvent e : record.events()) {
            switch (e.kind()) {
                case STEP_DEVIATED -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(),
                        e.value(BatchRun.FINDINGS).isEmpty() ? "step ended outside its limits" : RecordWording.findings(e.value(BatchRun.FINDINGS)),
                        e.value(BatchRun.REASON)));
                case HELD -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(), "held: " + e.value(BatchRun.CAUSE), e.value(BatchRun.REASON)));
                case RESUMED -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(),
                        "resumed: " + RecordWording.decision(e.value(BatchRun.DECISION)), e.value(BatchRun.REASON)));
                case INTERRUPTED -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(), "interrupted: " + e.value(BatchRun.CAUSE), ""));
                case TRACE_GAP -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(),
                        "trace gap: " + e.value(BatchRun.CAUSE) + " (" + TraceGapValues.lostWords(e.values()) + ")", ""));
                case PLC_FAULT_RESET -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(),
                        "PLC fault reset: " + e.value(ResetPlcFaultUseCase.FAULT) + " (" + e.value(ResetPlcFaultUseCase.OUTCOME) + ")", ""));
                // A trained fault stands beside the HELD it caused, so QA reads the hold as training, not a real fault.
                case TRAINING_FAULT -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(),
                        "TRAINING: " + e.value(TrainingNotes.FAULT) + " injected into the simulated press", ""));
                case ABORTED -> out.add(new DeviationLine(e.step(), e.at(), e.actor(), e.kind(), "batch aborted", e.value(BatchRun.REASON)));
                default -> {
                    // the planned path
                }
            }
        }
        return out;
    }

    /** When the batch ended (COMPLETED or ABORTED), if it has. */
    public static Optional<Instant> endedAt(BatchRecord record) {
        for (BatchEvent e : record.events()) {
            if (e.kind() == BatchEventKind.COMPLETED || e.kind() == BatchEventKind.ABORTED) {
                return Optional.of(e.at());
            }
        }
        return Optional.empty();
    }

    /** The die bore the batch ran with, from the header (falls back to the control recipe's die). */
    public static double dieBoreMillimetres(BatchRecord record) {
        // An unreadable header value: the recipe's die has the same bore (the sequencer checks it at start).
        return EvidenceNumbers.parse(record.events().get(0).value(StartedValues.DIE_BORE_MM))
                .orElse(record.run().recipe().die().bore().millimetres());
    }

    /** The die the batch ran with: its bore from the header (which turns the trace's force into pressure), the recipe's rating. */
    public static DieSpec die(BatchRecord record) {
        return new DieSpec(Length.millimetres(dieBoreMillimetres(record)), record.run().recipe().die().rating());
    }

    /** A press step's trace in the die the batch ran with. */
    public static Trace trace(BatchRecord record, int step) {
        return Trace.of(record.trace(step), die(record));
    }
}
