package org.layerpress.ui.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.ui.fx.Words;

/**
 * One audit row as the viewer shows it: every cell already a string, so the table only displays.
 *
 * @param timeUtc the record's time, UTC (the trail's own clock)
 * @param timeLocal the same moment on the station's wall clock, smaller, for orientation
 * @param action the action word with spaces for underscores, so a long one wraps ("KIOSK EXIT REFUSED")
 * @param change "old → new", or just the new value when there was none before
 */
public record AuditRow(long sequence, String timeUtc, String timeLocal, String user, String action, String entity,
                       String change, String reason, AuditRecord record) {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    public static AuditRow of(AuditRecord r, ZoneId zone) {
        AuditEntry e = r.entry();
        LocalDateTime utc = LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC);
        LocalDateTime local = LocalDateTime.ofInstant(e.at(), zone);
        String localText = (local.toLocalDate().equals(utc.toLocalDate()) ? LOCAL_TIME.format(local) : Words.dayTime(local.atZone(zone))) + " " + Words.get("audit.local");
        String entity = (e.entityType() + " " + e.entityId()).strip();
        // A seal's new value lists a hash per row (tens of kB for a batch): the row shows its count and digest only.
        String change = SealText.isSeal(e) ? SealText.summary(e.newValue()) : change(e.oldValue(), e.newValue());
        return new AuditRow(r.sequence(), UTC.format(utc), localText, e.actorLogin(), e.action().replace('_', ' '),
                entity, change, e.reason(), r);
    }

    /** A seal: its row hashes are shown only on demand ({@link #sealLines()}). */
    public boolean isSeal() {
        return SealText.isSeal(record.entry());
    }

    /** The seal's lines (digest, then one per row), empty for other rows. */
    public java.util.List<String> sealLines() {
        return isSeal() ? record.entry().newValue().lines().toList() : java.util.List.of();
    }

    static String change(String oldValue, String newValue) {
        if (oldValue.isEmpty()) {
            return newValue;
        }
        return oldValue + " \u2192 " + newValue;
    }

    /** Everything about the row, for the detail panel a tap opens (the cells may be cut short). */
    public String details() {
        AuditEntry e = record.entry();
        // The captions are the person's language; the action, values and reason stay as recorded.
        String after = isSeal() ? "Sealed " + entity + ": " + change + " (sha256 " + SealText.digest(e.newValue()) + ")"
                : e.newValue().isEmpty() ? "\u2014" : e.newValue();
        return String.join("\n",
                Words.format("audit.detail.row", String.valueOf(sequence), timeUtc, timeLocal),
                Words.get("audit.detail.user") + " " + user + (e.actorId() == 0 ? " " + Words.get("audit.detail.noUser") : " (id " + e.actorId() + ")"),
                Words.get("audit.detail.action") + " " + e.action(),
                Words.get("audit.detail.entity") + " " + (entity.isEmpty() ? "\u2014" : entity),
                Words.get("audit.detail.before") + " " + (e.oldValue().isEmpty() ? "\u2014" : e.oldValue()),
                Words.get("audit.detail.after") + " " + after,
                Words.get("audit.detail.reason") + " " + (reason.isEmpty() ? "\u2014" : reason),
                Words.get("audit.detail.hash") + " " + record.hash());
    }
}
