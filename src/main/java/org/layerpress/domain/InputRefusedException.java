package org.layerpress.domain;

/**
 * Input over one of the {@link InputLimits}: the message names the limit and shows at most a short
 * excerpt. An {@link IllegalArgumentException}, so every screen already shows its words.
 */
public class InputRefusedException extends IllegalArgumentException {

    private final transient InputLimits.TextLimit limit;

    public InputRefusedException(InputLimits.TextLimit limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The limit that was broken. */
    public InputLimits.TextLimit limit() {
        return limit;
    }
}
