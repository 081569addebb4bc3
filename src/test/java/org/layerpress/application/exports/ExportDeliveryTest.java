package org.layerpress.application.exports;

import org.layerpress.application.users.AccessDeniedException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/**
 * Exports leaving the kiosk, on a real H2 station with a finished batch; temporary folders stand in for
 * the mount roots ({@code <root>/<user>/<stick>}) and the network folder, and the files are real.
 */
class ExportDeliveryTest {

    private static final String BATCH = "B-20261206-0001";

    @TempDir
    Path dir;

    private TestStation station;
    private Path media;
    private Path runMedia;

    @BeforeEach
    void aStationWithAFinishedBatch() throws Exception {
        station = TestStation.builder(dir.resolve("db")).demoUsers().build();
        BatchRecordBuilder.complete(station, "olga", BATCH);
        media = Files.createDirectories(dir.resolve("media"));
        runMedia = Files.createDirectories(dir.resolve("run-media"));
    }

    @AfterEach
    void close() {
        station.close();
    }

    private ExportTargets targets(Optional<Path> network) {
        return new ExportTargets(List.of(media, runMedia), "layerpress", network);
    }

    private Path stick(Path root, String label) throws Exception {
        return Files.createDirectories(root.resolve("layerpress").resolve(label));
    }

    @Test
    void findsTheSticksOfThisUserUnderEachRootThenTheNetworkFolder() throws Exception {
        stick(runMedia, "SANDISK");
        stick(media, "KINGSTON");
        Files.createDirectories(media.resolve("someone-else/THEIRS"));
        Files.createDirectories(media.resolve("layerpress/.hidden"));
        Path network = Files.createDirectories(dir.resolve("qa-share"));
        List<String> words = targets(Optional.of(network)).present().stream().map(ExportTarget::words).toList();
        assertEquals(List.of("USB stick KINGSTON", "USB stick SANDISK", "folder " + network), words);
    }

    @Test
    void noStickAndNoFolderIsNowhereToWrite() {
        assertTrue(targets(Optional.empty()).present().isEmpty());
    }

    @Test
    void aPdfOnAStickIsWrittenWholeNamedInTheMessageAndAudited() throws Exception {
        Path kingston = stick(media, "KINGSTON");
        ExportTarget target = targets(Optional.empty()).present().get(0);
        ExportDelivery.Outcome outcome = new ExportDelivery(station.review().exports()).deliver(station.quinn(), BATCH, ExportFormat.PDF, target);
        assertEquals("Written to USB stick KINGSTON: " + BATCH + ".pdf", outcome.message());
        byte[] pdf = Files.readAllBytes(kingston.resolve(BATCH + ".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5));
        assertEquals(List.of(BATCH + ".pdf"), names(kingston), "no temporary file left beside it");
        List<String> audited = station.column("SELECT new_value FROM audit_event WHERE action = 'BATCH_EXPORTED'");
        assertEquals(1, audited.size());
        assertTrue(audited.get(0).startsWith("PDF [sha256 ") && audited.get(0).endsWith("] to USB stick KINGSTON: " + BATCH + ".pdf"), audited.get(0));
    }

    @Test
    void aControlChartsCsvIsWrittenWholeAndAuditedAndASupervisorIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path kingston = stick(media, "KINGSTON");
        ExportTarget target = targets(Optional.empty()).present().get(0);
        ExportDelivery delivery = new ExportDelivery(station.review().exports());
        byte[] csv = "recipe,quantity\nA,springback\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThrows(AccessDeniedException.class, () -> delivery.deliverFile(station.sam(), "control-chart-A-springback.csv", csv, target));
        assertEquals(List.of(), names(kingston), "a refused export leaves nothing on the stick");

        ExportDelivery.Outcome outcome = delivery.deliverFile(station.quinn(), "control-chart-A-springback.csv", csv, target);
        assertEquals("Written to USB stick KINGSTON: control-chart-A-springback.csv", outcome.message());
        assertArrayEquals(csv, Files.readAllBytes(kingston.resolve("control-chart-A-springback.csv")));
        assertEquals(List.of("control-chart-A-springback.csv"), names(kingston), "no temporary file left beside it");
        assertEquals(List.of("CSV to USB stick KINGSTON: control-chart-A-springback.csv"),
                station.column("SELECT new_value FROM audit_event WHERE action = 'CHART_EXPORTED'"));
    }

    @Test
    void aFullStickGetsNothingAndTheMessageSaysHowMuchIsNeeded() throws Exception {
        Path kingston = stick(media, "KINGSTON");
        ExportTarget target = targets(Optional.empty()).present().get(0);
        ExportDelivery.Outcome outcome = new ExportDelivery(station.review().exports(), folder -> 1000)
                .deliver(station.quinn(), BATCH, ExportFormat.CSV, target);
        assertFalse(outcome.written());
        assertTrue(outcome.message().startsWith("Not written: the USB stick KINGSTON is full: the CSV needs "), outcome.message());
        assertTrue(outcome.message().endsWith(", 0.0 MB free"), outcome.message());
        assertEquals(List.of(), names(kingston));
        assertEquals(0, station.auditCount("BATCH_EXPORTED", "quinn"), "an export that did not arrive is not audited as exported");
    }

    @Test
    void aStickTakenOutAfterItWasListedIsNamedGone() throws Exception {
        Path kingston = stick(media, "KINGSTON");
        ExportTarget target = targets(Optional.empty()).present().get(0);
        Files.delete(kingston);
        ExportDelivery.Outcome outcome = new ExportDelivery(station.review().exports()).deliver(station.quinn(), BATCH, ExportFormat.JSON, target);
        assertEquals("Not written: the USB stick KINGSTON is gone (taken out?)", outcome.message());
        assertFalse(Files.exists(kingston));
    }

    @Test
    void aWriteThatFailsLeavesNothingHalfWrittenUnderTheRealNameNorBesideIt() throws Exception {
        Path network = Files.createDirectories(dir.resolve("qa-share"));
        // A folder where the file should go: the final rename fails after the whole temporary file was written.
        Files.createDirectories(network.resolve(BATCH + ".json/in-the-way"));
        ExportTarget target = targets(Optional.of(network)).present().get(0);
        ExportDelivery.Outcome outcome = new ExportDelivery(station.review().exports()).deliver(station.quinn(), BATCH, ExportFormat.JSON, target);
        assertFalse(outcome.written());
        assertTrue(outcome.message().startsWith("Not written: the folder " + network + " refused it ("), outcome.message());
        assertTrue(outcome.message().endsWith("); nothing was left on it"), outcome.message());
        assertEquals(List.of(BATCH + ".json"), names(network), "only what was there before");
        assertTrue(Files.isDirectory(network.resolve(BATCH + ".json")));
    }

    @Test
    void aNetworkFolderThatCannotBeReachedIsSaidSo() {
        Path network = dir.resolve("unmounted-share");
        ExportTarget target = targets(Optional.of(network)).present().get(0);
        ExportDelivery.Outcome outcome = new ExportDelivery(station.review().exports()).deliver(station.quinn(), BATCH, ExportFormat.PDF, target);
        assertEquals("Not written: the folder " + network + " cannot be reached", outcome.message());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
