package org.layerpress.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;

/**
 * A step's recorded values as report lines a reviewer reads ("mass 60.4 mg"), setpoints before
 * actuals. Keys the report shows elsewhere (deviation reasons and findings) or that are bookkeeping
 * (title, kind, attempt) are left out here; the JSON export keeps them all.
 */
final class StepValues {

    private static final Set<String> ELSEWHERE = Set.of("title", "kind", "attempt", BatchRun.PHASE, BatchRun.REASON, BatchRun.FINDINGS);

    /** key → label and unit, in the order they are printed: setpoints, then actuals. */
    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

    static {
        label("target.MPa", "target", "MPa");
        label("setpoint.kN", "setpoint", "kN");
        label("ramp.kNps", "ramp", "kN/s");
        label("hold.s", "hold", "s");
        label("die.area.mm2", "die area", "mm²");
        label("peak.MPa", "peak", "MPa");
        label("toSetpoint.s", "at setpoint after", "s");
        label("holdMean.MPa", "hold mean", "MPa");
        label("holdDecay.pct", "hold decay", "%");
        label("ramAdvance.mm", "ram advance in hold", "mm");
        label("holdEnd.s", "hold ended at", "s");
        label("trace.points", "trace samples", "");
        label("layer", "layer", "");
        label("material", "material", "");
        label("target.mg", "target mass", "mg");
        label("tolerance.mg", "tolerance ±", "mg");
        label("mass.mg", "weighed", "mg");
        label("lot", "lot", "");
        label("scan.target", "scanned", "");
        label("scan.code", "code", "");
        label("position.before.mm", "position before", "mm");
        label("force.before.kN", "force before", "kN");
        label("position.after.mm", "position after", "mm");
        label("force.after.kN", "force after", "kN");
        label("springback.mm", "springback", "mm");
        label("checked", "checked", "");
        label("ejected", "ejected", "");
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
        rest.keySet().removeIf(k -> k.startsWith("finding."));
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
