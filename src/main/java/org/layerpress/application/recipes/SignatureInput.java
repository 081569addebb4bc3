package org.layerpress.application.recipes;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Pin;

/**
 * What the signature dialog collects: the PIN always, the name or badge on the session's first
 * signing (21 CFR 11.200), and the signer's comment or reason.
 */
public record SignatureInput(Optional<String> identity, Pin pin, String comment) {

    public SignatureInput {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(pin, "pin");
        comment = InputLimits.COMMENT.accept(comment);
    }
}
