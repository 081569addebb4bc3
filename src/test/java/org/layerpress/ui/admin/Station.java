package org.layerpress.ui.admin;

import java.nio.file.Path;
import java.time.Clock;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.LoginResult;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.store.Database;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.JdbcSettingsStore;
import org.layerpress.store.JdbcSignatureStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.JdbcUserStore;

/** The station's real use cases on a real H2 file in a test's temp folder, with the demo users seeded. */
final class Station implements AutoCloseable {

    final Database db;
    final StationServices services;

    Station(Path dir) {
        db = Database.open(dir);
        JdbcTransactions tx = new JdbcTransactions(db);
        services = StationServices.create(tx, new JdbcUserStore(tx), new JdbcAuditTrail(tx), new JdbcSignatureStore(tx),
                new JdbcSettingsStore(tx), Clock.systemUTC());
        services.seedDemoUsers().run();
    }

    /** Logs in a demo user: ada/999999 Admin, quinn/222222 QA, olga/111111 Operator. */
    Session login(String login, String pin) {
        LoginResult result = services.login().login(LoginCommand.byLogin(login, Pin.of(pin)));
        return result.session().orElseThrow(() -> new AssertionError("login of " + login + " failed: " + result.message()));
    }

    Session ada() {
        return login("ada", "999999");
    }

    @Override
    public void close() {
        db.close();
    }
}
