package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Role;

class JdbcSignatureStoreTest {

    @TempDir
    Path dir;
    StoreRig rig;
    long quinn;

    @BeforeEach
    void open() {
        rig = new StoreRig(dir);
        quinn = rig.addUser("quinn", null, Role.QA);
    }

    @AfterEach
    void close() {
        rig.close();
    }

    Signature signature(SignatureMeaning meaning, String entityId, Instant at) {
        return new Signature(0, quinn, "quinn", "Quinn Q. Reviewer", at, meaning, "looks right",
                "BATCH", entityId, ContentHash.sha256("record " + entityId));
    }

    @Test
    void appendedSignaturesReadBackForTheirRecordInOrder() {
        Instant at = Instant.parse("2025-06-01T08:00:00.000000001Z");
        Signature reviewed = rig.tx.inTransaction(() -> rig.signatures.append(signature(SignatureMeaning.REVIEWED, "B-1", at)));
        Signature approved = rig.tx.inTransaction(() -> rig.signatures.append(signature(SignatureMeaning.APPROVED, "B-1", at.plusSeconds(60))));
        rig.tx.inTransaction(() -> rig.signatures.append(signature(SignatureMeaning.APPROVED, "B-2", at)));
        assertTrue(reviewed.id() > 0 && approved.id() > reviewed.id());
        List<Signature> forB1 = rig.tx.inTransaction(() -> rig.signatures.forRecord("BATCH", "B-1"));
        assertEquals(List.of(reviewed, approved), forB1);
        assertTrue(forB1.get(0).isValidFor("record B-1"));
        assertEquals(List.of(), rig.tx.inTransaction(() -> rig.signatures.forRecord("BATCH", "B-3")));
    }

    @Test
    void updateAndDeleteOfASignatureAreRefusedByTheDatabase() {
        rig.tx.inTransaction(() -> rig.signatures.append(signature(SignatureMeaning.APPROVED, "B-1", Instant.now())));
        SQLException update = assertThrows(SQLException.class, () -> rig.sql("UPDATE signature SET meaning = 'REJECTED'"));
        assertTrue(update.getMessage().contains("signature table is append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> rig.sql("DELETE FROM signature"));
        assertThrows(SQLException.class, () -> rig.sql("TRUNCATE TABLE signature"));
        assertEquals(SignatureMeaning.APPROVED, rig.tx.inTransaction(() -> rig.signatures.forRecord("BATCH", "B-1")).get(0).meaning());
    }

    @Test
    void aSignatureMustBelongToAnExistingUser() {
        Signature stranger = new Signature(0, 999, "ghost", "Nobody", Instant.now(), SignatureMeaning.APPROVED, "", "BATCH", "B-1", "0".repeat(64));
        assertThrows(StoreException.class, () -> rig.tx.inTransaction(() -> rig.signatures.append(stranger)));
    }
}
