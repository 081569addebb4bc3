package org.layerpress.station;

import java.time.Clock;
import org.layerpress.application.StationServices;
import org.layerpress.application.calibration.CalibrationUseCase;
import org.layerpress.application.dies.DieRegistryUseCase;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.report.ReportWriters;
import org.layerpress.store.JdbcRecordSeal;

/** The use cases on the station's stores: people and audit, recipes, QA review and its batch list, the die registry, calibrations. */
public record StationUseCases(StationServices services, RecipeServices recipes, ReviewServices review, BatchListUseCase batchList,
                              DieRegistryUseCase dies, CalibrationUseCase calibration) {

    /** @param clock the station's time: audit entries, sessions, signatures, batch events and report footers (in the station's zone, {@code stores.zone()}) */
    public static StationUseCases on(StationStores stores, Clock clock) {
        StationServices services = StationServices.create(stores.transactions(), stores.users(), stores.audit(), stores.signatures(),
                stores.settings(), clock);
        RecipeServices recipes = RecipeServices.create(services, stores.recipes(), stores.recipeFiles());
        ReviewServices review = ReviewServices.create(services, stores.batches(), stores.reviews(), stores.batchList(), stores.recipeFiles(),
                stores.users(), new JdbcRecordSeal(stores.transactions()), ReportWriters.all(clock, stores.zone(), stores::chainHead));
        return new StationUseCases(services, recipes, review, new BatchListUseCase(services.authorizer(), stores.transactions(), stores.batchList()),
                new DieRegistryUseCase(stores.dies(), services.authorizer(), services.auditor(), stores.transactions()),
                new CalibrationUseCase(stores.calibrations(), stores.settings(), services.signatures(), services.authorizer(), services.auditor(),
                        stores.transactions(), clock));
    }
}
