/**
 * LayerPress, a kiosk touchscreen HMI for a laboratory hydraulic press that makes all-solid-state
 * battery pellets by multi-step pressing. This package holds only {@link org.layerpress.Launcher}, the
 * plain main class of the jar; it imports nothing but {@code cli}. The layers below it and what each
 * may import are described in docs/architecture.md and enforced by {@code ArchitectureTest}.
 */
package org.layerpress;
