/**
 * Where a batch record's export leaves the kiosk for: a USB stick mounted under the usual mount roots
 * ({@code /media/<user>/*}, {@code /run/media/<user>/*}, or the roots a station is given) or a configured
 * network folder, and the writing itself (under a temporary name, then one move, so a stick pulled out or
 * full leaves nothing half-written), with a message that names where the file went or why it did not.
 * Works on the real file system with java.nio.file (as {@code application/files} reads it): the folders are
 * the station's own, and a test's temporary folders stand in for the mount roots.
 * May import the domain and the application packages review and users.
 */
package org.layerpress.application.exports;
