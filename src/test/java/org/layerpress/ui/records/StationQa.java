package org.layerpress.ui.records;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Optional;
import org.layerpress.application.exports.ExportDelivery;
import org.layerpress.application.exports.ExportTarget;
import org.layerpress.application.exports.ExportTargets;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchQuantity;
import org.layerpress.application.review.ControlChartUseCase;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.users.Session;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/**
 * The Records section's sources on a test station, bound to the QA use cases for a session as the
 * command binds them (exports go to a folder as {@code <batch id>.<pdf|csv|json>}); the list
 * filters the screen asked for are kept for the tests to read.
 */
final class StationQa {

    final List<BatchListFilter> asked = new CopyOnWriteArrayList<>();
    private final TestStation station;
    private final Path exports;

    StationQa(TestStation station, Path exports) {
        this.station = station;
        this.exports = exports;
    }

    /** A station with the demo people whose clock starts at {@code clockStart}, before the first batch a test writes. */
    static TestStation station(Path dir, String clockStart) {
        return TestStation.builder(dir.resolve("db")).clock(MutableClock.at(clockStart)).demoUsers().build();
    }

    QaSources sources(Session session) {
        BatchListSource list = BatchListSource.of(f -> {
            asked.add(f);
            return station.batchList().list(session, f);
        }, () -> station.batchList().recipeNames(session), () -> station.batchList().operators(session),
                () -> station.batchList().dieIds(session), () -> station.batchList().materials(session));
        return new QaSources(list,
                id -> station.review().records().open(session, id),
                record -> station.review().signOff().whyNotSignable(session, record),
                (id, decision, signature) -> station.review().signOff().signOff(session, id, decision, signature).review().orElseThrow(),
                (id, format, place) -> format + " of " + id + " written to " + export(session, id, ExportFormat.valueOf(format.name())));
    }

    /**
     * As {@link #sources}, with the control chart on the review use cases and exports delivered the way
     * the station delivers them ({@code ExportDelivery} to the export targets, here a network folder at
     * {@code <dir>/exports}).
     */
    QaSources chartSources(Session session) {
        QaSources plain = sources(session);
        ExportTargets targets = new ExportTargets(List.of(), "nobody", Optional.of(exports));
        ExportDelivery delivery = new ExportDelivery(station.review().exports());
        Exporter exporter = new Exporter() {
            @Override
            public List<String> places() {
                return targets.present().stream().map(ExportTarget::words).toList();
            }

            @Override
            public String export(String batchId, Format format, String place) throws Exception {
                return plain.exporter().export(batchId, format, place);
            }

            @Override
            public String exportFile(String fileName, byte[] content, String place) throws Exception {
                Files.createDirectories(exports);
                return delivery.deliverFile(session, fileName, content, targets.present().get(0)).message();
            }
        };
        ChartSource charts = new ChartSource() {
            @Override
            public List<String> recipes() {
                return station.review().charts().recipes(session);
            }

            @Override
            public ControlChartUseCase.Chart chart(String recipe, BatchQuantity quantity) {
                return station.review().charts().chart(session, recipe, quantity, 50);
            }
        };
        return new QaSources(plain.list(), plain.records(), plain.signOffCheck(), plain.signOff(), exporter, charts);
    }

    private Path export(Session session, String id, ExportFormat format) throws Exception {
        Files.createDirectories(exports);
        Path file = exports.resolve(id + "." + format.extension().toLowerCase(Locale.ROOT));
        try (OutputStream out = Files.newOutputStream(file)) {
            station.review().exports().export(session, id, format, out);
        }
        return file;
    }

    /** Records a test class writes once: the closed station's folder and where its clock stood. */
    record Written(Path dir, Instant clock) {

        /** A fresh copy of the records for one test, the clock where it stood, the demo people in it already. */
        TestStation copy(Path testDir) {
            return TestStation.builder(testDir.resolve("db")).copyOf(dir).clock(new MutableClock(clock)).build();
        }
    }

    /** Writes records once on a station whose clock starts at {@code clockStart}, then closes it for copying. */
    static Written written(Path dir, String clockStart, Consumer<TestStation> records) {
        try (TestStation station = station(dir, clockStart)) {
            records.accept(station);
            return new Written(dir.resolve("db"), station.clock().instant());
        }
    }

    /** Quinn signs it off two hours after it ended (the station's clock is there once it is written). */
    static void signedOff(TestStation station, String batchId, QaDecision decision, String comment) {
        station.clock().advance(Duration.ofHours(2));
        station.review().signOff().signOff(station.quinn(), batchId, decision, TestStation.signature("quinn", "222222", comment));
    }

    /** A whole bilayer batch by {@code operator} from {@code start}; {@code leakyStackPress}: the stack's hold loses 6.1 % (a leak). */
    static String batch(TestStation station, String id, String operator, Instant start, boolean leakyStackPress) {
        BatchRecordBuilder b = BatchRecordBuilder.bilayer(id).by(operator).startingAt(start);
        if (leakyStackPress) {
            b.leakyHold(9, 6.1);
        }
        return b.on(station).complete();
    }
}
