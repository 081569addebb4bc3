/**
 * People at the station: first-Admin setup, login with two components (identity and PIN),
 * sessions with an idle timeout, PIN hashing and lockout, the authority check every use case makes,
 * user administration, witnesses of four-eyes checks, station settings (idle timeout, the station's language) and the demo users, and users from the
 * site's user home: what the home publishes ({@code UserPublication}; from the Users screen, signed,
 * {@code UserPublishUseCase} through the port {@code UserCentral}) and what a station adopts after its checks
 * ({@code CentralUserImport}, the site setting for PIN hashes in {@code SitePins}). May import
 * {@code domain.user}, {@code domain.signature}, the domain's input limits, {@code domain.audit}, {@code application.audit},
 * {@code application.tx}, {@code application.signature} with the signature input of {@code application.recipes}, and
 * {@code application.central}, SLF4J and the JDK's crypto.
 */
package org.layerpress.application.users;
