package org.layerpress.ui.recipe;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.PinEntry;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The signature dialog (21 CFR 11.50, 11.200): what the signature means, who signs (on the
 * session's first signature the signer confirms their identity: a tap on their own name, or a
 * badge scan), the PIN on a pad (dots, never digits), and a comment picked by tap. The signing
 * itself is the caller's: a refused PIN keeps the dialog open with the refusal in words.
 */
public final class SignatureDialogViewModel {

    /** Signs with what the dialog collected; calls back on the FX thread. */
    @FunctionalInterface
    public interface Signer {
        void sign(SignatureInput input, Runnable onSigned, Consumer<String> onRefused);
    }

    private final SigningRequest request;
    private final Signer signer;
    private final User user;
    private final boolean identityNeeded;
    private final PinEntry pin = new PinEntry();
    private final StringProperty identity = new SimpleStringProperty(this, "identity", "");
    private final ReasonEntry reason;
    private final ReadOnlyStringWrapper identityText = new ReadOnlyStringWrapper(this, "identityText");
    private final ReadOnlyStringWrapper reasonText = new ReadOnlyStringWrapper(this, "reasonText");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.NONE);
    private final BooleanBinding canSign;

    public SignatureDialogViewModel(SigningRequest request, Session session, Signer signer) {
        this.request = request;
        this.signer = signer;
        this.user = session.user();
        this.identityNeeded = !session.hasSigned();
        identityText.bind(Bindings.createStringBinding(() -> identityNeeded && identity.get().isEmpty()
                ? Words.get("sign.firstSignature") : Words.format("sign.signingAs", ownName()), identity));
        this.reason = new ReasonEntry(request.reasons());
        reasonText.bind(Bindings.createStringBinding(this::reasonWords, reason.reasonProperty()));
        canSign = Bindings.createBooleanBinding(() -> missing().isEmpty() && !busy.get(),
                pin.completeProperty(), identity, reason.reasonProperty(), busy);
    }

    /** "Comment" or "Reason", the caption of the picker and its button. */
    public String reasonCaption() {
        return Words.get(request.reasonRequired() ? "sign.reason" : "sign.comment");
    }

    /**
     * The reason button: the caption and what was picked, the preset in the person's language as its tile
     * showed it (the signature keeps the English preset), or that one is still to be chosen.
     */
    private String reasonWords() {
        if (!reason.isGiven()) {
            return Words.format(request.reasonRequired() ? "sign.reasonRequired" : "sign.commentOptional", reasonCaption());
        }
        String preset = reason.getPreset();
        String shown = preset.isEmpty() || ReasonEntry.OTHER.equals(preset) ? reason.getDetails()
                : reason.getDetails().isEmpty() ? TapPicker.shown(preset) : TapPicker.shown(preset) + ": " + reason.getDetails();
        return reasonCaption() + ": " + shown;
    }

    /** "Sam Supervisor (sam)" */
    public String ownName() {
        return user.fullName() + " (" + user.login() + ")";
    }

    /** The tap on one's own name: confirms the identity by login. */
    public void confirmIdentity() {
        identity.set(user.login());
    }

    /** A badge scan confirms the identity by badge id (the use case checks it is the session's user). */
    public void badgeScanned(String badge) {
        identity.set(badge == null ? "" : badge.strip());
    }

    public void pickReason(String preset, String details) {
        reason.pick(preset, details);
    }

    /** The comment signed with (for a rejection or retirement: the reason). */
    public String comment() {
        return reason.reason();
    }

    /** What still stops signing, in words; empty when it can be signed. */
    public String missing() {
        if (identityNeeded && identity.get().isEmpty()) {
            return Words.get("sign.missing.name");
        }
        if (request.reasonRequired() && comment().isEmpty()) {
            return Words.get("sign.missing.reason");
        }
        if (!pin.isComplete()) {
            return Words.get("sign.missing.pin");
        }
        return "";
    }

    /** Signs with the PIN typed (which is wiped here); closes on success. */
    public void sign() {
        if (busy.get() || closed.get()) {
            return;
        }
        String missing = missing();
        if (!missing.isEmpty()) {
            say(missing, Severity.WARNING);
            return;
        }
        SignatureInput input = new SignatureInput(identityNeeded ? Optional.of(identity.get()) : Optional.empty(), pin.take(), comment());
        busy.set(true);
        say(Words.get("sign.signing"), Severity.NORMAL);
        signer.sign(input, () -> {
            busy.set(false);
            closed.set(true);
        }, words -> {
            busy.set(false);
            say(words, Severity.WARNING);
        });
    }

    public void cancel() {
        pin.clear();
        closed.set(true);
    }

    private void say(String words, Severity severity) {
        message.set(Message.of(words, severity));
    }

    public SigningRequest getRequest() {
        return request;
    }

    public String getTitle() {
        return request.title();
    }

    public String getMeaning() {
        return request.meaning();
    }

    public String getSignLabel() {
        return request.signLabel();
    }

    /** Whether the signing takes a comment at all: a request without preset comments (a calibration record signs its content alone) hides the button. */
    public boolean isCommentAsked() {
        return !request.reasons().isEmpty();
    }

    public boolean isIdentityNeeded() {
        return identityNeeded;
    }

    public PinEntry getPin() {
        return pin;
    }

    public StringProperty identityProperty() {
        return identity;
    }

    /** The comment or reason being given, for the picker. */
    public ReasonEntry reason() {
        return reason;
    }

    public ReadOnlyStringProperty identityTextProperty() {
        return identityText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonTextProperty() {
        return reasonText.getReadOnlyProperty();
    }

    public BooleanBinding canSignProperty() {
        return canSign;
    }

    public boolean isCanSign() {
        return canSign.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public boolean isClosed() {
        return closed.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message getMessage() {
        return message.get();
    }

    public String getIdentityText() {
        return identityText.get();
    }

    public String getReasonText() {
        return reasonText.get();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
