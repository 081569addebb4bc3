package org.layerpress.application.signature;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Pin;

/**
 * A request to sign. The PIN is always asked again; the first signing in a session also asks who
 * you are (login or badge), as 21 CFR 11.200(a)(1)(i) wants both components then.
 *
 * @param requiredPermission what the signer must hold for this meaning on this record
 */
public record SignCommand(SignableRecord record, SignatureMeaning meaning, String comment, Permission requiredPermission,
                          Optional<String> identityConfirmation, Pin pin) {

    public SignCommand {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(requiredPermission, "requiredPermission");
        Objects.requireNonNull(pin, "pin");
        comment = InputLimits.COMMENT.accept(comment);
        identityConfirmation = identityConfirmation.map(SignCommand::identity).filter(s -> !s.isEmpty());
    }

    /** A login picked or a badge scanned: checked against the longer of the two limits, so a scan cannot come back whole in a message. */
    static String identity(String typed) {
        return InputLimits.BADGE_ID.accept(typed);
    }
}
