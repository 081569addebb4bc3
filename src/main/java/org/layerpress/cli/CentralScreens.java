package org.layerpress.cli;

import org.layerpress.application.recipes.RecipePublishUseCase;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.station.Station;
import org.layerpress.station.StationStores;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralRecipes;

/**
 * What a station started with {@code --central} adds to its screens: publishing an approved recipe version to every
 * station from the Recipes screen, with the same application code as {@code central publish} (docs/central.md).
 */
final class CentralScreens {

    private CentralScreens() {
    }

    /** The station's recipe use cases with publishing through {@code link}, naming {@code stationId} as the publisher. */
    static RecipeServices recipes(Station station, CentralLink link, String stationId) {
        StationStores s = station.stores();
        return station.useCases().recipes().withPublishing(new RecipePublishUseCase(s.recipes(), s.signatures(), s.recipeFiles(),
                station.useCases().services(), new CentralRecipes(link), stationId));
    }
}
