/**
 * The laboratory balance as the application sees it: the {@link org.layerpress.application.balance.BalancePort}
 * port (tare, zero, a stable reading, an immediate reading), what a reading holds
 * ({@link org.layerpress.application.balance.BalanceReading}), the typed failures a balance can
 * report ({@link org.layerpress.application.balance.BalanceFailure}), and the station's balance
 * settings with their YAML reader. A failure is never turned into a number. May import the domain
 * and SnakeYAML only. The wire protocol (MT-SICS) is in docs/balance.md.
 */
package org.layerpress.application.balance;
