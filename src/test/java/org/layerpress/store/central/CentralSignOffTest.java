package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.CentralSignOff;
import org.layerpress.application.review.CentralSignOffImport;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.QaSignOffUseCase;
import org.layerpress.application.review.ReviewAudit;
import org.layerpress.application.review.WorkstationSignOffUseCase;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.user.Role;
import org.layerpress.store.JdbcSignOffLedger;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/**
 * Signing off on a QA workstation: a real H2 station forwards into a real PostgreSQL, a second real H2 file
 * is the workstation with its own people, and the station pulls the sign-off back and checks it.
 */
class CentralSignOffTest {

    static final String BATCH = "B-20261125-0001";
    static CentralPostgres pg;

    @TempDir
    Path dir;
    final List<AutoCloseable> open = new ArrayList<>();
    String url;
    TestStation station;
    TestStation workstation;
    CentralForwarder forwarder;
    WorkstationSignOffUseCase qa;
    CentralSignOffImport importer;
    SignOffPull pull;

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** press-a with one complete batch by Olga, forwarded; a workstation qa-1 with the demo people. */
    void stationAndWorkstation() throws Exception {
        url = pg.freshCentral();
        station = TestStation.builder(dir.resolve("press-a")).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(station);
        workstation = TestStation.builder(dir.resolve("qa-1")).clock(MutableClock.at(TestStation.START)).demoUsers().build();
        open.add(workstation);
        BatchRecordBuilder.complete(station, "olga", BATCH);
        forwarder = new CentralForwarder(station.database(), "press-a", pg.link(url), new CentralForwarder.Settings(500, Duration.ofMillis(20),
                Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), station.clock());
        open.add(forwarder);
        StationRecords.drain(forwarder);
        qa = new WorkstationSignOffUseCase(new CentralRecordReader(pg.link(url)), new CentralSignOffs(pg.link(url)),
                workstation.services().signatures(), workstation.services().authorizer(), workstation.services().auditor(), "qa-1");
        importer = new CentralSignOffImport(station.review().reader(), station.stores().reviews(),
                station.stores().signatures(), new JdbcSignOffLedger(station.transactions()), station.services().auditor(),
                station.transactions(), station.clock());
        pull = new SignOffPull(pg.link(url), "press-a", importer, Duration.ofHours(1));
    }

    BatchRecord centrally() {
        return new CentralRecordReader(pg.link(url)).read("press-a", BATCH).orElseThrow();
    }

    Optional<BatchReview> stationReview() {
        return station.review().reader().existing(BATCH).review();
    }

    @Test
    void aSignOffOnTheWorkstationBecomesTheStationsReviewAndComesBackToCentral() throws Exception {
        stationAndWorkstation();
        CentralSignOff sent = qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.APPROVED,
                TestStation.signature("quinn", "222222", "Flags reviewed and acceptable"));

        assertEquals(station.review().reader().existing(BATCH).contentHash(), sent.contentHash(), "signed the station's content");
        assertTrue(qa.whyNot(workstation.quinn(), "press-a", centrally()).orElseThrow()
                .startsWith("Sign-off sent, waiting for the station press-a: Approved by Quinn Reviewer (quinn)"));
        assertThrows(RuntimeException.class, () -> qa.signOff(workstation.rhea(), "press-a", BATCH, QaDecision.REJECTED,
                TestStation.signature("rhea", "666666", "Wrong die")), "one sign-off waits: nobody signs the same content again");
        assertEquals(1, workstation.auditCount(ReviewAudit.SIGNOFF_SENT, "quinn"));

        assertTrue(pull.pullOnce());
        BatchReview review = stationReview().orElseThrow();
        BatchRecord onStation = station.review().reader().existing(BATCH);
        assertEquals(QaDecision.APPROVED, review.decision());
        assertEquals("quinn", review.signature().login());
        assertEquals("Quinn Reviewer", review.signature().printedName());
        assertEquals(0, review.signature().userId(), "the signer has no account on the station");
        assertTrue(onStation.matchesSeal(), "sealed as after any review: " + onStation.sealWarning());
        assertEquals(1, station.auditCount(ReviewAudit.SIGNED_OFF_FROM_CENTRAL, "station"));
        assertTrue(pull.pullOnce());
        assertEquals(1, station.auditCount(ReviewAudit.SIGNED_OFF_FROM_CENTRAL, "station"), "taken once");

        StationRecords.drain(forwarder);
        BatchRecord back = centrally();
        assertEquals(QaDecision.APPROVED, back.review().orElseThrow().decision());
        assertEquals("Signed off already; the record is locked.", qa.whyNot(workstation.quinn(), "press-a", back).orElseThrow());
        BatchListFilter approved = new BatchListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(QaDecision.APPROVED), false, 0, 50);
        assertEquals(1, new CentralBatchList(pg.link(url), ZoneId.of("UTC")).list(Optional.empty(), approved).rows().size());
        // The review taken from central (a signature with no station account) is evidence like any other: the central
        // copy of the station's chain and of the batch's seal still verify with the station's own code.
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-a").intact(), "the station's audit chain as central holds it");
        CentralSealCheck.Result seals = CentralSealCheck.verify(pg.link(url), "press-a");
        assertTrue(seals.intact(), seals.findings().toString());
        assertTrue(seals.batchesChecked() >= 1, "the signed-off batch was checked against its seal");
    }

    @Test
    void aRecordAmendedAfterQaSawItIsNotSignedByThatSignOff() throws Exception {
        stationAndWorkstation();
        qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "fine"));
        station.review().amendments().amend(station.olga(), BATCH, 8, "lot", "LGPS-2610-03", "jar label misread at weighing",
                TestStation.signature("olga", "111111", ""));

        assertTrue(pull.pullOnce());
        assertTrue(stationReview().isEmpty(), "refused: the record changed after QA saw it");
        assertTrue(pull.pullOnce());
        assertEquals(1, station.auditCount(ReviewAudit.SIGNOFF_REFUSED, "station"), "refused and audited once");
        assertTrue(station.column("SELECT new_value FROM audit_event WHERE action = '" + ReviewAudit.SIGNOFF_REFUSED + "'").get(0)
                .contains("the record changed after QA saw it"));

        // Once the amendment and the refusal reach central, the workstation shows the new content, signable again.
        StationRecords.drain(forwarder);
        BatchRecord amended = centrally();
        assertEquals(Optional.empty(), qa.whyNot(workstation.quinn(), "press-a", amended));
        qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "fine after the amendment"));
        assertTrue(pull.pullOnce());
        BatchReview review = stationReview().orElseThrow();
        assertTrue(QaSignOffUseCase.signatureBinds(review.signature(), amended), "the second sign-off binds to the amended record");
    }

    @Test
    void aStationThatCannotReachCentralTakesTheSignOffWhenItIsBack() throws Exception {
        stationAndWorkstation();
        qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.REJECTED, TestStation.signature("quinn", "222222", "Cracked pellet"));
        pg.stop();
        try {
            assertFalse(pull.pullOnce(), "central away: nothing read");
            assertTrue(stationReview().isEmpty());
        } finally {
            pg.restart();
        }
        assertTrue(pull.pullOnce());
        assertEquals(QaDecision.REJECTED, stationReview().orElseThrow().decision());
        assertEquals("Cracked pellet", stationReview().orElseThrow().signature().comment());
    }

    @Test
    void theOperatorOfABatchCannotSignItOffOnTheWorkstationNorSmuggleASignOffPastTheStation() throws Exception {
        stationAndWorkstation();
        workstation.assignRoles("olga", EnumSet.of(Role.OPERATOR, Role.QA), "covers QA on weekends");
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> qa.signOff(workstation.olga(), "press-a", BATCH,
                QaDecision.APPROVED, TestStation.signature("olga", "111111", "fine")));
        assertTrue(e.getMessage().contains("another QA reviewer"), e.getMessage());
        assertTrue(new CentralSignOffs(pg.link(url)).forStation("press-a").isEmpty(), "nothing was sent");

        // A row written centrally some other way is still checked by the station against its own record.
        BatchRecord seen = centrally();
        new CentralSignOffs(pg.link(url)).send(new CentralSignOff(0, "press-a", BATCH, seen.contentHash(), QaDecision.APPROVED, "olga",
                "Olga Operator", station.clock().instant(), "", "qa-1"));
        assertTrue(pull.pullOnce());
        assertTrue(stationReview().isEmpty());
        assertTrue(pull.pullOnce());
        assertEquals(1, station.auditCount(ReviewAudit.SIGNOFF_REFUSED, "station"));
        StationRecords.drain(forwarder);
        CentralSignOff row = new CentralSignOffs(pg.link(url)).newest("press-a", BATCH).orElseThrow();
        assertTrue(new CentralSignOffs(pg.link(url)).refusal(row).orElseThrow().startsWith("olga had a hand in the batch"),
                "the workstation reads the station's refusal from central");
    }

    @Test
    void aBatchSignedOffAtTheStationMeanwhileKeepsItsOwnReviewAndRefusesTheWorkstations() throws Exception {
        stationAndWorkstation();
        qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "fine"));
        station.review().signOff().signOff(station.rhea(), BATCH, QaDecision.REJECTED, TestStation.signature("rhea", "666666", "Cracked"));

        assertTrue(pull.pullOnce());
        BatchReview review = stationReview().orElseThrow();
        assertEquals("rhea", review.signature().login(), "the station's own review stands");
        assertEquals(QaDecision.REJECTED, review.decision());
        assertEquals(1, station.auditCount(ReviewAudit.SIGNOFF_REFUSED, "station"));
        assertTrue(station.column("SELECT new_value FROM audit_event WHERE action = '" + ReviewAudit.SIGNOFF_REFUSED + "'").get(0)
                .contains("signed off already: Rejected by Rhea"));
    }

    @Test
    void aCentralDatabaseReplacedByAFreshOneHasItsSignOffNumberedOneTakenNotSkipped() throws Exception {
        stationAndWorkstation();
        CentralSignOff first = qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.APPROVED,
                TestStation.signature("quinn", "222222", "fine"));
        assertTrue(pull.pullOnce());
        assertTrue(stationReview().isPresent());

        // The central server is rebuilt: a fresh database B, initialised anew, numbering its sign-offs from 1 again.
        String second = "B-20261125-0002";
        BatchRecordBuilder.complete(station, "olga", second);
        String urlB = pg.freshCentral();
        assertFalse(CentralIdentity.of(pg.link(url)).equals(CentralIdentity.of(pg.link(urlB))), "each central database has its own identity");
        CentralForwarder toB = new CentralForwarder(station.database(), "press-a", pg.link(urlB), new CentralForwarder.Settings(500,
                Duration.ofMillis(20), Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), station.clock());
        open.add(toB);
        StationRecords.drain(toB);
        WorkstationSignOffUseCase qaB = new WorkstationSignOffUseCase(new CentralRecordReader(pg.link(urlB)), new CentralSignOffs(pg.link(urlB)),
                workstation.services().signatures(), workstation.services().authorizer(), workstation.services().auditor(), "qa-1");
        CentralSignOff onB = qaB.signOff(workstation.quinn(), "press-a", second, QaDecision.REJECTED,
                TestStation.signature("quinn", "222222", "Cracked pellet"));
        assertEquals(first.id(), onB.id(), "the fresh database numbers from the same start");

        SignOffPull pullB = new SignOffPull(pg.link(urlB), "press-a", importer, Duration.ofHours(1));
        open.add(pullB);
        assertTrue(pullB.pullOnce());
        BatchReview review = station.review().reader().existing(second).review().orElseThrow();
        assertEquals(QaDecision.REJECTED, review.decision(), "taken, not skipped as the old database's number 1");
        assertEquals(2, station.auditCount(ReviewAudit.SIGNED_OFF_FROM_CENTRAL, "station"));
        assertTrue(pullB.pullOnce());
        assertTrue(pull.pullOnce());
        assertEquals(2, station.auditCount(ReviewAudit.SIGNED_OFF_FROM_CENTRAL, "station"), "each database's number 1 is dealt with once");
        assertEquals(0, station.auditCount(ReviewAudit.SIGNOFF_REFUSED, "station"));
    }

    @Test
    void signOffsDealtWithBeforeCentralDatabasesHadAnIdentityBelongToTheFirstOneReadSince() throws Exception {
        stationAndWorkstation();
        qa.signOff(workstation.quinn(), "press-a", BATCH, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "fine"));
        // As a station before station V28 noted it: the number alone.
        station.transactions().inTransaction(() -> {
            new JdbcSignOffLedger(station.transactions()).record("", 1, BATCH, org.layerpress.application.review.SignOffLedger.Outcome.REFUSED,
                    station.clock().instant());
            return null;
        });
        assertTrue(pull.pullOnce());
        assertTrue(stationReview().isEmpty(), "number 1 of this database was dealt with already");
        assertEquals(List.of(CentralIdentity.of(pg.link(url))), station.column("SELECT central_id FROM central_signoff_taken"),
                "claimed by the database read first");
    }
}
