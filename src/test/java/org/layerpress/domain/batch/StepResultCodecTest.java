package org.layerpress.domain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.StepResult.Answer;
import org.layerpress.domain.batch.StepResult.Checked;
import org.layerpress.domain.batch.StepResult.Ejected;
import org.layerpress.domain.batch.StepResult.Inspected;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResult.Noted;
import org.layerpress.domain.batch.StepResult.PressStarted;
import org.layerpress.domain.batch.StepResult.Pressed;
import org.layerpress.domain.batch.StepResult.ReleaseStarted;
import org.layerpress.domain.batch.StepResult.Released;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.StepResult.Witnessed;
import org.layerpress.domain.recipe.RecipeStep.ScanTarget;
import org.layerpress.domain.recipe.StepKind;

/**
 * Every step result against the keys and number text a batch record stores, both ways; and a
 * step's values as a stored record has them (several events merged, bookkeeping keys, an old
 * finding name) read back.
 */
class StepResultCodecTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:03:12.345Z");

    /** Encoding gives exactly the stored values; decoding them gives the result back. */
    private static void roundTrip(StepKind kind, StepResult result, Map<String, String> stored) {
        assertEquals(stored, StepResultCodec.encode(result));
        assertEquals(List.of(result), StepResultCodec.decode(kind, stored));
    }

    @Test
    void aChecklist() {
        roundTrip(StepKind.CHECK, new Checked(List.of("Die clean", "Glovebox O2 < 1 ppm")), Map.of("checked", "Die clean | Glovebox O2 < 1 ppm"));
    }

    @Test
    void aScan() {
        roundTrip(StepKind.SCAN, new Scanned(ScanTarget.DIE_ID, "D10-01"), Map.of("scan.target", "DIE_ID", "scan.code", "D10-01"));
    }

    @Test
    void aLayerInsideItsTolerance() {
        LayerLoaded l = new LayerLoaded("electrolyte", "Li6PS5Cl", 60.5, 60, 2, "LOT-A", Optional.empty(), Optional.empty());
        roundTrip(StepKind.LOAD_LAYER, l, Map.of("layer", "electrolyte", "material", "Li6PS5Cl", "mass.mg", "60.5", "target.mg", "60",
                "tolerance.mg", "2", "lot", "LOT-A"));
        assertTrue(l.insideTolerance());
    }

    @Test
    void aLayerOutsideItsToleranceWithItsReasonAndWitness() {
        LayerLoaded l = new LayerLoaded("protective", "LGPS", 31.8, 30, 1.5, "LGPS-2610-02", Optional.of("last of the lot"),
                Optional.of(new Witnessed("walt", "Walter Weber", AT)));
        Map<String, String> stored = new HashMap<>(Map.of("layer", "protective", "material", "LGPS", "mass.mg", "31.8", "target.mg", "30",
                "tolerance.mg", "1.5", "lot", "LGPS-2610-02", "reason", "last of the lot", "findings", "mass 31.8 mg outside 30 ± 1.5 mg"));
        stored.putAll(Map.of("witness", "walt", "witness.name", "Walter Weber", "witness.at", "2026-11-25T09:03:12.345Z"));
        roundTrip(StepKind.LOAD_LAYER, l, stored);
        assertEquals(false, l.insideTolerance());
    }

    @Test
    void aPressStartAndItsOutcome() {
        PressStarted started = new PressStarted(7.853981633974483, 100, 7.853981633974483, 2, 78.53981633974483);
        Map<String, String> startValues = Map.of("setpoint.kN", "7.854", "target.MPa", "100", "ramp.kNps", "7.854", "hold.s", "2",
                "die.area.mm2", "78.5398");
        assertEquals(startValues, StepResultCodec.encode(started));
        Pressed pressed = new Pressed(100.2, OptionalDouble.of(1.01), 99.87, 0.35, 0.0042, 412, 3.02, List.of());
        Map<String, String> doneValues = Map.of("peak.MPa", "100.2", "toSetpoint.s", "1.01", "holdMean.MPa", "99.87", "holdDecay.pct", "0.35",
                "ramAdvance.mm", "0.0042", "trace.points", "412", "holdEnd.s", "3.02");
        roundTrip(StepKind.PRESS, pressed, doneValues);
        Map<String, String> both = new HashMap<>(startValues);
        both.putAll(doneValues);
        List<StepResult> read = StepResultCodec.decode(StepKind.PRESS, both);
        assertEquals(pressed, read.get(1));
        assertEquals(startValues, StepResultCodec.encode(read.get(0)), "the stored text comes back from the numbers read");
    }

    @Test
    void aPressThatDeviatedKeepsEachFindingWithItsSentence() {
        Pressed pressed = new Pressed(126.04, OptionalDouble.of(1.0), 100.3, 0.2, 0, 300, 3, List.of(
                new Noted(FindingKind.OVER_PRESSURE, "pressure 126.0 MPa above the band (100 ± 10 MPa) at 1.50 s"),
                new Noted(FindingKind.DIE_RATING_EXCEEDED, "98.9 kN on the die, above its rating of 98.1 kN, at 1.50 s")));
        Map<String, String> stored = new HashMap<>(Map.of("peak.MPa", "126.04", "toSetpoint.s", "1", "holdMean.MPa", "100.3", "holdDecay.pct", "0.2",
                "ramAdvance.mm", "0", "trace.points", "300", "holdEnd.s", "3"));
        stored.put("findings", "OVER_PRESSURE, DIE_RATING_EXCEEDED");
        stored.put("finding.1", "pressure 126.0 MPa above the band (100 ± 10 MPa) at 1.50 s");
        stored.put("finding.2", "98.9 kN on the die, above its rating of 98.1 kN, at 1.50 s");
        roundTrip(StepKind.PRESS, pressed, stored);
    }

    @Test
    void aPressThatNeverReachedTheSetpointStoresNoHoldValues() {
        Pressed pressed = new Pressed(40.5, OptionalDouble.empty(), Double.NaN, Double.NaN, 0, 80, 2, List.of(
                new Noted(FindingKind.SETPOINT_NOT_REACHED, "never reached 100 − 10 MPa (peak 40.5 MPa)")));
        Map<String, String> stored = new HashMap<>(Map.of("peak.MPa", "40.5", "toSetpoint.s", "", "holdMean.MPa", "", "holdDecay.pct", "",
                "ramAdvance.mm", "0", "trace.points", "80", "holdEnd.s", "2"));
        stored.put("findings", "SETPOINT_NOT_REACHED");
        stored.put("finding.1", "never reached 100 − 10 MPa (peak 40.5 MPa)");
        roundTrip(StepKind.PRESS, pressed, stored);
    }

    @Test
    void aReleaseAndItsSpringback() {
        ReleaseStarted before = new ReleaseStarted(4.3821, 7.85);
        assertEquals(Map.of("position.before.mm", "4.3821", "force.before.kN", "7.85"), StepResultCodec.encode(before));
        Map<String, String> stored = Map.of("force.after.kN", "0.41", "position.after.mm", "4.269", "springback.mm", "0.1131");
        assertEquals(stored, StepResultCodec.encode(Released.from(before, 0.41, 4.269)), "4.3821 − 4.269 is stored to 0.1 µm");
        roundTrip(StepKind.RELEASE, new Released(0.41, 4.269, 0.1131), stored);
    }

    @Test
    void anEjection() {
        roundTrip(StepKind.EJECT, new Ejected(), Map.of("ejected", "yes"));
    }

    @Test
    void anInspectionWithAFail() {
        Inspected i = new Inspected(List.of(new Answer("No cracks", true), new Answer("Edges intact", false)));
        roundTrip(StepKind.INSPECT, i, Map.of("answer.1", "pass: No cracks", "answer.2", "fail: Edges intact", "findings", "failed: Edges intact"));
        assertEquals(List.of("Edges intact"), i.failed());
    }

    @Test
    void aPressStepAsAStoredRecordHasItWithTheOldNameOfOverPressure() {
        // STEP_ACTIVATED, STEP_VALUE and STEP_DEVIATED merged, as BatchRun keeps a step's values; written before the rename.
        Map<String, String> stored = new HashMap<>(Map.of("title", "Press the electrolyte", "kind", "PRESS", "attempt", "1",
                "setpoint.kN", "28.2743", "target.MPa", "360", "ramp.kNps", "0.7854", "hold.s", "120", "die.area.mm2", "78.5398"));
        stored.putAll(Map.of("peak.MPa", "372.5", "toSetpoint.s", "36.01", "holdMean.MPa", "360.2", "holdDecay.pct", "0.4",
                "ramAdvance.mm", "0.012", "trace.points", "15600", "holdEnd.s", "156"));
        stored.putAll(Map.of("findings", "OVERSHOOT, DECAY_LEAK", "finding.1", "pressure 372.5 MPa above the band (360 ± 10 MPa) at 40.20 s",
                "finding.2", "pressure fell 6.2 % during the hold (limit 5.0 %) while the ram stayed: a hydraulic leak"));

        PressStarted started = StepResultCodec.pressStarted(stored).orElseThrow();
        assertEquals(28.2743, started.setpointKn(), 0);
        assertEquals(360, started.targetMegaPascals(), 0);
        Pressed pressed = StepResultCodec.pressed(stored).orElseThrow();
        assertEquals(372.5, pressed.peakMegaPascals(), 0);
        assertEquals(OptionalDouble.of(36.01), pressed.secondsToSetpoint());
        assertEquals(15600, pressed.tracePoints());
        assertEquals(List.of(new Noted(FindingKind.OVER_PRESSURE, "pressure 372.5 MPa above the band (360 ± 10 MPa) at 40.20 s"),
                new Noted(FindingKind.DECAY_LEAK, "pressure fell 6.2 % during the hold (limit 5.0 %) while the ram stayed: a hydraulic leak")),
                pressed.findings());
        // Every stored number comes back as the same text.
        Map<String, String> again = new HashMap<>(StepResultCodec.encode(started));
        again.putAll(StepResultCodec.encode(pressed));
        again.forEach((k, v) -> {
            if (!k.equals("findings")) {
                assertEquals(stored.get(k), v, k);
            }
        });
        assertEquals("OVER_PRESSURE, DECAY_LEAK", again.get("findings"), "written today, over-pressure has its one name");
    }

    @Test
    void stepsWithoutResultsYetReadAsNone() {
        Map<String, String> activated = Map.of("title", "Press the electrolyte", "kind", "PRESS", "attempt", "1");
        for (StepKind kind : StepKind.values()) {
            assertEquals(List.of(), StepResultCodec.decode(kind, activated), kind.name());
        }
        // A press step continued after a hold: cut short, deviated, no outcome measured.
        Map<String, String> cutShort = Map.of("setpoint.kN", "7.854", "target.MPa", "100", "ramp.kNps", "7.854", "hold.s", "2",
                "die.area.mm2", "78.5398", "reason", "cut short (door opened during the press step); olga chose to continue",
                "findings", "step interrupted, trace has a gap");
        assertEquals(1, StepResultCodec.decode(StepKind.PRESS, cutShort).size());
        assertTrue(StepResultCodec.pressed(cutShort).isEmpty());
    }
}
