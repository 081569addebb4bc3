package org.layerpress.application.users;

import java.util.Objects;
import java.util.Optional;

/**
 * One publication of a person from the site's user home (central V5, docs/central.md): what the home's Admin
 * published, as central holds it. Nothing here is trusted yet: {@link CentralUserImport} checks it against this
 * station's rules before adopting it.
 *
 * @param id the central publication number (0 before it is published); the newest of a login wins
 * @param roles role names, comma-separated as the station keeps them ({@code "QA,ADMIN"})
 * @param pin the PIN hash, only when the home's site setting shares PIN hashes
 */
public record PublishedUser(long id, String login, String fullName, Optional<String> badgeId, String roles, boolean active,
                            String publishedBy, String fromStation, Optional<Pin> pin) {

    /** A PIN hash with what is needed to check a PIN exactly as the home does. */
    public record Pin(PinHash hash, boolean mustChange) {
    }

    public PublishedUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(pin, "pin");
    }

    /** The same publication under its central number. */
    public PublishedUser withId(long centralId) {
        return new PublishedUser(centralId, login, fullName, badgeId, roles, active, publishedBy, fromStation, pin);
    }
}
