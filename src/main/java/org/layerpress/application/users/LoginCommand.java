package org.layerpress.application.users;

import java.util.Objects;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Pin;

/** A login attempt: a name picked from the list or a scanned badge, then the PIN. */
public record LoginCommand(String identifier, boolean badge, Pin pin) {

    public LoginCommand {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException(badge ? "the badge scan was empty" : "pick your name first");
        }
        // Checked before any lookup: an over-long scan is refused in a short message, never echoed whole.
        identifier = (badge ? InputLimits.BADGE_ID : InputLimits.LOGIN).accept(identifier);
        Objects.requireNonNull(pin, "pin");
    }

    public static LoginCommand byLogin(String login, Pin pin) {
        return new LoginCommand(login, false, pin);
    }

    public static LoginCommand byBadge(String badgeId, Pin pin) {
        return new LoginCommand(badgeId, true, pin);
    }
}
