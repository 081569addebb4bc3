package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** A batch record for QA from crafted events: header, timeline, flags, traces, compare, sign-off enablement and refusal, export. */
class BatchDetailViewModelTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path dir;
    InProcessQa qa;

    @BeforeEach
    void setUp() {
        qa = new InProcessQa(dir, ZoneOffset.UTC);
        qa.add(QaRecords.complete("B-20261123-0001", "olga", MONDAY, false).signedOff(QaDecision.APPROVED, "Golden batch"));
        qa.add(QaRecords.complete("B-20261124-0001", "olga", TUESDAY, true)
                .amended("lot", 4, "LPSCl-2611-07", "LPSCl-2611-01", "Lot label misread at weighing"));
        qa.add(QaRecords.running("B-20261125-0001", "omar", Instant.parse("2026-11-25T08:00:00Z")));
    }

    private BatchDetailViewModel open(Session session, String id) {
        BatchDetailViewModel vm = new BatchDetailViewModel(qa.sources(session), session, UseCaseRunner.inline(), ZoneOffset.UTC);
        vm.load(id);
        return vm;
    }

    @Test
    void theHeaderSaysWhatWhoWhenAndHowItEnded() {
        BatchHeader h = open(QaRecords.quinn(), "B-20261124-0001").getHeader();
        assertEquals(QaRecords.LABEL, h.recipe());
        assertEquals(QaRecords.HASH, h.recipeHash());
        assertEquals("D10-01: 10 mm bore, rated 98.07 kN", h.die());
        assertEquals(QaRecords.PRESS.model(), h.press());
        assertEquals("olga", h.operator());
        assertEquals("2026-11-24 08:00", h.started());
        assertTrue(h.ended().startsWith("2026-11-24 "), h.ended());
        assertEquals("Complete", h.state().word());
        assertEquals("Not yet signed off", h.decision().word());

        BatchHeader golden = open(QaRecords.quinn(), "B-20261123-0001").getHeader();
        assertEquals("Approved", golden.decision().word());
        assertTrue(golden.signature().startsWith("Approved by Quinn Reviewer (quinn) on 2026-11-23"), golden.signature());
        assertTrue(golden.signature().endsWith("— Golden batch"));
    }

    @Test
    void theTimelineSaysWhoDidWhatWhenWithValuesAlarmsDeviationsAndAmendmentsBesideTheOriginal() {
        List<TimelineRow> rows = open(QaRecords.quinn(), "B-20261124-0001").timeline();
        TimelineRow first = rows.get(0);
        assertEquals("Batch started: " + QaRecords.LABEL, first.what());
        assertTrue(first.detail().contains("die D10-01") && first.detail().contains("9f3c2a71d4e8…"), first.detail());

        TimelineRow weighed = rows.stream().filter(r -> r.what().equals("Step 4 Weigh and load the electrolyte: confirmed")).findFirst().orElseThrow();
        assertEquals("olga", weighed.who());
        assertEquals("08:02:55", weighed.time(), "three steps of 45 s, then 40 s of weighing");
        assertTrue(weighed.detail().contains("mass 60.4 mg") && weighed.detail().contains("lot LPSCl-2611-07"), "the original stays: " + weighed.detail());
        assertTrue(weighed.amended());
        assertTrue(weighed.amendment().startsWith("Amended: lot LPSCl-2611-07 → LPSCl-2611-01 (Lot label misread at weighing) — Reviewed by Sue Supervisor"),
                weighed.amendment());
        assertEquals(weighed.amendment().indexOf("Lot label misread"), weighed.amendment().lastIndexOf("Lot label misread"), "the reason once");
        assertEquals(1, rows.stream().filter(TimelineRow::amended).count(), "one amendment, on one row");

        TimelineRow setpoint = rows.stream().filter(r -> r.what().equals("Step 5 Press the electrolyte: values recorded")).findFirst().orElseThrow();
        assertTrue(setpoint.detail().contains("setpoint 28.27 kN") && setpoint.detail().contains("hold 120 s"), setpoint.detail());

        TimelineRow alarm = rows.stream().filter(r -> r.what().startsWith("Alarm A1 (MEDIUM)")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, alarm.severity());
        assertEquals("station", alarm.who());
        TimelineRow ack = rows.get(rows.indexOf(alarm) + 1);
        assertEquals("Alarm A1 acknowledged", ack.what());
        assertEquals("olga", ack.who());
        TimelineRow deviation = rows.get(rows.indexOf(alarm) + 2);
        assertEquals("Step 9 Press the stack: deviation", deviation.what());
        assertTrue(deviation.detail().startsWith("reason: Seal of the lower plunger worn"), deviation.detail());
        assertTrue(deviation.detail().contains("holdDecay 6.1 %"), deviation.detail());
        assertEquals(Severity.WARNING, deviation.severity());
        assertEquals("Batch complete", rows.get(rows.size() - 1).what());
    }

    @Test
    void flagsAndPressStepsWithTracesAreOffered() {
        BatchDetailViewModel vm = open(QaRecords.quinn(), "B-20261124-0001");
        assertEquals(1, vm.flags().size());
        assertTrue(vm.flags().get(0).explanation().startsWith("Step 9 Press the stack: pressure fell 6.1 %"));
        assertEquals(List.of(5, 9), vm.pressSteps());
        assertEquals(5, vm.traceStep(), "the first press step shows first");
        assertEquals("Step 5 Press the electrolyte: 360 ± 10 MPa (28.27 kN in the 10 mm die), hold 120 s", vm.getChartCaption());
        vm.showTrace(9);
        assertTrue(vm.getChartCaption().contains("hold 180 s"));
        assertEquals(360, vm.getChart().profile().orElseThrow().target(), 1e-9);
    }

    @Test
    void zoomAndPanButtonsMoveTheChartWindow() {
        BatchDetailViewModel vm = open(QaRecords.quinn(), "B-20261124-0001");
        double full = vm.getChart().windowEnd();
        vm.zoomIn();
        assertEquals(full / 2, vm.getChart().windowEnd() - vm.getChart().windowStart(), 1e-9);
        double start = vm.getChart().windowStart();
        vm.panRight();
        assertTrue(vm.getChart().windowStart() > start);
        vm.panLeft();
        vm.panLeft();
        assertTrue(vm.getChart().windowStart() < start);
        vm.zoomOut();
        assertEquals(full, vm.getChart().windowEnd(), 1e-9);
    }

    @Test
    void compareOffersOtherBatchesOfTheRecipeAndOverlaysTheSameStep() {
        BatchDetailViewModel vm = open(QaRecords.quinn(), "B-20261124-0001");
        List<BatchLine> offered = new ArrayList<>();
        vm.compareChoices(offered::addAll);
        assertEquals(List.of("B-20261125-0001", "B-20261123-0001"), offered.stream().map(BatchLine::batchId).toList(), "newest first, not itself");
        vm.showTrace(9);
        vm.compareWith("B-20261123-0001");
        assertTrue(vm.getChart().comparing());
        assertEquals("Dashed line: B-20261123-0001 (olga, 2026-11-23 08:00)", vm.getCompareLegend());
        assertEquals("Solid line: this batch, B-20261124-0001", vm.getMainLegend());
        vm.compareWith("B-20261125-0001");
        assertEquals("B-20261125-0001 has no trace for step 9.", vm.getMessage().text());
        vm.clearCompare();
        assertFalse(vm.getChart().comparing());
        assertEquals("", vm.getCompareLegend());
    }

    @Test
    void signOffIsOffWithTheReasonInWordsWhenNotEndedLockedOperatedOrNotQa() {
        BatchDetailViewModel running = open(QaRecords.quinn(), "B-20261125-0001");
        assertFalse(running.isCanSignOff());
        assertEquals("The batch has not ended (running): sign-off waits until it is complete or aborted.", running.getSignOffBlocker());

        BatchDetailViewModel locked = open(QaRecords.quinn(), "B-20261123-0001");
        assertFalse(locked.isCanSignOff());
        assertEquals("Signed off already; the record is locked.", locked.getSignOffBlocker());

        BatchDetailViewModel own = open(QaRecords.olgaAsQa(), "B-20261124-0001");
        assertFalse(own.isCanSignOff());
        assertEquals("You operated this batch: another QA reviewer signs it off.", own.getSignOffBlocker());

        Session supervisor = new Session(QaRecords.user(4, "sue", "Sue Supervisor", Role.SUPERVISOR), MONDAY);
        assertEquals("Only QA signs batch records off.", open(supervisor, "B-20261124-0001").getSignOffBlocker());

        BatchDetailViewModel fine = open(QaRecords.quinn(), "B-20261124-0001");
        assertTrue(fine.isCanSignOff());
        assertEquals("", fine.getSignOffBlocker());
    }

    @Test
    void signingAsksForAReasonWhenRejectingOrApprovingAFlaggedRecord() {
        BatchDetailViewModel flagged = open(QaRecords.quinn(), "B-20261124-0001");
        assertTrue(flagged.signing(QaDecision.APPROVED).reasonRequired(), "approving despite a flag needs a word why");
        assertTrue(flagged.signing(QaDecision.REJECTED).reasonRequired());
        assertTrue(flagged.signing(QaDecision.APPROVED).meaning().startsWith("Approved: I reviewed the whole record of B-20261124-0001"));
        assertEquals("Sign: Reject", flagged.signing(QaDecision.REJECTED).signLabel());
    }

    @Test
    void aRefusedSignatureKeepsTheUseCasesWordsAndASignedOneLocksTheRecord() {
        BatchDetailViewModel vm = open(QaRecords.quinn(), "B-20261124-0001");
        List<String> refused = new ArrayList<>();
        boolean[] signed = new boolean[1];
        vm.signOff(QaDecision.APPROVED, new SignatureInput(Optional.of("quinn"), Pin.of("999999"), "Flags reviewed and acceptable"),
                () -> signed[0] = true, refused::add);
        assertEquals(List.of("Not done: wrong PIN."), refused);
        assertFalse(signed[0]);

        vm.signOff(QaDecision.APPROVED, new SignatureInput(Optional.of("quinn"), Pin.of("222222"), "Flags reviewed and acceptable"),
                () -> signed[0] = true, refused::add);
        assertTrue(signed[0]);
        assertTrue(vm.getMessage().text().startsWith("Signed off: Approved by Quinn Reviewer (quinn)"), vm.getMessage().text());
        assertEquals("Approved", vm.getHeader().decision().word(), "reloaded after signing");
        assertFalse(vm.isCanSignOff());
        assertEquals("Signed off already; the record is locked.", vm.getSignOffBlocker());
    }

    @Test
    void anExportSaysWhereTheFileWent() throws Exception {
        BatchDetailViewModel vm = open(QaRecords.quinn(), "B-20261124-0001");
        vm.export(Exporter.Format.PDF);
        Path file = dir.resolve("B-20261124-0001.pdf");
        assertTrue(Files.exists(file));
        assertEquals("PDF of B-20261124-0001 written to " + file, vm.getMessage().text());
    }
}
