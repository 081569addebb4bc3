package org.layerpress.store.central;

import java.time.Duration;
import org.layerpress.application.review.CentralSignOff;
import org.layerpress.application.review.CentralSignOffImport;

/**
 * The station's loop that reads the sign-offs QA workstations wrote centrally for this station's batches and
 * hands them to {@link CentralSignOffImport}, every {@code period} (docs/central.md). A station that cannot reach
 * the central database keeps its records as they are and takes the sign-offs when it is back.
 */
public final class SignOffPull implements AutoCloseable {

    private final CentralPull pull;

    /** @param station this station's id, as its forwarded rows carry it */
    public SignOffPull(CentralLink link, String station, CentralSignOffImport importer, Duration period) {
        CentralSignOffs central = new CentralSignOffs(link);
        this.pull = new CentralPull("sign-offs from QA workstations", () -> {
            CentralIdentity.Read<CentralSignOff> read = central.pull(station);
            importer.receive(read.central(), read.rows());
        }, period);
    }

    public SignOffPull start() {
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
