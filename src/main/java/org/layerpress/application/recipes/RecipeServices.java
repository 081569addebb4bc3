package org.layerpress.application.recipes;

import java.util.Optional;
import org.layerpress.application.StationServices;

/**
 * The recipe use cases, wired from the station's shared pieces and the recipe ports.
 *
 * @param publishing publishing an approved version to every station, on a station started with {@code --central} only
 */
public record RecipeServices(RecipeAuthoringUseCase authoring, RecipeLifecycleUseCase lifecycle, RecipeQueryUseCase queries,
                             Optional<RecipePublishUseCase> publishing) {

    public RecipeServices {
        publishing = publishing == null ? Optional.empty() : publishing;
    }

    public RecipeServices(RecipeAuthoringUseCase authoring, RecipeLifecycleUseCase lifecycle, RecipeQueryUseCase queries) {
        this(authoring, lifecycle, queries, Optional.empty());
    }

    public static RecipeServices create(StationServices station, RecipeStore store, RecipeFiles files) {
        return new RecipeServices(
                new RecipeAuthoringUseCase(store, files, station.authorizer(), station.auditor(), station.transactions(), station.clock()),
                new RecipeLifecycleUseCase(store, station.signatures(), station.authorizer(), station.auditor(), station.transactions(), station.clock()),
                new RecipeQueryUseCase(store, station.transactions()));
    }

    /** The same use cases with publishing to every station (a station started with {@code --central}). */
    public RecipeServices withPublishing(RecipePublishUseCase publish) {
        return new RecipeServices(authoring, lifecycle, queries, Optional.of(publish));
    }
}
