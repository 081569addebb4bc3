package org.layerpress.application.dies;

import java.util.Objects;
import java.util.OptionalLong;
import org.layerpress.domain.press.RegisteredDie;

/**
 * One publication of a die's definition (central V6, docs/central.md): what a Supervisor published, as central holds
 * it. Nothing here is trusted yet: {@link CentralDieImport} checks it against this station's rules and registry
 * before adopting it, so the status is the text central holds, not yet a {@code DieStatus}.
 *
 * @param id the central publication number (0 before it is published); the newest of a die id wins
 */
public record PublishedDie(long id, String dieId, double boreMillimetres, double ratedForceKiloNewtons, String material,
                           OptionalLong ratedCycles, String status, String publishedBy, String fromStation) {

    public PublishedDie {
        Objects.requireNonNull(dieId, "dieId");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(ratedCycles, "ratedCycles");
        Objects.requireNonNull(status, "status");
    }

    /** A die of the registry as it is published: its definition, never its counts (those are summed from die uses). */
    public static PublishedDie of(RegisteredDie d, String publishedBy, String fromStation) {
        return new PublishedDie(0, d.id(), d.die().bore().millimetres(), d.die().rating().kiloNewtons(), d.material(), d.ratedCycles(),
                d.status().name(), publishedBy, fromStation);
    }

    /** The same publication under its central number. */
    public PublishedDie withId(long centralId) {
        return new PublishedDie(centralId, dieId, boreMillimetres, ratedForceKiloNewtons, material, ratedCycles, status, publishedBy, fromStation);
    }
}
