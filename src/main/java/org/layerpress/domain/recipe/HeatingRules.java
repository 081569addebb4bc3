package org.layerpress.domain.recipe;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep.Cool;
import org.layerpress.domain.recipe.RecipeStep.Heat;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Temperature;

/**
 * The recipe rules of heated pressing, walked in step order: HEAT and COOL values within their
 * limits, a PRESS that names a platen temperature or band only while a HEAT has set the platens,
 * COOL only after a HEAT and on the right side of the RELEASE, and a heated recipe cooled before
 * its EJECT. Limits are the recipe's; the station's {@code platens.maxTemperature} is checked at
 * batch start, as a press's capacity is.
 */
final class HeatingRules {

    /** The coolest setpoint that is still heating: below it the platens sit at glovebox temperature anyway. */
    static final double MIN_PLATEN_C = 20;
    /**
     * The fastest setpoint ramp a recipe may ask for. Lab presses heat at 10–30 °C/min (the simulator's
     * heater manages 18 °C/min); a faster ramp only means the platens lag the setpoint.
     */
    static final double MAX_HEAT_RAMP_C_PER_MIN = 60;
    /** The widest soak band: wider than this is no longer a temperature the recipe controls. */
    static final double MAX_PLATEN_BAND_C = 25;

    private final PressProfile press;
    private final List<Violation> out;
    /** The setpoint the last HEAT wrote, until a COOL switches the heaters off. */
    private Optional<Temperature> setpoint = Optional.empty();
    private boolean heated;
    private boolean cooled;

    HeatingRules(PressProfile press, List<Violation> out) {
        this.press = press;
        this.out = out;
    }

    void heat(int n, Heat h) {
        requireHeatedPress(n, "a HEAT step");
        double c = h.setpoint().celsius();
        if (c < MIN_PLATEN_C || c > RecipeValidator.MAX_PLATEN_C) {
            add(n, "HEAT setpoint must be " + fmt(MIN_PLATEN_C) + "–" + fmt(RecipeValidator.MAX_PLATEN_C) + " °C, was " + fmt(c) + " °C");
        }
        double ramp = h.rampCelsiusPerMinute();
        if (!(ramp > 0) || ramp > MAX_HEAT_RAMP_C_PER_MIN) {
            add(n, "HEAT ramp must be above 0 and at most " + fmt(MAX_HEAT_RAMP_C_PER_MIN) + " °C/min, was " + fmt(ramp) + " °C/min");
        }
        band(n, "soak band", h.band());
        Duration soak = h.soak();
        if (soak.isNegative() || soak.compareTo(RecipeValidator.MAX_HOLD) > 0) {
            add(n, "soak must be 0 s to " + RecipeValidator.MAX_HOLD.toMinutes() + " min, was " + soak.toSeconds() + " s");
        }
        setpoint = Optional.of(h.setpoint());
        heated = true;
        cooled = false;
    }

    void press(int n, Press p) {
        p.platen().ifPresent(t -> {
            if (setpoint.isEmpty()) {
                add(n, "the press step asks for platens at " + fmt(t.celsius()) + " °C but no HEAT step before it heats them");
            } else if (Math.abs(setpoint.get().celsius() - t.celsius()) > 1e-9) {
                add(n, "the press step asks for platens at " + fmt(t.celsius()) + " °C but the HEAT before it sets " + fmt(setpoint.get().celsius()) + " °C");
            }
        });
        p.platenBand().ifPresent(b -> {
            if (setpoint.isEmpty()) {
                add(n, "a platen temperature band needs a HEAT step before the press step");
            }
            band(n, "platen temperature band", b);
        });
    }

    void cool(int n, Cool c, boolean pressClosed) {
        requireHeatedPress(n, "a COOL step");
        double limit = c.releaseBelow().celsius();
        if (limit < MIN_PLATEN_C || limit > RecipeValidator.MAX_PLATEN_C) {
            add(n, "COOL release temperature must be " + fmt(MIN_PLATEN_C) + "–" + fmt(RecipeValidator.MAX_PLATEN_C) + " °C, was " + fmt(limit) + " °C");
        }
        if (setpoint.isEmpty()) {
            add(n, "a COOL step needs a HEAT step before it");
        } else if (limit >= setpoint.get().celsius()) {
            add(n, "COOL to " + fmt(limit) + " °C is not below the HEAT setpoint of " + fmt(setpoint.get().celsius()) + " °C");
        }
        if (c.underLoad() && !pressClosed) {
            add(n, "COOL under load needs the press closed on the pellet: put it after a PRESS and before the RELEASE");
        } else if (!c.underLoad() && pressClosed) {
            add(n, "COOL released comes while the press is still closed: put a RELEASE before it, or cool under load");
        }
        setpoint = Optional.empty();
        cooled = true;
    }

    /** An EJECT of a heated pellet needs a COOL after the last HEAT. */
    void eject(int n) {
        if (heated && !cooled) {
            add(n, "the platens are still heated at the EJECT: put a COOL step before it");
        }
    }

    private void requireHeatedPress(int n, String what) {
        if (!press.has(PressCapability.HEATED_PLATENS)) {
            add(n, what + " needs heated platens but " + press.model() + " has none");
        }
    }

    private void band(int n, String what, Temperature band) {
        double b = band.celsius();
        if (!(b > 0) || b > MAX_PLATEN_BAND_C) {
            add(n, what + " must be above 0 and at most ±" + fmt(MAX_PLATEN_BAND_C) + " °C, was ±" + fmt(b) + " °C");
        }
    }

    private void add(int n, String message) {
        out.add(new Violation(n, RecipeValidator.HEATING, message));
    }

    private static String fmt(double v) {
        return RecipeValidator.fmt(v);
    }
}
