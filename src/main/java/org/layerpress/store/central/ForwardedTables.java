package org.layerpress.store.central;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The station tables that are forwarded, each with its primary key (the same in H2 and, after
 * {@code station_id}, in the central copy). V20's triggers and backfill (V23's for {@code batch_lot_use}, V26's for {@code die_use}) and
 * {@code db/central/V1} (V3, V6) list the same tables; a table name read from the outbox is only ever used after it was found here.
 */
final class ForwardedTables {

    static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("audit_event", List.of("seq")),
            Map.entry("signature", List.of("id")),
            Map.entry("batch", List.of("batch_id")),
            Map.entry("batch_list_entry", List.of("batch_id")),
            Map.entry("batch_training", List.of("batch_id")),
            Map.entry("batch_event", List.of("batch_id", "seq")),
            Map.entry("trace_point", List.of("id")),
            Map.entry("trace_chunk", List.of("batch_id", "step", "chunk_seq")),
            Map.entry("vessel_sample", List.of("id")),
            Map.entry("batch_flag", List.of("batch_id", "seq")),
            Map.entry("batch_flag_summary", List.of("batch_id")),
            Map.entry("batch_flag_kind", List.of("batch_id", "kind")),
            Map.entry("batch_decision", List.of("batch_id")),
            Map.entry("batch_review", List.of("batch_id")),
            Map.entry("batch_amendment", List.of("id")),
            Map.entry("batch_lot_use", List.of("batch_id", "step")),
            Map.entry("die_use", List.of("batch_id", "step")));

    /** The one forwarded table whose rows change on the station (its {@code state}). */
    static final String MUTABLE = "batch";

    private ForwardedTables() {
    }

    static Optional<List<String>> keys(String table) {
        return Optional.ofNullable(KEYS.get(table));
    }
}
