/** Who is at the screen: first-start setup, login by name or badge, the forced PIN change, and the Supervisor/Admin approval to leave kiosk mode. */
package org.layerpress.ui.access;
