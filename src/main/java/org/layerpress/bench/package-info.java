/**
 * {@code layerpress bench}: measurements of the OPC UA link, the store, the QA list and whole batch
 * runs, printed one figure a line. Speed is measured here and never asserted in unit tests. Like
 * {@code cli} this is a composition root: it assembles the real simulator, Milo adapter, H2 store and
 * sequencer through {@code station}, as {@code run} does, and (for frame latency) the shell, so it may
 * import every layer except {@code cli}, and only {@code cli} imports it.
 */
package org.layerpress.bench;
