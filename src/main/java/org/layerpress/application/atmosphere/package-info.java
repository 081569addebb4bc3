/**
 * The glovebox atmosphere as the batch engine sees it: O2 and H2O levels in ppm from the glovebox's own
 * controller (docs/glovebox.md), each either a value with its time or a reason in words why there is none.
 * {@link org.layerpress.application.atmosphere.GasLevelTracker} judges a gas the same way whichever protocol
 * (OPC UA or Modbus TCP) its adapter reads, and counts the polls that gave no value.
 */
package org.layerpress.application.atmosphere;
