/**
 * The touchscreen HMI (JavaFX): one subpackage per screen family (access, shell, alarms, batch, correct,
 * recipe, records, admin) over the shared plumbing ({@code ui.fx}) and glove-sized controls
 * ({@code ui.controls}). Screens are FXML views from {@code hmi-layouts/} with the touch theme,
 * kept thin; the logic is in a view model per screen, tested without a stage, that asks the use cases
 * for everything (what may be done included). This package holds no classes of its own.
 * Adapter: may import JavaFX, SLF4J, the domain, the application and the chart geometry
 * ({@code chart}); never another adapter ({@code plc}, {@code sim}, {@code store}, {@code report},
 * {@code opcua}) or a composition root ({@code cli}, {@code bench}), which plug the sections in.
 */
package org.layerpress.ui;
