package org.layerpress.domain.press;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Force;

/**
 * A die as the registry keeps it: the physical {@link Die} (id as its label scans, bore, rated
 * force), what it is made of, its rated cycles if the maker gives them, what the station has
 * counted on it, and its status.
 *
 * @param cycles press steps ended with this die since it entered the registry
 * @param highestForce the highest peak force of those steps; empty until the first one ends
 */
public record RegisteredDie(Die die, String material, OptionalLong ratedCycles, long cycles, Optional<Force> highestForce,
                            DieStatus status) {

    public RegisteredDie {
        Objects.requireNonNull(die, "die");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(ratedCycles, "ratedCycles");
        Objects.requireNonNull(highestForce, "highestForce");
        Objects.requireNonNull(status, "status");
        if (cycles < 0) {
            throw new IllegalArgumentException("a die's cycle count cannot be negative, was " + cycles);
        }
    }

    /** A die just added: nothing counted yet, IN_USE. */
    public static RegisteredDie added(Die die, String material, OptionalLong ratedCycles) {
        return new RegisteredDie(die, material, ratedCycles, 0, Optional.empty(), DieStatus.IN_USE);
    }

    public String id() {
        return die.id();
    }

    public DieWear wear() {
        return DieWear.of(cycles, ratedCycles);
    }

    /** The die after one more press step that peaked at {@code peak}. */
    public RegisteredDie pressed(Force peak) {
        Force highest = highestForce.filter(h -> !peak.exceeds(h)).orElse(peak);
        return new RegisteredDie(die, material, ratedCycles, cycles + 1, Optional.of(highest), status);
    }

    /** One line for the audit trail and the CLI: every field, units named. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: bore %s mm, rated %s kN, %s, rated cycles %s, cycles %d, highest %s, %s", id(),
                plain(die.bore().millimetres()), plain(die.rating().kiloNewtons()), material,
                ratedCycles.isPresent() ? Long.toString(ratedCycles.getAsLong()) : "not given", cycles,
                highestForce.map(f -> plain(f.kiloNewtons()) + " kN").orElse("none recorded"), status);
    }

    /** As a record writes numbers (at most four decimals: 10 tf reads 98.0665, not 98.06649999999999). */
    private static String plain(double v) {
        return EvidenceNumbers.text(v);
    }
}
