package org.layerpress.application.users;

import java.util.Optional;

/** The outcome of a login: a session, or a refusal with words for the screen. */
public record LoginResult(Optional<Session> session, PinVerifier.Outcome outcome, String message) {

    public boolean succeeded() {
        return session.isPresent();
    }
}
