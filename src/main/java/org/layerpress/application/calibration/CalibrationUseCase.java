package org.layerpress.application.calibration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SettingsStore;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentCalibration;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * Calibration records as people use them: everyone reads them; a Supervisor enters one with an
 * e-signature (meaning Authored) bound to the certificate's content, the record, its signature and
 * audit row committing together; an Admin sets what a batch start does about overdue and missing ones.
 */
public final class CalibrationUseCase {

    private final CalibrationStore calibrations;
    private final SettingsStore settings;
    private final SignRecordUseCase signer;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;

    public CalibrationUseCase(CalibrationStore calibrations, SettingsStore settings, SignRecordUseCase signer, Authorizer authorizer,
                              Auditor auditor, Transactions tx, Clock clock) {
        this.calibrations = calibrations;
        this.settings = settings;
        this.signer = signer;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
    }

    /** Every record, newest first, superseded ones included. */
    public List<CalibrationRecord> list(Session session) {
        authorizer.require(session, Permission.READ_CALIBRATION, "see the calibrations");
        return tx.inTransaction(calibrations::all);
    }

    /** Each of {@code instruments} with its certificate in force and its state today (the Calibration screen's list). */
    public CalibrationOverview overview(Session session, List<Instrument> instruments) {
        authorizer.require(session, Permission.READ_CALIBRATION, "see the calibrations");
        LocalDate today = LocalDate.ofInstant(Clocks.now(clock), clock.getZone());
        return tx.inTransaction(() -> new CalibrationOverview(today,
                instruments.stream().map(i -> InstrumentCalibration.on(i, calibrations.newest(i), today)).toList()));
    }

    /** Enters a certificate. A calibration date after today is refused: a certificate is issued after the calibration. */
    public CalibrationRecord record(Session session, CalibrationCommands.RecordCalibration c) {
        User supervisor = authorizer.require(session, Permission.RECORD_CALIBRATION, "record a calibration");
        LocalDate today = LocalDate.ofInstant(Clocks.now(clock), clock.getZone());
        if (c.calibratedOn().isAfter(today)) {
            throw new IllegalArgumentException("the calibration date " + c.calibratedOn() + " is after today (" + today + ")");
        }
        long id = tx.inTransaction(calibrations::nextId);
        String content = CalibrationRecord.canonicalContent(c.instrument(), c.calibratedOn(), c.dueOn(), c.certificateId());
        SignCommand sign = new SignCommand(new SignableRecord(AuditActions.ENTITY_CALIBRATION, Long.toString(id), content),
                SignatureMeaning.AUTHORED, "calibration certificate " + c.certificateId(), Permission.RECORD_CALIBRATION,
                c.identityConfirmation(), c.pin());
        CalibrationRecord[] added = new CalibrationRecord[1];
        signer.sign(session, sign, (Signature s) -> {
            added[0] = new CalibrationRecord(id, c.instrument(), c.calibratedOn(), c.dueOn(), c.certificateId(), s.login(),
                    s.signedAt(), s.id());
            calibrations.append(added[0]);
            auditor.record(supervisor, AuditActions.CALIBRATION_RECORDED, AuditActions.ENTITY_CALIBRATION, Long.toString(id), "", added[0].describe(), "");
        });
        return added[0];
    }

    /** What the station's batch starts do about overdue and missing calibrations now. */
    public CalibrationPolicy policy() {
        return tx.inTransaction(() -> CalibrationCheck.policy(settings));
    }

    /** An Admin's change of the policy, audited old → new with the reason. */
    public void setPolicy(Session session, CalibrationPolicy policy, String reason) {
        User admin = authorizer.require(session, Permission.SET_STATION_SETTINGS, "changing the calibration policy");
        String why = InputLimits.REASON.accept(reason);
        if (why.length() < 3) {
            throw new IllegalArgumentException("give a reason for this change (at least 3 characters)");
        }
        tx.inTransaction(() -> {
            CalibrationPolicy before = CalibrationCheck.policy(settings);
            change(admin, CalibrationPolicy.OVERDUE_KEY, CalibrationPolicy.text(before.overdue()), CalibrationPolicy.text(policy.overdue()), why);
            change(admin, CalibrationPolicy.MISSING_KEY, CalibrationPolicy.text(before.missing()), CalibrationPolicy.text(policy.missing()), why);
            return null;
        });
    }

    private void change(User admin, String key, String before, String after, String why) {
        if (!before.equals(after)) {
            settings.setText(key, after);
            auditor.record(admin, AuditActions.SETTING_CHANGED, AuditActions.ENTITY_STATION, key, before, after, why);
        }
    }
}
