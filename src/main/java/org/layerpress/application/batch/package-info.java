/**
 * The guided batch run: the sequencer that takes one batch on one press through its
 * control recipe step by step, gating each press step on the interlocks, committing every confirmation in
 * one durable transaction, buffering and flushing the press trace, and raising ISA-18.2 alarms; plus the
 * batch port ({@link org.layerpress.application.batch.BatchStore}) and the run state rebuilt from events.
 * May import the domain and the other application packages (press, recipes, users, audit, tx); no adapter.
 */
package org.layerpress.application.batch;
