package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.AtmosphereValues;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.units.PrintResolution;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * A batch record for QA, written through the real store and read through the real review use
 * cases: header, timeline, flags, traces, compare, sign-off enablement and refusal, export.
 */
class BatchDetailViewModelTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");
    static final RecipeDefinition BILAYER = BatchRecordBuilder.bilayerRecipe();
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path recordsDir;
    private static StationQa.Written records;

    @TempDir
    Path dir;
    TestStation station;
    StationQa qa;

    /**
     * Monday's batch approved by Quinn; Tuesday's with a leak in the stack's hold, its first lot
     * amended by Olga; Wednesday's running, its electrolyte weighed heavy with a reason. Written
     * once; each test works on its own copy.
     */
    @BeforeAll
    static void writeRecords() {
        records = StationQa.written(recordsDir, "2026-11-23T07:00:00Z", station -> {
            StationQa.batch(station, "B-20261123-0001", "olga", MONDAY, false);
            StationQa.signedOff(station, "B-20261123-0001", QaDecision.APPROVED, "Golden batch");
            StationQa.batch(station, "B-20261124-0001", "olga", TUESDAY, true);
            station.review().amendments().amend(station.olga(), "B-20261124-0001", 4, "lot", "LPSCl-2611-01", "Lot label misread at weighing",
                    TestStation.signature("olga", "111111", ""));
            BatchRecordBuilder.bilayer("B-20261125-0001").by("omar").startingAt(Instant.parse("2026-11-25T08:00:00Z"))
                    .mass(4, 63.1, "the last of the lot; pellet kept for a trial").on(station).runningAfter(4);
        });
    }

    @BeforeEach
    void setUp() {
        station = records.copy(dir);
        qa = new StationQa(station, dir);
    }

    @AfterEach
    void close() {
        station.close();
    }

    private BatchDetailViewModel open(Session session, String id) {
        return open(session, id, ZoneOffset.UTC);
    }

    private BatchDetailViewModel open(Session session, String id, ZoneId zone) {
        BatchDetailViewModel vm = new BatchDetailViewModel(qa.sources(session), session, UseCaseRunner.inline(), zone);
        vm.load(id);
        return vm;
    }

    /** Sue (a Supervisor) reads records through the same use cases as QA, bound to her own session. */
    private BatchDetailViewModel asSupervisor(String id) {
        return open(station.sue(), id, ZoneOffset.UTC);
    }

    @Test
    void aSupervisorReadsTheWholeRecordWithoutSignOffOrExports() {
        BatchDetailViewModel sues = asSupervisor("B-20261124-0001");
        assertTrue(sues.isLoaded(), "the record opens for a Supervisor");
        assertEquals("B-20261124-0001", sues.getHeader().batchId());
        assertFalse(sues.isReviewer(), "no Approve, Reject or exports on her page");
        assertFalse(sues.isCanSignOff());
        assertTrue(open(station.quinn(), "B-20261124-0001").isReviewer());
    }

    @Test
    void theHeaderSaysWhatWhoWhenAndHowItEnded() {
        BatchHeader h = open(station.quinn(), "B-20261124-0001").getHeader();
        assertEquals(BatchRecordBuilder.label(BILAYER), h.recipe());
        assertEquals(BatchRecordBuilder.hash(BILAYER), h.recipeHash());
        assertEquals("D10-01: 10 mm bore, rated 98.07 kN", h.die());
        assertEquals(BILAYER.press().model(), h.press());
        assertEquals("Olga Operator (olga)", h.operator(), "the printed name as in the signature block");
        assertEquals("2026-11-24 08:00", h.started());
        assertTrue(h.ended().startsWith("2026-11-24 "), h.ended());
        assertEquals("Complete", h.state().word());
        assertEquals("Not yet signed off", h.decision().word());

        BatchHeader golden = open(station.quinn(), "B-20261123-0001").getHeader();
        assertEquals("Approved", golden.decision().word());
        assertTrue(golden.signature().startsWith("Approved by Quinn Reviewer (quinn) on 2026-11-23"), golden.signature());
        assertTrue(golden.signature().endsWith("— Golden batch"));
    }

    @Test
    void theTimelineSaysWhoDidWhatWhenWithValuesAlarmsDeviationsAndAmendmentsBesideTheOriginal() {
        List<TimelineRow> rows = open(station.quinn(), "B-20261124-0001").timeline();
        TimelineRow first = rows.get(0);
        assertEquals("Batch started: " + BatchRecordBuilder.label(BILAYER), first.what());
        assertTrue(first.detail().contains("die D10-01") && first.detail().contains(BatchRecordBuilder.hash(BILAYER).substring(0, 12) + "…"), first.detail());

        TimelineRow weighed = rows.stream().filter(r -> r.what().equals("Step 4 Weigh and load the electrolyte: confirmed")).findFirst().orElseThrow();
        assertEquals("Olga Operator", weighed.who());
        assertEquals("08:02:55", weighed.time(), "three steps of 45 s, then 40 s of weighing");
        assertTrue(weighed.detail().contains("weighed 60.4 mg") && weighed.detail().contains("lot LPSCl-2611-07"), "the original stays: " + weighed.detail());
        assertTrue(weighed.amended());
        assertTrue(weighed.amendment().startsWith("Amended: lot LPSCl-2611-07 → LPSCl-2611-01 (Lot label misread at weighing) — Corrected by Olga Operator (olga)"),
                weighed.amendment());
        assertEquals(weighed.amendment().indexOf("Lot label misread"), weighed.amendment().lastIndexOf("Lot label misread"), "the reason once");
        assertEquals(1, rows.stream().filter(TimelineRow::amended).count(), "one amendment, on one row");

        TimelineRow setpoint = rows.stream().filter(r -> r.what().equals("Step 5 Press the electrolyte: values recorded")).findFirst().orElseThrow();
        assertTrue(setpoint.detail().contains("force setpoint 28.27 kN") && setpoint.detail().contains("hold 120 s"), setpoint.detail());

        // The leak ends the stack's press step deviated, each finding an alarm the operator acknowledges on the next step.
        TimelineRow deviation = rows.stream().filter(r -> r.what().equals("Step 9 Press the stack: deviation")).findFirst().orElseThrow();
        String decay = station.stored("B-20261124-0001").step(9).value(StepResultCodec.HOLD_DECAY_PCT);
        assertTrue(deviation.detail().contains("a hydraulic leak"), deviation.detail());
        assertTrue(deviation.detail().contains("hold decay " + PrintResolution.PERCENT.reading(Double.parseDouble(decay)) + " %"),
                decay + " to 0.1 % in " + deviation.detail());
        assertEquals(Severity.WARNING, deviation.severity());
        assertEquals("station", deviation.who());
        TimelineRow alarm = rows.get(rows.indexOf(deviation) + 1);
        assertTrue(alarm.what().startsWith("Alarm A1 (Medium)"), alarm.what());
        assertEquals(Severity.WARNING, alarm.severity());
        assertEquals("station", alarm.who());
        TimelineRow ack = rows.stream().filter(r -> r.what().equals("Alarm A1 acknowledged")).findFirst().orElseThrow();
        assertTrue(rows.indexOf(ack) > rows.indexOf(alarm));
        assertEquals("Olga Operator", ack.who());
        assertEquals("Batch complete", rows.get(rows.size() - 1).what());

        // A deviation the operator gave a reason for says it first.
        TimelineRow heavy = open(station.quinn(), "B-20261125-0001").timeline().stream()
                .filter(r -> r.what().equals("Step 4 Weigh and load the electrolyte: deviation")).findFirst().orElseThrow();
        assertTrue(heavy.detail().startsWith("reason: the last of the lot; pellet kept for a trial"), heavy.detail());
        assertEquals(Severity.WARNING, heavy.severity());
    }

    /**
     * A witnessed batch read in Berlin (an hour ahead of UTC in November): every time in the station's
     * zone, named once in the header; scans, answers, the witness and every value in words, numbers
     * to their resolution; no stored key, kind or UTC time in any row.
     */
    @Test
    void theTimelineSpeaksWordsAndLocalTimesWithTheZoneNamedInTheHeader() {
        String id = BatchRecordBuilder.bilayer("B-20261126-0001").by("olga").witnessedBy("sam", "Sam Supervisor")
                .startingAt(Instant.parse("2026-11-26T08:00:00Z")).on(station).complete();
        BatchDetailViewModel vm = open(station.quinn(), id, BERLIN);
        assertEquals("Europe/Berlin (UTC+01:00)", vm.getHeader().zone());
        assertEquals("2026-11-26 09:00", vm.getHeader().started());
        List<TimelineRow> rows = vm.timeline();
        assertEquals("09:00:00", rows.get(0).time(), "08:00 UTC is 09:00 in Berlin");
        assertEquals("Die, plungers and spacers clean and dry: Yes; Glovebox O2 and H2O below 0.1 ppm: Yes; Balance tared: Yes",
                row(rows, "Step 1 Prepare the station: confirmed").detail(), "each checklist item with its answer, as on the PDF");
        assertEquals("Die scanned: D10-01", row(rows, "Step 2 Scan the die: confirmed").detail());
        assertEquals("Powder lot scanned: LPSCl-2611-07", row(rows, "Step 3 Scan the Li6PS5Cl lot: confirmed").detail());
        TimelineRow weighed = row(rows, "Step 4 Weigh and load the electrolyte: confirmed");
        assertEquals("09:02:55", weighed.time());
        assertTrue(weighed.detail().contains("weighed 60.4 mg") && weighed.detail().endsWith("Witnessed by Sam Supervisor (sam) at 09:02:55"),
                weighed.detail());
        String setpoints = row(rows, "Step 5 Press the electrolyte: values recorded").detail();
        assertTrue(setpoints.contains("force setpoint 28.27 kN") && setpoints.contains("die area 78.54 mm²"), setpoints);
        assertTrue(row(rows, "Step 12 Inspect the pellet: confirmed").detail().startsWith("No cracks or chipped edges: Yes"), rows.toString());

        List<TimelineRow> amended = open(station.quinn(), "B-20261124-0001", BERLIN).timeline();
        String amendment = amended.stream().filter(TimelineRow::amended).findFirst().orElseThrow().amendment();
        assertTrue(amendment.contains("Corrected by Olga Operator (olga) on 2026-11-24\u00a0"), "date and time kept together: " + amendment);
        List<String> internal = List.of("DIE_ID", "POWDER_LOT", "LOAD_LAYER", StepResultCodec.WITNESS_AT, StepResultCodec.SCAN_CODE,
                StepResultCodec.ANSWER_PREFIX + "1", "pass:", StepResultCodec.SETPOINT_KN, "holdDecay", "holdMean", "toSetpoint", "ramAdvance",
                "DECAY_LEAK", "BELOW_BAND", "MEDIUM", "UTC");
        for (TimelineRow r : concat(rows, amended)) {
            String said = r.what() + " | " + r.detail() + " | " + r.amendment();
            for (String name : internal) {
                assertFalse(said.contains(name), "'" + name + "' in " + said);
            }
            assertFalse(said.matches(".*\\d\\.\\d{4,}.*"), "printed past its resolution: " + said);
        }
    }

    /** The glovebox levels a CHECK and a load recorded, in the station's time, with the limits; a gas not read says why. */
    @Test
    void theTimelineSaysTheGloveboxLevelsWithTheirTimeAndLimitsAndAGasNotReadWithItsReason() {
        Instant read = Instant.parse("2026-11-26T08:00:30Z");
        java.util.Map<String, String> levels = new java.util.LinkedHashMap<>();
        levels.put(AtmosphereValues.GLOVEBOX, "Argon glovebox line 2");
        levels.put(AtmosphereValues.O2_PPM, "0.04");
        levels.put(AtmosphereValues.O2_PPM + AtmosphereValues.AT, read.toString());
        levels.put(AtmosphereValues.H2O_PPM, "0.0812");
        levels.put(AtmosphereValues.H2O_PPM + AtmosphereValues.AT, read.toString());
        levels.put(AtmosphereValues.MAX_O2_PPM, "0.1");
        levels.put(AtmosphereValues.MAX_H2O_PPM, "0.1");
        java.util.Map<String, String> lost = new java.util.LinkedHashMap<>(levels);
        lost.put(AtmosphereValues.O2_PPM, AtmosphereValues.MISSING);
        lost.remove(AtmosphereValues.O2_PPM + AtmosphereValues.AT);
        lost.put(AtmosphereValues.O2_PPM + AtmosphereValues.MISSING_REASON, "glovebox link lost: connection refused");
        String id = BatchRecordBuilder.bilayer("B-20261126-0002").by("olga").startingAt(Instant.parse("2026-11-26T08:00:00Z"))
                .confirmValues(1, levels).confirmValues(4, lost).on(station).complete();

        List<TimelineRow> rows = open(station.quinn(), id, BERLIN).timeline();

        assertTrue(row(rows, "Step 1 Prepare the station: confirmed").detail().endsWith(
                "glovebox Argon glovebox line 2: O2 0.04 ppm, H2O 0.08 ppm at 09:00:30 (recipe limits O2 ≤ 0.1 ppm, H2O ≤ 0.1 ppm)"),
                rows.toString());
        String load = row(rows, "Step 4 Weigh and load the electrolyte: confirmed").detail();
        assertTrue(load.contains("glovebox Argon glovebox line 2: O2 not read: glovebox link lost: connection refused, H2O 0.08 ppm at 09:00:30"), load);
        assertFalse(load.contains("missing"), "a gas not read is said, never its stored marker: " + load);
    }

    /**
     * Read in German: the frame, the event words, the value labels and the flag titles are German; the values
     * (with '.'), the step titles, the flag sentences and the signing's reasons are the record's English.
     */
    @Test
    void inGermanTheRecordsFrameIsGermanAndItsValuesAndReasonsAreNot() {
        Words.use(Locale.GERMAN);
        try {
            BatchDetailViewModel vm = open(station.quinn(), "B-20261124-0001");
            List<TimelineRow> rows = vm.timeline();
            String setpoints = row(rows, "Schritt 5 Press the electrolyte: Werte aufgezeichnet").detail();
            assertTrue(setpoints.contains("Kraftsollwert 28.27 kN") && setpoints.contains("Matrizenfläche 78.54 mm²"), setpoints);
            assertEquals("Fertig", vm.getHeader().state().word());
            assertEquals("Noch nicht geprüft", vm.getHeader().decision().word());
            assertTrue(vm.flags().stream().anyMatch(f -> RecordWords.flagTitle(f.kind()).equals("Druckabfall (Leck)")));
            assertTrue(vm.flags().stream().allMatch(f -> f.explanation().startsWith("Step ")), "a flag's sentence is the record's");
            assertEquals("Charge B-20261124-0001 ablehnen", vm.signing(QaDecision.REJECTED).title());
            assertEquals("Pressure outside the band", vm.signing(QaDecision.REJECTED).reasons().get(0), "the tiles show German, the signature keeps this");
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
    }

    private static TimelineRow row(List<TimelineRow> rows, String what) {
        return rows.stream().filter(r -> r.what().equals(what)).findFirst().orElseThrow(() -> new AssertionError(what + " in " + rows));
    }

    private static List<TimelineRow> concat(List<TimelineRow> a, List<TimelineRow> b) {
        List<TimelineRow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void flagsAndPressStepsWithTracesAreOffered() {
        BatchDetailViewModel vm = open(station.quinn(), "B-20261124-0001");
        // A leak of 6 % in the stack's hold takes it below the ± 10 MPa band as well.
        assertEquals(List.of(FlagKind.UNDER_PRESSURE, FlagKind.HOLD_DECAY_LEAK), vm.flags().stream().map(QualityFlag::kind).toList());
        assertTrue(vm.flags().get(1).explanation().startsWith("Step 9 Press the stack: pressure fell "), vm.flags().get(1).explanation());
        assertEquals(List.of(5, 9), vm.pressSteps());
        assertEquals(5, vm.traceStep(), "the first press step shows first");
        assertEquals("Step 5 Press the electrolyte: 360 ± 10 MPa (28.27 kN in the 10 mm die), hold 120 s", vm.getChartCaption());
        vm.showTrace(9);
        assertTrue(vm.getChartCaption().contains("hold 180 s"));
        assertEquals(360, vm.getChart().profile().orElseThrow().target(), 1e-9);
    }

    @Test
    void zoomAndPanButtonsMoveTheChartWindow() {
        BatchDetailViewModel vm = open(station.quinn(), "B-20261124-0001");
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
        BatchDetailViewModel vm = open(station.quinn(), "B-20261124-0001");
        List<BatchLine> offered = new ArrayList<>();
        vm.compareChoices(offered::addAll);
        assertEquals(List.of("B-20261125-0001", "B-20261123-0001"), offered.stream().map(BatchLine::batchId).toList(), "newest first, not itself");
        vm.showTrace(9);
        vm.compareWith("B-20261123-0001");
        assertTrue(vm.getChart().comparing());
        assertEquals("Dashed line: B-20261123-0001 (Olga Operator (olga), 2026-11-23 08:00)", vm.getCompareLegend(), "the operator by the printed name, as in the signature block");
        assertEquals("Solid line: this batch, B-20261124-0001", vm.getMainLegend());
        vm.compareWith("B-20261125-0001");
        assertEquals("B-20261125-0001 has no trace for step 9.", vm.getMessage().text());
        vm.clearCompare();
        assertFalse(vm.getChart().comparing());
        assertEquals("", vm.getCompareLegend());
    }

    @Test
    void signOffIsOffWithTheReasonInWordsWhenNotEndedLockedOperatedOrNotQa() {
        BatchDetailViewModel running = open(station.quinn(), "B-20261125-0001");
        assertFalse(running.isCanSignOff());
        assertEquals("The batch has not ended (running): sign-off waits until it is complete or aborted.", running.getSignOffBlocker());

        BatchDetailViewModel locked = open(station.quinn(), "B-20261123-0001");
        assertFalse(locked.isCanSignOff());
        assertEquals("Signed off already; the record is locked.", locked.getSignOffBlocker());

        station.assignRoles("olga", EnumSet.of(Role.OPERATOR, Role.QA), "covers QA on weekends");
        BatchDetailViewModel own = open(station.olga(), "B-20261124-0001");
        assertFalse(own.isCanSignOff());
        assertEquals("You operated this batch: another QA reviewer signs it off.", own.getSignOffBlocker());

        assertEquals("Only QA signs batch records off.", asSupervisor("B-20261124-0001").getSignOffBlocker());

        BatchDetailViewModel fine = open(station.quinn(), "B-20261124-0001");
        assertTrue(fine.isCanSignOff());
        assertEquals("", fine.getSignOffBlocker());
    }

    @Test
    void signingAsksForAReasonWhenRejectingOrApprovingAFlaggedRecord() {
        BatchDetailViewModel flagged = open(station.quinn(), "B-20261124-0001");
        assertTrue(flagged.signing(QaDecision.APPROVED).reasonRequired(), "approving despite a flag needs a word why");
        assertTrue(flagged.signing(QaDecision.REJECTED).reasonRequired());
        assertTrue(flagged.signing(QaDecision.APPROVED).meaning().startsWith("Approved: I reviewed the whole record of B-20261124-0001"));
        assertEquals("Sign: Reject", flagged.signing(QaDecision.REJECTED).signLabel());
    }

    @Test
    void aRefusedSignatureKeepsTheUseCasesWordsAndASignedOneLocksTheRecord() {
        BatchDetailViewModel vm = open(station.quinn(), "B-20261124-0001");
        List<String> refused = new ArrayList<>();
        boolean[] signed = new boolean[1];
        vm.signOff(QaDecision.APPROVED, new SignatureInput(Optional.of("quinn"), Pin.of("999999"), "Flags reviewed and acceptable"),
                () -> signed[0] = true, refused::add);
        assertEquals(List.of("Not allowed: Not signed. Wrong PIN. 4 tries left before the account locks for 15 minutes."), refused);
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
        BatchDetailViewModel vm = open(station.quinn(), "B-20261124-0001");
        vm.export(Exporter.Format.PDF, places -> fail("one place only, nothing to pick: " + places));
        Path file = dir.resolve("B-20261124-0001.pdf");
        assertTrue(Files.exists(file));
        assertEquals("PDF of B-20261124-0001 written to " + file, vm.getMessage().text());
    }
}
