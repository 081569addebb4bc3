package org.layerpress.ui.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.application.calibration.CalibrationCommands;
import org.layerpress.application.calibration.CalibrationUseCase;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SigningRequest;

/**
 * The Record calibration form for one instrument: the calibration date (today until changed), the due
 * date (empty until stepped or typed: no interval is assumed), the certificate id from the lettered
 * pad, then the Supervisor's e-signature. The command and the use case check every limit; a refusal
 * keeps the signature dialog open with the words, and nothing is written.
 */
public final class CalibrationFormViewModel {

    private final CalibrationUseCase calibrations;
    private final Session session;
    private final ScreenCalls calls;
    private final BiConsumer<Instrument, CalibrationRecord> onRecorded;
    private final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>(this, "instrument");
    private final DateEntry calibratedOn;
    private final DateEntry dueOn;
    private final StringProperty certificate = new SimpleStringProperty(this, "certificate", "");
    private final StringBinding certificateText = Bindings.createStringBinding(
            () -> Words.format("calibration.form.certificate", certificate.get().isEmpty() ? Words.get("admin.tapToEnter") : certificate.get()), certificate);
    private final StringBinding title = Bindings.createStringBinding(
            () -> instrument.get() == null ? "" : Words.format("calibration.form.instrument",
                    CalibrationRow.kindWords(instrument.get().kind()) + " \u2014 " + instrument.get().id()), instrument);

    CalibrationFormViewModel(CalibrationUseCase calibrations, Session session, ScreenCalls calls, Supplier<LocalDate> today,
                             BiConsumer<Instrument, CalibrationRecord> onRecorded) {
        this.calibrations = calibrations;
        this.session = session;
        this.calls = calls;
        this.onRecorded = onRecorded;
        this.calibratedOn = new DateEntry(Words.get("calibration.form.calibratedOn"), today);
        this.dueOn = new DateEntry(Words.get("calibration.form.dueOn"), () -> calibratedOn.date().orElseGet(today));
    }

    /** An empty form for {@code which}, the calibration date set to the station's today. */
    void open(Instrument which, LocalDate today) {
        instrument.set(which);
        calibratedOn.set(today);
        dueOn.clear();
        certificate.set("");
    }

    /** What is still missing before the form can be signed, in words; empty when complete. */
    public Optional<String> missing() {
        if (dueOn.date().isEmpty()) {
            return Optional.of(Words.get("calibration.form.setDue"));
        }
        if (certificate.get().isBlank()) {
            return Optional.of(Words.get("calibration.form.enterCertificate"));
        }
        return Optional.empty();
    }

    /** The signature dialog's request: an Authored signature over exactly what the form shows. */
    public SigningRequest signing() {
        return new SigningRequest("Sign the calibration certificate",
                "Authored: I entered the calibration of " + instrument.get() + " as its certificate states it: certificate " + certificate.get() + ", calibrated "
                        + calibratedOn.date().map(LocalDate::toString).orElse("?") + ", due "
                        + dueOn.date().map(LocalDate::toString).orElse("?") + ". It is kept for good; a later certificate supersedes it.",
                List.of(), false, "Sign: Record");
    }

    /** Records through the use case with the signature the dialog collected; a refusal goes back to the dialog. */
    public void record(SignatureInput signature, Runnable onSigned, Consumer<String> onRefused) {
        Instrument which = instrument.get();
        LocalDate calibrated = calibratedOn.date().orElse(null);
        LocalDate due = dueOn.date().orElse(null);
        String id = certificate.get();
        calls.call(() -> {
            if (calibrated == null || due == null) {
                throw new IllegalArgumentException(missing().orElse(Words.get("calibration.form.setBoth")));
            }
            return calibrations.record(session, new CalibrationCommands.RecordCalibration(which, calibrated, due, id,
                    signature.identity(), signature.pin()));
        }, added -> {
            onSigned.run();
            onRecorded.accept(which, added);
        }, onRefused);
    }

    /** A part of a date typed on the pad; refused in words when it makes no date. */
    public void typed(Optional<String> refusal) {
        calls.say(refusal.map(Message::warning).orElse(Message.NONE));
    }

    public ObjectProperty<Instrument> instrumentProperty() {
        return instrument;
    }

    public DateEntry getCalibratedOn() {
        return calibratedOn;
    }

    public DateEntry getDueOn() {
        return dueOn;
    }

    public StringProperty certificateProperty() {
        return certificate;
    }

    public StringBinding certificateTextProperty() {
        return certificateText;
    }

    public String getCertificateText() {
        return certificateText.get();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }
}
