/**
 * The {@code layerpress} command (picocli) and the composition root of the station: it builds the
 * station through {@code station} (store, press adapter or embedded simulator, use cases, sequencer)
 * and adds the JavaFX shell and its screens. May import every package; only
 * {@link org.layerpress.Launcher} imports it.
 */
package org.layerpress.cli;
