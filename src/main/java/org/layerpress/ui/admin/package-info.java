/**
 * The Admin's screens: users (create, roles, temporary PIN, disable, idle timeout; one form view
 * model each, every change with a reason) and the audit trail viewer with its filters and the chain
 * check; and the Supervisor's die registry (add, edit, retire; docs/dies.md). May import
 * {@code ui.controls}, {@code ui.fx}, {@code ui.batch} (the die's wear in words), {@code application.users},
 * {@code application.audit}, {@code application.dies}, {@code StationServices} and the domain.
 */
package org.layerpress.ui.admin;
