package org.layerpress.application.recipes;

import org.layerpress.application.StationServices;

/** The recipe use cases, wired from the station's shared pieces and the recipe ports. */
public record RecipeServices(RecipeAuthoringUseCase authoring, RecipeLifecycleUseCase lifecycle, RecipeQueryUseCase queries) {

    public static RecipeServices create(StationServices station, RecipeStore store, RecipeFiles files) {
        return new RecipeServices(
                new RecipeAuthoringUseCase(store, files, station.authorizer(), station.auditor(), station.transactions(), station.clock()),
                new RecipeLifecycleUseCase(store, station.signatures(), station.authorizer(), station.auditor(), station.transactions(), station.clock()),
                new RecipeQueryUseCase(store, station.transactions()));
    }
}
