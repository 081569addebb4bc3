package org.layerpress.application.review;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.signature.Signature;

/**
 * The one place a batch record's stored names become words a reviewer reads, for the QA screens and
 * the PDF report alike: step and event kinds ("Load layer"), states, alarm priorities, finding and
 * hold causes, people and signatures. A record's values are worded by {@link ValuePhrases}, its
 * times printed by {@link RecordTimes}. The stored values stay as recorded; this only reads them.
 */
public final class RecordWording {

    private RecordWording() {
    }

    // ------------------------------------------------------------------ kinds and states

    public static String stepKind(StepKind kind) {
        return switch (kind) {
            case CHECK -> "Checklist";
            case SCAN -> "Scan";
            case LOAD_LAYER -> "Load layer";
            case HEAT -> "Heat platens";
            case PRESS -> "Press";
            case COOL -> "Cool platens";
            case RELEASE -> "Release";
            case EJECT -> "Eject";
            case INSPECT -> "Inspect";
            case LOAD_VESSEL -> "Load vessel";
            case PRESSURISE -> "Pressurise vessel";
            case DEPRESSURISE -> "Depressurise vessel";
        };
    }

    public static String scanTarget(RecipeStep.ScanTarget target) {
        return switch (target) {
            case DIE_ID -> "Die";
            case POWDER_LOT -> "Powder lot";
        };
    }

    public static String stepState(StepState state) {
        return switch (state) {
            case PENDING -> "Not started";
            case ACTIVE -> "In progress";
            case CONFIRMED -> "Confirmed";
            case DEVIATED -> "Deviated";
        };
    }

    /** The batch's die for a header line: "die D-10-01", or "no die: isostatic vessel" for a batch that ran without one. */
    public static String die(BatchRun run) {
        return run.hasDie() ? "die " + run.dieId() : "no die: " + run.noDieReason();
    }

    /** {@link #die} at the start of a line: "Die D-10-01", "No die: isostatic vessel". */
    public static String dieHeading(BatchRun run) {
        String die = die(run);
        return Character.toUpperCase(die.charAt(0)) + die.substring(1);
    }

    public static String batchState(BatchState state) {
        return switch (state) {
            case RUNNING -> "Running";
            case HELD -> "Held";
            case COMPLETE -> "Complete";
            case ABORTED -> "Aborted";
            case INTERRUPTED -> "Interrupted";
        };
    }

    /** What an event of this kind says happened, for a line that has no better words of its own. */
    public static String eventKind(BatchEventKind kind) {
        return switch (kind) {
            case STARTED -> "Batch started";
            case STEP_ACTIVATED -> "started";
            case STEP_CONFIRMED -> "confirmed";
            case STEP_DEVIATED -> "deviation";
            case STEP_VALUE -> "values recorded";
            case HELD -> "Held";
            case RESUMED -> "Resumed";
            case INTERRUPTED -> "Interrupted";
            case ALARM_RAISED -> "Alarm raised";
            case ALARM_ACKNOWLEDGED -> "Alarm acknowledged";
            case ALARM_CLEARED -> "Alarm cleared";
            case TRACE_GAP -> "No trace for a while";
            case PLC_FAULT_RESET -> "PLC fault reset";
            case TRAINING_FAULT -> "training fault injected";
            case COMPLETED -> "Batch complete";
            case ABORTED -> "Batch aborted";
        };
    }

    public static String alarmPriority(AlarmPriority priority) {
        return priority.name().charAt(0) + priority.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** A stored priority name in words; text that is not one stays as it is. */
    public static String alarmPriority(String stored) {
        for (AlarmPriority p : AlarmPriority.values()) {
            if (p.name().equals(stored)) {
                return alarmPriority(p);
            }
        }
        return stored;
    }

    /** ISA-18.2's states as a reviewer reads them. */
    public static String alarmState(AlarmState state) {
        return switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> "active, not acknowledged";
            case ACTIVE_ACKNOWLEDGED -> "active, acknowledged";
            case RETURNED_UNACKNOWLEDGED -> "cleared, not acknowledged";
            case NORMAL -> "cleared and acknowledged";
        };
    }

    /** An alarm's or a hold's stored cause (a finding or hold-cause name) in words; text that is neither stays as it is. */
    public static String cause(String stored) {
        Optional<FindingKind> finding = FindingKind.ofStored(stored);
        if (finding.isPresent()) {
            return finding(finding.get());
        }
        if (stored.equals(org.layerpress.application.batch.AtmosphereGate.CAUSE)) {
            return org.layerpress.domain.batch.FlagKind.ATMOSPHERE_EXCURSION.label();
        }
        return HoldCause.ofKey(stored).map(RecordWording::holdCause).orElse(stored);
    }

    public static String finding(FindingKind kind) {
        return switch (kind) {
            case OVER_PRESSURE -> "Over-pressure";
            case DIE_RATING_EXCEEDED -> "Die rating exceeded";
            case SETPOINT_NOT_REACHED -> "Setpoint not reached";
            case BELOW_BAND -> "Below the band";
            case DECAY_LEAK -> "Pressure decay (leak)";
            case DECAY_CREEP -> "Pressure decay (powder creep)";
            case HOLD_SHORT -> "Hold shorter than the recipe";
            case GAUGE_START_BELOW_BAND -> "Gauge below the band at the hold's start";
        };
    }

    /** A RESUMED event's decision in words: "step repeated" or "continued"; an unknown key stays as stored. */
    public static String decision(String stored) {
        return switch (stored) {
            case "REPEAT_STEP" -> "step repeated";
            case "CONTINUE" -> "continued";
            default -> stored;
        };
    }

    public static String holdCause(HoldCause cause) {
        return switch (cause) {
            case LINK_LOST -> "Link to the PLC lost";
            case DOOR_OPENED -> "Door opened";
            case ESTOP -> "Emergency stop";
            case PLC_FAULT -> "PLC fault";
            case BAD_DATA -> "Bad data from the PLC";
            case OPERATOR_STOP -> "Stopped by the operator";
            case OPERATOR_HOLD -> "Held by the operator";
            case HEATER_FAULT -> "Platen heater fault";
            case THERMOCOUPLE_OPEN -> "Platen thermocouple open";
            case PLATEN_SETPOINT_REFUSED -> "Platen setpoint not taken by the PLC";
            case LID_UNLOCKED_UNDER_PRESSURE -> "Vessel lid unlocked under pressure";
            case VESSEL_HEATER_FAULT -> "Vessel heater fault";
            case VESSEL_SETPOINT_REFUSED -> "Vessel setpoint not taken by the PLC";
        };
    }

    /**
     * A step's stored findings in words: a press step stores its finding kinds by name, comma-separated
     * ("DECAY_LEAK, BELOW_BAND"); other steps store a sentence, which stays as it is.
     */
    public static String findings(String stored) {
        List<String> parts = Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty() || !parts.stream().allMatch(p -> FindingKind.ofStored(p).isPresent())) {
            return stored;
        }
        return String.join(", ", parts.stream().map(p -> finding(FindingKind.ofStored(p).orElseThrow())).toList());
    }

    // ------------------------------------------------------------------ people and signatures

    /** "Olga Operator (olga)" when the name is known, the login alone otherwise, "station" for what the PLC did. */
    public static String person(String login, Map<String, String> printedNames) {
        if (login.equals(BatchActors.STATION)) {
            return login;
        }
        String name = printedNames.getOrDefault(login, "");
        return name.isBlank() ? login : name + " (" + login + ")";
    }

    /**
     * A signature's manifestation with its time in the station's zone: who (printed name and login),
     * when, what it means, and the comment; the same facts as {@link Signature#manifestation()}.
     */
    public static String manifestation(Signature s, ZoneId zone) {
        String text = s.meaning().label() + " by " + s.printedName() + " (" + s.login() + ") on " + RecordTimes.dateTime(s.signedAt(), zone);
        return s.comment().isBlank() ? text : text + " — " + s.comment();
    }
}
