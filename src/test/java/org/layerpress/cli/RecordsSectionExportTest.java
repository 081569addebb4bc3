package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.exports.ExportDelivery;
import org.layerpress.application.exports.ExportTargets;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.Words;
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
        Words.use(Words.STATION_DEFAULT);
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

    @Test
    void inGermanTheSentenceIsGermanAndTheFileIsNot() throws Exception {
        Words.use(Locale.GERMAN);
        Path network = Files.createDirectories(dir.resolve("qa-share"));
        Exporter exporter = exporter(Optional.of(network));
        assertEquals("Geschrieben auf folder " + network + ": " + BATCH + ".csv", exporter.export(BATCH, Exporter.Format.CSV, "folder " + network));
        Words.use(Locale.ENGLISH);
        Path english = Files.createDirectories(dir.resolve("qa-share-en"));
        exporter(Optional.of(english)).export(BATCH, Exporter.Format.CSV, "folder " + english);
        assertEquals(Files.readString(english.resolve(BATCH + ".csv")), Files.readString(network.resolve(BATCH + ".csv")), "the file is the same in any language");
        Words.use(Locale.GERMAN);
        String nowhere = exporter(Optional.empty()).export(BATCH, Exporter.Format.PDF, "");
        assertTrue(nowhere.startsWith("Nicht geschrieben: kein USB-Stick steckt"), nowhere);
        assertTrue(Exporter.notWritten(nowhere), "the screen shows it as a warning");
        Path stick = Files.createDirectories(media.resolve("layerpress/KINGSTON"));
        List<String> places = exporter(Optional.empty()).places();
        Files.delete(stick);
        String gone = exporter(Optional.empty()).export(BATCH, Exporter.Format.JSON, places.get(0));
        assertEquals("Nicht geschrieben: USB stick KINGSTON ist weg (herausgezogen?)", gone);
        assertTrue(Exporter.notWritten(gone));
    }
}
