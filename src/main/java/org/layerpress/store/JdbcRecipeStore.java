package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.recipes.RecipeFileException;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.recipes.RecipeStore;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.signature.ContentHash;

/**
 * Recipes in {@code recipe}, {@code recipe_version} and {@code recipe_status_event} (V6). Runs on
 * the caller's transaction ({@link JdbcTransactions#connection()}).
 *
 * <ul>
 *   <li>A version's definition is stored as its recipe file text ({@link RecipeFiles#toYaml}) and
 *       read back with {@link RecipeFiles#parse}; before writing, the text is parsed back and must
 *       equal the definition, so what is stored is always readable and exact.</li>
 *   <li>Status is the newest {@code recipe_status_event} of the version (highest id, not the
 *       clock); {@link #insertVersion} appends a DRAFT event by the author, so every version has one.</li>
 *   <li>A status whose {@link RecipeStatus#locked()} is true (APPROVED, RETIRED) also sets
 *       {@code locked = TRUE} in the same transaction; from then on the database refuses any update
 *       or delete of the row ({@link LockedVersionTrigger}). Events themselves are append-only.</li>
 * </ul>
 * Lifecycle rules (who may move a version where) belong to the use case, not to this store.
 */
public final class JdbcRecipeStore implements RecipeStore {

    /** Version columns plus its current status (the newest event), for every read. */
    private static final String SELECT_VERSION = "SELECT v.id, v.recipe_id, v.version, v.definition, v.content_hash, v.author, "
            + "v.last_editor, v.created_at, e.status "
            + "FROM recipe_version v JOIN recipe r ON r.id = v.recipe_id "
            + "LEFT JOIN recipe_status_event e ON e.id = (SELECT MAX(x.id) FROM recipe_status_event x WHERE x.version_id = v.id) ";

    private final JdbcTransactions tx;
    private final EvidenceSeals seals;
    private final RecipeFiles files;

    public JdbcRecipeStore(JdbcTransactions tx, RecipeFiles files) {
        this.tx = tx;
        this.files = files;
        this.seals = new EvidenceSeals(tx);
    }

    /** Every write of a version (its text, status, lock) is sealed into the audit trail with it. */
    private void sealed(long versionId) {
        seals.sealOnCommit(SealScope.RECIPE_VERSION, Long.toString(versionId));
    }

    @Override
    public long newRecipe(String name) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO recipe (name) VALUES (?)", new String[] {"ID"})) {
            ps.setString(1, name);
            ps.executeUpdate();
            return generatedId(ps);
        } catch (SQLException e) {
            if (mentions(e, "RECIPE_NAME_UNIQUE")) {
                throw new StoreException("a recipe named '" + name + "' already exists; nothing was written", e);
            }
            throw new StoreException("could not create recipe '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Long> recipeIdByName(String name) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM recipe WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not look up recipe '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public long insertVersion(long recipeId, int version, RecipeDefinition definition, String author, Instant at) {
        String what = "version " + version + " of recipe " + recipeId;
        String text = storable(definition, what);
        long id;
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO recipe_version (recipe_id, version, definition, content_hash, author, last_editor, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setLong(1, recipeId);
            ps.setInt(2, version);
            ps.setString(3, text);
            ps.setString(4, hash(definition));
            ps.setString(5, author);
            ps.setString(6, author);
            SqlInstants.set(ps, 7, at);
            ps.executeUpdate();
            id = generatedId(ps);
        } catch (SQLException e) {
            if (mentions(e, "RECIPE_VERSION_UNIQUE")) {
                throw new StoreException(what + " already exists; nothing was written", e);
            }
            if (mentions(e, "RECIPE_VERSION_RECIPE_FK")) {
                throw new StoreException("there is no recipe " + recipeId + "; nothing was written", e);
            }
            throw new StoreException("could not store " + what + ": " + e.getMessage(), e);
        }
        appendEvent(id, RecipeStatus.DRAFT, author, at, "version created");
        sealed(id);
        return id;
    }

    @Override
    public void replaceDraft(long versionId, RecipeDefinition definition, String editor) {
        String what = "recipe version " + versionId;
        String text = storable(definition, what);
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "UPDATE recipe_version SET definition = ?, content_hash = ?, last_editor = ? WHERE id = ?")) {
            ps.setString(1, text);
            ps.setString(2, hash(definition));
            ps.setString(3, editor);
            ps.setLong(4, versionId);
            if (ps.executeUpdate() == 0) {
                throw new StoreException("there is no " + what + "; nothing was written");
            }
        } catch (SQLException e) {
            throw changeRefused(e, what);
        }
        sealed(versionId);
    }

    @Override
    public void addStatus(long versionId, RecipeStatus status, String by, Instant at, String reason) {
        appendEvent(versionId, status, by, at, reason);
        sealed(versionId);
        if (status.locked()) {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "UPDATE recipe_version SET locked = TRUE WHERE id = ? AND locked = FALSE")) {
                ps.setLong(1, versionId);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw changeRefused(e, "recipe version " + versionId);
            }
        }
    }

    @Override
    public List<String> statusActors(long versionId, RecipeStatus status) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT by_login FROM recipe_status_event WHERE version_id = ? AND status = ? ORDER BY id DESC")) {
            ps.setLong(1, versionId);
            ps.setString(2, status.name());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read who set recipe version " + versionId + " to " + status + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<RecipeVersion> version(long versionId) {
        List<RecipeVersion> found = query(SELECT_VERSION + "WHERE v.id = ?", "recipe version " + versionId, ps -> ps.setLong(1, versionId));
        return found.stream().findFirst();
    }

    @Override
    public List<RecipeVersion> versions(long recipeId) {
        return query(SELECT_VERSION + "WHERE v.recipe_id = ? ORDER BY v.version", "the versions of recipe " + recipeId,
                ps -> ps.setLong(1, recipeId));
    }

    @Override
    public List<RecipeVersion> latestOfEach() {
        return query(SELECT_VERSION + "WHERE v.version = (SELECT MAX(y.version) FROM recipe_version y WHERE y.recipe_id = v.recipe_id) "
                + "ORDER BY r.name, r.id", "the latest recipe versions", ps -> { });
    }

    @Override
    public List<RecipeVersion> approved() {
        return query(SELECT_VERSION + "WHERE e.status = 'APPROVED' ORDER BY r.name, r.id, v.version", "the approved recipe versions", ps -> { });
    }

    // ------------------------------------------------------------------------------------------

    private void appendEvent(long versionId, RecipeStatus status, String by, Instant at, String reason) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO recipe_status_event (version_id, status, by_login, at_utc, reason) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, versionId);
            ps.setString(2, status.name());
            ps.setString(3, by);
            SqlInstants.set(ps, 4, at);
            ps.setString(5, reason == null ? "" : reason);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (mentions(e, "RECIPE_STATUS_EVENT_VERSION_FK")) {
                throw new StoreException("there is no recipe version " + versionId + "; nothing was written", e);
            }
            throw new StoreException("could not record " + status + " for recipe version " + versionId + ": " + e.getMessage(), e);
        }
    }

    /** The file text to store, after checking it reads back as exactly this definition. */
    private String storable(RecipeDefinition definition, String what) {
        String text = files.toYaml(definition);
        RecipeDefinition back;
        try {
            back = files.parseStored(what, text);
        } catch (RecipeFileException e) {
            throw new StoreException("cannot store " + what + ": its definition would not read back (" + e.getMessage()
                    + "); nothing was written", e);
        }
        if (!back.equals(definition)) {
            throw new StoreException("cannot store " + what + ": its definition does not read back exactly; nothing was written");
        }
        return text;
    }

    private static String hash(RecipeDefinition definition) {
        return ContentHash.sha256(RecipeText.canonical(definition));
    }

    private static StoreException changeRefused(SQLException e, String what) {
        if (AppendOnlyTrigger.SQL_STATE.equals(e.getSQLState()) || mentions(e, "APPROVED AND LOCKED")) {
            return new StoreException(what + " is approved and locked: it can never be changed, a change makes a new version; "
                    + "nothing was written", e);
        }
        return new StoreException("could not change " + what + ": " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<RecipeVersion> query(String sql, String what, Binder binder) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            List<RecipeVersion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(version(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read " + what + ": " + e.getMessage(), e);
        }
    }

    private RecipeVersion version(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        int number = rs.getInt("version");
        String where = "stored recipe version " + id + " (v" + number + " of recipe " + rs.getLong("recipe_id") + ")";
        RecipeDefinition definition;
        try {
            definition = files.parseStored(where, rs.getString("definition"));
        } catch (RecipeFileException e) {
            throw new StoreException(where + " cannot be read: " + e.getMessage(), e);
        }
        String storedHash = rs.getString("content_hash");
        if (!hash(definition).equals(storedHash)) {
            throw new StoreException(where + " does not match its content hash: the stored definition was changed outside LayerPress");
        }
        return new RecipeVersion(id, rs.getLong("recipe_id"), number, status(rs.getString("status"), where), definition,
                storedHash, rs.getString("author"), rs.getString("last_editor"), SqlInstants.get(rs, "created_at"));
    }

    /** The newest event's status; a version without any event (not written by this store) is a DRAFT. */
    private static RecipeStatus status(String name, String where) {
        if (name == null) {
            return RecipeStatus.DRAFT;
        }
        try {
            return RecipeStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + " has an unknown status '" + name + "' (written by another LayerPress version?)", e);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static boolean mentions(SQLException e, String name) {
        return e.getMessage() != null && e.getMessage().toUpperCase(Locale.ROOT).contains(name);
    }
}
