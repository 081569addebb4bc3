package org.layerpress.store.central;

import java.time.Duration;
import org.layerpress.application.recipes.CentralRecipeImport;

/**
 * The station's loop that reads the recipe versions published centrally and hands them to
 * {@link CentralRecipeImport}, every {@code period} (docs/central.md); see {@link CentralPull} for what it
 * does while the central database cannot be reached.
 */
public final class RecipePull implements AutoCloseable {

    private final CentralPull pull;

    public RecipePull(CentralLink link, CentralRecipeImport importer, Duration period) {
        CentralRecipes central = new CentralRecipes(link);
        this.pull = new CentralPull("published recipes", () -> importer.receive(central.all()), period);
    }

    public RecipePull start() {
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
