package org.layerpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.signature.Signature;
import org.layerpress.testing.TestStation;

/**
 * The PDF report's text, read back with PDFBox: what a signed paper copy must show, in words, to the
 * instrument's resolution, with people's printed names and every time in the station's zone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReportTest {

    /** An hour ahead of UTC in November: a time printed in UTC by mistake is an hour off. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BERLIN);
    static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(BERLIN);

    TestStation station;
    BatchRecord record;
    /** The page with the first press step's chart, rendered at 300 dpi in grey. */
    BufferedImage chartPage;
    /** As the page lays it out, line by line. */
    String raw;
    /** Whitespace collapsed: table cells wrap where they like. */
    String text;
    int pages;

    @BeforeAll
    void report(@TempDir Path dir) throws Exception {
        station = TestStation.builder(dir).demoUsers().zone(BERLIN).build();
        record = ReportRecords.signedBatch(station, "B-20261125-0001");
        try (PDDocument pdf = Loader.loadPDF(ReportRecords.bytes(new PdfReportWriter(station.clock(), station.zone(), station.stores()::chainHead), record))) {
            pages = pdf.getNumberOfPages();
            raw = new PDFTextStripper().getText(pdf);
            for (int i = 0; i < pdf.getNumberOfPages() && chartPage == null; i++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(i + 1);
                one.setEndPage(i + 1);
                if (one.getText(pdf).contains("Trace of step 5")) {
                    chartPage = new PDFRenderer(pdf).renderImageWithDPI(i, 300, ImageType.GRAY);
                }
            }
            text = raw.replaceAll("\\s+", " ");
        }
    }

    @Test
    void showsTheQaSignatureWithPrintedNameLocalTimeAndMeaning() {
        Signature s = record.review().orElseThrow().signature();
        assertTrue(text.contains("Approved by Quinn Reviewer (quinn) on " + LOCAL.format(s.signedAt())), text);
        assertTrue(text.contains("Printed name: Quinn Reviewer (quinn)"), text);
        assertTrue(text.contains("Signed: " + LOCAL.format(s.signedAt())), text);
        assertTrue(text.contains("Meaning: Approved"), text);
        assertTrue(text.contains("(matches this record)"), text);
    }

    @Test
    void printsTheAuditChainHeadAsTheTrailStoodWhenItWasWritten() {
        String head = station.stores().chainHead();
        assertTrue(head.matches("#\\d+ [0-9a-f]{64}"), head);
        assertTrue(text.contains("Audit chain head: " + head), text);
    }

    @Test
    void numbersEveryPageNOfMAndPrintsTheRecordHashOnEach() {
        assertTrue(pages >= 2, "a full record takes more than a page: " + pages);
        for (int i = 1; i <= pages; i++) {
            assertTrue(text.contains("Page " + i + " of " + pages), "page " + i);
        }
        int hashes = text.split("Record SHA-256: " + record.contentHash(), -1).length - 1;
        assertEquals(pages, hashes, "the record's hash in every footer");
    }

    @Test
    void aRecordWithoutCalibrationValuesSaysSoInsteadOfLeavingTheRowOut() {
        assertTrue(text.contains("Calibration not recorded (started before this station recorded calibrations)"), text);
    }

    @Test
    void aProductionRecordCarriesNoTrainingMark() {
        assertTrue(!record.run().training(), "recorded without the mark");
        assertTrue(!text.contains("TRAINING"), text);
    }

    @Test
    void showsTheHeaderStepsAlarmsDeviationsAndTheAmendmentBesideTheOriginal() {
        assertTrue(text.contains("Batch record " + record.batchId()), text);
        assertTrue(text.contains(record.run().recipeHash()), "recipe hash");
        assertTrue(text.contains("D10-01"), "die");
        assertTrue(text.contains("Press the electrolyte"), "step table");
        assertTrue(text.contains("Deviated"), "the deviated mass step");
        assertTrue(text.contains("last powder of the lot; QA informed"), "the deviation's reason");
        assertTrue(text.contains("LGPS-2610-02"), "original lot");
        assertTrue(text.contains("amended to LGPS-2610-03, see A1"), "correction beside the original");
        assertTrue(text.contains("Corrected by Olga Operator (olga)"), "the amendment's signature");
        assertTrue(text.contains("Trace of step 5: Press the electrolyte"), "a chart per press step");
        assertTrue(text.contains("Trace of step 9: Press the stack"), text);
    }

    @Test
    void noInternalNameOfAKeyKindOrStateIsOnThePage() {
        List<String> internal = List.of(
                RecipeStep.ScanTarget.DIE_ID.name(), RecipeStep.ScanTarget.POWDER_LOT.name(),
                StepKind.CHECK.name(), StepKind.SCAN.name(), StepKind.LOAD_LAYER.name(), StepKind.PRESS.name(), StepKind.RELEASE.name(),
                StepKind.EJECT.name(), StepKind.INSPECT.name(), "CONFIRMED", "DEVIATED", "COMPLETE", "MEDIUM",
                StepResultCodec.WITNESS_AT, StepResultCodec.WITNESS_NAME, StepResultCodec.ANSWER_PREFIX + "1", StepResultCodec.SCAN_TARGET,
                StepResultCodec.SCAN_CODE, StepResultCodec.MASS_MG, StepResultCodec.TARGET_MG, StepResultCodec.TOLERANCE_MG,
                StepResultCodec.SETPOINT_KN, StepResultCodec.TARGET_MPA, StepResultCodec.RAMP_KNPS, StepResultCodec.HOLD_S,
                StepResultCodec.DIE_AREA_MM2, StepResultCodec.PEAK_MPA, StepResultCodec.TO_SETPOINT_S, StepResultCodec.HOLD_MEAN_MPA,
                StepResultCodec.HOLD_DECAY_PCT, StepResultCodec.RAM_ADVANCE_MM, StepResultCodec.TRACE_POINTS, StepResultCodec.HOLD_END_S,
                StepResultCodec.POSITION_BEFORE_MM, StepResultCodec.FORCE_AFTER_KN, StepResultCodec.SPRINGBACK_MM,
                StartedValues.DIE_RATING_KN, "pass:", FindingKind.OVER_PRESSURE.name(),
                AlarmState.ACTIVE_UNACKNOWLEDGED.name(), AlarmState.NORMAL.name(), " UTC");
        for (String name : internal) {
            assertFalse(text.contains(name), "'" + name + "' on the page:\n" + text);
        }
    }

    @Test
    void scansAnswersAndTheWitnessAreSaidInWordsTheWitnessOnALineOfItsOwn() {
        assertTrue(text.contains("Die scanned: D10-01"), text);
        assertTrue(text.contains("Powder lot scanned: LPSCl-2611-07"), text);
        assertTrue(text.contains("No cracks or chipped edges: Yes"), text);
        assertTrue(text.contains("Pellet ejected: Yes"), text);
        assertTrue(text.contains("Die, plungers and spacers clean and dry: Yes; Glovebox O2 and H2O below 0.1 ppm: Yes; Balance tared: Yes"),
                "each checklist item with its answer: " + text);
        assertTrue(text.contains("Load layer"), "the step's kind in words");
        // A time in the step table is a time of day on the batch's first day (the header says so).
        String witnessedAt = RecordTimeline.steps(record).get(3).endedAt().map(TIME_OF_DAY::format).orElseThrow();
        String line = "Witnessed by Sam Supervisor (sam) at " + witnessedAt;
        assertTrue(raw.lines().anyMatch(l -> l.strip().equals(line)), line + " alone on its line in\n" + raw);
    }

    @Test
    void numbersArePrintedToTheInstrumentsResolution() {
        assertTrue(text.contains("rated 98.07 kN"), text);
        assertFalse(text.contains("98.0665"), "a 10 tf die's rating to the load cell's 0.01 kN");
        assertTrue(text.contains("force setpoint 28.27 kN"), text);
        assertTrue(text.contains("die area 78.54 mm"), text);
        assertTrue(text.contains("weighed 60.4 mg"), text);
        // No value on the page has more decimals than any resolution (0.001 mm is the finest).
        Matcher tooFine = Pattern.compile("\\d\\.\\d{4,}").matcher(text);
        assertFalse(tooFine.find(), () -> "printed past its resolution: " + tooFine.group() + " in\n" + text);
    }

    @Test
    void everyPersonIsNamedAsInTheSignatureBlock() {
        assertTrue(text.contains("Operator(s) Olga Operator (olga)"), text);
        assertTrue(text.contains("by Olga Operator (olga)"), "the alarm's acknowledgement");
        assertFalse(raw.lines().anyMatch(l -> l.strip().equals("olga")), "a login alone in a cell:\n" + raw);
    }

    @Test
    void everyTimeIsInTheStationsZoneNamedOnceAndNoTimestampBreaksOverTwoLines() {
        assertTrue(text.contains("Started " + LOCAL.format(record.run().startedAt())), text);
        assertTrue(text.contains("every time in this report is the station's: Europe/Berlin (UTC+01:00)"), text);
        assertEquals(1, text.split("Europe/Berlin", -1).length - 1, "the zone named once");
        var alarm = RecordTimeline.alarms(record).get(0);
        for (String time : List.of(TIME_OF_DAY.format(alarm.alarm().raisedAt()), TIME_OF_DAY.format(alarm.acknowledgedAt().orElseThrow()),
                TIME_OF_DAY.format(alarm.clearedAt().orElseThrow()))) {
            assertTrue(raw.lines().anyMatch(l -> l.contains(time)), time + " unbroken on one line in\n" + raw);
        }
        String signed = LOCAL.format(record.review().orElseThrow().signature().signedAt());
        assertTrue(raw.lines().anyMatch(l -> l.contains(signed)), signed + " unbroken on one line");
        String amended = LOCAL.format(record.amendments().get(0).signature().signedAt());
        assertTrue(raw.lines().anyMatch(l -> l.contains("Corrected by Olga Operator (olga) on " + amended) || l.startsWith(amended)),
                "the amendment's signature time " + amended + " unbroken in\n" + raw);
        // A date alone on its line, or a line ending in "2026-" or "2026-11-", is a date-time broken in two (the batch ran on one day).
        assertFalse(raw.lines().anyMatch(l -> l.strip().matches("\\d{4}-\\d{2}-\\d{2}")), "a timestamp broken over two lines in\n" + raw);
        assertFalse(raw.lines().anyMatch(l -> l.strip().matches(".*\\d{4}-(\\d{2}-)?")), "a date broken at its hyphen in\n" + raw);
    }

    /**
     * The target band at print scale: a 360 ± 10 MPa band is under 2 mm tall on paper, so its fill must
     * be a tone a grey-scale printer keeps (at least 25 % ink; 20 % and paler drop out) with dark edges.
     */
    @Test
    void theTargetBandPrintsAsAToneAPrinterKeepsWithDarkEdges() {
        assertTrue(chartPage != null, "a page with the chart of step 5");
        // A band row: most of the row one tone that is not paper (a rule or grid line is a row or two; a band is taller).
        int[] tone = new int[chartPage.getHeight()];
        for (int y = 0; y < tone.length; y++) {
            int[] counts = new int[256];
            for (int x = 0; x < chartPage.getWidth(); x++) {
                counts[chartPage.getRaster().getSample(x, y, 0)]++;
            }
            tone[y] = -1;
            for (int g = 0; g < 0xe0; g++) { // lighter is paper or a table head's shade
                if (counts[g] > chartPage.getWidth() / 2) {
                    tone[y] = g;
                }
            }
        }
        // A band: a dark edge row, rows of fill (the target line and the trace may cross some), another dark edge row.
        List<String> bands = new java.util.ArrayList<>();
        for (int y = 0; y < tone.length; y++) {
            if (tone[y] < 0 || tone[y] >= 0x70) {
                continue;
            }
            int top = y;
            while (y + 1 < tone.length && tone[y + 1] >= 0 && tone[y + 1] < 0x70) {
                y++;
            }
            int fillRows = 0;
            int fillTone = 255;
            for (int b = y + 1; b < Math.min(tone.length, y + 80); b++) {
                if (tone[b] >= 0 && tone[b] < 0x70) {
                    if (fillRows >= 3) {
                        bands.add("rows " + top + "-" + b + ", fill " + fillTone);
                        assertTrue(fillTone <= 0xbf, "band fill at least 25 % ink: " + bands);
                        y = b - 1;
                    }
                    break;
                }
                if (tone[b] > 0x80) {
                    fillRows++;
                    fillTone = Math.min(fillTone, tone[b]);
                }
            }
        }
        assertTrue(bands.size() >= 2, "a band with dark edges on each chart of the page: " + bands);
    }
}
