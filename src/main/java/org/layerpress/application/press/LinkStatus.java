package org.layerpress.application.press;

import java.time.Instant;
import java.util.Objects;

/** A link state with the reason a person can act on (e.g. where an untrusted certificate was put). */
public record LinkStatus(LinkState state, String detail, Instant since) {

    public LinkStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(since, "since");
    }

    public static LinkStatus of(LinkState state, String detail) {
        return new LinkStatus(state, detail, Instant.now());
    }
}
