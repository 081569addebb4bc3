/**
 * The Admin's screens: users (create, roles, temporary PIN, disable, idle timeout; one form view
 * model each, every change with a reason) and the audit trail viewer with its filters and the chain
 * check. May import {@code ui.controls}, {@code ui.fx}, {@code application.users},
 * {@code application.audit}, {@code StationServices} and the domain.
 */
package org.layerpress.ui.admin;
