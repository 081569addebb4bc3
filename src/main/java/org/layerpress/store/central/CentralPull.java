package org.layerpress.store.central;

import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A station's small loop that reads something from the central database every {@code period} and hands it on
 * (published recipes, sign-offs from QA workstations). While the central database cannot be reached it simply
 * tries again next period: the station keeps working on what it holds and gets what came meanwhile when the
 * database is back.
 */
final class CentralPull implements AutoCloseable {

    /** One pull: reads central (an SQLException means it could not be reached) and hands the rows on. */
    @FunctionalInterface
    interface Step {
        void run() throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CentralPull.class);

    private final String what;
    private final Step step;
    private final Duration period;
    private final Thread thread;
    private volatile boolean running = true;

    /** @param what what is pulled, in words for the log ("published recipes") */
    CentralPull(String what, Step step, Duration period) {
        this.what = what;
        this.step = step;
        this.period = period;
        this.thread = new Thread(this::loop, "central-pull-" + what.replace(' ', '-'));
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** One pull now (also what the loop does each period); false when central could not be read. */
    boolean pullOnce() {
        try {
            step.run();
            return true;
        } catch (SQLException e) {
            LOG.debug("{} not read from central: {}", what, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("{} not taken: {}", what, e.getMessage(), e);
            return false;
        }
    }

    private void loop() {
        while (running) {
            pullOnce();
            try {
                Thread.sleep(period.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
