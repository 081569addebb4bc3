package org.layerpress.station;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcCalibrationStore;
import org.layerpress.store.JdbcDieStore;
import org.layerpress.store.JdbcRecipeStore;
import org.layerpress.store.JdbcReviewStore;
import org.layerpress.store.JdbcSettingsStore;
import org.layerpress.store.JdbcSignatureStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.JdbcUserStore;

/**
 * The station's H2 file and every store adapter on its one transaction manager.
 *
 * @param zone the station's time zone: the batch list's day filters are days there, and the PDF report prints its times in it
 */
public record StationStores(Database database, JdbcTransactions transactions, YamlRecipeFiles recipeFiles, JdbcUserStore users,
                            JdbcAuditTrail audit, JdbcSignatureStore signatures, JdbcSettingsStore settings, JdbcRecipeStore recipes,
                            JdbcBatchStore batches, JdbcBatchListStore batchList, JdbcReviewStore reviews, JdbcDieStore dies, JdbcCalibrationStore calibrations,
                            ZoneId zone)
        implements AutoCloseable {

    /** Opens (creating if needed) {@code <dataDir>/layerpress.mv.db}, migrated to the current schema. */
    public static StationStores open(Path dataDir, ZoneId zone) {
        return open(dataDir, zone, Clock.systemUTC());
    }

    /** As {@link #open(Path, ZoneId)}, the seals the store writes itself stamped with the station's {@code clock}. */
    public static StationStores open(Path dataDir, ZoneId zone, Clock clock) {
        return on(Database.open(dataDir, clock), zone);
    }

    /** The stores on a database opened for {@code audit verify} ({@link Database#openForInspection}): to read, never to record. */
    public static StationStores openForInspection(Path dataDir, ZoneId zone) {
        return on(Database.openForInspection(dataDir), zone);
    }

    private static StationStores on(Database db, ZoneId zone) {
        JdbcTransactions tx = new JdbcTransactions(db);
        YamlRecipeFiles files = new YamlRecipeFiles();
        return new StationStores(db, tx, files, new JdbcUserStore(tx), new JdbcAuditTrail(tx), new JdbcSignatureStore(tx),
                new JdbcSettingsStore(tx), new JdbcRecipeStore(tx, files), new JdbcBatchStore(tx), new JdbcBatchListStore(tx, zone),
                new JdbcReviewStore(tx), new JdbcDieStore(tx), new JdbcCalibrationStore(tx), zone);
    }

    /** The audit chain's newest row as "#seq hash" (what a PDF report prints), or that the trail is empty. */
    public String chainHead() {
        return transactions.inTransaction(() -> EvidenceCheck.head(transactions.connection())).map(Object::toString)
                .orElse("none (the audit trail is empty)");
    }

    @Override
    public void close() {
        database.close();
    }
}
