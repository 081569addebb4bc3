package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.exports.ExportDelivery;
import org.layerpress.application.exports.ExportTargets;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.records.Exporter;

/** The Records screen's exporter as the station wires it: the places it offers and what it says, on temp folders for the mount roots. */
class RecordsSectionExportTest {

    private static final String BATCH = "B-20261206-0002";

    @TempDir
    Path dir;
    private TestStation station;
    private Path media;

    @BeforeEach
    void aStationWithAFinishedBatch() throws Exception {
        station = TestStation.builder(dir.resolve("db")).demoUsers().build();
        BatchRecordBuilder.complete(station, "olga", BATCH);
        media = Files.createDirectories(dir.resolve("media"));
    }

    @AfterEach
    void close() {
        station.close();
    }

    private Exporter exporter(Optional<Path> network) {
        return RecordsSection.exporter(station.quinn(), new ExportTargets(List.of(media), "layerpress", network),
                new ExportDelivery(station.review().exports()));
    }

    @Test
    void withoutStickOrNetworkFolderItSaysWhereToPutOne() throws Exception {
        Exporter exporter = exporter(Optional.empty());
        assertEquals(List.of(), exporter.places());
        assertEquals(RecordsSection.nowhere(), exporter.export(BATCH, Exporter.Format.PDF, ""));
    }

    @Test
    void aStickAndTheNetworkFolderAreBothOfferedAndThePickedOneGetsTheFile() throws Exception {
        Path stick = Files.createDirectories(media.resolve("layerpress/KINGSTON"));
        Path network = Files.createDirectories(dir.resolve("qa-share"));
        Exporter exporter = exporter(Optional.of(network));
        assertEquals(List.of("USB stick KINGSTON", "folder " + network), exporter.places());
        assertEquals("Written to folder " + network + ": " + BATCH + ".csv", exporter.export(BATCH, Exporter.Format.CSV, "folder " + network));
        assertTrue(Files.exists(network.resolve(BATCH + ".csv")));
        assertTrue(Files.notExists(stick.resolve(BATCH + ".csv")));
    }

    @Test
    void aStickPulledOutBetweenThePickerAndTheTapIsNamedGone() throws Exception {
        Path stick = Files.createDirectories(media.resolve("layerpress/KINGSTON"));
        Exporter exporter = exporter(Optional.empty());
        List<String> places = exporter.places();
        Files.delete(stick);
        assertEquals("Not written: the USB stick KINGSTON is gone (taken out?)", exporter.export(BATCH, Exporter.Format.JSON, places.get(0)));
    }
}
