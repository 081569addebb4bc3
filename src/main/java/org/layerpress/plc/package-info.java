/**
 * The press PLC over OPC UA: the Eclipse Milo client behind {@code PressPort}, with its own reconnect loop,
 * trust-list certificate validation, endpoint host rewrite, subscriptions with explicit sampling, scaled
 * and type-coerced writes, and the heartbeat. Adapter: may import Milo, SLF4J, {@code opcua},
 * {@code application.press} and {@code application.mapping}; never another adapter.
 */
package org.layerpress.plc;
