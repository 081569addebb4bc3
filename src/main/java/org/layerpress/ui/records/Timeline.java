package org.layerpress.ui.records;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.ResetPlcFaultUseCase;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;

/**
 * Builds a record's timeline from its events in order: every step's state changes with who and when,
 * the values recorded, holds, alarms with their acknowledgements, deviations with their reasons, trace
 * gaps. An amendment is shown on the row of the event that recorded the value it corrects. Words and
 * rounding are {@link RecordWording}'s and {@link ValuePhrases}' (the PDF report's too); every time is
 * in the station's zone, which the timeline names once above its rows ({@link BatchHeader#zone}).
 */
public final class Timeline {

    /** Values the row's words already say, or too long to read in a line (the frozen recipe). */
    private static final Set<String> NOT_SHOWN = Set.of(BatchRun.RECIPE_TEXT, BatchRun.PHASE, BatchRun.REASON, BatchRun.CAUSE, BatchRun.DECISION,
            BatchRun.ALARM_ID, BatchRun.ALARM_PRIORITY, BatchRun.ALARM_MESSAGE, BatchRun.RECIPE_VERSION_ID, BatchRun.CAUSE_KEY, "title",
            TraceGapValues.FROM, TraceGapValues.SAMPLES_LOST, ResetPlcFaultUseCase.FAULT);

    private Timeline() {
    }

    public static List<TimelineRow> of(BatchRecord record, List<BatchEvent> events, ZoneId zone) {
        Map<String, Amendment> amendments = lastEventsAmended(record, events);
        List<TimelineRow> rows = new ArrayList<>();
        for (BatchEvent e : events) {
            String amendment = amendments.entrySet().stream()
                    .filter(a -> a.getKey().startsWith(e.sequence() + "/"))
                    .map(a -> amendmentText(a.getValue(), zone))
                    .collect(Collectors.joining("\n"));
            rows.add(row(record, e, zone, amendment));
        }
        return rows;
    }

    /**
     * Which event each amendment belongs to: the last event of its step that recorded its field
     * (key "sequence/amendment id"); an amendment of a value no event holds goes on the first event.
     */
    private static Map<String, Amendment> lastEventsAmended(BatchRecord record, List<BatchEvent> events) {
        Map<String, Amendment> out = new LinkedHashMap<>();
        for (Amendment a : record.amendments()) {
            long seq = events.isEmpty() ? 0 : events.get(0).sequence();
            for (BatchEvent e : events) {
                if (e.step() == a.step() && e.values().containsKey(a.field())) {
                    seq = e.sequence();
                }
            }
            out.put(seq + "/" + a.id(), a);
        }
        return out;
    }

    static String amendmentText(Amendment a, ZoneId zone) {
        String at = RecordTimes.dateTime(a.signature().signedAt(), zone);
        // A no-break space keeps the signature's date and time together when the label wraps.
        String signed = RecordWording.manifestation(a.signature(), zone).replace(at, at.replace(' ', '\u00a0'));
        // The signature's comment is usually the reason itself: say it once.
        if (signed.endsWith(" — " + a.reason())) {
            signed = signed.substring(0, signed.length() - a.reason().length() - 3);
        }
        return Words.format("records.timeline.amended", RecordWords.value(a.field(), a.originalValue()), a.correctedValue(), a.reason(), signed);
    }

    private static TimelineRow row(BatchRecord record, BatchEvent e, ZoneId zone, String amendment) {
        BatchRun run = record.run();
        String step = e.step() > 0 && e.step() <= run.steps().size()
                ? Words.format("records.timeline.step", e.step(), run.step(e.step()).step().title()) : Words.get("records.timeline.batch");
        String values = joined(RecordWords.values(e.values(), NOT_SHOWN, zone), ValuePhrases.witness(e.values(), at -> RecordWords.clock(at, zone)).orElse(""));
        String what;
        String detail = values;
        Severity severity = Severity.NORMAL;
        switch (e.kind()) {
            case STARTED -> {
                what = Words.format("records.timeline.started", run.recipeLabel());
                detail = Words.format("records.timeline.startedDetail", RecordWording.die(run), shortHash(run.recipeHash()), e.value(StartedValues.PRESS_MODEL));
            }
            case STEP_ACTIVATED, STEP_VALUE, STEP_CONFIRMED -> what = step + ": " + kind(e.kind());
            case STEP_DEVIATED -> {
                what = step + ": " + kind(e.kind());
                detail = joined(Words.format("records.timeline.reason", e.value(BatchRun.REASON)), values);
                severity = Severity.WARNING;
            }
            case HELD -> {
                what = Words.format("records.timeline.held", e.value(BatchRun.CAUSE));
                detail = e.value(BatchRun.REASON).isEmpty() ? values : joined(Words.format("records.timeline.reason", e.value(BatchRun.REASON)), values);
                severity = Severity.WARNING;
            }
            case RESUMED -> {
                what = Words.format("records.timeline.resumed", resumedAs(e.value(BatchRun.DECISION)));
                detail = e.value(BatchRun.REASON).isEmpty() ? values : joined(Words.format("records.timeline.reason", e.value(BatchRun.REASON)), values);
            }
            case INTERRUPTED -> {
                what = Words.format("records.timeline.interrupted", e.value(BatchRun.CAUSE));
                severity = Severity.WARNING;
            }
            case ALARM_RAISED -> {
                what = Words.format("records.timeline.alarm", e.value(BatchRun.ALARM_ID), priority(e.value(BatchRun.ALARM_PRIORITY)), e.value(BatchRun.ALARM_MESSAGE));
                severity = "HIGH".equals(e.value(BatchRun.ALARM_PRIORITY)) ? Severity.ALARM : Severity.WARNING;
            }
            case ALARM_ACKNOWLEDGED -> what = Words.format("records.timeline.alarmAcknowledged", e.value(BatchRun.ALARM_ID));
            case ALARM_CLEARED -> what = Words.format("records.timeline.alarmCleared", e.value(BatchRun.ALARM_ID));
            case TRACE_GAP -> {
                what = Words.format("records.timeline.gap", step, TraceGapValues.lostWords(e.values()));
                detail = joined(fromTime(e.value(TraceGapValues.FROM), zone), values);
                severity = Severity.WARNING;
            }
            case PLC_FAULT_RESET -> {
                boolean cleared = ResetPlcFaultUseCase.CLEARED.equals(e.value(ResetPlcFaultUseCase.OUTCOME));
                what = Words.format(cleared ? "records.timeline.reset" : "records.timeline.resetNotDone", e.value(ResetPlcFaultUseCase.FAULT));
                severity = cleared ? Severity.NORMAL : Severity.WARNING;
            }
            case COMPLETED -> what = kind(e.kind());
            case ABORTED -> {
                what = kind(e.kind());
                detail = joined(Words.format("records.timeline.reason", e.value(BatchRun.REASON)), values);
                severity = Severity.WARNING;
            }
            default -> what = kind(e.kind());
        }
        return new TimelineRow(RecordWords.clock(e.at(), zone), whoShort(record, e.actor()), e.step(), what, detail, amendment, severity);
    }

    /** The printed name alone (the column is narrow; the login is in the record and the PDF), "station" for the PLC's doing. */
    private static String whoShort(BatchRecord record, String login) {
        String name = record.printedNames().getOrDefault(login, "");
        return name.isBlank() ? login : name;
    }

    /** "from 10:01:33", the last sample before a gap, in the station's zone; nothing when there was none. */
    private static String fromTime(String stored, ZoneId zone) {
        if (stored.isBlank()) {
            return "";
        }
        try {
            return Words.format("records.timeline.from", RecordTimes.timeOfDay(java.time.Instant.parse(stored), zone));
        } catch (java.time.format.DateTimeParseException e) {
            return Words.format("records.timeline.from", stored);
        }
    }

    /** The event's kind in the person's language; the record and the PDF keep {@link RecordWording#eventKind}. */
    private static String kind(BatchEventKind kind) {
        return Words.get("records.event." + kind.name());
    }

    /** How a held batch went on: "step repeated", "continued", or the stored word as it is. */
    private static String resumedAs(String stored) {
        String key = "records.resumed." + stored;
        String words = Words.get(key);
        return words.equals(key) ? RecordWording.decision(stored) : words;
    }

    /** The priority in words (High, Medium, Low), or the stored text when it is none of them. */
    private static String priority(String stored) {
        String key = "records.priority." + stored;
        String words = Words.get(key);
        return words.equals(key) ? RecordWording.alarmPriority(stored) : words;
    }

    static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private static String joined(String a, String b) {
        return b.isEmpty() ? a : a.isEmpty() ? b : a + "; " + b;
    }
}
