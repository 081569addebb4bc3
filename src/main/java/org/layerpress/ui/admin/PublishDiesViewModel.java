package org.layerpress.ui.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SigningRequest;

/**
 * "Publish dies to all stations" on the Dies screen (docs/central.md): offered to a Supervisor of a station started
 * with {@code --central}; the signature dialog collects the PIN, the use case checks the permission and publishes,
 * and the outcome is said on the Dies screen's message line (a refusal stays in the dialog).
 */
public final class PublishDiesViewModel {

    static final List<String> REASONS = List.of("Dies changed on this station", "New station joined the site", ReasonEntry.OTHER);

    private final Optional<DiePublishUseCase> publish;
    private final Session session;
    private final ScreenCalls calls;
    private final Runnable afterPublishing;

    PublishDiesViewModel(Optional<DiePublishUseCase> publish, Session session, ScreenCalls calls, Runnable afterPublishing) {
        this.publish = publish;
        this.session = session;
        this.calls = calls;
        this.afterPublishing = afterPublishing;
    }

    /** Whether the key is shown: a station with a central database, and a Supervisor (the use case checks again). */
    public boolean isOffered() {
        return publish.map(p -> p.mayPublish(session)).orElse(false);
    }

    /** What the signature dialog asks before publishing. */
    public SigningRequest signing() {
        return new SigningRequest(Words.get("dies.publish.title"), Words.get("dies.publish.meaning"), REASONS, false,
                Words.get("dies.publish.button"));
    }

    /** Publishes with the signature the dialog collected; a refusal (a wrong PIN, central unreachable) goes back to the dialog. */
    public void publish(SignatureInput signature, Runnable onSigned, Consumer<String> onRefused) {
        if (publish.isEmpty() || calls.isBusy()) {
            return;
        }
        calls.call(() -> publish.get().publish(session, signature), published -> {
            afterPublishing.run();
            // The count only: which dies went, with their status, is in the audit trail (DIES_READ_FOR_CENTRAL).
            calls.say(Words.format("dies.publish.done", published.size()), Severity.NORMAL);
            onSigned.run();
        }, onRefused);
    }

    public Session session() {
        return session;
    }
}
