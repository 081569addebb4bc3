package org.layerpress.domain.recipe;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;

/**
 * One step of a recipe. Steps hold their own parameters only; whether they make physical sense
 * for a die and a press is the {@link RecipeValidator}'s job, so a draft can be wrong while edited.
 */
public sealed interface RecipeStep {

    StepKind kind();

    /** What the operator reads on the step's screen. */
    String title();

    /**
     * A checklist to confirm item by item (die clean, atmosphere OK…), optionally with glovebox
     * atmosphere limits measured from the glovebox's controller for this and the following steps.
     */
    record Check(String title, List<String> items, Optional<AtmosphereLimits> atmosphere) implements RecipeStep {
        public Check {
            Objects.requireNonNull(title, "title");
            items = List.copyOf(items);
            Objects.requireNonNull(atmosphere, "atmosphere");
        }

        public Check(String title, List<String> items) {
            this(title, items, Optional.empty());
        }

        @Override
        public StepKind kind() {
            return StepKind.CHECK;
        }
    }

    /** Scan the die id or a powder lot. */
    record Scan(String title, ScanTarget target) implements RecipeStep {
        public Scan {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public StepKind kind() {
            return StepKind.SCAN;
        }
    }

    enum ScanTarget { DIE_ID, POWDER_LOT }

    /** Weigh and load one layer of powder. */
    record LoadLayer(String title, String layerName, String material, Mass target, Mass tolerance, boolean secondPersonCheck)
            implements RecipeStep {
        public LoadLayer {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(layerName, "layerName");
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /** Whether a weighed mass is inside target ± tolerance: the one test the run screen, the sequencer and the flags use. */
        public boolean accepts(double massMilligrams) {
            return inside(massMilligrams, target.milligrams(), tolerance.milligrams());
        }

        /**
         * The same test for values as a record stores them. The tolerance is inclusive, and float
         * noise (60 + 2 read as 62.00000000001) is forgiven.
         */
        public static boolean inside(double massMilligrams, double targetMilligrams, double toleranceMilligrams) {
            return Math.abs(massMilligrams - targetMilligrams) <= toleranceMilligrams + 1e-9;
        }

        @Override
        public StepKind kind() {
            return StepKind.LOAD_LAYER;
        }
    }

    /**
     * Press to a pellet pressure, ramping at a rate, holding for a time within a band.
     *
     * @param band allowed deviation either side of the target during the hold
     * @param maxDecayPercent how far pressure may fall during the hold before it is a deviation
     * @param minRelativeDensityPercent the pellet's relative density this press should reach; a
     *                                  reading below it is flagged (empty: not checked)
     */
    record Press(String title, Pressure target, PressureRate ramp, Duration hold, Pressure band, double maxDecayPercent,
                 Optional<Temperature> platen, Optional<Temperature> platenBand, OptionalDouble minRelativeDensityPercent) implements RecipeStep {
        public Press {
            Objects.requireNonNull(minRelativeDensityPercent, "minRelativeDensityPercent");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(ramp, "ramp");
            Objects.requireNonNull(hold, "hold");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(platen, "platen");
            Objects.requireNonNull(platenBand, "platenBand");
        }

        /** A press step without a platen temperature band (cold platens, or heated ones the hold does not watch). */
        public Press(String title, Pressure target, PressureRate ramp, Duration hold, Pressure band, double maxDecayPercent,
                     Optional<Temperature> platen) {
            this(title, target, ramp, hold, band, maxDecayPercent, platen, Optional.empty());
        }

        /** A press step without a relative density target. */
        public Press(String title, Pressure target, PressureRate ramp, Duration hold, Pressure band, double maxDecayPercent,
                     Optional<Temperature> platen, Optional<Temperature> platenBand) {
            this(title, target, ramp, hold, band, maxDecayPercent, platen, platenBand, OptionalDouble.empty());
        }

        public Press withMinRelativeDensity(OptionalDouble percent) {
            return new Press(title, target, ramp, hold, band, maxDecayPercent, platen, platenBand, percent);
        }

        /** The highest pressure the recipe allows: target plus band. Limits are checked against this. */
        public Pressure upperLimit() {
            return Pressure.megaPascals(target.megaPascals() + band.megaPascals());
        }

        public Press withTarget(Pressure newTarget) {
            return new Press(title, newTarget, ramp, hold, band, maxDecayPercent, platen, platenBand, minRelativeDensityPercent);
        }

        @Override
        public StepKind kind() {
            return StepKind.PRESS;
        }
    }

    /**
     * Bring both platens to a setpoint and keep them there: the HMI ramps the setpoint it writes at
     * {@code rampCelsiusPerMinute}, and the step ends only once both platens have stayed within
     * ± {@code band} of the setpoint for {@code soak} without a break (leaving the band restarts it).
     */
    record Heat(String title, Temperature setpoint, double rampCelsiusPerMinute, Temperature band, Duration soak) implements RecipeStep {
        public Heat {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(setpoint, "setpoint");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(soak, "soak");
        }

        /** Whether a platen reading is inside setpoint ± band (inclusive; float noise forgiven). */
        public boolean inBand(double celsius) {
            return Math.abs(celsius - setpoint.celsius()) <= band.celsius() + 1e-9;
        }

        @Override
        public StepKind kind() {
            return StepKind.HEAT;
        }
    }

    /**
     * Switch the heaters off and wait until both platens are at or below {@code releaseBelow}: only
     * then may the pellet be released (cooled under load) or ejected (cooled released).
     *
     * @param underLoad cooled with the press still closed on the pellet (between PRESS and RELEASE)
     */
    record Cool(String title, Temperature releaseBelow, boolean underLoad) implements RecipeStep {
        public Cool {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(releaseBelow, "releaseBelow");
        }

        @Override
        public StepKind kind() {
            return StepKind.COOL;
        }
    }

    /** Release the pressure (the ram returns; powder can be added again). */
    record Release(String title) implements RecipeStep {
        public Release {
            Objects.requireNonNull(title, "title");
        }

        @Override
        public StepKind kind() {
            return StepKind.RELEASE;
        }
    }

    /** Eject the pellet from the die. */
    record Eject(String title) implements RecipeStep {
        public Eject {
            Objects.requireNonNull(title, "title");
        }

        @Override
        public StepKind kind() {
            return StepKind.EJECT;
        }
    }

    /** Pass/fail questions about the pellet. */
    record Inspect(String title, List<String> questions) implements RecipeStep {
        public Inspect {
            Objects.requireNonNull(title, "title");
            questions = List.copyOf(questions);
        }

        @Override
        public StepKind kind() {
            return StepKind.INSPECT;
        }
    }

    /** Load the bagged and sealed sample into an isostatic vessel and lock its lid: a checklist confirmed item by item. */
    record LoadVessel(String title, List<String> items) implements RecipeStep {
        public LoadVessel {
            Objects.requireNonNull(title, "title");
            items = List.copyOf(items);
        }

        @Override
        public StepKind kind() {
            return StepKind.LOAD_VESSEL;
        }
    }

    /**
     * Pressurise an isostatic vessel to a pressure at a rate and hold it for a time within a band. The
     * vessel pressure is the pellet's pressure (no die, no area): the setpoint is the target. The hold
     * is folded in, as in PRESS; the record keeps its start and end. On a warm isostatic press the
     * medium is heated to {@code temperature}, soaked within ± {@code temperatureBand} for {@code soak}
     * before the pump starts, and held in that band through the hold (a cold step has no temperature
     * and a zero soak).
     */
    record Pressurise(String title, Pressure target, PressureRate rate, Duration hold, Pressure band,
                      Optional<Temperature> temperature, Optional<Temperature> temperatureBand, Duration soak) implements RecipeStep {
        public Pressurise {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(hold, "hold");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(temperatureBand, "temperatureBand");
            Objects.requireNonNull(soak, "soak");
        }

        /** A cold isostatic step (CIP). */
        public Pressurise(String title, Pressure target, PressureRate rate, Duration hold, Pressure band) {
            this(title, target, rate, hold, band, Optional.empty(), Optional.empty(), Duration.ZERO);
        }

        /** A step with a medium temperature and no soak before the pump starts beyond reaching the band. */
        public Pressurise(String title, Pressure target, PressureRate rate, Duration hold, Pressure band,
                          Optional<Temperature> temperature, Optional<Temperature> temperatureBand) {
            this(title, target, rate, hold, band, temperature, temperatureBand, Duration.ZERO);
        }

        /** A warm isostatic step (WIP): the medium is heated and soaked in its band before the pump starts. */
        public boolean warm() {
            return temperature.isPresent();
        }

        /** Whether a medium temperature is within the recipe's temperature band (false on a cold step or without a band). */
        public boolean temperatureInBand(double celsius) {
            if (temperature.isEmpty() || temperatureBand.isEmpty() || !Double.isFinite(celsius)) {
                return false;
            }
            return Math.abs(celsius - temperature.get().celsius()) <= temperatureBand.get().celsius() + 1e-9;
        }

        /** The highest pressure the recipe allows: target plus band. The vessel's rating is checked against this. */
        public Pressure upperLimit() {
            return Pressure.megaPascals(target.megaPascals() + band.megaPascals());
        }

        /** Whether a vessel reading is at or above the band's bottom (float noise forgiven). */
        public boolean inOrAboveBand(double megaPascals) {
            return megaPascals >= target.megaPascals() - band.megaPascals() - 1e-9;
        }

        @Override
        public StepKind kind() {
            return StepKind.PRESSURISE;
        }
    }

    /**
     * Vent an isostatic vessel no faster than {@code maxRate}: too fast a decompression tears the bag
     * or cracks a pellet as trapped gas expands. The step ends when the vessel reads vented.
     */
    record Depressurise(String title, PressureRate maxRate) implements RecipeStep {
        public Depressurise {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(maxRate, "maxRate");
        }

        @Override
        public StepKind kind() {
            return StepKind.DEPRESSURISE;
        }
    }
}
