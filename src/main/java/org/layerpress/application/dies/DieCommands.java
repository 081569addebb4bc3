package org.layerpress.application.dies;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;

/** A Supervisor's commands on the die registry; each validates in its constructor and names the limit it refuses. */
public final class DieCommands {

    /** The smallest and largest bore the registry takes, mm: pellet dies of a laboratory press (docs/dies.md#limits). */
    public static final double BORE_MIN_MM = 1;
    public static final double BORE_MAX_MM = 100;
    /** Rated cycles above this are a typing slip, not a die (and keep the wear arithmetic exact). */
    public static final long RATED_CYCLES_MAX = 100_000_000L;

    private DieCommands() {
    }

    /** A die that joins the registry IN_USE, with nothing counted on it. */
    public record AddDie(String id, double boreMillimetres, Force ratedForce, String material, OptionalLong ratedCycles) {
        public AddDie {
            id = InputLimits.DIE_ID.accept(id);
            if (id.isEmpty()) {
                throw new IllegalArgumentException("a die needs an id, as its label scans");
            }
            checkSpec(boreMillimetres, ratedForce, ratedCycles);
            material = requireMaterial(material);
        }

        public Die die() {
            return new Die(id, Length.millimetres(boreMillimetres), ratedForce);
        }
    }

    /**
     * What a Supervisor may change about a die, with why. The counts are not here: they come from the
     * press steps alone. {@code status} may be IN_USE or OUT_FOR_REPAIR; retiring is {@link RetireDie}.
     */
    public record EditDie(String id, double boreMillimetres, Force ratedForce, String material, OptionalLong ratedCycles,
                          DieStatus status, String reason) {
        public EditDie {
            id = InputLimits.DIE_ID.accept(id);
            checkSpec(boreMillimetres, ratedForce, ratedCycles);
            material = requireMaterial(material);
            Objects.requireNonNull(status, "status");
            if (status == DieStatus.RETIRED) {
                throw new IllegalArgumentException("retire a die with Retire, which asks for the reason of that alone");
            }
            reason = requireReason(reason);
        }

        public Die die() {
            return new Die(id, Length.millimetres(boreMillimetres), ratedForce);
        }
    }

    /** Takes a die out of use for good; it stays in the registry for the batch records that name it. */
    public record RetireDie(String id, String reason) {
        public RetireDie {
            id = InputLimits.DIE_ID.accept(id);
            reason = requireReason(reason);
        }
    }

    private static void checkSpec(double boreMillimetres, Force ratedForce, OptionalLong ratedCycles) {
        if (!(boreMillimetres >= BORE_MIN_MM && boreMillimetres <= BORE_MAX_MM)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a die's bore must be %s to %s mm, was %s mm",
                    plain(BORE_MIN_MM), plain(BORE_MAX_MM), boreMillimetres));
        }
        Objects.requireNonNull(ratedForce, "ratedForce");
        if (!(ratedForce.kiloNewtons() > 0)) {
            throw new IllegalArgumentException("a die's rated force must be above 0 kN, was " + ratedForce);
        }
        Objects.requireNonNull(ratedCycles, "ratedCycles");
        if (ratedCycles.isPresent() && (ratedCycles.getAsLong() < 1 || ratedCycles.getAsLong() > RATED_CYCLES_MAX)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a die's rated cycles must be 1 to %,d, was %,d",
                    RATED_CYCLES_MAX, ratedCycles.getAsLong()));
        }
    }

    private static String requireMaterial(String material) {
        String m = InputLimits.MATERIAL.accept(material);
        if (m.isEmpty()) {
            throw new IllegalArgumentException("give the die's material (e.g. the steel grade or tungsten carbide)");
        }
        return m;
    }

    /** A change to a die that limits setpoints is GMP-relevant: it carries a reason (Annex 11 §9). */
    private static String requireReason(String reason) {
        String why = InputLimits.REASON.accept(reason);
        if (why.length() < 3) {
            throw new IllegalArgumentException("give a reason for this change (at least 3 characters)");
        }
        return why;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
