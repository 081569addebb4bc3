package org.layerpress.application.dies;

import java.util.List;
import java.util.Optional;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;

/**
 * The registered dies. Every method runs in the caller's transaction, so a change commits with its
 * audit row or a press step's record, or not at all. Dies are never deleted (docs/dies.md#storage).
 */
public interface DieStore {

    /** Every die, by id. */
    List<RegisteredDie> all();

    Optional<RegisteredDie> byId(String id);

    /** Adds a new die; refused (nothing written) when the id is taken. */
    void insert(RegisteredDie die);

    /** Writes what a Supervisor may change: bore, rated force, material, rated cycles, status. Never the counts. */
    void update(RegisteredDie die);

    /** One more press step on the die, peaking at {@code peak}: the cycle count goes up by one, the highest force to the larger. */
    void recordPress(String id, Force peak);
}
