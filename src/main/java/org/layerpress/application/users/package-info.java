/**
 * People at the station: first-Admin setup, login with two components (identity and PIN),
 * sessions with an idle timeout, PIN hashing and lockout, the authority check every use case makes,
 * user administration, witnesses of four-eyes checks, station settings and the demo users. May import
 * {@code domain.user}, {@code domain.audit}, {@code application.audit}, {@code application.tx} and the JDK's crypto.
 */
package org.layerpress.application.users;
