package org.layerpress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.function.Executable;

/**
 * What the database refuses, asserted as the refusal it is: any SQL error would do for a bare
 * {@code assertThrows(SQLException.class, …)}, a misspelt table or column included, so such a
 * check cannot fail once the guard it names is gone.
 */
public final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /** Refused with these words (a trigger's or the store's own). */
    public static SQLException refusedWith(String words, Executable statement) {
        if (words.isBlank()) {
            throw new IllegalArgumentException("say which refusal is expected: every message contains \"\"");
        }
        SQLException e = assertThrows(SQLException.class, statement);
        assertTrue(e.getMessage().contains(words), () -> "expected a refusal saying '" + words + "', was: " + e.getMessage());
        return e;
    }

    /** Refused by H2 for this reason ({@link ErrorCode}: a check constraint, a duplicate key…). */
    public static SQLException refusedWithCode(int errorCode, Executable statement) {
        SQLException e = assertThrows(SQLException.class, statement);
        assertEquals(errorCode, e.getErrorCode(), e::getMessage);
        return e;
    }

    /**
     * TRUNCATE of a guarded table refused, in H2's own words for it ("Cannot truncate
     * "PUBLIC.BATCH_REVIEW""), with every row still there. H2 fires no trigger on TRUNCATE; it refuses
     * to truncate a table another table references, which the migrations' always-empty guard tables
     * do. The error code and the table's name are both asserted, so neither another error (a misspelt
     * table) nor a refusal of some other table passes.
     */
    public static void truncateRefused(TestStation station, String table) {
        List<String> before = rowCount(station, table);
        SQLException e = refusedWithCode(ErrorCode.CANNOT_TRUNCATE_1, () -> station.sql("TRUNCATE TABLE " + table));
        String refusal = "Cannot truncate \"PUBLIC." + table.toUpperCase(Locale.ROOT) + "\"";
        assertTrue(e.getMessage().startsWith(refusal), () -> "expected a refusal starting '" + refusal + "', was: " + e.getMessage());
        assertEquals(before, rowCount(station, table), "rows of " + table + " after the refused TRUNCATE");
    }

    private static List<String> rowCount(TestStation station, String table) {
        try {
            return station.column("SELECT COUNT(*) FROM " + table);
        } catch (SQLException e) {
            throw new AssertionError("cannot count the rows of " + table + ": " + e.getMessage(), e);
        }
    }
}
