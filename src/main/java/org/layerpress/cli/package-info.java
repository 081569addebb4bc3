/**
 * The {@code layerpress} command (picocli) and the composition root of the station: it wires the
 * store, the press adapter or the embedded simulator, the use cases, the report writers and the JavaFX
 * shell. May import every package; only {@link org.layerpress.Launcher} imports it.
 */
package org.layerpress.cli;
