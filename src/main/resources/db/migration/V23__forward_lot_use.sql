-- The powder lot lookup (V22) is forwarded to the central copy too (docs/central.md), so QA's list over
-- every station can find records by lot and material. As V20 did for the other forwarded tables: rows
-- already here are queued in the order of their own key, and from now on each new row is queued by
-- OutboxTrigger in the transaction that wrote it.
INSERT INTO forward_outbox (table_name, k1, k2, k3)
    SELECT 'batch_lot_use', CAST(batch_id AS VARCHAR), CAST(step AS VARCHAR), NULL FROM batch_lot_use ORDER BY started_at, batch_id, step;

CREATE TRIGGER batch_lot_use_forward AFTER INSERT ON batch_lot_use FOR EACH ROW CALL "org.layerpress.store.OutboxTrigger";
