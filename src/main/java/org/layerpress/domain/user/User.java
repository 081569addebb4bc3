package org.layerpress.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who may use the station. Users are never deleted, only disabled, so every audit row
 * and signature keeps pointing at someone real (Annex 11 §12.4 / 21 CFR 11.300(b)).
 *
 * @param login short unique name shown in lists and the audit trail
 * @param fullName printed name used in signature manifestations (21 CFR 11.50)
 * @param badgeId what a badge scanner types, if the user has a badge
 * @param pinMustChange set by an Admin's PIN reset: the next login must choose a new PIN
 * @param demo seeded by {@code --demo}; shown as DEMO on the login screen
 * @param language the screens' language the person chose at login; empty: never chose, the station default
 */
public record User(
        long id,
        String login,
        String fullName,
        Optional<String> badgeId,
        Set<Role> roles,
        boolean active,
        boolean pinMustChange,
        int failedPinAttempts,
        Optional<Instant> lockedUntil,
        boolean demo,
        Optional<Language> language) {

    public User {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fullName, "fullName");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Permission permission) {
        return active && permission.grantedToAnyOf(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /** The language the person's screens are shown in: the chosen one, else English. */
    public Language languageOrDefault() {
        return languageOr(Language.STATION_DEFAULT);
    }

    /** The chosen language, else the station's (an Admin's setting). */
    public Language languageOr(Language station) {
        return language.orElse(station);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
