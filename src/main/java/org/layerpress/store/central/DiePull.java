package org.layerpress.store.central;

import java.time.Duration;
import org.layerpress.application.dies.CentralDieImport;

/**
 * The station's loop that reads the die definitions published centrally and every die's cycles over the site, and
 * hands them to {@link CentralDieImport}, every {@code period} (docs/central.md); see {@link CentralPull} for what it
 * does while the central database cannot be reached (the station keeps the sums of its last pull).
 */
public final class DiePull implements AutoCloseable {

    private final CentralPull pull;

    public DiePull(CentralLink link, CentralDieImport importer, Duration period) {
        CentralDies central = new CentralDies(link);
        this.pull = new CentralPull("published dies", () -> importer.receive(CentralIdentity.of(link), central.newest(), central.cycleSums()), period);
    }

    public DiePull start() {
        pull.start();
        return this;
    }

    /** One pull now (also what the loop does each period); false when central could not be read. */
    public boolean pullOnce() {
        return pull.pullOnce();
    }

    @Override
    public void close() {
        pull.close();
    }
}
