package org.layerpress.application.batch;

import java.util.List;
import java.util.Optional;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;

/**
 * Batch records: an append-only list of events per batch plus the press traces. Called inside
 * {@code Transactions.inTransaction} (each confirmation is one durable transaction). The database
 * refuses UPDATE and DELETE of events and trace points.
 */
public interface BatchStore {

    /** Registers a new batch; the STARTED event follows in the same transaction. */
    void create(BatchSummary batch);

    /** Marks a batch just created as training, for the batch list (the STARTED event carries the mark for the record). */
    void markTraining(String batchId);

    /** Appends an event with the next sequence number of its batch; returns it with that number. */
    BatchEvent append(BatchEvent event);

    /** Updates the list's state column (a convenience for filtering; the events stay the record). */
    void setState(String batchId, BatchState state);

    List<BatchEvent> events(String batchId);

    /** Appends trace points of one step in one go (the recorder flushes a few times a second). */
    void appendTrace(String batchId, List<TracePoint> points);

    List<TracePoint> trace(String batchId, int step);

    /** Appends an isostatic vessel's samples (pressure in MPa, never a force), kept apart from the force trace. */
    void appendVesselTrace(String batchId, List<VesselPoint> points);

    /** A vessel step's samples in insertion order; empty for any other step. */
    List<VesselPoint> vesselTrace(String batchId, int step);

    Optional<BatchSummary> summary(String batchId);

    /** Batches not COMPLETE or ABORTED, newest first: after a restart these are INTERRUPTED. */
    List<BatchSummary> unfinished();

    /** Newest first, at most {@code limit}. */
    List<BatchSummary> recent(int limit);

    /** The next batch number for a day, for ids like B-20261125-0003. */
    int nextNumberFor(String day);
}
