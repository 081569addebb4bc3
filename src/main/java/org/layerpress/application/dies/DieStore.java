package org.layerpress.application.dies;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.layerpress.domain.press.RegisteredDie;

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

    /**
     * One more press step on the die: the cycle count goes up by one, the highest force to the larger of it and the
     * step's peak, and the step is kept as a die use row (forwarded to central, where the site's sum is made).
     */
    void recordPress(DieUse use);

    /** The die's cycles over every station, as the last pull from central read them; empty before any pull saw the die. */
    OptionalLong siteCycles(String id);

    /** Every die's cycles over every station as the last pull read them, by die id. */
    Map<String, Long> allSiteCycles();

    /** Replaces what {@link #siteCycles} answers with central's sums as of {@code at} (dies central does not count keep theirs). */
    void replaceSiteCycles(Map<String, Long> sums, Instant at);
}
