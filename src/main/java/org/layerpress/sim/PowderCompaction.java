package org.layerpress.sim;

/**
 * The ram position (LVDT, mm) that a pressed powder bed gives: where the ram touches the stack, how
 * far the powder has been compacted, and how far the frame, die and pellet spring elastically.
 * It exists so the simulator's traces show what docs/press-domain.md#what-a-trace-can-reveal says a
 * real trace shows: densification with force, creep advance during hold, and springback on release.
 *
 * <p>Model (task specification; illustrative numbers, not fitted to a material):
 * position = contact + plastic + creep + elastic, where plastic = 1.5 mm·(1 − exp(−F / 40 kN)) and
 * only ever grows (compaction is irreversible), creep advances the ram by 0.005 mm per kN of force
 * relaxed by powder creep during hold, and elastic = 0.004 mm/kN · F comes back on release
 * (≈ 0.12 mm of springback from 30 kN).
 */
final class PowderCompaction {

    static final double CONTACT_MILLIMETRES = 12.000;
    static final double MAX_PLASTIC_MILLIMETRES = 1.5;
    static final double COMPACTION_FORCE_SCALE_KILONEWTONS = 40;
    static final double ELASTIC_MILLIMETRES_PER_KILONEWTON = 0.004;
    static final double CREEP_MILLIMETRES_PER_KILONEWTON_RELAXED = 0.005;

    private double plastic;
    private double creep;
    private double elastic;

    /** Updates the bed for the current true force and the force relaxed by creep this scan. */
    void update(double forceKiloNewtons, double creepRelaxedKiloNewtons) {
        double f = Math.max(0, forceKiloNewtons);
        plastic = Math.max(plastic, MAX_PLASTIC_MILLIMETRES * (1 - Math.exp(-f / COMPACTION_FORCE_SCALE_KILONEWTONS)));
        creep += CREEP_MILLIMETRES_PER_KILONEWTON_RELAXED * Math.max(0, creepRelaxedKiloNewtons);
        elastic = ELASTIC_MILLIMETRES_PER_KILONEWTON * f;
    }

    /** The ram position in mm, increasing as the ram advances into the die. */
    double ramPosition() {
        return CONTACT_MILLIMETRES + plastic + creep + elastic;
    }
}
