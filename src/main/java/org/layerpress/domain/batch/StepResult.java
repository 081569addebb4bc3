package org.layerpress.domain.batch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * What a step of a batch left in its record, typed by step kind. A record stores them as named
 * text values ({@link StepResultCodec} writes and reads them); code works with these. A press step
 * has two results (started, then pressed), a release too (started, then released).
 */
public sealed interface StepResult {

    /** A checklist confirmed item by item. */
    record Checked(List<String> items) implements StepResult {
        public Checked {
            items = List.copyOf(items);
        }
    }

    /** A code scanned for the die or a powder lot. */
    record Scanned(RecipeStep.ScanTarget target, String code) implements StepResult {
        public Scanned {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A layer weighed and loaded: the mass against the recipe's target ± tolerance (copied into the
     * record), the powder lot, the reason given for a mass outside tolerance, and the witness.
     */
    record LayerLoaded(String layer, String material, double massMg, double targetMg, double toleranceMg, String lot,
                       Optional<String> deviationReason, Optional<Witnessed> witness, MassSource source) implements StepResult {
        public LayerLoaded {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(lot, "lot");
            Objects.requireNonNull(deviationReason, "deviationReason");
            Objects.requireNonNull(witness, "witness");
        }

        /** A mass typed on a station without a balance (every record made before balances). */
        public LayerLoaded(String layer, String material, double massMg, double targetMg, double toleranceMg, String lot,
                           Optional<String> deviationReason, Optional<Witnessed> witness) {
            this(layer, material, massMg, targetMg, toleranceMg, lot, deviationReason, witness, new MassSource.Typed());
        }

        public boolean insideTolerance() {
            return RecipeStep.LoadLayer.inside(massMg, targetMg, toleranceMg);
        }

        /**
         * "mass 65 mg outside 60 ± 2 mg", and "mass typed, not weighed on the balance" for a mass typed on a
         * station with a balance: what the record says was wrong.
         */
        public String deviation() {
            String outside = insideTolerance() ? "" : String.format(Locale.ROOT, "mass %s mg outside %s ± %s mg",
                    EvidenceNumbers.text(massMg), EvidenceNumbers.text(targetMg), EvidenceNumbers.text(toleranceMg));
            if (!(source instanceof MassSource.TypedBalanceOffline)) {
                return outside;
            }
            return (outside.isEmpty() ? "" : outside + "; ") + "mass typed, not weighed on the balance";
        }

        public LayerLoaded witnessedBy(Witnessed by) {
            return new LayerLoaded(layer, material, massMg, targetMg, toleranceMg, lot, deviationReason, Optional.of(by), source);
        }
    }

    /** The second person who watched a weighing, with their own PIN. */
    record Witnessed(String login, String name, Instant at) {
        public Witnessed {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What a press start wrote to the PLC: the force setpoint and ramp for the target in the batch's die, and the hold. */
    record PressStarted(double setpointKn, double targetMegaPascals, double rampKnPerSecond, double holdSeconds, double dieAreaMm2)
            implements StepResult {
    }

    /**
     * What the press step's trace measured once the PLC reported step done (see {@link TraceEvaluation});
     * hold mean and decay are NaN when the setpoint was never reached.
     *
     * @param holdEndSeconds when the PLC reported step done, seconds from the trace's first sample
     */
    record Pressed(double peakMegaPascals, OptionalDouble secondsToSetpoint, double holdMeanMegaPascals, double holdDecayPercent,
                   double ramAdvanceMm, int tracePoints, double holdEndSeconds, List<Noted> findings) implements StepResult {
        public Pressed {
            Objects.requireNonNull(secondsToSetpoint, "secondsToSetpoint");
            findings = List.copyOf(findings);
        }

        public static Pressed of(TraceEvaluation e, int tracePoints, double holdEndSeconds) {
            return new Pressed(e.peakMegaPascals(), e.secondsToSetpoint(), e.holdMeanMegaPascals(), e.holdDecayPercent(),
                    e.ramAdvanceDuringHold(), tracePoints, holdEndSeconds, e.findings().stream().map(f -> new Noted(f.kind(), f.message())).toList());
        }

        public boolean deviated() {
            return !findings.isEmpty();
        }
    }

    /** A finding as the record keeps it: its kind and its sentence. */
    record Noted(FindingKind kind, String message) {
        public Noted {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Where the ram and the force stood when RELEASE was pulsed. */
    record ReleaseStarted(double positionBeforeMm, double forceBeforeKn) implements StepResult {
    }

    /** Force fell below released: where the ram went back to, and how far (the springback). */
    record Released(double forceAfterKn, double positionAfterMm, double springbackMm) implements StepResult {

        /** The ram rose from {@code before} to {@code positionAfterMm}: that rise is the springback. */
        public static Released from(ReleaseStarted before, double forceAfterKn, double positionAfterMm) {
            return new Released(forceAfterKn, positionAfterMm, before.positionBeforeMm() - positionAfterMm);
        }
    }

    /**
     * What a HEAT start asked of the platens: the recipe's setpoint (the HMI ramps what it writes up
     * to it), ramp, soak band and soak, and the station's platen limit it was checked against.
     */
    record HeatStarted(double setpointCelsius, double rampCelsiusPerMinute, double bandCelsius, double soakSeconds, double limitCelsius)
            implements StepResult {
    }

    /** Both platens stayed within the band for the soak: the temperatures read as the soak ended, and how long it lasted. */
    record Heated(double topCelsius, double bottomCelsius, double soakedSeconds, double setpointCelsius) implements StepResult {
    }

    /** A COOL start: the setpoint written (heaters off) and the temperature both platens must reach. */
    record CoolStarted(double setpointCelsius, double releaseBelowCelsius, boolean underLoad) implements StepResult {
    }

    /** Both platens at or below the cool limit: what they read then. */
    record Cooled(double topCelsius, double bottomCelsius, double releaseBelowCelsius) implements StepResult {
    }

    /**
     * The platens during a PRESS step's hold, for a step with a platen band: the lowest and highest of
     * either platen, against the setpoint ± band; NaN when no reading arrived in the hold.
     */
    record PlatensDuringHold(double minCelsius, double maxCelsius, double setpointCelsius, double bandCelsius) implements StepResult {

        /** Both extremes inside setpoint ± band (inclusive); a hold without readings is not inside. */
        public boolean inBand() {
            return Math.abs(minCelsius - setpointCelsius) <= bandCelsius + 1e-9 && Math.abs(maxCelsius - setpointCelsius) <= bandCelsius + 1e-9;
        }
    }

    /** The pellet is out of the die. */
    record Ejected() implements StepResult {
    }

    /** Pass or fail for every question of the inspection, in the recipe's order. */
    record Inspected(List<Answer> answers) implements StepResult {
        public Inspected {
            answers = List.copyOf(answers);
        }

        public List<String> failed() {
            return answers.stream().filter(a -> !a.pass()).map(Answer::question).toList();
        }
    }

    record Answer(String question, boolean pass) {
        public Answer {
            Objects.requireNonNull(question, "question");
        }
    }
}
