package org.layerpress.store.central;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/** Prepares (or brings up to date) the central PostgreSQL schema: Flyway over {@code db/central}. */
public final class CentralSchema {

    private CentralSchema() {
    }

    /** Migrates the central database; returns how many migrations were applied now (0 when it was current). */
    public static int init(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return init(ds);
    }

    static int init(DataSource ds) {
        MigrateResult result = Flyway.configure().dataSource(ds).locations("classpath:db/central")
                .table("central_schema_history").validateOnMigrate(true).load().migrate();
        return result.migrationsExecuted;
    }
}
