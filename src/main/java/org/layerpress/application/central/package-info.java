/**
 * Many stations, one record (docs/central.md, ADR 0014): what the station shows of its store-and-forward
 * copy to the central database. The port {@link org.layerpress.application.central.ForwardingStatus} is
 * read by the top bar; the store adapter's forwarder implements it. {@link org.layerpress.application.central.CentralUnreachable}
 * words a screen's refusal when a step needs the central database and cannot reach it. Plain Java and SLF4J.
 */
package org.layerpress.application.central;
