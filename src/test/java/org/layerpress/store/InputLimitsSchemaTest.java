package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerpress.testing.DatabaseRefusals.refusedWithCode;

import java.nio.file.Path;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.InputLimits;
import org.layerpress.testing.TestStation;

/**
 * The database holds the same limits as the use cases (V10): raw SQL, as a SQL tool with the
 * database file could run it, cannot store more than the screens allow.
 */
class InputLimitsSchemaTest {

    private static final int CHECK = ErrorCode.CHECK_CONSTRAINT_VIOLATED_1;

    @TempDir
    Path dir;
    TestStation station;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private String batchRow(String id, String dieIdSql) {
        return "INSERT INTO batch (batch_id, recipe_label, operator, die_id, started_at, state) VALUES ('" + id
                + "', 'R v1', 'olga', " + dieIdSql + ", CURRENT_TIMESTAMP, 'RUNNING')";
    }

    @Test
    void aDieIdAtItsLimitIsStoredAndOneOverOrWithAControlCharacterIsRefused() throws Exception {
        int max = InputLimits.DIE_ID.maxChars();
        assertEquals(1, station.sql(batchRow("B-1", "REPEAT('D', " + max + ")")));
        refusedWithCode(CHECK, () -> station.sql(batchRow("B-2", "REPEAT('D', " + (max + 1) + ")")));
        // Far over, the column's own type (128) refuses it first.
        refusedWithCode(ErrorCode.VALUE_TOO_LONG_2, () -> station.sql(batchRow("B-3", "REPEAT('D', 1000000)")));
        refusedWithCode(CHECK, () -> station.sql(batchRow("B-4", "'D10' || CHAR(27) || '-01'")));
    }

    @Test
    void eventValuesOverOneMebibyteAreRefused() throws Exception {
        station.sql(batchRow("B-1", "'D10-01'"));
        String event = "INSERT INTO batch_event (batch_id, seq, at_utc, kind, step, actor, values_json) VALUES ('B-1', %d, CURRENT_TIMESTAMP, "
                + "'STEP_CONFIRMED', 1, 'olga', REPEAT('x', %d))";
        assertEquals(1, station.sql(String.format(event, 1, InputLimits.STORED_TEXT_MAX_CHARS)));
        refusedWithCode(CHECK, () -> station.sql(String.format(event, 2, InputLimits.STORED_TEXT_MAX_CHARS + 1)));
    }

    @Test
    void aRecipeNameAReasonAndASignatureCommentOverTheirLimitsAreRefused() throws Exception {
        assertEquals(1, station.sql("INSERT INTO recipe (name) VALUES (REPEAT('n', 80))"));
        refusedWithCode(CHECK, () -> station.sql("INSERT INTO recipe (name) VALUES (REPEAT('m', 81))"));
        refusedWithCode(CHECK, () -> station.sql("INSERT INTO audit_event (seq, at_utc, actor_id, actor_login, action, entity_type, entity_id, "
                + "old_value, new_value, reason, prev_hash, hash) VALUES (999999, CURRENT_TIMESTAMP, 0, 'sql', 'X', 'x', 'x', '', '', "
                + "REPEAT('r', 501), REPEAT('0', 64), REPEAT('0', 64))"));
        refusedWithCode(CHECK, () -> station.sql("INSERT INTO signature (user_id, login, printed_name, signed_at, meaning, comment, entity_type, "
                + "entity_id, content_hash) VALUES (" + station.userId("olga") + ", 'olga', 'Olga', CURRENT_TIMESTAMP, 'APPROVED', REPEAT('c', 501), "
                + "'x', 'x', REPEAT('0', 64))"));
    }

    @Test
    void aBadgeOrANameWithAControlCharacterIsRefused() throws Exception {
        refusedWithCode(CHECK, () -> station.sql("UPDATE users SET badge_id = 'B-' || CHAR(0) || '1' WHERE login = 'olga'"));
        refusedWithCode(CHECK, () -> station.sql("UPDATE users SET full_name = 'Olga' || CHAR(10) || 'Operator' WHERE login = 'olga'"));
        assertEquals(1, station.sql("UPDATE users SET badge_id = REPEAT('B', 64) WHERE login = 'olga'"));
    }
}
