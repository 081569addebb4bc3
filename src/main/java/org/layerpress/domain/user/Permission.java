package org.layerpress.domain.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a use case demands of the person asking. Checked inside the use cases (application layer),
 * not only by hiding buttons (21 CFR 11.10(g) authority checks; EU GMP Annex 11 §12).
 */
public enum Permission {
    MANAGE_USERS(Role.ADMIN),
    SET_STATION_SETTINGS(Role.ADMIN),
    VIEW_AUDIT_TRAIL(Role.ADMIN, Role.QA),
    EXIT_KIOSK(Role.SUPERVISOR, Role.ADMIN),
    RUN_BATCH(Role.OPERATOR),
    /**
     * See the Run section (the guided batch beside the live press values): Operators who run batches,
     * Supervisors who answer for the press and reset its faults, Admins who keep the station. Not QA, who
     * reviews records away from the press. A screen permission only: every Run use case checks its own.
     */
    USE_RUN_SECTION(Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN),
    REVIEW_BATCH(Role.QA),
    /** Find and read batch records (QA list and detail): QA, who signs them off, and Supervisors, who own recipes and the press. */
    READ_BATCH_RECORDS(Role.QA, Role.SUPERVISOR),
    AUTHOR_RECIPE(Role.SUPERVISOR),
    /** Add, edit and retire registered dies: Supervisors, who own the press and its tooling (docs/dies.md). */
    MANAGE_DIES(Role.SUPERVISOR),
    /** See the die registry (an Operator picks a die from it at batch start): everyone who logs in. */
    READ_DIES(Role.OPERATOR, Role.QA, Role.SUPERVISOR, Role.ADMIN),
    /** Enter an instrument's calibration certificate, signed: Supervisors, who own the press and its instruments (docs/calibration.md). */
    RECORD_CALIBRATION(Role.SUPERVISOR),
    /** See instruments' calibrations (a batch start names them): everyone who logs in. */
    READ_CALIBRATION(Role.OPERATOR, Role.QA, Role.SUPERVISOR, Role.ADMIN),
    APPROVE_RECIPE(Role.SUPERVISOR),
    /**
     * Reset a latched PLC fault from the HMI: Supervisors, who look at the press first. A mapping
     * with {@code faultResetBy: operator} lets Operators do it too (the use case asks RUN_BATCH of them).
     */
    RESET_PLC_FAULT(Role.SUPERVISOR),
    /**
     * Inject a training fault into the simulated press (docs/training.md): Supervisors and Admins, who train
     * the others; on a demo station everyone (the use case decides that, not this grant).
     */
    INJECT_TRAINING_FAULT(Role.SUPERVISOR, Role.ADMIN),
    /** Acknowledge a station alarm (docs/alarms.md): everyone who logs in, since anyone at the press may be the one who sees it. */
    ACKNOWLEDGE_ALARM(Role.OPERATOR, Role.QA, Role.SUPERVISOR, Role.ADMIN),
    /** Shelve a station alarm for a while, with a reason: Supervisors and Admins, who answer for the station. */
    SHELVE_ALARM(Role.SUPERVISOR, Role.ADMIN),
    /** Read the station alarm history: everyone who logs in. */
    READ_ALARM_HISTORY(Role.OPERATOR, Role.QA, Role.SUPERVISOR, Role.ADMIN);

    private final Set<Role> grantedTo;

    Permission(Role first, Role... more) {
        this.grantedTo = EnumSet.of(first, more);
    }

    public boolean grantedToAnyOf(Set<Role> roles) {
        return roles.stream().anyMatch(grantedTo::contains);
    }

    public Set<Role> grantedTo() {
        return EnumSet.copyOf(grantedTo);
    }
}
