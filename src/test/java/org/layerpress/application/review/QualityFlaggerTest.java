package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.BatchRecordBuilder.Built;
import org.layerpress.testing.PressTrace;
import org.layerpress.testing.TestRecipes;

/**
 * Each automatic flag on a crafted record and trace, naming the step, the value and the limit: the
 * fast two-layer recipe (press steps 4 and 7 at 100 MPa, ramp 100 MPa/s, band ± 10 MPa, decay ≤ 5 %,
 * 3 s holds, releases 5 and 8) in the 10 mm die, traced at 100 Hz, each part spoilt on purpose.
 */
class QualityFlaggerTest {

    private static final RecipeDefinition RECIPE = TestRecipes.twoLayers("Crafted bilayer",
            new PressProfile("test press", Force.of(30, ForceUnit.TONNE_FORCE), 20, Set.of(PressCapability.AUTOMATIC_RAMP_HOLD)),
            Duration.ofSeconds(3), false);

    private final BatchRecordBuilder record = BatchRecordBuilder.of(RECIPE, "B-20261125-0001");

    private static List<QualityFlag> flags(Built built) {
        return QualityFlagger.flags(built.run(), built::trace);
    }

    private static QualityFlag only(List<QualityFlag> flags, FlagKind kind) {
        List<QualityFlag> of = flags.stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, of.size(), kind + " in " + flags);
        return of.get(0);
    }

    @Test
    void aCleanRecordHasNoFlags() {
        assertEquals(List.of(), flags(record.complete()));
    }

    @Test
    void aBriefSpikeAboveTheBandIsOverPressureWithItsPeakAndTheBand() {
        record.trace(4, PressTrace.of(4).ramp(100).hold(1, 0, 0).at(126, 0.05).at(100, 2).points());
        List<QualityFlag> flags = flags(record.complete());
        QualityFlag f = only(flags, FlagKind.OVER_PRESSURE);
        assertEquals(4, f.step());
        assertEquals("Press the electrolyte", f.stepTitle());
        assertEquals("126.0 MPa (9.90 kN)", f.value());
        assertEquals("≤ 110.0 MPa (target 100 ± 10 MPa)", f.limit());
        assertEquals("Step 4 Press the electrolyte: peak 126.0 MPa above the band's 110.0 MPa.", f.explanation());
        assertEquals(1, flags.size(), flags.toString());
    }

    @Test
    void anOldRecordThatSaysOvershootStillGivesTheOverPressureFlagAndReadsBackAsStored() {
        // Written before over-pressure had one name: the alarm's cause says OVERSHOOT.
        record.trace(4, PressTrace.of(4).ramp(100).hold(1, 0, 0).at(126, 0.05).at(100, 2).points());
                record.afterStart(BatchEventKind.ALARM_RAISED, 4, Map.of(BatchRun.ALARM_ID, "A1", BatchRun.ALARM_PRIORITY, "HIGH", BatchRun.CAUSE, "OVERSHOOT",
                BatchRun.ALARM_MESSAGE, "pressure 126.0 MPa above the band (100 ± 10 MPa) at 1.00 s"));
        BatchRun old = record.complete().run();
        QualityFlag f = only(QualityFlagger.flags(old, step -> record.complete().trace(step)), FlagKind.OVER_PRESSURE);
        assertEquals("126.0 MPa (9.90 kN)", f.value());
        assertEquals("OVERSHOOT", old.alarms().get(0).cause(), "the record reads back as it was stored");
        assertEquals(java.util.Optional.of(org.layerpress.domain.batch.FindingKind.OVER_PRESSURE),
                org.layerpress.domain.batch.FindingKind.ofStored(old.alarms().get(0).cause()));
    }

    @Test
    void forceAboveTheDieRatingIsOverPressureAgainstTheRating() {
        record.trace(7, PressTrace.of(7).ramp(100).hold(1, 0, 0).at(1300, 0.02).at(100, 2).points());
        List<QualityFlag> flags = flags(record.complete()).stream().filter(f -> f.kind() == FlagKind.OVER_PRESSURE).toList();
        assertEquals(2, flags.size(), "above the band and above the rating: " + flags);
        QualityFlag rating = flags.get(1);
        assertEquals(7, rating.step());
        assertEquals("102.10 kN", rating.value());
        assertEquals("≤ 98.07 kN (die rating)", rating.limit());
    }

    @Test
    void aDipBelowTheBandDuringTheHoldIsUnderPressureWithTheLowestValue() {
        record.trace(4, PressTrace.of(4).ramp(100).hold(1, 0, 0).at(86.5, 0.3).at(100, 1.7).points());
        List<QualityFlag> flags = flags(record.complete());
        QualityFlag f = only(flags, FlagKind.UNDER_PRESSURE);
        assertEquals("86.5 MPa (6.79 kN)", f.value());
        assertEquals("≥ 90.0 MPa (target 100 ± 10 MPa)", f.limit());
        assertEquals(1, flags.size(), "back at the setpoint by the end: no decay; " + flags);
    }

    @Test
    void pressureFallingWhileTheRamStaysIsALeak() {
        record.trace(4, PressTrace.of(4).ramp(100).hold(3, 8, 0).points());
        QualityFlag f = only(flags(record.complete()), FlagKind.HOLD_DECAY_LEAK);
        assertTrue(f.value().startsWith("8.0 % decay, ram advanced 0.000 mm"), f.value());
        assertEquals("≤ 5 % decay", f.limit());
        assertTrue(f.explanation().contains("a hydraulic leak"), f.explanation());
    }

    @Test
    void pressureFallingWhileTheRamAdvancesIsCreep() {
        record.trace(7, PressTrace.of(7).ramp(100).hold(3, 8, 0.05).points());
        List<QualityFlag> flags = flags(record.complete());
        QualityFlag f = only(flags, FlagKind.HOLD_DECAY_CREEP);
        assertEquals(7, f.step());
        assertTrue(f.explanation().contains("powder creep"), f.explanation());
        assertTrue(flags.stream().noneMatch(x -> x.kind() == FlagKind.HOLD_DECAY_LEAK), flags.toString());
    }

    @Test
    void aRampAQuarterSlowerThanTheRecipeIsARampDeviation() {
        record.trace(4, PressTrace.of(4).ramp(60).hold(3, 0, 0).points());
        QualityFlag f = only(flags(record.complete()), FlagKind.RAMP_DEVIATION);
        assertEquals(60, Double.parseDouble(f.value().replace(" MPa/s", "")), 0.5, f.value());
        assertEquals("100 MPa/s ± 25 %", f.limit());
    }

    @Test
    void aRampWithinTheToleranceIsNotFlagged() {
        record.trace(4, PressTrace.of(4).ramp(120).hold(3, 0, 0).points());
        assertEquals(List.of(), flags(record.complete()));
    }

    @Test
    void springbackAboveTheLimitIsFlaggedWithTheLimitInMillimetres() {
        record.springback(5, 0.21);
        QualityFlag f = only(flags(record.complete()), FlagKind.SPRINGBACK);
        assertEquals(5, f.step());
        assertEquals("0.21 mm", f.value());
        assertEquals("≤ 0.15 mm", f.limit());
    }

    @Test
    void aMassOutsideItsToleranceIsFlagged() {
        record.mass(3, 62.5, "the last of the lot; pellet kept for a trial");
        QualityFlag f = only(flags(record.complete()), FlagKind.MASS_OUT_OF_TOLERANCE);
        assertEquals(3, f.step());
        assertEquals("62.5 mg", f.value());
        assertEquals("60 ± 2 mg", f.limit());
        assertTrue(f.explanation().contains("2.5 mg above the target"), f.explanation());
    }

    @Test
    void aPressRepeatedAfterALinkLossIsARepeatAndALinkGapButItsCutShortAttemptIsNotUnderPressure() {
        // Attempt 1 reaches 60 MPa, the link drops, 20 s later attempt 2 runs clean.
        record.trace(4, PressTrace.of(4).rampTo(60, 100).pause(Duration.ofSeconds(20)).ramp(100).hold(3, 0, 0).points());
                record.afterStart(BatchEventKind.STEP_ACTIVATED, 4, Map.of());
        record.afterStart(BatchEventKind.HELD, 4, Map.of(BatchRun.CAUSE, "PLC link lost during the press step"));
        record.afterStart(BatchEventKind.TRACE_GAP, 4, Map.of("from", "", BatchRun.CAUSE, "PLC link lost during the press step"));
        record.afterStart(BatchEventKind.ALARM_RAISED, 4, Map.of(BatchRun.ALARM_ID, "A1", BatchRun.ALARM_PRIORITY, "HIGH", BatchRun.CAUSE, "LINK_LOST",
                BatchRun.ALARM_MESSAGE, "PLC link lost during the press step"));
        record.afterStart(BatchEventKind.RESUMED, 4, Map.of(BatchRun.DECISION, "REPEAT_STEP"));
        List<QualityFlag> flags = flags(record.complete());

        QualityFlag repeat = only(flags, FlagKind.STEP_REPEATED);
        assertEquals(4, repeat.step());
        assertEquals("2 attempts", repeat.value());
        assertTrue(repeat.explanation().contains("PLC link lost"), repeat.explanation());
        QualityFlag gap = only(flags, FlagKind.LINK_GAP);
        assertEquals(4, gap.step());
        assertEquals(2, flags.size(), "the cut-short attempt is neither under-pressure nor a slow ramp: " + flags);
    }

    @Test
    void aTraceGapFromAStationStopIsALinkGapOfTheBatch() {
                record.afterStart(BatchEventKind.TRACE_GAP, 4, Map.of("from", "", BatchRun.CAUSE, "station stopped while the step ran"));
        QualityFlag gap = only(flags(record.complete()), FlagKind.LINK_GAP);
        assertEquals(0, gap.step());
        assertEquals("1 trace gap(s)", gap.value());
    }
}
