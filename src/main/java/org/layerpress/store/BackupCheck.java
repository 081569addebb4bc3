package org.layerpress.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.audit.ChainCheck;

/**
 * Whether an unpacked copy of the database is whole: opened by a fresh H2 (never the station's own
 * database), it must pass what {@code audit verify} checks: the audit chain row by row, the
 * append-only triggers and migration checksums, every sealed user, recipe version, die and ended
 * batch against its seal, and the chain's head against the anchor file beside it.
 */
final class BackupCheck {

    private BackupCheck() {
    }

    /** @return what failed, in words; empty when the copy passes */
    static List<String> problems(Path folder) {
        List<String> problems = new ArrayList<>();
        try (Database db = Database.openForInspection(folder)) {
            JdbcTransactions tx = new JdbcTransactions(db);
            ChainCheck chain = tx.inTransaction(new JdbcAuditTrail(tx)::verify);
            if (!chain.intact()) {
                problems.add("audit trail broken at sequence " + chain.firstBrokenSequence().orElseThrow() + ": " + chain.problem());
            }
            EvidenceGuards.check(db).forEach(p -> problems.add("evidence guard: " + p));
            EvidenceCheck.full(db).forEach(p -> problems.add("evidence: " + p));
        } catch (StoreException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }
}
