package org.layerpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.users.Session;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.records.BatchListSource;
import org.layerpress.ui.records.Exporter;
import org.layerpress.ui.records.QaSources;
import org.layerpress.ui.records.RecordsView;

/** Binds the QA review use cases to a logged-in session for the Records section (composition root). */
final class RecordsSection {

    private RecordsSection() {
    }

    /** @param exports where the screen's exports go, {@code <batch id>.<pdf|csv|json>} */
    static Function<Session, Node> screen(LayoutLocator layouts, BatchListUseCase list, ReviewServices review, Path exports) {
        return RecordsView.screen(layouts, session -> new QaSources(
                BatchListSource.of(f -> list.list(session, f), () -> list.recipeNames(session), () -> list.operators(session),
                        () -> list.dieIds(session), () -> list.materials(session)),
                id -> review.records().open(session, id),
                record -> review.signOff().whyNotSignable(session, record),
                (id, decision, signature) -> review.signOff().signOff(session, id, decision, signature).review().orElseThrow(),
                (id, format) -> export(review, session, id, ExportFormat.valueOf(format.name()), exports)));
    }

    /** Writes to a temporary file first, so a failed export never leaves half a report under the final name. */
    private static Path export(ReviewServices review, Session session, String batchId, ExportFormat format, Path exports) throws IOException {
        Files.createDirectories(exports);
        Path target = exports.resolve(batchId + "." + format.extension().toLowerCase(Locale.ROOT));
        Path partial = Files.createTempFile(exports, batchId, ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            review.exports().export(session, batchId, format, out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
