package org.layerpress.cli;

import java.time.Clock;
import java.time.Duration;
import org.layerpress.application.StationServices;
import org.layerpress.application.recipes.CentralRecipeImport;
import org.layerpress.application.review.CentralSignOffImport;
import org.layerpress.station.Station;
import org.layerpress.station.StationStores;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.JdbcSignOffLedger;
import org.layerpress.store.central.RecipePull;
import org.layerpress.store.central.SignOffPull;
import org.layerpress.store.central.DiePull;
import org.layerpress.store.central.UserPull;
import org.layerpress.store.JdbcCentralDieLedger;
import org.layerpress.application.dies.CentralDieImport;
import org.layerpress.store.JdbcCentralUserLedger;
import org.layerpress.application.users.CentralUserImport;

/**
 * Wires the pulls from central onto a station started with {@code --central} (docs/central.md): published recipe
 * versions, sign-offs from QA workstations for this station's batches, the people the site's user home published, and
 * the dies published centrally with their cycles over the site.
 */
final class CentralRecipePull {

    /** How often a station looks for newly published versions and retirements. */
    static final Duration EVERY = Duration.ofSeconds(30);

    private CentralRecipePull() {
    }

    static RecipePull start(Station station, CentralLink link, String url) {
        StationStores stores = station.stores();
        StationServices services = station.useCases().services();
        String source = source(url);
        CentralRecipeImport importer = new CentralRecipeImport(stores.recipes(), stores.recipeFiles(), services.auditor(),
                services.transactions(), Clock.systemUTC(), source);
        return new RecipePull(link, importer, EVERY).start();
    }

    /** People published by the site's user home, adopted after this station's checks. */
    static UserPull startUsers(Station station, CentralLink link, String url) {
        StationStores stores = station.stores();
        StationServices services = station.useCases().services();
        String source = source(url);
        CentralUserImport importer = new CentralUserImport(stores.users(), stores.settings(), new JdbcCentralUserLedger(stores.transactions()),
                services.auditor(), services.transactions(), Clock.systemUTC(), source);
        return new UserPull(link, importer, EVERY).start();
    }

    /** Dies published centrally, adopted after this station's checks, and every die's cycles over the site. */
    static DiePull startDies(Station station, CentralLink link, String url) {
        StationStores stores = station.stores();
        StationServices services = station.useCases().services();
        CentralDieImport importer = new CentralDieImport(stores.dies(), new JdbcCentralDieLedger(stores.transactions()), services.auditor(),
                services.transactions(), Clock.systemUTC(), source(url));
        return new DiePull(link, importer, EVERY).start();
    }

    /** @param stationId this station's id, as its forwarded rows carry it ({@code --station}) */
    static SignOffPull startSignOffs(Station station, CentralLink link, String stationId) {
        StationStores stores = station.stores();
        StationServices services = station.useCases().services();
        CentralSignOffImport importer = new CentralSignOffImport(station.useCases().review().reader(), stores.reviews(), stores.signatures(),
                new JdbcSignOffLedger(stores.transactions()), services.auditor(), services.transactions(), Clock.systemUTC());
        return new SignOffPull(link, stationId, importer, EVERY).start();
    }

    /** The audit trail names where things came from: the URL without its query (TLS settings, never a secret). */
    private static String source(String url) {
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }
}
