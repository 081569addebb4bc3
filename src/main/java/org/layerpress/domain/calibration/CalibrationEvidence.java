package org.layerpress.domain.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calibration state of each instrument a batch used, as its STARTED event keeps it: numbered keys
 * {@code calibration.<n>.kind|id|state|certificate|due} from 1, and {@code calibration.deviation} when
 * the batch started past a due date by the station's setting (docs/batch-record-format.md).
 */
public final class CalibrationEvidence {

    public static final String PREFIX = "calibration.";
    public static final String DEVIATION = "calibration.deviation";
    /** Every instrument's calibration was checked, and none was used: the recipe needs none of them. */
    public static final String NONE_USED = "calibration.none";

    private CalibrationEvidence() {
    }

    /** Writes each instrument's state into {@code values}; a certificate and due date only where one is on file (never invented). */
    public static void put(Map<String, String> values, List<InstrumentCalibration> used) {
        if (used.isEmpty()) {
            values.put(NONE_USED, "the recipe uses no calibrated instrument");
        }
        int n = 1;
        for (InstrumentCalibration c : used) {
            String key = PREFIX + n++ + ".";
            values.put(key + "kind", c.instrument().kind().name());
            values.put(key + "id", c.instrument().id());
            values.put(key + "state", c.state().name());
            c.record().ifPresent(r -> {
                values.put(key + "certificate", r.certificateId());
                values.put(key + "due", r.dueOn().toString());
            });
        }
    }

    /**
     * What a reviewer reads about calibration, one line per instrument then the deviation if any; for a
     * batch whose record has none of it, says so rather than leaving the reader to guess.
     */
    public static List<String> summary(Map<String, String> values) {
        List<String> out = lines(values);
        if (out.isEmpty()) {
            out.add(values.containsKey(NONE_USED) ? values.get(NONE_USED) : "not recorded (started before this station recorded calibrations)");
        }
        if (values.containsKey(DEVIATION)) {
            out.add("DEVIATION: " + values.get(DEVIATION));
        }
        return out;
    }

    /** One line per instrument from a STARTED event's values; empty for a batch started before calibration was recorded. */
    public static List<String> lines(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (int n = 1; values.containsKey(PREFIX + n + ".kind"); n++) {
            String key = PREFIX + n + ".";
            out.add(InstrumentCalibration.line(values.get(key + "kind") + " " + values.get(key + "id"),
                    CalibrationState.valueOf(values.get(key + "state")), values.getOrDefault(key + "certificate", ""),
                    values.getOrDefault(key + "due", "")));
        }
        return out;
    }
}
