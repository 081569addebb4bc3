package org.layerpress.store.central;

import java.sql.SQLException;
import java.time.Duration;
import org.layerpress.application.recipes.CentralRecipeImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's small loop that reads the recipe versions published centrally and hands them to
 * {@link CentralRecipeImport}, every {@code period} (docs/central.md). While the central database cannot be
 * reached it simply tries again next period: the station keeps working on the recipes it holds, and gets what
 * was published meanwhile when the database is back.
 */
public final class RecipePull implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecipePull.class);

    private final CentralRecipes central;
    private final CentralRecipeImport importer;
    private final Duration period;
    private final Thread thread;
    private volatile boolean running = true;

    public RecipePull(CentralLink link, CentralRecipeImport importer, Duration period) {
        this.central = new CentralRecipes(link);
        this.importer = importer;
        this.period = period;
        this.thread = new Thread(this::loop, "central-recipe-pull");
        thread.setDaemon(true);
    }

    public RecipePull start() {
        thread.start();
        return this;
    }

    /** One pull now (also what the loop does each period); false when central could not be read. */
    public boolean pullOnce() {
        try {
            importer.receive(central.all());
            return true;
        } catch (SQLException e) {
            LOG.debug("published recipes not read from central: {}", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("published recipes not taken: {}", e.getMessage(), e);
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
