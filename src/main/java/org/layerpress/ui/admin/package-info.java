/**
 * The Admin's screens: users (create, roles, temporary PIN, disable, idle timeout, the station's language; one form view
 * model each, every change with a reason) and the audit trail viewer with its filters and the chain
 * check; and the Supervisor's die registry (add, edit, retire; docs/dies.md). May import
 * {@code ui.controls}, {@code ui.fx}, {@code ui.batch} (the die's wear in words), {@code application.users},
 * {@code application.audit}, {@code application.dies}, {@code StationServices} and the domain.
 *
 * <p>Every word these screens make is looked up in the person's language ({@code ui.fx.Words}, keys
 * {@code admin.*}, {@code dies.*}, {@code calibration.*}, {@code date.*}, {@code users.*}, {@code audit.*});
 * what they show from a record (audit actions and values, a die's stored material, an instrument's id)
 * stays as written, and a preset picked from tiles is passed on in English (docs/languages.md).
 */
package org.layerpress.ui.admin;
