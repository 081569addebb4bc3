/**
 * The glovebox controller over Modbus TCP (docs/glovebox.md, "Over Modbus TCP"): the digitalpetri Modbus
 * client behind {@code AtmospherePort}, reading O2 and H2O from the registers a Modbus glovebox mapping
 * names, and the words a person reads for each Modbus failure. Adapter: may import the Modbus library,
 * SLF4J, {@code application.atmosphere} and {@code application.mapping}; never another adapter.
 */
package org.layerpress.modbus;
