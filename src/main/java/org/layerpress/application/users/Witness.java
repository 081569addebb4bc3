package org.layerpress.application.users;

import java.util.Objects;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Pin;

/**
 * The second person of a four-eyes check (e.g. a witnessed weighing): a name picked from the list
 * or a scanned badge, and their own PIN. They need not log in; the PIN proves they were there.
 */
public record Witness(String identifier, boolean badge, Pin pin) {

    public Witness {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException(badge ? "the witness's badge scan was empty" : "pick the witness's name first");
        }
        // Checked before any lookup: an over-long scan is refused in a short message, never echoed whole.
        identifier = (badge ? InputLimits.BADGE_ID : InputLimits.LOGIN).accept(identifier);
        Objects.requireNonNull(pin, "pin");
    }

    public static Witness byLogin(String login, Pin pin) {
        return new Witness(login, false, pin);
    }

    public static Witness byBadge(String badgeId, Pin pin) {
        return new Witness(badgeId, true, pin);
    }
}
