package org.layerpress.application.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * QA exports a batch record (PDF report, CSV of traces, JSON of the record); each export is an
 * audit row naming the record's content hash, so a printed copy can be matched to what was stored.
 */
public final class ExportUseCase {

    private final BatchRecordReader reader;
    private final Map<ExportFormat, BatchRecordWriter> writers = new EnumMap<>(ExportFormat.class);
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;

    public ExportUseCase(BatchRecordReader reader, List<BatchRecordWriter> writers, Authorizer authorizer, Auditor auditor, Transactions tx) {
        this.reader = reader;
        for (BatchRecordWriter w : writers) {
            this.writers.put(w.format(), w);
        }
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
    }

    /** Writes the export to {@code out} (not closed); returns the record that was written. */
    public BatchRecord export(Session session, String batchId, ExportFormat format, OutputStream out) {
        Rendered rendered = render(session, batchId, format);
        try {
            out.write(rendered.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + format + " of " + batchId + ": " + e.getMessage(), e);
        }
        delivered(session, rendered, "");
        return rendered.record();
    }

    /** An export made in memory, not yet written anywhere nor audited. */
    public record Rendered(BatchRecord record, ExportFormat format, byte[] bytes) {
    }

    /**
     * Makes the export in memory, for a caller that writes it somewhere that may fail (a USB stick):
     * nothing is audited until {@link #delivered} says where it went.
     */
    public Rendered render(Session session, String batchId, ExportFormat format) {
        authorizer.require(session, Permission.REVIEW_BATCH, "exporting a batch record");
        BatchRecordWriter writer = writers.get(format);
        if (writer == null) {
            throw new IllegalStateException("no " + format + " writer is installed");
        }
        BatchRecord record = reader.existing(batchId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + format + " of " + batchId + ": " + e.getMessage(), e);
        }
        return new Rendered(record, format, out.toByteArray());
    }

    /** The audit row of an export that reached its destination ({@code where}: words such as "to USB stick KINGSTON: B-1.pdf", or ""). */
    public void delivered(Session session, Rendered rendered, String where) {
        User user = authorizer.require(session, Permission.REVIEW_BATCH, "exporting a batch record");
        String what = rendered.format().name() + " [sha256 " + rendered.record().contentHash() + "]" + (where.isEmpty() ? "" : " " + where);
        tx.inTransaction(() -> {
            auditor.record(user, ReviewAudit.EXPORTED, ReviewAudit.ENTITY_BATCH, rendered.record().batchId(), "", what, "");
            return null;
        });
    }

    /**
     * Refuses a control chart's export to who may not export records (a Supervisor reads and charts them,
     * as QA does, but only QA takes records off the station); asked before anything is written.
     */
    public void requireChartExport(Session session) {
        authorizer.require(session, Permission.REVIEW_BATCH, "exporting a control chart");
    }

    /** The audit row of a control chart's CSV that reached its destination: which file went where. */
    public void chartDelivered(Session session, String fileName, String where) {
        User user = authorizer.require(session, Permission.REVIEW_BATCH, "exporting a control chart");
        tx.inTransaction(() -> {
            auditor.record(user, ReviewAudit.CHART_EXPORTED, ReviewAudit.ENTITY_CHART, fileName, "", "CSV " + where, "");
            return null;
        });
    }
}
