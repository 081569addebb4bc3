package org.layerpress.application.training;

import java.util.Set;

/**
 * The simulated press as a trainer reaches it: which faults this press can have (a door and an e-stop on an
 * automatic press, heaters on heated platens, a lid on a vessel, a link drop on any) and the injection itself.
 * Implemented by the simulator; a station on a real PLC has none, so the training use case refuses there.
 */
public interface TrainingPort {

    /** The faults the running simulated press supports. */
    Set<TrainingFault.Kind> supported();

    /** Injects the fault now (from any thread but the FX one; a link drop comes back by itself after its time). */
    void inject(TrainingFault fault);
}
