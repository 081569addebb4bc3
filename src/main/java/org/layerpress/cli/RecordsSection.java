package org.layerpress.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import org.layerpress.application.exports.ExportDelivery;
import org.layerpress.application.exports.ExportTarget;
import org.layerpress.application.exports.ExportTargets;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.BatchQuantity;
import org.layerpress.application.review.ControlChartUseCase;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.users.Session;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.records.BatchListSource;
import org.layerpress.ui.records.ChartSource;
import org.layerpress.ui.records.Exporter;
import org.layerpress.ui.records.QaSources;
import org.layerpress.ui.records.RecordsView;

/** Binds the QA review use cases to a logged-in session for the Records section (composition root). */
final class RecordsSection {

    /** What the person reads when there is nowhere to export to, in their language. */
    static String nowhere() {
        return Words.format("records.export.notWritten", Words.get("records.export.nowhere"));
    }

    /** How ExportDelivery begins a sentence about a file it did not write. */
    private static final String ENGLISH_NOT_WRITTEN = "Not written: ";

    /** Batches on a control chart: enough for its limits to settle, few enough to tell the points apart on the panel. */
    static final int CHARTED = 50;

    private RecordsSection() {
    }

    /** @param targets where the screen's exports may go: USB sticks as they come and go, the network folder */
    static Function<Session, Node> screen(LayoutLocator layouts, BatchListUseCase list, ReviewServices review, ExportTargets targets) {
        ExportDelivery delivery = new ExportDelivery(review.exports());
        return RecordsView.screen(layouts, session -> new QaSources(
                BatchListSource.of(f -> list.list(session, f), () -> list.recipeNames(session), () -> list.operators(session),
                        () -> list.dieIds(session), () -> list.materials(session)),
                id -> review.records().open(session, id),
                record -> review.signOff().whyNotSignable(session, record),
                (id, decision, signature) -> review.signOff().signOff(session, id, decision, signature).review().orElseThrow(),
                exporter(session, targets, delivery),
                charts(session, review.charts())));
    }

    /** The control chart of one session: the newest {@value #CHARTED} completed batches of a recipe. */
    static ChartSource charts(Session session, ControlChartUseCase charts) {
        return new ChartSource() {
            @Override
            public List<String> recipes() {
                return charts.recipes(session);
            }

            @Override
            public ControlChartUseCase.Chart chart(String recipe, BatchQuantity quantity) {
                return charts.chart(session, recipe, quantity, CHARTED);
            }
        };
    }

    /** Exports of one session: the places are the targets present at each tap, in words. */
    static Exporter exporter(Session session, ExportTargets targets, ExportDelivery delivery) {
        return new Exporter() {
            @Override
            public List<String> places() {
                return targets.present().stream().map(ExportTarget::words).toList();
            }

            @Override
            public String export(String batchId, Format format, String place) {
                Optional<ExportTarget> target = target(place);
                if (target.isEmpty()) {
                    return notThere(place);
                }
                return shown(delivery.deliver(session, batchId, ExportFormat.valueOf(format.name()), target.get()), target.get());
            }

            @Override
            public String exportFile(String fileName, byte[] content, String place) {
                Optional<ExportTarget> target = target(place);
                if (target.isEmpty()) {
                    return notThere(place);
                }
                return shown(delivery.deliverFile(session, fileName, content, target.get()), target.get());
            }

            private Optional<ExportTarget> target(String place) {
                List<ExportTarget> present = targets.present();
                return place.isEmpty() ? present.stream().findFirst() : present.stream().filter(t -> t.words().equals(place)).findFirst();
            }
        };
    }

    private static String notThere(String place) {
        return place.isEmpty() ? nowhere() : Words.format("records.export.notWritten", Words.format("records.export.gone", place));
    }

    /**
     * The outcome in the person's language: where the file went, or "Not written:" before the delivery's own
     * reason, which stays as the application wrote it (a refusal keeps its English words).
     */
    static String shown(ExportDelivery.Outcome outcome, ExportTarget target) {
        if (outcome.written()) {
            return Words.format("records.export.written", target.words(), outcome.file().orElseThrow().getFileName().toString());
        }
        String reason = outcome.message().startsWith(ENGLISH_NOT_WRITTEN) ? outcome.message().substring(ENGLISH_NOT_WRITTEN.length()) : outcome.message();
        return Words.format("records.export.notWritten", reason);
    }
}
