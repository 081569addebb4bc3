/**
 * People, roles and permissions, PINs and name rules. Plain Java.
 */
package org.layerpress.domain.user;
