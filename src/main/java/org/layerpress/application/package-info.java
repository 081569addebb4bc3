/**
 * The application layer: use cases and the ports they need ({@code PressPort}, the stores,
 * {@code Transactions}), organised by capability in subpackages; {@link org.layerpress.application.StationServices}
 * wires the shared user, audit and signature use cases from the store ports. May import the domain,
 * SLF4J, SnakeYAML and Jackson (data files); never JavaFX, Milo, JDBC or any adapter ({@code plc}, {@code sim},
 * {@code store}, {@code ui}, {@code report}, {@code opcua}) or composition root ({@code cli}, {@code bench}).
 */
package org.layerpress.application;
