package org.layerpress.store;

import java.util.List;
import java.util.Set;

/**
 * The rows that make up one sealed piece of evidence, table by table: a batch's record, a user, a
 * recipe version. Each part's query takes the entity's id as {@code ?1} and returns its rows in a
 * fixed order; {@code key} names the columns that identify a row in a finding ("batch_event seq=12").
 */
enum SealScope {

    BATCH("batch", "SELECT batch_id FROM batch WHERE state IN ('COMPLETE', 'ABORTED') ORDER BY batch_id", batchParts()),

    /**
     * A batch not yet ended (RUNNING, HELD, INTERRUPTED …): sealed at its opening and at each commit of
     * one of its events, state changes or flags. The press keeps appending trace samples between two
     * events, so trace rows added after the newest seal are expected (the append-only triggers guard
     * them until the next seal takes them in); a trace row changed or missing is not. Once the batch has
     * ended its {@link #BATCH} seal is the one checked.
     */
    RUNNING_BATCH("running_batch", "running batch", "SELECT batch_id FROM batch WHERE " + Sql.STILL_RUNNING + " ORDER BY batch_id", batchParts(),
            "SELECT batch_id FROM batch WHERE NOT (" + Sql.STILL_RUNNING + ")", Set.of("trace_point", "trace_chunk", "vessel_sample")),

    /** The station settings (the idle timeout and the like), one entity with the fixed id {@value Sql#SETTINGS_ID}. */
    SETTINGS("settings", "SELECT '" + Sql.SETTINGS_ID + "' FROM settings FETCH FIRST ROW ONLY", List.of(
            part("settings", "setting_key", "SELECT * FROM settings WHERE ?1 = '" + Sql.SETTINGS_ID + "' ORDER BY setting_key"))),

    /** The wrong-PIN count and lock time change at every wrong PIN without an audit row of their own; they are left out. */
    USER("user", "SELECT CAST(id AS VARCHAR) FROM users ORDER BY id", List.of(
            part("users", "id", "SELECT id, login, full_name, badge_id, roles, active, pin_must_change, demo, pin_algorithm, "
                    + "pin_iterations, pin_salt, pin_hash, created_at FROM users WHERE id = CAST(?1 AS BIGINT)"))),

    RECIPE_VERSION("recipe_version", "SELECT CAST(id AS VARCHAR) FROM recipe_version ORDER BY id", List.of(
            part("recipe", "id", "SELECT * FROM recipe WHERE id = (SELECT recipe_id FROM recipe_version WHERE id = CAST(?1 AS BIGINT))"),
            part("recipe_version", "id", "SELECT * FROM recipe_version WHERE id = CAST(?1 AS BIGINT)"),
            part("recipe_status_event", "id", "SELECT * FROM recipe_status_event WHERE version_id = CAST(?1 AS BIGINT) ORDER BY id"))),

    /**
     * What a Supervisor sets on a die. The cycle count and highest force change at every press step
     * without an audit row of their own; they are left out (DieRowTrigger lets them only grow, and
     * each step's peak is in its sealed batch record).
     */
    DIE("die", "SELECT die_id FROM die ORDER BY die_id", List.of(
            part("die", "die_id", "SELECT die_id, bore_mm, rated_force_kn, material, rated_cycles, status, created_at "
                    + "FROM die WHERE die_id = ?1"))),

    /** A calibration record: append-only, sealed once at its insert (docs/calibration.md#storage). */
    CALIBRATION("calibration", "SELECT CAST(id AS VARCHAR) FROM calibration ORDER BY id", List.of(
            part("calibration", "id", "SELECT * FROM calibration WHERE id = CAST(?1 AS BIGINT)")));

    static final class Sql {
        /** The id of the one {@link #SETTINGS} entity. */
        static final String SETTINGS_ID = "station";
        /** Neither ended nor decided by QA: what {@link EvidenceSeals} does not yet seal as {@link #BATCH}. */
        static final String STILL_RUNNING = "state NOT IN ('COMPLETE', 'ABORTED') AND batch_id NOT IN (SELECT batch_id FROM batch_review)";
    }

    /** One table's rows of the entity. */
    record Part(String table, List<String> key, String sql) {
    }

    /** The audit row's entity type. */
    final String entityType;
    /** How a finding names the kind: the entity type, or words where it has an underscore a person would stumble on ("running batch"). */
    final String label;
    /** Every entity of this kind that must carry a seal. */
    final String mustBeSealed;
    final List<Part> parts;
    /** The ids whose seals of this kind are no longer checked (another kind took over), or null. */
    final String retired;
    /** Tables whose rows may be appended after the newest seal without it being a finding. */
    final Set<String> growing;

    SealScope(String entityType, String mustBeSealed, List<Part> parts) {
        this(entityType, entityType, mustBeSealed, parts, null, Set.of());
    }

    SealScope(String entityType, String label, String mustBeSealed, List<Part> parts, String retired, Set<String> growing) {
        this.entityType = entityType;
        this.label = label;
        this.mustBeSealed = mustBeSealed;
        this.parts = parts;
        this.retired = retired;
        this.growing = growing;
    }

    /** A batch's record, table by table: the same rows whether it is sealed running or ended. */
    private static List<Part> batchParts() {
        return List.of(
                part("batch", "batch_id", "SELECT * FROM batch WHERE batch_id = ?1"),
                part("batch_list_entry", "batch_id", "SELECT * FROM batch_list_entry WHERE batch_id = ?1"),
                part("batch_training", "batch_id", "SELECT * FROM batch_training WHERE batch_id = ?1"),
                part("batch_event", "seq", "SELECT * FROM batch_event WHERE batch_id = ?1 ORDER BY seq"),
                part("trace_point", "id", "SELECT * FROM trace_point WHERE batch_id = ?1 ORDER BY id"),
                part("trace_chunk", "step,chunk_seq", "SELECT * FROM trace_chunk WHERE batch_id = ?1 ORDER BY step, chunk_seq"),
                part("vessel_sample", "id", "SELECT * FROM vessel_sample WHERE batch_id = ?1 ORDER BY id"),
                part("batch_flag_summary", "batch_id", "SELECT * FROM batch_flag_summary WHERE batch_id = ?1"),
                part("batch_flag", "seq", "SELECT * FROM batch_flag WHERE batch_id = ?1 ORDER BY seq"),
                part("batch_flag_kind", "kind", "SELECT * FROM batch_flag_kind WHERE batch_id = ?1 ORDER BY kind"),
                part("batch_review", "batch_id", "SELECT * FROM batch_review WHERE batch_id = ?1"),
                part("batch_decision", "batch_id", "SELECT * FROM batch_decision WHERE batch_id = ?1"),
                part("batch_amendment", "id", "SELECT * FROM batch_amendment WHERE batch_id = ?1 ORDER BY id"),
                part("signature", "id", "SELECT * FROM signature WHERE id IN (SELECT signature_id FROM batch_review WHERE batch_id = ?1 "
                        + "UNION ALL SELECT signature_id FROM batch_amendment WHERE batch_id = ?1) ORDER BY id"));
    }

    static SealScope byEntityType(String entityType) {
        for (SealScope s : values()) {
            if (s.entityType.equals(entityType)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no seal scope for entity type " + entityType);
    }

    private static Part part(String table, String key, String sql) {
        return new Part(table, List.of(key.split(",")), sql);
    }
}
