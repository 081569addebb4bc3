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
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

class JdbcSignatureStoreTest {

    @TempDir
    Path dir;
    TestStation station;
    long quinn;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).build();
        quinn = StoreRows.addUser(station, "quinn", null, Role.QA);
    }

    @AfterEach
    void close() {
        station.close();
    }

    Signature signature(SignatureMeaning meaning, String entityId, Instant at) {
        return new Signature(0, quinn, "quinn", "Quinn Q. Reviewer", at, meaning, "looks right",
                "BATCH", entityId, ContentHash.sha256("record " + entityId));
    }

    @Test
    void appendedSignaturesReadBackForTheirRecordInOrder() {
        Instant at = Instant.parse("2025-06-01T08:00:00.000000001Z");
        Signature reviewed = station.transactions().inTransaction(() -> station.stores().signatures().append(signature(SignatureMeaning.REVIEWED, "B-1", at)));
        Signature approved = station.transactions().inTransaction(() -> station.stores().signatures().append(signature(SignatureMeaning.APPROVED, "B-1", at.plusSeconds(60))));
        station.transactions().inTransaction(() -> station.stores().signatures().append(signature(SignatureMeaning.APPROVED, "B-2", at)));
        assertTrue(reviewed.id() > 0 && approved.id() > reviewed.id());
        List<Signature> forB1 = station.transactions().inTransaction(() -> station.stores().signatures().forRecord("BATCH", "B-1"));
        assertEquals(List.of(reviewed, approved), forB1);
        assertTrue(forB1.get(0).isValidFor("record B-1"));
        assertEquals(List.of(), station.transactions().inTransaction(() -> station.stores().signatures().forRecord("BATCH", "B-3")));
    }

    @Test
    void updateAndDeleteOfASignatureAreRefusedByTheDatabase() {
        station.transactions().inTransaction(() -> station.stores().signatures().append(signature(SignatureMeaning.APPROVED, "B-1", Instant.now())));
        SQLException update = assertThrows(SQLException.class, () -> station.sql("UPDATE signature SET meaning = 'REJECTED'"));
        assertTrue(update.getMessage().contains("signature table is append-only"), update.getMessage());
        DatabaseRefusals.refusedWith("signature table is append-only", () -> station.sql("DELETE FROM signature"));
        DatabaseRefusals.truncateRefused(station, "signature");
        assertEquals(SignatureMeaning.APPROVED, station.transactions().inTransaction(() -> station.stores().signatures().forRecord("BATCH", "B-1")).get(0).meaning());
    }

    @Test
    void aSignatureMustBelongToAnExistingUser() {
        Signature stranger = new Signature(0, 999, "ghost", "Nobody", Instant.now(), SignatureMeaning.APPROVED, "", "BATCH", "B-1", "0".repeat(64));
        assertThrows(StoreException.class, () -> station.transactions().inTransaction(() -> station.stores().signatures().append(stranger)));
    }
}
