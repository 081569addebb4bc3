package org.layerpress.report;

import static org.layerpress.domain.batch.StepResultCodec.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;

/**
 * A step's recorded values as report lines a reviewer reads ("weighed 60.4 mg"), setpoints before
 * actuals, each printed exactly as the record holds it (the keys are those of
 * {@link org.layerpress.domain.batch.StepResultCodec}). Keys the report shows elsewhere (deviation
 * reasons and findings) or that are bookkeeping (title, kind, attempt) are left out here; the JSON
 * export keeps them all.
 */
final class StepValues {

    private static final Set<String> ELSEWHERE = Set.of("title", "kind", "attempt", BatchRun.PHASE, BatchRun.REASON, BatchRun.FINDINGS);

    /** key → label and unit, in the order they are printed: setpoints, then actuals. */
    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

    static {
        label(TARGET_MPA, "target", "MPa");
        label(SETPOINT_KN, "setpoint", "kN");
        label(RAMP_KNPS, "ramp", "kN/s");
        label(HOLD_S, "hold", "s");
        label(DIE_AREA_MM2, "die area", "mm²");
        label(PEAK_MPA, "peak", "MPa");
        label(TO_SETPOINT_S, "at setpoint after", "s");
        label(HOLD_MEAN_MPA, "hold mean", "MPa");
        label(HOLD_DECAY_PCT, "hold decay", "%");
        label(RAM_ADVANCE_MM, "ram advance in hold", "mm");
        label(HOLD_END_S, "hold ended at", "s");
        label(TRACE_POINTS, "trace samples", "");
        label(LAYER, "layer", "");
        label(MATERIAL, "material", "");
        label(TARGET_MG, "target mass", "mg");
        label(TOLERANCE_MG, "tolerance ±", "mg");
        label(MASS_MG, "weighed", "mg");
        label(LOT, "lot", "");
        label(SCAN_TARGET, "scanned", "");
        label(SCAN_CODE, "code", "");
        label(POSITION_BEFORE_MM, "position before", "mm");
        label(FORCE_BEFORE_KN, "force before", "kN");
        label(POSITION_AFTER_MM, "position after", "mm");
        label(FORCE_AFTER_KN, "force after", "kN");
        label(SPRINGBACK_MM, "springback", "mm");
        label(CHECKED, "checked", "");
        label(EJECTED, "ejected", "");
    }

    private StepValues() {
    }

    private static void label(String key, String label, String unit) {
        LABELS.put(key, new String[] {label, unit});
    }

    /** @param amended field → note to print after the recorded value (e.g. "amended to LOT-B, see A1") */
    static List<String> lines(Map<String, String> values, Map<String, String> amended) {
        List<String> out = new ArrayList<>();
        Map<String, String> rest = new TreeMap<>(values);
        rest.keySet().removeAll(ELSEWHERE);
        rest.keySet().removeIf(k -> k.startsWith(FINDING_PREFIX));
        for (Map.Entry<String, String[]> l : LABELS.entrySet()) {
            String v = rest.remove(l.getKey());
            if (v != null && !v.isEmpty()) {
                out.add(l.getValue()[0] + " " + v + (l.getValue()[1].isEmpty() ? "" : " " + l.getValue()[1]) + note(amended, l.getKey()));
            }
        }
        for (Map.Entry<String, String> e : rest.entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.add(e.getKey() + " " + e.getValue() + note(amended, e.getKey()));
            }
        }
        return out;
    }

    private static String note(Map<String, String> amended, String key) {
        String n = amended.get(key);
        return n == null ? "" : "  [" + n + "]";
    }
}
