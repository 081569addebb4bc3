package org.layerpress.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import org.layerpress.application.StationServices;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.LoginResult;
import org.layerpress.application.users.NewUser;
import org.layerpress.application.users.PinHasher;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.store.Database;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.JdbcRecipeStore;
import org.layerpress.store.JdbcSettingsStore;
import org.layerpress.store.JdbcSignatureStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.JdbcUserStore;

/**
 * A station for use-case tests: the real H2 file database in a temp folder, the real store
 * adapters, all use cases, and a clock the test moves.
 */
public final class TestStation implements AutoCloseable {

    private final Database db;
    private final JdbcTransactions tx;
    private final JdbcUserStore users;
    private final MutableClock clock = MutableClock.at("2026-11-25T09:00:00Z");
    private final StationServices services;
    private final JdbcRecipeStore recipeStore;
    private final RecipeServices recipes;
    private int spare;

    private TestStation(Path dir) {
        db = Database.open(dir);
        tx = new JdbcTransactions(db);
        users = new JdbcUserStore(tx);
        services = StationServices.create(tx, users, new JdbcAuditTrail(tx), new JdbcSignatureStore(tx), new JdbcSettingsStore(tx), clock);
        YamlRecipeFiles files = new YamlRecipeFiles();
        recipeStore = new JdbcRecipeStore(tx, files);
        recipes = RecipeServices.create(services, recipeStore, files);
    }

    public RecipeServices recipes() {
        return recipes;
    }

    /** A version as stored now, read straight from the store (no session needed). */
    public RecipeVersion recipeVersion(long versionId) {
        return tx.inTransaction(() -> recipeStore.version(versionId)).orElseThrow();
    }

    public static TestStation open(Path dir) {
        return new TestStation(dir);
    }

    public StationServices services() {
        return services;
    }

    public MutableClock clock() {
        return clock;
    }

    public Database database() {
        return db;
    }

    public Session loginAs(String login, String pin) {
        LoginResult r = services.login().login(LoginCommand.byLogin(login, Pin.of(pin)));
        if (!r.succeeded()) {
            throw new AssertionError("login " + login + " failed: " + r.message());
        }
        return r.session().orElseThrow();
    }

    public User user(String login) {
        return tx.inTransaction(() -> users.byLogin(login)).orElseThrow(() -> new AssertionError("no user " + login));
    }

    public long userId(String login) {
        return user(login).id();
    }

    /** A throwaway operator straight through the store, for tests that use one up. */
    public long createSpareUser() {
        String login = "spare" + (++spare);
        return tx.inTransaction(() -> users.insert(new NewUser(login, "Spare Person " + spare, Optional.empty(), EnumSet.of(Role.OPERATOR), false, false),
                new PinHasher().hash(Pin.of("123123"))));
    }

    public long auditCount(String action, String actorLogin) {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor_login = ?", action, actorLogin);
    }

    public long auditTotal() {
        return count("SELECT COUNT(*) FROM audit_event");
    }

    private long count(String sql, String... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        // H2 closes the file with its last connection.
    }
}
