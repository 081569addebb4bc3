package org.layerpress.cli;

import org.layerpress.application.StationServices;
import org.layerpress.application.dies.DieCentral;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.recipes.RecipePublishUseCase;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.users.UserPublishUseCase;
import org.layerpress.station.Station;
import org.layerpress.station.StationStores;
import org.layerpress.station.StationUseCases;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralRecipes;
import org.layerpress.store.central.CentralUsers;

/**
 * What a station started with {@code --central} adds to its screens: publishing an approved recipe version to every
 * station from the Recipes screen, and the user home's people from its Users screen, with the same application code as
 * {@code central publish} and {@code central publish-users} (docs/central.md).
 */
final class CentralScreens {

    private CentralScreens() {
    }

    /** Publishing the people of this station (the user home) through {@code link}, naming {@code stationId} as the home. */
    static UserPublishUseCase users(Station station, CentralLink link, String stationId) {
        StationStores s = station.stores();
        StationServices services = station.useCases().services();
        return new UserPublishUseCase(s.users(), s.settings(), services.authorizer(), services.auditor(), services.signatures(),
                services.transactions(), new CentralUsers(link), stationId);
    }

    /** The station's recipe use cases with publishing through {@code link}, naming {@code stationId} as the publisher. */
    static RecipeServices recipes(Station station, CentralLink link, String stationId) {
        StationStores s = station.stores();
        return station.useCases().recipes().withPublishing(new RecipePublishUseCase(s.recipes(), s.signatures(), s.recipeFiles(),
                station.useCases().services(), new CentralRecipes(link), stationId));
    }

    /** Publishing this station's dies through {@code central}, naming {@code stationId} as the publisher (screen and command alike). */
    static DiePublishUseCase dies(StationUseCases useCases, DieCentral central, String stationId) {
        StationServices services = useCases.services();
        return new DiePublishUseCase(useCases.dies(), services.authorizer(), services.signatures(), central, stationId);
    }
}
