package org.layerpress.ui.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserPublishUseCase;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SigningRequest;

/**
 * "Publish users to all stations" on the user home's Users screen (docs/central.md): offered to an Admin of a
 * station started with {@code --central}; the signature dialog collects the PIN, the use case checks the
 * permission and publishes, and the outcome or the refusal is said on the Users screen's message line.
 */
public final class PublishUsersViewModel {

    static final List<String> REASONS = List.of("People changed on the user home", "New station joined the site", ReasonEntry.OTHER);

    private final Optional<UserPublishUseCase> publish;
    private final Session session;
    private final ScreenCalls calls;

    PublishUsersViewModel(Optional<UserPublishUseCase> publish, Session session, ScreenCalls calls) {
        this.publish = publish;
        this.session = session;
        this.calls = calls;
    }

    /** Whether the key is shown: a station with a central database, and an Admin (the use case checks again). */
    public boolean isOffered() {
        return publish.map(p -> p.mayPublish(session)).orElse(false);
    }

    /** What the signature dialog asks before publishing. */
    public SigningRequest signing() {
        return new SigningRequest(Words.get("users.publish.title"), Words.get("users.publish.meaning"), REASONS, false,
                Words.get("users.publish.button"));
    }

    /** Publishes with the signature the dialog collected; a refusal (a wrong PIN, central unreachable) goes back to the dialog. */
    public void publish(SignatureInput signature, Runnable onSigned, Consumer<String> onRefused) {
        if (publish.isEmpty() || calls.isBusy()) {
            return;
        }
        calls.call(() -> publish.get().publish(session, signature), published -> {
            // The count only: one line however many people; who went is in the audit trail (USERS_READ_FOR_CENTRAL).
            calls.say(Words.format("users.publish.done", published.size()), Severity.NORMAL);
            onSigned.run();
        }, onRefused);
    }

    public Session session() {
        return session;
    }
}
