package org.layerpress.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.layerpress.application.StationServices;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.user.Pin;
import org.layerpress.store.Database;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.JdbcSettingsStore;
import org.layerpress.store.JdbcSignatureStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.JdbcUserStore;
import org.layerpress.testing.MutableClock;
import org.layerpress.ui.shell.HmiContext;

/** The station's real use cases on a real H2 file database in a test's temp folder, on a clock the test moves. */
public final class TestStation implements AutoCloseable {

    public static final Die D10 = new Die("D10", Length.millimetres(10), Force.of(9, ForceUnit.TONNE_FORCE));

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    public final Database db;
    public final StationServices services;
    public final FakePressPort port = new FakePressPort();

    public TestStation(Path dataDir) {
        db = Database.open(dataDir);
        JdbcTransactions tx = new JdbcTransactions(db);
        services = StationServices.create(tx, new JdbcUserStore(tx), new JdbcAuditTrail(tx), new JdbcSignatureStore(tx),
                new JdbcSettingsStore(tx), clock);
    }

    /** With the demo users (olga 111111, quinn 222222, sam 333333, sue 444444, ada 999999). */
    public static TestStation withDemoUsers(Path dataDir) {
        TestStation station = new TestStation(dataDir);
        station.services.seedDemoUsers().run();
        return station;
    }

    public Session login(String login, String pin) {
        return services.login().login(LoginCommand.byLogin(login, Pin.of(pin))).session()
                .orElseThrow(() -> new AssertionError(login + " could not log in"));
    }

    public HmiContext context() {
        return new HmiContext(new LivePressState(port, D10), "Test press 30 t", Optional.empty(), true, port::close, services);
    }

    @Override
    public void close() {
        db.close();
    }
}
