/**
 * Who is at the screen: first-start setup, login by name or badge, the forced PIN change, and the
 * Supervisor/Admin approval to leave kiosk mode. May import {@code ui.controls}, {@code ui.fx},
 * {@code application.users} and {@code domain.user}.
 */
package org.layerpress.ui.access;
