package org.layerpress.application.users;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;

/**
 * A login attempt: a name picked from the list or a scanned badge, then the PIN; and the language the
 * person tapped on the login screen, if any, remembered for them once the PIN is accepted.
 */
public record LoginCommand(String identifier, boolean badge, Pin pin, Optional<Language> language) {

    public LoginCommand {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException(badge ? "the badge scan was empty" : "pick your name first");
        }
        // Checked before any lookup: an over-long scan is refused in a short message, never echoed whole.
        identifier = (badge ? InputLimits.BADGE_ID : InputLimits.LOGIN).accept(identifier);
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(language, "language");
    }

    /** The same attempt with the language the person chose on the login screen. */
    public LoginCommand choosing(Language chosen) {
        return new LoginCommand(identifier, badge, pin, Optional.of(chosen));
    }

    public static LoginCommand byLogin(String login, Pin pin) {
        return new LoginCommand(login, false, pin, Optional.empty());
    }

    public static LoginCommand byBadge(String badgeId, Pin pin) {
        return new LoginCommand(badgeId, true, pin, Optional.empty());
    }
}
