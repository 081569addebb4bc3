package org.layerpress.store.central;

import java.time.Duration;
import org.layerpress.application.users.CentralUserImport;
import org.layerpress.application.users.PublishedUser;

/**
 * The station's loop that reads the people the site's user home published and hands the newest of each login to
 * {@link CentralUserImport}, every {@code period} (docs/central.md); see {@link CentralPull} for what it does
 * while the central database cannot be reached.
 */
public final class UserPull implements AutoCloseable {

    private final CentralPull pull;

    public UserPull(CentralLink link, CentralUserImport importer, Duration period) {
        CentralUsers central = new CentralUsers(link);
        this.pull = new CentralPull("published users", () -> {
            CentralIdentity.Read<PublishedUser> read = central.pull();
            importer.receive(read.central(), read.rows());
        }, period);
    }

    public UserPull start() {
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
